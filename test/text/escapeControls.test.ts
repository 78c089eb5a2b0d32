import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { compare } from "../../src/compare/compare.js";
import { explain, explainSentences } from "../../src/report/explain.js";
import { parseQuantity } from "../../src/quantity/parseQuantity.js";
import { reconcile } from "../../src/reconcile/createReconciler.js";
import { checkRelation } from "../../src/relations/checkRelation.js";
import { formatRelationCheck } from "../../src/report/formatRelationCheck.js";
import { toComparisonBundle, toReportBundle } from "../../src/notebook/bundles.js";
import { checkOrdinal } from "../../src/timeline/checkOrdinal.js";
import { formatOrdinalCheck } from "../../src/report/formatOrdinalCheck.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { reconcileAll } from "../../src/reconcile/reconcileAll.js";
import { escapeControls, escapeStrings } from "../../src/text/escapeControls.js";
import { formatCorpusReconciliation } from "../../src/report/formatCorpusReconciliation.js";
import { formatReport } from "../../src/report/formatReport.js";
import { formatReportText } from "../../src/report/text.js";

// Every character a renderer must never print from the input (it may write "\n" itself).
const HIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;

describe("escapeControls", () => {
  it.each([
    ["plain text", "plain text"],
    ["\u001b]0;pwned\u0007\u001b[2J", "\\u001b]0;pwned\\u0007\\u001b[2J"],
    ["a\nb\tc\r", "a\\u000ab\\u0009c\\u000d"],
    ["C1 \u009b31m and DEL \u007f", "C1 \\u009b31m and DEL \\u007f"],
    ["bidi \u202eevil\u202c and \u2066isolate\u2069", "bidi \\u202eevil\\u202c and \\u2066isolate\\u2069"],
    ["line\u2028separator", "line\\u2028separator"],
    ["Київ · 北京 · é · \\ kept", "Київ · 北京 · é · \\ kept"],
  ])("%j → %j", (text, shown) => {
    expect(escapeControls(text)).toBe(shown);
  });

  it("returns the very object when nothing needs escaping, and keeps shared objects shared", () => {
    const shared = { name: "x\u001b" };
    const value = { clean: { a: "b" }, list: [shared, shared] };
    const escaped = escapeStrings(value);
    expect(escaped.clean).toBe(value.clean);
    expect(escaped.list[0]).toBe(escaped.list[1]);
    expect(escaped.list[0]).toEqual({ name: "x\\u001b" });
    expect(value.list[0]).toEqual({ name: "x\u001b" });
    const clean = { a: ["b", { c: "d" }] };
    expect(escapeStrings(clean)).toBe(clean);
  });
});

// Pieces of hostile text; each line break from the input is followed by "@@", so a break printed raw
// shows as a line that starts with "@@".
const PIECES = ["a", "B", " ", "é", "|", "\\", "*", "\n@@", "\r@@", "\t", "\u001b[2J", "\u001b]0;pwned\u0007", "\u0085@@", "\u009b31m", "\u202e", "\u2028@@", "\u0000", "\u007f", "\u200f"];
const hostile = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 8 }).map((parts) => `S${parts.join("")}`);

describe("no human-readable output carries a control character from the input", () => {
  it("reports and corpus reconciliations, text and Markdown, whatever the claims' strings", () => {
    fc.assert(
      fc.property(
        fc.record({
          metric: hostile,
          subject: fc.array(hostile, { minLength: 1, maxLength: 2 }),
          qualifier: fc.tuple(hostile, hostile),
          claims: fc.array(fc.record({ source: hostile, outlet: hostile, quote: hostile, value: fc.constantFrom("$41 billion", "$31.5 billion", "over $40 billion", "about $35 billion") }), {
            minLength: 2,
            maxLength: 4,
          }),
        }),
        ({ metric, subject, qualifier, claims: rows }) => {
          const claims = rows.map((row, i) =>
            claim({
              id: `${row.source}#${i}`,
              metric,
              subject,
              qualifiers: { [qualifier[0]]: qualifier[1] },
              value: row.value,
              period: "2023",
              source: row.source,
              reportedBy: { name: row.outlet, publishedAt: "2024-02" },
              quote: row.quote,
            }),
          );
          const report = findDiscrepancies(claims);
          const corpus = reconcileAll(claims);
          const outputs = [
            formatReport(report, { claims }),
            formatReport(report, { claims, format: "markdown" }),
            formatReport(report),
            formatReportText(report, { claims }),
            formatCorpusReconciliation(corpus, { claims }),
            formatCorpusReconciliation(corpus, { claims, format: "markdown" }),
          ];
          for (const output of outputs) {
            expect(output).not.toMatch(HIDDEN);
            expect(output).not.toMatch(/(^|\n)@@/);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("no sentence or HTML carries a control character from the input either", () => {
  it("explain, explainSentences, the notebook's HTML and text, relation and ordinal checks", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (metric, source, label) => {
        const a = claim({ id: "a", metric, value: "$41 billion", period: "2023", source: { name: source, country: "CN" } });
        const b = claim({ id: "b", metric, value: "$31.5 billion", period: "2023", source: `${source}2` });
        const comparison = compare(a, b);
        const report = findDiscrepancies([a, b]);
        const relation = checkRelation({ kind: "conversion", values: [{ ...a, quantity: parseQuantity("1,700 km") }, "1,056 miles"] });
        const ordinal = checkOrdinal({ ordinal: "third", event: "2025-06-16", since: "2020" }, { events: [{ date: "2022-09-14", label }, { date: "2024-07-02", label }, { date: "2025-06-16", label }] });
        const bundle = toReportBundle(report, [a, b]);
        const outputs = [
          explain(comparison),
          ...explainSentences(comparison, { claims: [a, b] }),
          ...explainSentences(reconcile([a, b])),
          toComparisonBundle(comparison, [a, b])["text/plain"],
          toComparisonBundle(comparison, [a, b])["text/html"],
          bundle["text/html"],
          formatRelationCheck(relation),
          formatOrdinalCheck(ordinal),
        ];
        for (const output of outputs) {
          expect(typeof output === "string" ? output.replace(/\n/g, "") : output).not.toMatch(HIDDEN);
          expect(output).not.toMatch(/(^|\n)@@/);
        }
      }),
      { numRuns: 40 },
    );
  });
});
