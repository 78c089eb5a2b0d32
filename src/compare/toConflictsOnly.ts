import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages.js";
import type { Report, SeriesReport } from "./reportTypes.js";

/** What a report keeps: everything, or the conflicts and the counts (see {@link toConflictsOnly}). @internal */
export const REPORT_SCOPES = Object.freeze(["all", "conflicts"] as const);

/** A value of {@link REPORT_SCOPES}. */
export type ReportScope = (typeof REPORT_SCOPES)[number];

/** Reads the `only` option: `"all"` (the default) or `"conflicts"`, or throws naming it. @internal */
export const readOnlyOption = (value: unknown): ReportScope => {
  if (value === undefined) return "all";
  if ((REPORT_SCOPES as readonly unknown[]).includes(value)) return value as ReportScope;
  throw new DiscrepancyError("invalid-argument", messages.badOption("only", value, `one of ${REPORT_SCOPES.join(", ")}`), [
    { path: ["only"], message: messages.badOption("only", value, `one of ${REPORT_SCOPES.join(", ")}`), input: value },
  ]);
};

const hasConflict = (s: SeriesReport): boolean => s.verdicts.conflict > 0 || s.periods.some((p) => p.verdict === "conflict");

/**
 * The report with what a corpus needs and no more: the summary (counts over everything, unchanged), every
 * conflict, the series that have one, and of the comparisons only the conflicts (a repeated conflict
 * included, with its `repeats`). `omitted` says how many series and comparisons were left out, so the
 * counts still add up. On a corpus nearly every comparison is consistent, and printing each one made the
 * JSON report many times the size of its input.
 *
 * @internal
 */
export const toConflictsOnly = (report: Report): Report => {
  if (report.omitted !== undefined) return report;
  const series = report.series.filter(hasConflict);
  const comparisons = report.comparisons.filter((c) => c.verdict === "conflict");
  const omitted = Object.freeze({ series: report.series.length - series.length, comparisons: report.comparisons.length - comparisons.length });
  return Object.freeze({
    summary: report.summary,
    series: Object.freeze(series),
    comparisons: Object.freeze(comparisons),
    conflicts: report.conflicts,
    omitted,
    ...(report.relations !== undefined ? { relations: report.relations } : {}),
  });
};
