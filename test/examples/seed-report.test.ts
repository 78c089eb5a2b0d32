// The seed corpus's discrepancy report: every comparison row of DESIGN.md's seed-case table.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/claim/parseClaims.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import type { Comparison } from "../../src/compare/types.js";
import { explain } from "../../src/report/explain.js";
import { formatReconciliationNote } from "../../src/report/formatReconciliationNote.js";
import { formatReportText } from "../../src/report/text.js";

const file = new URL("../../examples/kazakhstan-china/claims.json", import.meta.url);
const { claims, issues } = parseClaims(JSON.parse(readFileSync(file, "utf8")));
const report = findDiscrepancies(claims);

const between = (a: string, b: string): Comparison => {
  const found = report.comparisons.find((c) => c.claims.includes(a) && c.claims.includes(b));
  if (found === undefined) throw new Error(`no comparison between ${a} and ${b}`);
  return found;
};
const seriesOf = (id: string) => report.series.find((s) => s.claims.includes(id))!;

describe("seed corpus report", () => {
  it("reads every claim", () => {
    expect(issues).toEqual([]);
    expect(report.summary.claims).toBe(53);
  });

  it("2023 trade: $41 bn (CN MFA) vs $31.5 bn (KZ MTI) is a conflict best explained by mirror statistics", () => {
    const c = between("trade-2023-cn-mfa", "trade-2023-kz-mti");
    expect(c.verdict).toBe("conflict");
    expect(c.gap?.absolute.toString()).toBe("9500000000");
    expect(c.gap?.relativeToLarger.times(100).toFixed(1)).toBe("23.2");
    expect(c.gap?.ratio?.toFixed(2)).toBe("1.30");
    expect(c.ruledOut.map((r) => r.code)).toContain("rounding");
    expect(c.explanations[0]).toMatchObject({ code: "mirror-statistics", strength: "strong", evidence: { reporters: ["CN", "KZ"], beyondTypical: true } });
    const group = seriesOf("trade-2023-cn-mfa").periods.find((p) => p.claims.includes("trade-2023-cn-mfa"))!;
    expect(group.reconciliation).toMatchObject({ method: "attributed-range", note: { code: "attributed-range", params: { lowParties: ["KZ"], highParties: ["CN"] } } });
    expect(formatReconciliationNote(group.reconciliation!)).toBe("$31.5–41 billion: KZ vs CN reporting.");
  });

  it('"exceeding $41 billion" is consistent with $41 bn', () => {
    const c = between("trade-2023-003-exceeding", "trade-2023-cn-mfa");
    expect(c.verdict).toBe("consistent");
    expect(c.withinRoundingOnly).toBe(true);
  });

  it("2022 trade: $24 bn vs over $31 bn in one article is a conflict, the same systematic gap as 2023's", () => {
    const c = between("trade-2022-24bn-heenan", "trade-2022-31bn-heenan");
    expect(c.verdict).toBe("conflict");
    expect(c.gap?.ratio?.toFixed(2)).toBe("1.29");
    expect(c.explanations[0]).toMatchObject({ code: "systematic-source-gap", evidence: { others: [{ period: "2023", reporters: ["CN", "KZ"] }] } });
  });

  it("over 70 / 70 agreements (Sept 2025) vs 30 (autumn 2023) vs eight (Nov 2024): different periods, and over 70 agrees with 70", () => {
    const notes = report.comparisons.filter((c) => c.verdict === "not-comparable" && seriesOf(c.claims[0]).metric === "agreements signed");
    expect(notes.map((c) => c.reasons)).toEqual([["different-period"], ["different-period"], ["different-period"]]);
    expect(notes.some((c) => c.claims.includes("agreements-2023-autumn-30") && c.claims.some((id) => id.startsWith("agreements-2025-09")))).toBe(true);
    const loose = between("agreements-2025-09-en-over-70", "agreements-2025-09-en-70");
    expect([loose.verdict, loose.withinRoundingOnly]).toEqual(["consistent", true]);
  });

  it("third since 2020 vs fifth as President: not comparable, different scope", () => {
    const c = between("xi-visit-2025-third-since-2020-en", "xi-visit-2024-fifth-as-president");
    expect(c.verdict).toBe("not-comparable");
    expect(c.reasons).toContain("different-scope");
  });

  it("target $40 bn vs actual $41 bn: different modality, target met", () => {
    const c = between("trade-target-40bn-tokayev", "trade-2023-cn-mfa");
    expect(c.verdict).toBe("not-comparable");
    expect(c.reasons).toContain("different-modality");
    expect(c.targetMet).toBe(true);
  });

  it("the Ukrainian twins agree with their English claims", () => {
    const twins: [string, string][] = [
      ["agreements-2025-09-en-over-70", "agreements-2025-09-uk-over-70"],
      ["agreements-2025-09-en-70", "agreements-2025-09-uk-70"],
      ["agreements-value-2025-09-en", "agreements-value-2025-09-uk"],
      ["dalian-grain-investment-en", "dalian-grain-investment-uk"],
      ["freight-tcitr-forecast-en", "freight-tcitr-forecast-uk"],
      ["freight-tcitr-2025-en", "freight-tcitr-2025-uk"],
      ["xi-visit-2025-third-since-2020-en", "xi-visit-2025-third-since-2020-uk"],
    ];
    for (const [en, uk] of twins) expect([en, between(en, uk).verdict]).toEqual([en, "consistent"]);
  });

  it("1,700 km and 1,056 miles agree", () => {
    expect(between("border-length-km", "border-length-mi").verdict).toBe("consistent");
  });

  it("explains the 2023 conflict in plain sentences", () => {
    expect(explain(between("trade-2023-cn-mfa", "trade-2023-kz-mti"))).toMatchInlineSnapshot(`"$31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023) and $41 billion (Ministry of Foreign Affairs of China, 2023) conflict. The gap is $9.5 billion, 23.2% of the larger figure; ratio 1.30. Most likely: mirror statistics — each partner reports the flow itself, CN's figure above KZ's (ratio 1.30). A typical CIF/FOB margin is about 6% (IMF DOTS factor 1.06); a gap this size is far beyond freight and insurance and points to re-exports, timing, partner attribution, classification or under-invoicing. Also possible: systematic source gap — CN above KZ here, and a similar gap in 2022 (ratio 1.29): probably the same two reporting bases. Ruled out: revision (different sources); scale slip (ratio 1.30 is not near a thousand, million or billion); currency confusion (one currency, no exchange rate involved); period shift (no figure of a neighbouring period matches); rounding (the intervals are $8.95 billion apart, more than a rounding step of $1 billion); approximation (a gap of 23.2% exceeds ±10%)."`);
  });

  it("renders the report as text", () => {
    expect(formatReportText(report, { claims })).toMatchSnapshot();
  });
});
