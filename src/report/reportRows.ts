import type { Claim } from "../claim/types.js";
import type { Comparison, ComparisonSide } from "../compare/types.js";
import type { PeriodGroup, Report, SeriesReport } from "../compare/reportTypes.js";
import { noteText } from "./explain.js";
import { en } from "../messages/en/index.js";
import { renderContext } from "../messages/locale/resolveLocale.js";
import type { Locale } from "../messages/en/types.js";
import { describeSeries } from "./describe.js";
import { groupPeriodLabel } from "./groupPeriodLabel.js";

/** What a report row says about one claim. @internal */
export interface ClaimCell {
  readonly id: string;
  readonly text: string;
  readonly source: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly url?: string;
}

/** One conflict, as the words of a table row. @internal */
export interface ConflictRow {
  readonly series: string;
  readonly period: string;
  readonly sides: readonly [ClaimCell, ClaimCell];
  readonly gap: string;
  readonly share: string;
  readonly ratio: string;
  /** The strongest explanation, `"mirror statistics (strong)"`, or `""`. */
  readonly likely: string;
  /** Every explanation, strongest first. */
  readonly explanations: readonly string[];
  readonly ruledOut: readonly string[];
}

/** One period group of a series, as the words of a table row. @internal */
export interface GroupRow {
  readonly series: string;
  readonly period: string;
  /** The modality in words. */
  readonly modality: string;
  readonly verdict: PeriodGroup["verdict"];
  readonly claims: readonly ClaimCell[];
  readonly reconciliation?: string;
}

/** Everything a report renderer needs, in words. @internal */
export interface ReportRows {
  readonly conflicts: readonly ConflictRow[];
  readonly groups: readonly GroupRow[];
}

const fromClaim = (claim: Claim): ClaimCell => ({
  id: claim.id,
  text: claim.quantity.text,
  source: claim.source.name,
  ...(claim.reportedBy?.name !== undefined ? { outlet: claim.reportedBy.name } : {}),
  ...(claim.reportedBy?.publishedAt !== undefined ? { published: claim.reportedBy.publishedAt } : {}),
  ...(claim.reportedBy?.url !== undefined ? { url: claim.reportedBy.url } : {}),
});

const fromSide = (side: ComparisonSide): ClaimCell => ({ id: side.claim, text: side.text, source: side.source });


/**
 * Turns a report into rows of words. Claims (when given) add outlets and dates; without them the
 * comparisons' sides name each figure and its source.
 * @internal
 */
export const toReportRows = (report: Report, claims?: Iterable<Claim>, locale: Locale = en): ReportRows => {
  const m = locale.report;
  const ctx = renderContext(locale);
  const { n } = ctx;
  const describeExplanation = (e: Comparison["explanations"][number]): string => m.explanationLabel(e.code, m.strength[e.strength] ?? e.strength);
  const cells = new Map<string, ClaimCell>();
  if (claims !== undefined) for (const claim of claims) cells.set(claim.id, fromClaim(claim));
  for (const comparison of report.comparisons)
    for (const side of comparison.sides) if (!cells.has(side.claim)) cells.set(side.claim, fromSide(side));
  const cell = (id: string): ClaimCell => cells.get(id) ?? { id, text: id, source: "" };

  const seriesOf = new Map<string, SeriesReport>();
  for (const series of report.series) for (const id of series.claims) seriesOf.set(id, series);
  const seriesLabel = (id: string): string => {
    const series = seriesOf.get(id);
    return series === undefined ? "" : describeSeries(series, locale);
  };

  // A conflict is labelled with its group's period (see groupPeriodLabel), found by its first claim.
  const groupOf = new Map<string, PeriodGroup>();
  for (const series of report.series) for (const group of series.periods) for (const id of group.claims) groupOf.set(id, group);
  const conflicts = report.conflicts.map((c): ConflictRow => {
    const [a, b] = c.sides;
    const gap = c.gap;
    const group = groupOf.get(a.claim);
    return {
      series: seriesLabel(a.claim),
      period: group === undefined ? (a.period ?? "") : (groupPeriodLabel(group.period, locale) ?? ""),
      sides: [{ ...fromSide(a), ...cell(a.claim), text: a.text }, { ...fromSide(b), ...cell(b.claim), text: b.text }],
      gap: gap === undefined ? "" : n.amount(gap.absolute, gap.unit),
      share: gap === undefined ? "" : n.share(gap.relativeToLarger),
      ratio: gap?.ratio == null ? "" : n.ratio(gap.ratio),
      likely: c.explanations[0] === undefined ? "" : describeExplanation(c.explanations[0]),
      explanations: c.explanations.map(describeExplanation),
      ruledOut: c.ruledOut.map((r) => m.ruledOutLabel(r.code, r.reason)),
    };
  });

  const groups: GroupRow[] = [];
  for (const series of report.series) {
    const label = describeSeries(series, locale);
    for (const group of series.periods)
      groups.push({
        series: label,
        period: groupPeriodLabel(group.period, locale) ?? "",
        modality: locale.explain.modality[group.modality] ?? group.modality,
        verdict: group.verdict,
        claims: group.claims.map(cell),
        ...(group.reconciliation !== undefined && noteText(group.reconciliation, locale, ctx) !== undefined
          ? { reconciliation: noteText(group.reconciliation, locale, ctx)! }
          : {}),
      });
  }
  return { conflicts, groups };
};
