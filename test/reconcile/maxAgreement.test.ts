// allShareAPoint is the quick form of "maxAgreement takes every interval": they must always agree.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Interval } from "../../src/interval/types.js";
import { Decimal } from "../../src/decimal.js";
import { allShareAPoint, maxAgreement } from "../../src/reconcile/maxAgreement.js";

// Few distinct ends, so that ends often coincide (open against closed, equal lows and highs).
const end = fc.option(fc.integer({ min: 0, max: 6 }).map((n) => new Decimal(n).div(2)), { nil: null, freq: 5 });
const interval: fc.Arbitrary<Interval> = fc
  .record({ a: end, b: end, lowOpen: fc.boolean(), highOpen: fc.boolean(), ordered: fc.boolean() })
  .map(({ a, b, lowOpen, highOpen, ordered }) => {
    // Mostly low ≤ high; sometimes an empty interval (low above high) too.
    const swap = ordered && a !== null && b !== null && a.gt(b);
    return { low: swap ? b : a, high: swap ? a : b, lowOpen: (swap ? b : a) === null ? false : lowOpen, highOpen: (swap ? a : b) === null ? false : highOpen };
  });

describe("allShareAPoint", () => {
  it("says whether maxAgreement takes every interval", () => {
    fc.assert(
      fc.property(fc.array(interval, { minLength: 1, maxLength: 8 }), (intervals) => {
        expect(allShareAPoint(intervals)).toBe(maxAgreement(intervals).members.length === intervals.length);
      }),
      { numRuns: 3000 },
    );
  });

  it("open ends that touch do not meet; closed ones do", () => {
    const i = (low: number | null, high: number | null, lowOpen = false, highOpen = false): Interval => ({
      low: low === null ? null : new Decimal(low),
      high: high === null ? null : new Decimal(high),
      lowOpen,
      highOpen,
    });
    expect(allShareAPoint([i(1, 2), i(2, 3)])).toBe(true);
    expect(allShareAPoint([i(1, 2, false, true), i(2, 3)])).toBe(false);
    expect(allShareAPoint([i(1, 2), i(2, 3, true)])).toBe(false);
    expect(allShareAPoint([i(null, 2), i(1, null), i(1.5, 1.5)])).toBe(true);
    expect(allShareAPoint([i(3, 2)])).toBe(false);
  });
});
