import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/claim/parseClaims.js";
import type { Claim } from "../../src/claim/types.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { reconcileAll } from "../../src/reconcile/reconcileAll.js";
import { formatCorpusReconciliation } from "../../src/report/formatCorpusReconciliation.js";
import { formatReport } from "../../src/report/formatReport.js";
import { perUnitRatio } from "../timing.js";

// Formatting a report grows with the report, checked as a ratio measured in one run (no absolute
// thresholds): per claim, a report eight times larger must not take more than three times as long.
// Explaining each comparison against every claim, or scanning every comparison for each group, once
// made text reports quadratic (a minute for 10,000 claims).

/** Series of three figures from three sources, two agreeing and one off, each citing the others' ids. */
const corpus = (series: number): readonly Claim[] => {
  const inputs = [];
  for (let s = 0; s < series; s++)
    for (const [k, value] of ["1,000", "1,000", "1,400"].entries())
      inputs.push({ id: `s${s}-${k}`, metric: "exports", subject: `Place ${s}`, value: `$${value} million`, period: "2023", source: `Source ${k}` });
  const { claims, issues } = parseClaims(inputs);
  expect(issues).toEqual([]);
  return claims;
};

describe("formatReport grows linearly with the report", () => {
  const small = corpus(300);
  const large = corpus(2_400);
  const reports = new Map([small, large].map((claims) => [claims, findDiscrepancies(claims)]));
  it.each(["text", "markdown"] as const)("%s", (format) => {
    const render = (claims: readonly Claim[]) => formatReport(reports.get(claims)!, { format, claims });
    expect(perUnitRatio(render, small, large, (claims) => claims.length, 3)).toBeLessThan(3);
  });
});

describe("formatCorpusReconciliation grows linearly with the corpus", () => {
  // One series and period stated by every source, most agreeing: a contested estimate whose figures
  // are each backed by thousands of sources (listing them once each must not rescan the list).
  const group = (n: number): readonly Claim[] => {
    const inputs = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, metric: "exports", subject: "Place", value: `$${i % 10 === 0 ? 1_400 : 1_000} million`, period: "2023", source: `Source ${i}` }));
    const { claims, issues } = parseClaims(inputs);
    expect(issues).toEqual([]);
    return claims;
  };
  const small = group(1_000);
  const large = group(8_000);
  const results = new Map([small, large].map((claims) => [claims, reconcileAll(claims, { method: "majority" })]));
  it.each(["text", "markdown"] as const)("%s", (format) => {
    const render = (claims: readonly Claim[]) => formatCorpusReconciliation(results.get(claims)!, { format, claims });
    expect(perUnitRatio(render, small, large, (claims) => claims.length, 3)).toBeLessThan(3);
  });
});
