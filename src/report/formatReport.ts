import type { Claim } from "../claim/types.js";
import { claimsOption } from "../claim/assertClaim.js";
import { assertReport } from "../compare/assertReport.js";
import type { Report } from "../compare/reportTypes.js";
import { DiscrepancyError } from "../errors.js";
import { reportMessages } from "../messages/misuse/report.js";
import { resolveLocale } from "../messages/locale/resolveLocale.js";
import type { Locale, LocaleCode } from "../messages/en/types.js";
import type { RelationsReport } from "../relations/checkRelations.js";
import { readOnlyOption, toConflictsOnly } from "../compare/toConflictsOnly.js";
import { escapeStrings } from "../text/escapeControls.js";
import { formatRelationsMarkdown, formatRelationsText } from "./formatRelations.js";
import { formatReportMarkdown, markdownCell } from "./toMarkdown.js";
import { formatReportText } from "./text.js";

/**
 * The closed list of {@link ReportFormat} values.
 *
 * @example
 * ```ts
 * REPORT_FORMATS; // ["text", "markdown", "json"]
 * ```
 */
export const REPORT_FORMATS = /* @__PURE__ */ Object.freeze(["text", "markdown", "json"] as const);

/** How {@link formatReport} writes a report. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of {@link formatReport}. */
export interface FormatReportOptions {
  /** Default `"text"`. */
  readonly format?: ReportFormat;
  /** ANSI colour in the text format (the command line sets it on a terminal). Default false. */
  readonly color?: boolean;
  /** The claims the report was made from: adds outlets, dates and single figures to text and markdown. */
  readonly claims?: Iterable<Claim>;
  /** Relation and ordinal checks ({@link checkRelations}) to report after the comparisons. */
  readonly relations?: RelationsReport;
  /**
   * `"all"` (default) writes the report as it is; `"conflicts"` the summary, the conflicts and the series
   * that have one, leaving out the list of comparisons (as `findDiscrepancies`'s option of the same name
   * does; a report already reduced stays as it is).
   */
  readonly only?: "all" | "conflicts";
  /**
   * The language of text and Markdown: `"en"` (default), `"uk"`, `"ru"`, `"zh"`, or a {@link Locale}
   * object (`import { uk } from "discrepancy"`). JSON is data and has no language.
   */
  readonly locale?: LocaleCode | Locale;
}

/**
 * Writes a report for people or programs: `text` for a terminal, `markdown` for a fact-check draft
 * (tables ready to paste), `json` for programs (plain data, decimals as strings). Relation and ordinal
 * checks, when given, follow the comparisons.
 *
 * @throws {DiscrepancyError} `invalid-argument` for an unknown format.
 * @example
 * ```ts
 * const { claims } = parseClaims(JSON.parse(readFileSync("examples/kazakhstan-china/claims.json", "utf8"))); // the seed corpus
 * const report = findDiscrepancies(claims);
 * formatReport(report, { format: "markdown" }).split("\n").slice(0, 3);
 * // ["## Discrepancy report", "", "**53 claims in 31 series; 24 comparisons: 2 conflicts, 12 consistent, 10 not comparable**"]
 * JSON.parse(formatReport(report, { format: "json", only: "conflicts" })).omitted; // { series: 30, comparisons: 25 }: left out, counted
 * ```
 */
export const formatReport = (report: Report, options: FormatReportOptions = {}): string => {
  assertReport(report, "report");
  if (typeof options !== "object" || options === null) throw new DiscrepancyError("invalid-argument", reportMessages.notOptions(options));
  const claims = claimsOption(options.claims, "options.claims");
  if (claims !== undefined) options = { ...options, claims };
  const format = options.format ?? "text";
  const locale = resolveLocale(options.locale);
  if (readOnlyOption(options.only) === "conflicts") report = toConflictsOnly(report);
  // Relations checked by findDiscrepancies travel in the report; an explicit option wins.
  let relations = options.relations ?? report.relations;
  // Human-readable output: every string from the input escaped before a word is written, whatever the
  // renderer does with it (JSON keeps the exact text; JSON.stringify escapes what it must). The text
  // renderer escapes its report and claims itself (it is public), so they are not walked twice.
  if (format === "text" || format === "markdown") relations = escapeStrings(relations);
  if (format === "markdown") {
    report = escapeStrings(report);
    if (options.claims !== undefined) options = { ...options, claims: escapeStrings(options.claims as readonly Claim[]) };
  }
  switch (format) {
    case "text": {
      const color = options.color ?? false;
      const text = formatReportText(report, { color, locale, ...(options.claims !== undefined ? { claims: options.claims } : {}) });
      if (relations === undefined) return text;
      const paint = color ? { bold: (s: string) => `\x1b[1m${s}\x1b[22m`, red: (s: string) => `\x1b[31m${s}\x1b[39m` } : { bold: (s: string) => s, red: (s: string) => s };
      return `${text}\n${formatRelationsText(relations, paint, locale)}`;
    }
    case "markdown": {
      const markdown = formatReportMarkdown(report, options.claims, locale);
      return relations === undefined ? markdown : `${markdown}\n${formatRelationsMarkdown(relations, markdownCell, locale)}`;
    }
    case "json":
      return `${JSON.stringify(relations === undefined ? report : { ...report, relations }, null, 2)}\n`;
    default:
      throw new DiscrepancyError("invalid-argument", reportMessages.unknownFormat(format, REPORT_FORMATS));
  }
};
