import type { Claim } from "../claim/types.js";
import type { Report } from "../compare/reportTypes.js";
import type { Comparison } from "../compare/types.js";
import { explainSentences } from "./explain.js";
import { reportMessages as m } from "../messages.js";
import type { CorpusReconciliation } from "../reconcile/corpusTypes.js";
import { buildVegaLite } from "./buildVegaLite.js";
import { toCorpusBundle } from "./formatCorpusReconciliation.js";
import { escapeHTML, formatReportHTML } from "./toHTML.js";
import { toStatusOf } from "./toStatusOf.js";
import { formatReportText } from "./text.js";
import { withDisplay, type MimeBundle } from "./withDisplay.js";

/** The notebook rendering of a report: the text report, HTML tables and, given the claims, the chart. @internal */
export const toReportBundle = (report: Report, claims?: readonly Claim[]): MimeBundle => ({
  "text/plain": formatReportText(report, claims === undefined ? {} : { claims }),
  "text/html": formatReportHTML(report, claims),
  ...(claims === undefined || claims.length === 0
    ? {}
    : { "application/vnd.vegalite.v5+json": buildVegaLite(claims, toStatusOf(report)) }),
});

/** The notebook rendering of a comparison: its sentences, the two figures side by side and, given the claims, their chart. @internal */
export const toComparisonBundle = (comparison: Comparison, claims?: readonly Claim[]): MimeBundle => {
  const sentences = explainSentences(comparison, claims === undefined ? {} : { claims });
  const status = comparison.verdict === "conflict" ? "conflict" : comparison.verdict === "consistent" ? "consistent" : "not compared";
  const rows = comparison.sides
    .map((s) => `<tr><td>${escapeHTML(s.text)}</td><td>${escapeHTML(s.source)}</td><td>${escapeHTML(s.period ?? "")}</td></tr>`)
    .join("");
  return {
    "text/plain": sentences.join("\n"),
    "text/html": [
      `<div class="discrepancy-comparison">`,
      `<p><strong>${escapeHTML(m.verdictWords[comparison.verdict] ?? comparison.verdict)}</strong></p>`,
      `<table><tbody>${rows}</tbody></table>`,
      ...sentences.map((s) => `<p>${escapeHTML(s)}</p>`),
      `</div>`,
    ].join("\n"),
    ...(claims === undefined || claims.length === 0 ? {} : { "application/vnd.vegalite.v5+json": buildVegaLite(claims, () => status) }),
  };
};

/** A corpus reconciliation that renders itself in notebooks (see {@link withDisplay}). @internal */
export const withCorpusDisplay = (result: CorpusReconciliation, claims: readonly Claim[]): CorpusReconciliation =>
  withDisplay(result, (r) => toCorpusBundle(r, claims));

/** A report that renders itself in notebooks (see {@link withDisplay}). @internal */
export const withReportDisplay = (report: Report, claims?: readonly Claim[]): Report =>
  withDisplay(report, (r) => toReportBundle(r, claims));

/** A comparison that renders itself in notebooks (see {@link withDisplay}). @internal */
export const withComparisonDisplay = (comparison: Comparison, claims?: readonly Claim[]): Comparison =>
  withDisplay(comparison, (c) => toComparisonBundle(c, claims));
