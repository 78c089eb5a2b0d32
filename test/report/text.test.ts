import { describe, expect, it } from "vitest";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { formatReportText } from "../../src/report/text.js";
import { makeClaim, usd } from "../helpers/makeClaim.js";

describe("formatReportText", () => {
  it("renders counts, conflicts with their reconciliation, series and single figures", () => {
    const claims = [
      makeClaim({ id: "cn", value: usd("41"), period: "2023", source: { name: "MFA", country: "CN" } }),
      makeClaim({ id: "kz", value: usd("31.5"), period: "2023", source: { name: "MTI", country: "KZ" } }),
      makeClaim({ id: "pop", metric: "population", subject: ["Kazakhstan"], value: { amount: "20", scale: "million", unit: "count" }, period: "2023", source: "Census" }),
    ];
    expect(formatReportText(findDiscrepancies(claims), { claims })).toMatchInlineSnapshot(`
      "Discrepancy report: 3 claims in 2 series.
      1 comparison: 0 consistent, 1 conflict, 0 not comparable.

      Conflicts
      1. trade turnover — China & Kazakhstan, 2023
         · $31.5 billion (MTI, 2023) and $41 billion (MFA, 2023) conflict.
           The gap is $9.5 billion, 23.2% of the larger figure; ratio 1.30.
           Most likely: mirror statistics — each partner reports the flow itself, CN's figure above KZ's (ratio 1.30). A typical CIF/FOB margin is about 6% (IMF DOTS factor 1.06); a gap this size is far beyond freight and insurance and points to re-exports, timing, partner attribution, classification or under-invoicing.
           Ruled out: revision (different sources); scale slip (ratio 1.30 is not near a thousand, million or billion); currency confusion (one currency, no exchange rate involved); rounding (the intervals are $8.95 billion apart, more than a rounding step of $1 billion); approximation (a gap of 23.2% exceeds ±10%).
         Reconciled by attributed range: $31.5–41 billion: KZ vs CN reporting.

      Series
      trade turnover — China & Kazakhstan
        2023, actual: conflict — 2 claims, 2 independent sources

      1 series with a single figure and nothing to compare:
        population — Kazakhstan
      "
    `);
  });

  it("says so when there are no conflicts", () => {
    expect(formatReportText(findDiscrepancies([]))).toMatchInlineSnapshot(`
      "Discrepancy report: 0 claims in 0 series.
      0 comparisons: 0 consistent, 0 conflicts, 0 not comparable.

      Conflicts
        No conflicts.

      Series
      "
    `);
  });
});
