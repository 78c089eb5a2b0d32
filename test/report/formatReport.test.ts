import { describe, expect, it } from "vitest";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { formatReport } from "../../src/report/formatReport.js";
import { claim } from "../../src/claim/claim.js";
import { cn, corpus } from "./corpus.js";

const report = findDiscrepancies(corpus);

describe("formatReport", () => {
  it("markdown: a summary, a conflicts table and a series table", () => {
    expect(formatReport(report, { format: "markdown", claims: corpus })).toMatchInlineSnapshot(`
      "## Discrepancy report

      **4 claims in 2 series; 2 comparisons: 1 conflict, 1 consistent, 0 not comparable**

      ### Conflicts

      | # | Series | Period | Figure | Source | Figure | Source | Gap | Of the larger | Ratio | Explanation |
      | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
      | 1 | trade turnover — China & Kazakhstan | 2023 | $31.5 billion | Ministry of Trade and Integration of Kazakhstan, in Kazinform (2024-02) | $41 billion | Ministry of Foreign Affairs of China, in [Xinhua](https://example.org/xinhua/2024-01-12) (2024-01-12) | $9.5 billion | 23.2% | 1.30 | mirror statistics (strong) |

      ### Series

      | Series | Period | Modality | Verdict | Claims | Reconciliation |
      | --- | --- | --- | --- | --- | --- |
      | agreements signed — China & Kazakhstan | 2025-09 | actual | consistent | over 70 (Foreign Intelligence Service of Ukraine)<br>70 (RBC-Ukraine) |  |
      | trade turnover — China & Kazakhstan | 2023 | actual | **conflict** | $31.5 billion (Ministry of Trade and Integration of Kazakhstan)<br>$41 billion (Ministry of Foreign Affairs of China) | $31.5–41 billion: KZ vs CN reporting. |
      "
    `);
  });

  // Held-out kind (explanations headed by strength): the Markdown table headed a weak lead "Likely".
  it("markdown: a weak leading explanation is not under a 'Likely' heading", () => {
    const weak = [
      claim({ metric: "exports", subject: ["Ruritania"], value: "€61.9 billion", period: "2024", source: "A" }),
      claim({ metric: "exports", subject: ["Ruritania"], value: "€65.4 billion", period: "2024", source: "B" }),
    ];
    const md = formatReport(findDiscrepancies(weak), { format: "markdown", claims: weak });
    expect(md).toContain("approximation (weak)");
    expect(md).not.toMatch(/likely/i);
  });

  it("text: the report for a terminal", () => {
    expect(formatReport(report, { claims: corpus })).toMatchInlineSnapshot(`
      "Discrepancy report: 4 claims in 2 series.
      2 comparisons: 1 consistent, 1 conflict, 0 not comparable.

      Conflicts
      1. trade turnover — China & Kazakhstan, 2023
         · $31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023) and $41 billion (Ministry of Foreign Affairs of China, 2023) conflict.
           The gap is $9.5 billion, 23.2% of the larger figure; ratio 1.30.
           Most likely: mirror statistics — each partner reports the flow itself, CN's figure above KZ's (ratio 1.30). A typical CIF/FOB margin is about 6% (IMF DOTS factor 1.06); a gap this size is far beyond freight and insurance and points to re-exports, timing, partner attribution, classification or under-invoicing.
           Ruled out: revision (different sources); scale slip (ratio 1.30 is not near a thousand, million or billion); currency confusion (one currency, no exchange rate involved); rounding (the intervals are $8.95 billion apart, more than a rounding step of $1 billion); approximation (a gap of 23.2% exceeds ±10%).
         Reconciled by attributed range: $31.5–41 billion: KZ vs CN reporting.

      Series
      agreements signed — China & Kazakhstan
        2025-09, actual: consistent — 2 claims, 2 independent sources
        · over 70 (Foreign Intelligence Service of Ukraine, 2025-09) and 70 (RBC-Ukraine, 2025-09) agree, but only thanks to rounding or bound words.
      trade turnover — China & Kazakhstan
        2023, actual: conflict — 2 claims, 2 independent sources
      "
    `);
  });

  it("text: colour only when asked", () => {
    const plain = formatReport(report, { claims: corpus });
    expect(plain).not.toContain("\x1b[");
    const coloured = formatReport(report, { format: "text", color: true, claims: corpus });
    expect(coloured).toContain("\x1b[31m");
    expect(coloured.replace(/\x1b\[\d+m/g, "")).toBe(plain);
  });

  it("json: plain data, decimals as strings, no display method", () => {
    const json = JSON.parse(formatReport(report, { format: "json" })) as { summary: unknown; conflicts: { gap: Record<string, unknown> }[] };
    expect(json.summary).toEqual({ claims: 4, series: 2, comparisons: 2, consistent: 1, conflicts: 1, notComparable: 0 });
    expect(json.conflicts[0]?.gap).toMatchObject({ absolute: "9500000000", ratio: expect.stringMatching(/^1\.30/) });
  });

  it("escapes table syntax in claim text", () => {
    const odd = claim({ metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$2 billion", period: "2023", source: "Pipe|Co *bold*" });
    const md = formatReport(findDiscrepancies([cn, odd]), { format: "markdown" });
    expect(md).toContain("Pipe\\|Co \\*bold\\*");
    const rows = md.split("\n").filter((l) => l.startsWith("| 1 |"));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.split(/(?<!\\)\|/).length).toBe(13); // 11 cells between 12 unescaped pipes
  });

  it("refuses an unknown format with the library's error", () => {
    expect(() => formatReport(report, { format: "xml" as never })).toThrow(/unknown report format "xml"; expected text, markdown, json/);
  });
});
