import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/compare.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { createArbitraries, isClaim } from "../../src/testing/index.js";

const arb = createArbitraries(fc);

describe("createArbitraries", () => {
  it("claims are valid claims whose value lies in their interval", () => {
    fc.assert(
      fc.property(arb.claim, (c) => {
        expect(isClaim(c)).toBe(true);
        const q = c.quantity;
        if (q.low !== null) expect(q.low.lte(q.value)).toBe(true);
        if (q.high !== null) expect(q.high.gte(q.value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("quantities are finite decimals in a registered unit", () => {
    fc.assert(
      fc.property(arb.quantity, (q) => {
        expect(q.value.isFinite()).toBe(true);
        expect(["USD", "count", "t", "km", "%"]).toContain(q.unit);
      }),
      { numRuns: 100 },
    );
  });

  it("law: compare is symmetric in its verdict (claims from the arbitraries)", () => {
    fc.assert(
      fc.property(arb.claim, arb.claim, (a, b) => {
        expect(compare(a, b).verdict).toBe(compare(b, a).verdict);
      }),
      { numRuns: 200 },
    );
  });

  it("law: a report's conflicts are exactly its comparisons with a conflict verdict", () => {
    fc.assert(
      fc.property(arb.claims({ maxLength: 10 }), (claims) => {
        expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
        const report = findDiscrepancies(claims);
        expect(report.conflicts).toEqual(report.comparisons.filter((c) => c.verdict === "conflict"));
        expect(report.summary.claims).toBe(claims.length);
      }),
      { numRuns: 50 },
    );
  });

  it("takes the caller's vocabulary", () => {
    const only = createArbitraries(fc, { metrics: ["exports"], units: ["t"], years: [2020, 2020] });
    fc.assert(
      fc.property(only.claim, (c) => {
        expect(c.metric).toBe("exports");
        expect(c.quantity.unit).toBe("t");
        expect(c.period?.start).toBe("2020-01-01");
      }),
      { numRuns: 50 },
    );
  });
});
