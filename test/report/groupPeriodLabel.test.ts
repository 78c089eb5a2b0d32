import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { reconcileAll } from "../../src/reconcile/reconcileAll.js";
import { formatCorpusReconciliation } from "../../src/report/formatCorpusReconciliation.js";
import { formatReport } from "../../src/report/formatReport.js";

// A group's label comes from its period, not from whichever claim's words for it sort first: an English
// report must not say "…, у 2024 році".
describe("period groups are labelled from the period", () => {
  const claims = [
    claim({ id: "uk", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$41 billion", period: "у 2024 році", source: "Джерело", reportedBy: { lang: "uk" } }),
    claim({ id: "en", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$31.5 billion", period: "2024", source: "Source" }),
    claim({ id: "q", metric: "exports", value: "5 million tonnes", period: "the third quarter of 2023", source: "A" }),
    claim({ id: "q2", metric: "exports", value: "7 million tonnes", period: "Q3 2023", source: "B" }),
  ];
  const report = findDiscrepancies(claims);

  // Each claim is still cited with its own words ("$41 billion (Джерело, у 2024 році)"): that is a quote.
  it("text: group titles and group lines", () => {
    const lines = formatReport(report, { claims }).split("\n");
    expect(lines).toContain("1. exports, 2023-Q3");
    expect(lines).toContain("2. trade turnover — China & Kazakhstan, 2024");
    expect(lines).toContain("  2023-Q3, actual: conflict — 2 claims, 2 independent sources");
    expect(lines).toContain("  2024, actual: conflict — 2 claims, 2 independent sources");
  });

  it("markdown: the period columns", () => {
    const rows = formatReport(report, { claims, format: "markdown" }).split("\n").filter((line) => line.startsWith("| "));
    const periods = rows.map((row) => row.split(" | ")).filter((cells) => cells.length > 2);
    expect(periods.filter((cells) => cells[0] === "| 1" || cells[0] === "| 2").map((cells) => cells[2])).toEqual(["2023-Q3", "2024"]);
    expect(periods.filter((cells) => cells[0] === "| exports" || cells[0]!.startsWith("| trade")).map((cells) => cells[1])).toEqual(["2023-Q3", "2024"]);
  });

  it.each(["text", "markdown"] as const)("reconcile %s", (format) => {
    const out = formatCorpusReconciliation(reconcileAll(claims), { claims, format });
    expect(out).not.toContain("році");
    expect(out).not.toContain("third quarter");
  });
});
