import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/decimal.js";
import { containsPoint, hull, intersect, intervalDistance as distanceOf, makeInterval, overlaps, within } from "../../src/interval/algebra.js";
import { createInterval } from "../../src/interval/createInterval.js";
import { intersectIntervals } from "../../src/interval/intersectIntervals.js";
import { intervalDistance } from "../../src/interval/intervalDistance.js";
import { isInInterval } from "../../src/interval/isInInterval.js";
import type { Interval } from "../../src/interval/types.js";

// One algebra, many callers: the checked public functions and the hot paths of compare and reconcile all
// decide with src/interval/algebra.ts. These laws tie the pieces together, so a second implementation
// that drifts (an open end treated as closed, an unbounded end as zero) fails here.

// Small integers, so ends often coincide and open/closed touching is exercised.
const end = fc.option(fc.integer({ min: -6, max: 6 }).map((n) => new Decimal(n)), { nil: null, freq: 5 });
const interval: fc.Arbitrary<Interval> = fc
  .record({ a: end, b: end, lowOpen: fc.boolean(), highOpen: fc.boolean() })
  .map(({ a, b, lowOpen, highOpen }) => {
    const [low, high] = a !== null && b !== null && a.gt(b) ? [b, a] : [a, b];
    // A point stays closed: an open end on it would make the interval empty.
    const point = low !== null && high !== null && low.eq(high);
    return makeInterval(low, high, lowOpen && !point, highOpen && !point);
  });
const point = fc.integer({ min: -7, max: 7 }).map((n) => new Decimal(n).div(2));
const pointInterval = (v: Decimal): Interval => makeInterval(v, v, false, false);

describe("the interval algebra", () => {
  it("containsPoint is overlap with the point, and isInInterval is containsPoint", () => {
    fc.assert(
      fc.property(interval, point, (i, v) => {
        expect(containsPoint(i, v)).toBe(overlaps(i, pointInterval(v)));
        expect(isInInterval(i, v)).toBe(containsPoint(i, v));
      }),
    );
  });

  it("overlaps is symmetric and says whether the intersection exists", () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
        expect(intersect(a, b) !== null).toBe(overlaps(a, b));
        expect(intersectIntervals(a, b) !== null).toBe(overlaps(a, b));
      }),
    );
  });

  it("the intersection lies within both, and both within the hull", () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const both = intersect(a, b);
        if (both !== null) {
          expect(within(both, a)).toBe(true);
          expect(within(both, b)).toBe(true);
        }
        const h = hull(a, b);
        expect(within(a, h)).toBe(true);
        expect(within(b, h)).toBe(true);
      }),
    );
  });

  it("a point in both intervals is in their intersection", () => {
    fc.assert(
      fc.property(interval, interval, point, (a, b, v) => {
        const both = intersect(a, b);
        expect(both !== null && containsPoint(both, v)).toBe(containsPoint(a, v) && containsPoint(b, v));
      }),
    );
  });

  it("the distance is zero when the intervals overlap, and the checked distance is the same number", () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const d = distanceOf(a, b);
        if (overlaps(a, b)) expect(d.isZero()).toBe(true);
        expect(d.isNeg()).toBe(false);
        expect(intervalDistance(a, b).eq(d)).toBe(true);
      }),
    );
  });

  it("open ends: (70, ∞) holds 71 but not 70; [1, 2) and [2, 3] do not meet", () => {
    const over70 = createInterval("70", null, { lowOpen: true });
    expect(containsPoint(over70, new Decimal(70))).toBe(false);
    expect(containsPoint(over70, new Decimal(71))).toBe(true);
    expect(overlaps(createInterval("1", "2", { highOpen: true }), createInterval("2", "3"))).toBe(false);
    expect(overlaps(createInterval("1", "2"), createInterval("2", "3"))).toBe(true);
  });
});
