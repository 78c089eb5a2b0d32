import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/compare.js";
import { arbClaim } from "../helpers/arbitraries.js";

const RATES = [{ from: "USD", to: "CNY", rate: "7.1", date: "2024-01-01" }];

describe("compare: laws", () => {
  it("is symmetric: compare(a, b) equals compare(b, a) up to the order of the claims", () => {
    fc.assert(
      fc.property(arbClaim(), arbClaim(), fc.boolean(), (a, b, withRates) => {
        const options = withRates ? { rates: RATES } : {};
        const ab = compare(a, b, options);
        const ba = compare(b, a, options);
        expect(JSON.stringify({ ...ba, claims: [...ba.claims].reverse(), sides: [...ba.sides].reverse() })).toBe(JSON.stringify(ab));
      }),
      { numRuns: 400 },
    );
  });

  it("a claim is consistent with itself", () => {
    fc.assert(
      fc.property(arbClaim(), (a) => {
        const c = compare(a, a);
        expect(c.verdict).toBe("consistent");
        expect(c.withinRoundingOnly).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("conflicts carry a gap with a non-negative distance, consistent pairs none", () => {
    fc.assert(
      fc.property(arbClaim({ periods: ["2023"], modalities: ["actual"], metrics: ["m"] }), arbClaim({ periods: ["2023"], modalities: ["actual"], metrics: ["m"] }), (a, b) => {
        const c = compare(a, b, { rates: RATES });
        if (c.verdict === "conflict") {
          expect(c.gap!.intervalDistance.isNeg()).toBe(false);
          expect(c.gap!.absolute.isNeg()).toBe(false);
          if (c.gap!.ratio !== null) expect(c.gap!.ratio.gte(1)).toBe(true);
        } else expect(c.gap).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
