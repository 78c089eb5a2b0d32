import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import type { Report, SeriesReport } from "./reportTypes.js";

/** What a report keeps: everything, or the conflicts and the counts (see {@link toConflictsOnly}). @internal */
export const REPORT_SCOPES = /* @__PURE__ */ Object.freeze(["all", "conflicts"] as const);

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
 * conflict (`conflicts`, each disagreement once) and the series that have one. `comparisons` is empty —
 * each conflict is already in `conflicts`, and the rest are consistent or not-comparable pairs (and
 * repeats of a conflict) — and `omitted` says how many series and comparisons were left out, so the
 * counts still add up. On a corpus nearly every comparison is consistent, and printing each one made the
 * JSON report many times the size of its input; the conflicts printed twice doubled the rest.
 *
 * @internal
 */
export const toConflictsOnly = (report: Report): Report => {
  if (report.omitted !== undefined) return report;
  const series = report.series.filter(hasConflict);
  const omitted = Object.freeze({ series: report.series.length - series.length, comparisons: report.comparisons.length });
  return Object.freeze({
    summary: report.summary,
    series: Object.freeze(series),
    comparisons: Object.freeze([]),
    conflicts: report.conflicts,
    omitted,
    ...(report.relations !== undefined ? { relations: report.relations } : {}),
  });
};
