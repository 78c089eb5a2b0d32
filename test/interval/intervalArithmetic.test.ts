import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/decimal.js";
import { isDiscrepancyError } from "../../src/errors.js";
import { createInterval } from "../../src/interval/createInterval.js";
import { isInInterval } from "../../src/interval/isInInterval.js";
import type { Interval } from "../../src/interval/types.js";
import {
  addIntervals,
  divideIntervals,
  multiplyIntervals,
  negateInterval,
  subtractIntervals,
} from "../../src/interval/intervalArithmetic.js";
import { intersectIntervals } from "../../src/interval/intersectIntervals.js";
import { intervalDistance } from "../../src/interval/intervalDistance.js";

/** Interval notation, so cases read like maths: "[1, 2)", "(70, ∞)", "(−∞, 5]". */
const I = (text: string): Interval => {
  const lowOpen = text.startsWith("(");
  const highOpen = text.endsWith(")");
  const [lo, hi] = text.slice(1, -1).split(",").map((s) => s.trim()) as [string, string];
  const end = (s: string) => (s === "∞" || s === "-∞" || s === "−∞" ? null : s);
  return createInterval(end(lo), end(hi), { lowOpen: lowOpen && end(lo) !== null, highOpen: highOpen && end(hi) !== null });
};

const show = (i: Interval | null): string =>
  i === null
    ? "empty"
    : `${i.lowOpen || i.low === null ? "(" : "["}${i.low === null ? "−∞" : i.low.toFixed()}, ${i.high === null ? "∞" : i.high.toFixed()}${i.highOpen || i.high === null ? ")" : "]"}`;

describe("interval arithmetic", () => {
  it.each([
    ["[1, 2]", "[10, 20]", "[11, 22]"],
    ["(1, 2]", "[10, 20)", "(11, 22)"],
    ["(70, ∞)", "[1, 2]", "(71, ∞)"],
    ["(−∞, 5]", "(−∞, 1)", "(−∞, 6)"],
    ["[30.5, 31.5]", "[16.5, 17.5]", "[47, 49]"],
  ])("%s + %s = %s", (a, b, sum) => {
    expect(show(addIntervals(I(a), I(b)))).toBe(sum);
    expect(show(addIntervals(I(b), I(a)))).toBe(sum);
  });

  it.each([
    ["[25, 27]", "[23.5, 24.5]", "[0.5, 3.5]"],
    ["(70, ∞)", "[1, 2]", "(68, ∞)"],
    ["[1, 2]", "(70, ∞)", "(−∞, -68)"],
  ])("%s − %s = %s", (a, b, difference) => {
    expect(show(subtractIntervals(I(a), I(b)))).toBe(difference);
  });

  it.each([
    ["[40.5, 41.5]", "[2, 2]", "[81, 83]"],
    ["[-1, 2]", "[3, 4]", "[-4, 8]"],
    ["[-2, -1]", "[-4, -3]", "[3, 8]"],
    ["(0, 1]", "[1, ∞)", "(0, ∞)"],
    ["[0, 1]", "[1, ∞)", "[0, ∞)"],
    ["[1, ∞)", "[-1, 0]", "(−∞, 0]"],
    ["[0, 0]", "(−∞, ∞)", "[0, 0]"],
    ["(−∞, ∞)", "[0, 1]", "(−∞, ∞)"],
    ["[0, 1]", "(2, 3)", "[0, 3)"],
    ["[-1, 1]", "(-1, 1)", "(-1, 1)"],
    ["[1.75, 1.85]", "[1.155, 1.165]", "[2.02125, 2.15525]"],
  ])("%s × %s = %s", (a, b, product) => {
    expect(show(multiplyIntervals(I(a), I(b)))).toBe(product);
    expect(show(multiplyIntervals(I(b), I(a)))).toBe(product);
  });

  it.each([
    ["[9, 10]", "[2, 4]", "[2.25, 5]"],
    ["[1, 2]", "(0, 2]", "[0.5, ∞)"],
    ["[1, 2]", "[0, 2]", "[0.5, ∞)"],
    ["[1, 2]", "[-2, 0]", "(−∞, -0.5]"],
    ["[1, ∞)", "[1, ∞)", "(0, ∞)"],
    ["[0, 1]", "[2, ∞)", "[0, 0.5]"],
    ["[-1, 1]", "[2, 4]", "[-0.5, 0.5]"],
    ["[1, 2]", "[-1, 1]", "(−∞, ∞)"],
    ["[1, 2]", "[0, 0]", "(−∞, ∞)"],
    ["(1, 2)", "[4, 4]", "(0.25, 0.5)"],
    // An attained zero numerator is attained over an open divisor (found by the law below, seed 1885523293).
    ["[0, ∞)", "(-2, -0.9)", "(−∞, 0]"],
    ["[0, 1]", "(2, 3)", "[0, 0.5)"],
    ["(0, 1]", "(2, 3)", "(0, 0.5)"],
  ])("%s ÷ %s = %s", (a, b, quotient) => {
    expect(show(divideIntervals(I(a), I(b)))).toBe(quotient);
  });

  it("rounds a non-terminating quotient outward, and marks the rounded ends closed", () => {
    const q = divideIntervals(I("(1, 2)"), I("[3, 3]"));
    expect(q.low!.lt(new Decimal(1).div(3))).toBe(true);
    expect(q.low!.times(3).lt(1)).toBe(true);
    expect(q.high!.times(3).gt(2)).toBe(true);
    expect([q.lowOpen, q.highOpen]).toEqual([false, false]);
    expect(q.low!.sd()).toBeLessThanOrEqual(30);
    // "$9.2 billion … 3.5 % of GDP": GDP in [9.15 / 0.0355, 9.25 / 0.0345]
    const gdp = divideIntervals(I("[9.15, 9.25]"), I("[0.0345, 0.0355]"));
    expect(gdp.low!.times("0.0355").lte("9.15")).toBe(true);
    expect(gdp.high!.times("0.0345").gte("9.25")).toBe(true);
    expect(gdp.low!.toFixed(2, Decimal.ROUND_DOWN)).toBe("257.74");
    expect(gdp.high!.toFixed(2, Decimal.ROUND_UP)).toBe("268.12");
  });

  it("negates, keeping which ends are open", () => {
    expect(show(negateInterval(I("(1, 2]")))).toBe("[-2, -1)");
    expect(show(negateInterval(I("[0, ∞)")))).toBe("(−∞, 0]");
    expect(JSON.stringify(negateInterval(I("[0, 0]")).low)).toBe('"0"');
  });
});

describe("intersectIntervals and intervalDistance", () => {
  it.each([
    ["[1, 2]", "[2, 3]", "[2, 2]", "0"],
    ["[1, 2)", "[2, 3]", "empty", "0"],
    ["[1650, 1750]", "[1698.66, 1700.28]", "[1698.66, 1700.28]", "0"],
    ["(70, ∞)", "[41, 70]", "empty", "0"],
    ["[25, 27]", "[30.5, 31.5]", "empty", "3.5"],
    ["(−∞, 100]", "[110.95, 114.05]", "empty", "10.95"],
    ["(−∞, ∞)", "(3, 4)", "(3, 4)", "0"],
  ])("%s ∩ %s = %s, %s apart", (a, b, meet, distance) => {
    expect(show(intersectIntervals(I(a), I(b)))).toBe(meet);
    expect(show(intersectIntervals(I(b), I(a)))).toBe(meet);
    expect(intervalDistance(I(a), I(b)).toFixed()).toBe(distance);
    expect(intervalDistance(I(b), I(a)).toFixed()).toBe(distance);
  });
});

describe("createInterval", () => {
  it.each([
    ["2", "1", "empty"],
    ["1", "1", "empty"],
    ["abc", "1", "abc"],
    [0.5, "1", "has a fraction"],
  ] as const)("refuses (%s, %s)", (low, high, text) => {
    const ends = low === "1" && high === "1" ? { lowOpen: true } : {};
    try {
      createInterval(low, high, ends);
      expect.unreachable();
    } catch (error) {
      expect(isDiscrepancyError(error)).toBe(true);
      expect((error as Error).message).toContain(text);
    }
  });

  it("is frozen plain data that prints decimals as strings", () => {
    const i = createInterval("1.75", "1.85");
    expect(Object.isFrozen(i)).toBe(true);
    expect(JSON.parse(JSON.stringify(i))).toEqual({ low: "1.75", high: "1.85", lowOpen: false, highOpen: false });
  });
});

// ---------------------------------------------------------------------------------------------------
// Laws: every operation's interval contains the exact result for every pair of points of its operands.
// ---------------------------------------------------------------------------------------------------

const decimal = fc
  .tuple(fc.integer({ min: -999_999, max: 999_999 }), fc.integer({ min: 0, max: 4 }))
  .map(([m, places]) => new Decimal(m).div(new Decimal(10).pow(places)));
const width = fc.oneof(
  fc.constant<Decimal | null>(null),
  decimal.map((d) => d.abs()),
  fc.constant<Decimal | null>(new Decimal(0)),
);

/** A point and an interval around it (possibly unbounded, open at a non-zero width). */
const pointIn = fc
  .record({ x: decimal, below: width, above: width, lowOpen: fc.boolean(), highOpen: fc.boolean() })
  .map(({ x, below, above, lowOpen, highOpen }) => ({
    x,
    interval: createInterval(below === null ? null : x.minus(below), above === null ? null : x.plus(above), {
      lowOpen: lowOpen && below !== null && !below.isZero(),
      highOpen: highOpen && above !== null && !above.isZero(),
    }),
  }));

// A quotient may not terminate: then check its correctly rounded neighbours, which an outward-rounded
// interval that contains the true value also contains.
const Down = Decimal.clone({ rounding: Decimal.ROUND_FLOOR });
const Up = Decimal.clone({ rounding: Decimal.ROUND_CEIL });
const containsQuotient = (i: Interval, x: Decimal, y: Decimal): boolean => {
  const lo = new Decimal(new Down(x).div(y));
  const hi = new Decimal(new Up(x).div(y));
  return lo.eq(hi) ? isInInterval(i, lo) : isInInterval(i, lo) && isInInterval(i, hi);
};

describe("interval arithmetic laws", () => {
  it("a + b contains x + y, a − b contains x − y, a × b contains x × y", () => {
    fc.assert(
      fc.property(pointIn, pointIn, (a, b) => {
        expect(isInInterval(addIntervals(a.interval, b.interval), a.x.plus(b.x))).toBe(true);
        expect(isInInterval(subtractIntervals(a.interval, b.interval), a.x.minus(b.x))).toBe(true);
        expect(isInInterval(multiplyIntervals(a.interval, b.interval), a.x.times(b.x))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("a ÷ b contains x ÷ y for every non-zero y", () => {
    fc.assert(
      fc.property(pointIn, pointIn, (a, b) => {
        fc.pre(!b.x.isZero());
        expect(containsQuotient(divideIntervals(a.interval, b.interval), a.x, b.x)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("an open end is never reached: points just inside are in, the end itself is not", () => {
    // For bounded operands, every end of a sum or product is a corner value; when it is open, no
    // pair of points reaches it. Check by sampling points of the operands against it.
    fc.assert(
      fc.property(pointIn, pointIn, (a, b) => {
        const p = multiplyIntervals(a.interval, b.interval);
        if (p.low !== null && p.lowOpen) expect(a.x.times(b.x).eq(p.low)).toBe(false);
        if (p.high !== null && p.highOpen) expect(a.x.times(b.x).eq(p.high)).toBe(false);
        const s = addIntervals(a.interval, b.interval);
        if (s.low !== null && s.lowOpen) expect(a.x.plus(b.x).eq(s.low)).toBe(false);
        if (s.high !== null && s.highOpen) expect(a.x.plus(b.x).eq(s.high)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
