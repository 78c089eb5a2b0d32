import type { Claim } from "../claim/types.js";
import type { Report } from "../compare/reportTypes.js";
import { en } from "../messages/en/index.js";
import type { Locale } from "../messages/en/types.js";
import { toReportRows, type ClaimCell } from "./reportRows.js";
import { escapeControls } from "../text/escapeControls.js";

/** Escapes text for HTML content and attribute values; control characters show as `\uXXXX` (escapeControls). @internal */
export const escapeHTML = (text: string): string =>
  escapeControls(text).replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));

const td = (text: string, style = ""): string => `<td${style === "" ? "" : ` style="${style}"`}>${text}</td>`;
const th = (text: string): string => `<th style="text-align:left">${escapeHTML(text)}</th>`;

const source = (c: ClaimCell, m: Locale["report"]): string => {
  const outlet =
    c.outlet !== undefined && c.outlet !== c.source
      ? m.inOutlet(c.url !== undefined && /^https?:\/\//i.test(c.url) ? `<a href="${escapeHTML(c.url)}">${escapeHTML(c.outlet)}</a>` : escapeHTML(c.outlet))
      : "";
  return `${escapeHTML(c.source)}${outlet}${c.published !== undefined ? ` (${escapeHTML(c.published)})` : ""}`;
};

const RED = "color:#b71c1c;font-weight:600";

/**
 * The report as an HTML fragment for notebooks: the summary, a table of conflicts and a table of series.
 * Every piece of claim text is escaped. @internal
 */
export const formatReportHTML = (report: Report, claims?: Iterable<Claim>, locale: Locale = en): string => {
  const m = locale.report;
  const rows = toReportRows(report, claims, locale);
  const parts: string[] = [`<div class="discrepancy-report">`, `<p><strong>${escapeHTML(m.summaryLine(report.summary))}</strong></p>`];
  parts.push(`<h4>${escapeHTML(m.conflictsHeading)}</h4>`);
  if (rows.conflicts.length === 0) parts.push(`<p>${escapeHTML(m.noConflicts)}</p>`);
  else {
    parts.push(`<table><thead><tr>${m.conflictColumns.map(th).join("")}</tr></thead><tbody>`);
    rows.conflicts.forEach((c, index) => {
      parts.push(
        `<tr>${[
          td(String(index + 1)),
          td(escapeHTML(c.series)),
          td(escapeHTML(c.period)),
          td(escapeHTML(c.sides[0].text), RED),
          td(source(c.sides[0], m)),
          td(escapeHTML(c.sides[1].text), RED),
          td(source(c.sides[1], m)),
          td(escapeHTML(c.gap)),
          td(escapeHTML(c.share)),
          td(escapeHTML(c.ratio)),
          td(escapeHTML(c.likely)),
        ].join("")}</tr>`,
      );
    });
    parts.push(`</tbody></table>`);
  }
  parts.push(`<h4>${escapeHTML(m.seriesHeading)}</h4>`);
  parts.push(`<table><thead><tr>${m.groupColumns.map(th).join("")}</tr></thead><tbody>`);
  for (const g of rows.groups)
    parts.push(
      `<tr>${[
        td(escapeHTML(g.series)),
        td(escapeHTML(g.period === "" ? m.noPeriod : g.period)),
        td(escapeHTML(g.modality)),
        td(escapeHTML(m.verdictWords[g.verdict] ?? g.verdict), g.verdict === "conflict" ? RED : ""),
        td(g.claims.map((c) => `${escapeHTML(c.text)} <small>(${escapeHTML(c.source)})</small>`).join("<br>")),
        td(escapeHTML(g.reconciliation ?? "")),
      ].join("")}</tr>`,
    );
  parts.push(`</tbody></table>`, `</div>`);
  return parts.join("\n");
};
