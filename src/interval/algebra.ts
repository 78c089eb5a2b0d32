import { cmp, ZERO, type Decimal } from "../decimal.js";
// The public `Interval` (types.ts), used here without validation: callers inside the library pass
// intervals they built; the public functions check theirs first (assertInterval). Every decision on one
// is an exact Decimal `cmp`, never a float.
import type { Interval } from "./types.js";

/** The canonical frozen interval; unbounded ends are never open. @internal */
export const makeInterval = (low: Decimal | null, high: Decimal | null, lowOpen: boolean, highOpen: boolean): Interval =>
  Object.freeze({ low, high, lowOpen: low !== null && lowOpen, highOpen: high !== null && highOpen });

/** Whether the ends leave no number between them. @internal */
export const isEmptyRange = (i: Interval): boolean => {
  if (i.low === null || i.high === null) return false;
  const c = i.low.cmp(i.high);
  return c > 0 || (c === 0 && (i.lowOpen || i.highOpen));
};

/** The interval times a positive factor. @internal */
export const scaleInterval = (i: Interval, factor: Decimal): Interval =>
  factor.eq(1)
    ? i
    : {
        low: i.low === null ? null : i.low.times(factor),
        high: i.high === null ? null : i.high.times(factor),
        lowOpen: i.lowOpen,
        highOpen: i.highOpen,
      };

/** The interval times a positive factor, plus an offset (temperatures: "20–25 °C" is 293.15–298.15 K). @internal */
export const alignInterval = (i: Interval, factor: Decimal, offset: Decimal | undefined): Interval => {
  const scaled = scaleInterval(i, factor);
  if (offset === undefined || offset.isZero()) return scaled;
  return {
    low: scaled.low === null ? null : scaled.low.plus(offset),
    high: scaled.high === null ? null : scaled.high.plus(offset),
    lowOpen: scaled.lowOpen,
    highOpen: scaled.highOpen,
  };
};

/** Whether a low end of one interval lies below a high end of another (open ends must not touch). @internal */
export const below = (low: Decimal | null, lowOpen: boolean, high: Decimal | null, highOpen: boolean): boolean => {
  if (low === null || high === null) return true;
  const c = cmp(low, high);
  return c < 0 || (c === 0 && !lowOpen && !highOpen);
};

/** Whether two intervals share at least one point. Symmetric. @internal */
export const overlaps = (a: Interval, b: Interval): boolean =>
  below(a.low, a.lowOpen, b.high, b.highOpen) && below(b.low, b.lowOpen, a.high, a.highOpen);

/** The distance between two intervals: 0 when they overlap or only touch at an open end. @internal */
export const intervalDistance = (a: Interval, b: Interval): Decimal => {
  if (a.low !== null && b.high !== null && cmp(a.low, b.high) > 0) return a.low.minus(b.high);
  if (b.low !== null && a.high !== null && cmp(b.low, a.high) > 0) return b.low.minus(a.high);
  return ZERO;
};

/** Whether the interval holds the point. @internal */
export const containsPoint = (i: Interval, v: Decimal): boolean =>
  below(i.low, i.lowOpen, v, false) && below(v, false, i.high, i.highOpen);

/** The common part of two intervals, or `null` when they do not overlap. @internal */
export const intersect = (a: Interval, b: Interval): Interval | null => {
  if (!overlaps(a, b)) return null;
  let low = a.low;
  let lowOpen = a.lowOpen;
  if (low === null || (b.low !== null && (cmp(b.low, low) > 0 || (cmp(b.low, low) === 0 && b.lowOpen)))) {
    low = b.low;
    lowOpen = b.lowOpen;
  }
  let high = a.high;
  let highOpen = a.highOpen;
  if (high === null || (b.high !== null && (cmp(b.high, high) < 0 || (cmp(b.high, high) === 0 && b.highOpen)))) {
    high = b.high;
    highOpen = b.highOpen;
  }
  return { low, high, lowOpen, highOpen };
};

/** The smallest interval holding both. @internal */
export const hull = (a: Interval, b: Interval): Interval => {
  let low = a.low;
  let lowOpen = a.lowOpen;
  if (low !== null && (b.low === null || cmp(b.low, low) < 0 || (cmp(b.low, low) === 0 && !b.lowOpen))) {
    low = b.low;
    lowOpen = b.lowOpen;
  }
  let high = a.high;
  let highOpen = a.highOpen;
  if (high !== null && (b.high === null || cmp(b.high, high) > 0 || (cmp(b.high, high) === 0 && !b.highOpen))) {
    high = b.high;
    highOpen = b.highOpen;
  }
  return { low, high, lowOpen: low === null ? false : lowOpen, highOpen: high === null ? false : highOpen };
};

/** Whether `inner` lies within `outer`. @internal */
export const within = (inner: Interval, outer: Interval): boolean => {
  const lowOk =
    outer.low === null ||
    (inner.low !== null && (cmp(inner.low, outer.low) > 0 || (cmp(inner.low, outer.low) === 0 && (inner.lowOpen || !outer.lowOpen))));
  const highOk =
    outer.high === null ||
    (inner.high !== null && (cmp(inner.high, outer.high) < 0 || (cmp(inner.high, outer.high) === 0 && (inner.highOpen || !outer.highOpen))));
  return lowOk && highOk;
};
