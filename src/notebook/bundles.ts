import type { Claim } from "../claim/types.js";
import type { Report } from "../compare/reportTypes.js";
import type { Comparison } from "../compare/types.js";
import type { Reconciliation } from "../reconcile/types.js";
import { explainSentences } from "../report/explain.js";
import { en } from "../messages/en/index.js";
import type { Locale } from "../messages/en/types.js";
import { buildVegaLite } from "../report/buildVegaLite.js";
import { escapeHTML, formatReportHTML } from "../report/toHTML.js";
import { toStatusOf } from "../report/toStatusOf.js";
import { formatReportText } from "../report/text.js";
import type { MimeBundle } from "../report/mimeBundle.js";

/** The notebook rendering of a report: the text report, HTML tables and, given the claims, the chart. @internal */
export const toReportBundle = (report: Report, claims?: readonly Claim[], locale: Locale = en): MimeBundle => ({
  "text/plain": formatReportText(report, claims === undefined ? { locale } : { claims, locale }),
  "text/html": formatReportHTML(report, claims, locale),
  ...(claims === undefined || claims.length === 0
    ? {}
    : { "application/vnd.vegalite.v5+json": buildVegaLite(claims, toStatusOf(report)) }),
});

/** The notebook rendering of a comparison: its sentences, the two figures side by side and, given the claims, their chart. @internal */
export const toComparisonBundle = (comparison: Comparison, claims?: readonly Claim[], locale: Locale = en): MimeBundle => {
  const m = locale.report;
  const sentences = explainSentences(comparison, claims === undefined ? { locale } : { claims, locale });
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

/** The notebook rendering of a reconciliation: its sentences (method, estimate, support) as text and paragraphs. @internal */
export const toReconciliationBundle = (reconciliation: Reconciliation, locale: Locale = en): MimeBundle => {
  const sentences = explainSentences(reconciliation, { locale });
  return {
    "text/plain": sentences.join("\n"),
    "text/html": [`<div class="discrepancy-reconciliation">`, ...sentences.map((s) => `<p>${escapeHTML(s)}</p>`), `</div>`].join("\n"),
  };
};
