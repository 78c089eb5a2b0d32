import { Decimal, ZERO } from "../decimal.js";
import { assertInterval } from "./assertInterval.js";
import { makeInterval } from "./algebra.js";
import type { Interval } from "./types.js";
import { roundOutward, type Direction } from "./roundOutward.js";

// Ends as extended reals: an unbounded end becomes ±Infinity while computing, and a `closed` flag says
// whether the end is attained. Every operation keeps the exact range of the operation over the two sets
// (interval arithmetic is exact for one operation), widened only by outward rounding; a rounded end is
// reported closed, which is the wider choice.
interface End {
  readonly v: Decimal;
  readonly closed: boolean;
}

const POS_INF = /* @__PURE__ */ new Decimal(Infinity);
const NEG_INF = /* @__PURE__ */ new Decimal(-Infinity);

const lowEnd = (i: Interval): End => (i.low === null ? { v: NEG_INF, closed: false } : { v: i.low, closed: !i.lowOpen });
const highEnd = (i: Interval): End => (i.high === null ? { v: POS_INF, closed: false } : { v: i.high, closed: !i.highOpen });

// decimal.js has a negative zero, which JSON prints as "-0".
const clean = (v: Decimal): Decimal => (v.isZero() ? ZERO : v);

const fromEnds = (low: End, high: End): Interval =>
  makeInterval(
    low.v.isFinite() ? clean(low.v) : null,
    high.v.isFinite() ? clean(high.v) : null,
    low.v.isFinite() && !low.closed,
    high.v.isFinite() && !high.closed,
  );

/** One candidate end, computed toward `direction`. */
const combine = (op: "plus" | "times" | "div", x: End, y: End, direction: Direction): End => {
  if (op === "times" && (x.v.isZero() || y.v.isZero())) {
    // 0 × anything (even ±∞ as a limit) is 0; it is attained when the zero is, whatever the other factor.
    return { v: ZERO, closed: (x.v.isZero() && x.closed) || (y.v.isZero() && y.closed) };
  }
  if (op === "div" && x.v.isZero()) {
    // 0 ÷ y is 0 for every non-zero y: attained when the zero is, whether or not the divisor's end is.
    return { v: ZERO, closed: x.closed };
  }
  if (op === "div" && !y.v.isFinite()) {
    // x / ±∞ tends to 0 (never reached unless x is an attained 0); ∞ / ∞ is filtered out by the caller.
    return { v: ZERO, closed: x.v.isZero() && x.closed };
  }
  const r = roundOutward(op, x.v, y.v, direction);
  return { v: r.value, closed: (x.closed && y.closed) || !r.exact };
};

/** The lowest of the candidates; among equal ones, a closed end wins (it is attained by some pair). */
const lowest = (ends: readonly End[]): End =>
  ends.reduce((best, e) => {
    const c = e.v.cmp(best.v);
    return c < 0 || (c === 0 && e.closed && !best.closed) ? e : best;
  });

const highest = (ends: readonly End[]): End =>
  ends.reduce((best, e) => {
    const c = e.v.cmp(best.v);
    return c > 0 || (c === 0 && e.closed && !best.closed) ? e : best;
  });

/**
 * The interval of `x + y` for every `x` in `a` and `y` in `b`, rounded outward.
 *
 * @example
 * ```ts
 * const s = addIntervals(createInterval("30.5", "31.5"), createInterval("16.5", "17.5"));
 * [s.low?.toString(), s.high?.toString()]; // ["47", "49"]
 * ```
 */
export const addIntervals = (a: Interval, b: Interval): Interval => {
  assertInterval(a, "a");
  assertInterval(b, "b");
  return fromEnds(combine("plus", lowEnd(a), lowEnd(b), "down"), combine("plus", highEnd(a), highEnd(b), "up"));
};

/**
 * The interval of `−x` for every `x` in `a`.
 *
 * @example
 * ```ts
 * const n = negateInterval(createInterval("2", null));
 * [n.low, n.high?.toString()]; // [null, "-2"]
 * ```
 */
export const negateInterval = (a: Interval): Interval => {
  assertInterval(a, "a");
  return makeInterval(a.high === null ? null : clean(a.high.neg()), a.low === null ? null : clean(a.low.neg()), a.highOpen, a.lowOpen);
};

/**
 * The interval of `x − y` for every `x` in `a` and `y` in `b`: "$24 billion, only $2 billion behind"
 * puts the other figure in [23.5, 24.5] + [1.5, 2.5] = [25, 27] bn.
 *
 * @example
 * ```ts
 * const d = subtractIntervals(createInterval("25", "27"), createInterval("23.5", "24.5"));
 * [d.low?.toString(), d.high?.toString()]; // ["0.5", "3.5"]
 * ```
 */
export const subtractIntervals = (a: Interval, b: Interval): Interval => {
  assertInterval(a, "a");
  assertInterval(b, "b");
  return addIntervals(a, negateInterval(b));
};

/**
 * The interval of `x × y` for every `x` in `a` and `y` in `b`, with open and unbounded ends, rounded outward.
 *
 * @example
 * ```ts
 * const p = multiplyIntervals(createInterval("40.5", "41.5"), createInterval("2", "2"));
 * [p.low?.toString(), p.high?.toString()]; // ["81", "83"]
 * ```
 */
export const multiplyIntervals = (a: Interval, b: Interval): Interval => {
  assertInterval(a, "a");
  assertInterval(b, "b");
  const xs = [lowEnd(a), highEnd(a)];
  const ys = [lowEnd(b), highEnd(b)];
  const lows: End[] = [];
  const highs: End[] = [];
  for (const x of xs)
    for (const y of ys) {
      lows.push(combine("times", x, y, "down"));
      highs.push(combine("times", x, y, "up"));
    }
  return fromEnds(lowest(lows), highest(highs));
};

const WHOLE_LINE: Interval = /* @__PURE__ */ makeInterval(null, null, false, false);

/**
 * The interval of `x ÷ y` for every `x` in `a` and every non-zero `y` in `b`, rounded outward when a
 * quotient does not terminate. A divisor that is only zero, or that has zero strictly inside, says nothing
 * about the quotient: the result is then unbounded on both sides.
 *
 * @example
 * ```ts
 * // "$9.2 billion … 3.5 % of GDP": GDP = part ÷ share
 * const gdp = divideIntervals(createInterval("9.15", "9.25"), createInterval("0.0345", "0.0355"));
 * gdp.low?.toFixed(2);  // "257.75"
 * gdp.high?.toFixed(2); // "268.12"
 * ```
 */
export const divideIntervals = (a: Interval, b: Interval): Interval => {
  assertInterval(a, "a");
  assertInterval(b, "b");
  let lo = lowEnd(b);
  let hi = highEnd(b);
  // Division by zero is undefined, so an attained zero end of the divisor is left out: [0, 2] acts as (0, 2].
  if (lo.v.isZero() && hi.v.gt(0)) lo = { v: ZERO, closed: false };
  if (hi.v.isZero() && lo.v.lt(0)) hi = { v: ZERO, closed: false };
  const positive = lo.v.gt(0) || (lo.v.isZero() && !lo.closed);
  const negative = hi.v.lt(0) || (hi.v.isZero() && !hi.closed);
  if (!positive && !negative) return WHOLE_LINE;

  const xs = [lowEnd(a), highEnd(a)];
  const lows: End[] = [];
  const highs: End[] = [];
  for (const x of xs)
    for (const y of [lo, hi]) {
      // ∞ / ∞ never decides an end: each extreme is also reached at a corner with one finite end.
      if (!x.v.isFinite() && !y.v.isFinite()) continue;
      if (y.v.isZero()) {
        // x / y as y → 0 from the divisor's side: ±∞, or 0 when x is 0.
        const v = x.v.isZero() ? ZERO : x.v.isPos() === positive ? POS_INF : NEG_INF;
        const end = { v, closed: x.v.isZero() && x.closed };
        lows.push(end);
        highs.push(end);
        continue;
      }
      lows.push(combine("div", x, y, "down"));
      highs.push(combine("div", x, y, "up"));
    }
  return fromEnds(lowest(lows), highest(highs));
};
