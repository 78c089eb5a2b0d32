import type { Claim } from "../claim/types.js";
import type { Report } from "../compare/reportTypes.js";
import { en } from "../messages/en/index.js";
import type { Locale } from "../messages/en/types.js";
import { toReportRows, type ClaimCell } from "./reportRows.js";

/** Escapes text for a Markdown table cell: pipes, line breaks, and characters that would start markup. @internal */
export const markdownCell = (text: string): string =>
  text
    .replace(/\r\n|\r|\n/g, " ")
    .replace(/([\\|*_`<>[\]])/g, "\\$1");

const cell = markdownCell;
const row = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;

const table = (columns: readonly string[], rows: readonly (readonly string[])[]): string =>
  [row(columns), row(columns.map(() => "---")), ...rows.map(row)].join("\n");

const source = (c: ClaimCell, m: Locale["report"]): string => {
  const outlet = c.outlet !== undefined && c.outlet !== c.source ? m.inOutlet(`${c.url !== undefined ? `[${cell(c.outlet)}](${encodeURI(c.url)})` : cell(c.outlet)}`) : "";
  return `${cell(c.source)}${outlet}${c.published !== undefined ? ` (${cell(c.published)})` : ""}`;
};

/**
 * The report as Markdown a fact-checker can paste: a summary line, a table of conflicts (both figures,
 * their sources, the gap, the likely explanation) and a table of every series and period.
 * @internal
 */
export const formatReportMarkdown = (report: Report, claims?: Iterable<Claim>, locale: Locale = en): string => {
  const m = locale.report;
  const rows = toReportRows(report, claims, locale);
  const out: string[] = [`## ${m.reportTitle}`, "", `**${m.summaryLine(report.summary)}**`, "", `### ${m.conflictsHeading}`, ""];
  if (rows.conflicts.length === 0) out.push(m.noConflicts);
  else
    out.push(
      table(
        m.conflictColumns,
        rows.conflicts.map((c, index) => [
          String(index + 1),
          cell(c.series),
          cell(c.period),
          cell(c.sides[0].text),
          source(c.sides[0], m),
          cell(c.sides[1].text),
          source(c.sides[1], m),
          cell(c.gap),
          cell(c.share),
          cell(c.ratio),
          cell(c.likely),
        ]),
      ),
    );
  out.push("", `### ${m.seriesHeading}`, "");
  out.push(
    table(
      m.groupColumns,
      rows.groups.map((g) => [
        cell(g.series),
        cell(g.period === "" ? m.noPeriod : g.period),
        cell(g.modality),
        g.verdict === "conflict" ? `**${m.verdictWords.conflict}**` : cell(m.verdictWords[g.verdict] ?? g.verdict),
        g.claims.map((c) => `${cell(c.text)} (${cell(c.source)})`).join("<br>"),
        cell(g.reconciliation ?? ""),
      ]),
    ),
  );
  return `${out.join("\n")}\n`;
};
