import type { Claim } from "../claim/types.js";
import { cmp, type Decimal } from "../decimal.js";
import { DiscrepancyError, isDiscrepancyError } from "../errors.js";
import { toPartnerCountries, toReporterParty } from "../explain/countries.js";
import { mirrorExplanation } from "../explain/hypotheses/mirrorStatistics.js";
import { testPeriodShift } from "../explain/hypotheses/periodShift.js";
import { rankExplanations, rankRuledOut } from "../explain/hypotheses/rankExplanations.js";
import { findSystematicGaps, type GapRecord } from "../explain/hypotheses/systematicSourceGap.js";
import type { Explanation, RuledOut } from "../explain/types.js";
import { explainMessages } from "../messages/misuse/explain.js";
import { messages } from "../messages/misuse/input.js";
import { reconcile as defaultReconciler } from "../reconcile/createReconciler.js";
import type { Reconciler, Reconciliation } from "../reconcile/types.js";
import type { RelationsReport } from "../relations/checkRelations.js";
import { compareGroup, comparisonOf, replaceComparison, type GroupOutcome } from "./compareGroup.js";
import { freezeList } from "../util/freezeDeep.js";
import type { Family } from "./groupClaims.js";
import { markRepeatedConflicts } from "./markRepeatedConflicts.js";
import { familyNotes, seriesNotes } from "./notes.js";
import type { FindDiscrepanciesOptions, PeriodGroup, Report, SeriesReport } from "./reportTypes.js";
import { decimalOption, resolveCompareOptions, type ResolvedCompareOptions } from "../explain/resolveOptions.js";
import { shiftedSortKey } from "../period/samePeriod.js";
import type { Comparison } from "./types.js";

/** {@link FindDiscrepanciesOptions} checked once per run. @internal */
export interface ResolvedFindOptions {
  readonly compare: ResolvedCompareOptions;
  readonly maxPairs: number;
  readonly maxNotes: number;
  readonly tolerance: Decimal;
  readonly reconciler: Reconciler | undefined;
  readonly rates: FindDiscrepanciesOptions["rates"];
}

const intOption = (name: string, value: unknown, fallback: number, min: number): number => {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min)
    throw new DiscrepancyError("invalid-argument", explainMessages.badCount(name, value, min), [{ path: [name], message: explainMessages.badCount(name, value, min), input: value }]);
  return value;
};

/** Checks the options of `findDiscrepancies` (all but `relations` and `timeline`). @internal */
export const resolveFindOptions = (options: FindDiscrepanciesOptions): ResolvedFindOptions => {
  const compare = resolveCompareOptions(options);
  const maxPairs = intOption("maxPairsPerGroup", options.maxPairsPerGroup, 16, 2);
  const maxNotes = intOption("maxNotesPerSeries", options.maxNotesPerSeries, 6, 0);
  const tolerance = decimalOption("ratioTolerance", options.ratioTolerance, "0.05");
  if (options.reconcile !== undefined && options.reconcile !== false && typeof options.reconcile !== "function")
    throw new DiscrepancyError("invalid-argument", messages.badOption("reconcile", options.reconcile, "a reconciler function or false"));
  const reconciler = options.reconcile === false ? undefined : (options.reconcile ?? defaultReconciler);
  return { compare, maxPairs, maxNotes, tolerance, reconciler, rates: options.rates };
};

interface Extra {
  explanations: Explanation[];
  ruledOut: RuledOut[];
}

/** `|x| ≥ |y|`; two positive figures (nearly all) are compared as they are, without the copies `abs` makes. */
const atLeastInMagnitude = (x: Decimal, y: Decimal): boolean => (x.s > 0 && y.s > 0 ? cmp(x, y) >= 0 : x.abs().gte(y.abs()));

/** Adds the series-level hypotheses (systematic gap, period shift, a partner's figure followed) to the conflicts of one series. */
const enrichSeries = (outcomes: readonly GroupOutcome[], options: ResolvedCompareOptions, tolerance: Decimal): void => {
  const conflicts: { outcome: GroupOutcome; index: number; sides: [Claim, Claim] }[] = [];
  for (const outcome of outcomes) {
    let byId: Map<string, Claim> | undefined;
    outcome.comparisons.forEach((c, index) => {
      if (c.verdict !== "conflict") return;
      byId ??= new Map(outcome.group.claims.map((x) => [x.id, x] as const));
      conflicts.push({ outcome, index, sides: [byId.get(c.claims[0])!, byId.get(c.claims[1])!] });
    });
  }
  if (conflicts.length === 0) return;
  const extras = conflicts.map((): Extra => ({ explanations: [], ruledOut: [] }));

  const inferred = new Map<number, [string, string]>();
  // A side without a country of its own that agrees with one partner's figure stands for that partner.
  conflicts.forEach(({ outcome, index, sides }, k) => {
    const c = outcome.comparisons[index]!;
    const partners = toPartnerCountries(sides[0].subject);
    if (partners === undefined || c.gap?.ratio == null || c.explanations.some((e) => e.code === "mirror-statistics")) return;
    const countries = sides.map((s) => toReporterParty(s.source, partners));
    const known = countries.findIndex((x) => x !== undefined);
    if (known < 0 || countries[1 - known] !== undefined || sides[1 - known]!.source.country !== undefined) return;
    const other = partners.find((x) => x !== countries[known])!;
    const loose = sides[1 - known]!;
    const followed = outcome.reps.find(
      (r) => toReporterParty(r.claim.source, partners) === other && comparisonOf(outcome, r.claim.id, loose.id)?.verdict === "consistent",
    );
    if (followed === undefined) return;
    const looseIsHigher = c.sides[1 - known]!.value.abs().gte(c.sides[known]!.value.abs());
    const reporters: [string, string] = looseIsHigher ? [other, countries[known]!] : [countries[known]!, other];
    extras[k]!.explanations.push(mirrorExplanation(c.gap.ratio, reporters, "moderate", options.cifFob, sides[0].metric, followed.claim.id));
    inferred.set(k, reporters);
  });

  // Systematic gaps across periods.
  const records: GapRecord[] = [];
  const recordOf: number[] = [];
  conflicts.forEach(({ outcome, index, sides }, k) => {
    const c = outcome.comparisons[index]!;
    if (c.gap?.ratio == null) return;
    const partners = toPartnerCountries(sides[0].subject);
    const [ca, cb] =
      partners === undefined ? [sides[0].source.country, sides[1].source.country] : [toReporterParty(sides[0].source, partners) ?? sides[0].source.country, toReporterParty(sides[1].source, partners) ?? sides[1].source.country];
    const higherFirst = atLeastInMagnitude(c.sides[0].value, c.sides[1].value);
    const reporters =
      ca !== undefined && cb !== undefined && ca !== cb ? ((higherFirst ? [ca, cb] : [cb, ca]) as [string, string]) : inferred.get(k);
    records.push({
      period: outcome.group.period?.text ?? "",
      periodKey: outcome.group.periodKey,
      modality: outcome.group.modality,
      ratio: c.gap.ratio,
      ...(reporters !== undefined ? { reporters } : {}),
      claims: c.claims,
    });
    recordOf.push(k);
  });
  for (const [i, finding] of findSystematicGaps(records, tolerance)) {
    const extra = extras[recordOf[i]!]!;
    if ("reason" in finding) extra.ruledOut.push(finding);
    else extra.explanations.push(finding);
  }

  // Period shift: the neighbouring periods (same kind and length; instants year on year), same modality.
  const byPeriod = new Map<string, GroupOutcome>();
  for (const o of outcomes) if (o.group.period !== undefined) byPeriod.set(`${o.group.modality}|${o.group.periodKey}`, o);
  // Conflicts come group by group: a group's neighbours are found once.
  let neighboursOf: GroupOutcome | undefined;
  let neighbours: Claim[] = [];
  conflicts.forEach(({ outcome, sides }, k) => {
    const p = outcome.group.period;
    if (p === undefined) return;
    if (outcome !== neighboursOf) {
      neighboursOf = outcome;
      neighbours = [shiftedSortKey(p, -1), shiftedSortKey(p, 1)].flatMap((key) => {
        const o = key === undefined ? undefined : byPeriod.get(`${outcome.group.modality}|${key}`);
        return o === undefined ? [] : o.reps.map((r) => r.claim);
      });
    }
    const finding = testPeriodShift(sides, neighbours, options.rates);
    if (finding === undefined) return;
    if ("reason" in finding) extras[k]!.ruledOut.push(finding);
    else extras[k]!.explanations.push(finding);
  });

  conflicts.forEach(({ outcome, index }, k) => {
    const extra = extras[k]!;
    if (extra.explanations.length === 0 && extra.ruledOut.length === 0) return;
    const c = outcome.comparisons[index]!;
    const explanations = rankExplanations([...c.explanations, ...extra.explanations]);
    const updated: Comparison = Object.freeze({
      ...c,
      explanations: freezeList(explanations),
      ruledOut: freezeList(rankRuledOut([...c.ruledOut, ...extra.ruledOut], explanations)),
    });
    replaceComparison(outcome, index, updated);
  });
};

/** How a list of comparisons came out; repeated conflicts count once. @internal */
export interface VerdictCounts {
  consistent: number;
  conflict: number;
  notComparable: number;
}

/** Adds the verdicts of `list` to `into`. @internal */
export const countVerdicts = (list: readonly Comparison[], into: VerdictCounts = { consistent: 0, conflict: 0, notComparable: 0 }): VerdictCounts => {
  for (const c of list) {
    if (c.verdict === "consistent") into.consistent++;
    else if (c.verdict === "conflict") {
      if (c.repeats === undefined) into.conflict++;
    } else into.notComparable++;
  }
  return into;
};

/** What one family of series contributes to a report, in report order. @internal */
export interface FamilyReport {
  /** The family's place in the report (see `Family.order`). */
  readonly order: string;
  readonly series: readonly SeriesReport[];
  /** Each series' comparisons and notes, series by series, then the notes between its series. */
  readonly comparisons: readonly Comparison[];
}

/** Whether at least two distinct sources stand behind the figures of a group, and how many. */
const independentSources = (o: GroupOutcome): number => {
  const reps = o.reps;
  if (reps.length === 1) return 1;
  const seen: string[] = [];
  for (const r of reps) {
    const key = r.entry.source;
    if (!seen.includes(key)) seen.push(key);
  }
  return seen.length;
};

const toPeriodGroup = (o: GroupOutcome, run: ResolvedFindOptions): PeriodGroup => {
  let conflict = false;
  for (const c of o.comparisons)
    if (c.verdict === "conflict") {
      conflict = true;
      break;
    }
  let reconciliation: Reconciliation | undefined;
  if (conflict && run.reconciler !== undefined) {
    try {
      reconciliation = run.reconciler(o.group.claims, run.rates !== undefined ? { rates: run.rates } : {});
    } catch (error) {
      // A group whose figures cannot share a unit has no single reconciliation; the conflicts stand.
      if (!isDiscrepancyError(error)) throw error;
    }
  }
  const ids = new Array<string>(o.group.claims.length);
  for (let i = 0; i < ids.length; i++) ids[i] = o.group.claims[i]!.id;
  // Properties in a fixed order: reports print identically whatever path built them. One literal per
  // combination of optional fields, so every group's properties live in the object itself.
  const { period, modality } = o.group;
  const claims = Object.freeze(ids);
  const sources = independentSources(o);
  const verdict = conflict ? "conflict" : o.reps.length > 1 ? "consistent" : "single";
  // One literal per combination of optional fields, so every group's properties live in the object itself.
  const clusters = conflict && o.clusters.length > 0 ? o.clusters : undefined;
  let group: PeriodGroup;
  if (reconciliation === undefined && clusters === undefined)
    group = period !== undefined ? { period, modality, claims, independentSources: sources, verdict } : { modality, claims, independentSources: sources, verdict };
  else if (reconciliation === undefined)
    group =
      period !== undefined
        ? { period, modality, claims, independentSources: sources, verdict, clusters: clusters! }
        : { modality, claims, independentSources: sources, verdict, clusters: clusters! };
  else if (clusters === undefined)
    group =
      period !== undefined
        ? { period, modality, claims, independentSources: sources, verdict, reconciliation }
        : { modality, claims, independentSources: sources, verdict, reconciliation };
  else
    group =
      period !== undefined
        ? { period, modality, claims, independentSources: sources, verdict, clusters, reconciliation }
        : { modality, claims, independentSources: sources, verdict, clusters, reconciliation };
  return Object.freeze(group);
};

/**
 * Checks one family of series (claims that share metric and subject and differ at most in scope):
 * every series' period groups, its series-level hypotheses and notes, and the notes between its
 * series. Pure and independent of every other family, so families can be checked anywhere and in any
 * order and their reports merged by {@link FamilyReport.order}.
 *
 * @internal
 */
export const reportFamily = (family: Family, run: ResolvedFindOptions): FamilyReport => {
  const leads: Claim[] = [];
  const built: { series: Omit<SeriesReport, "verdicts">; own: Comparison[] }[] = [];
  for (const bucket of family.series) {
    const outcomes = bucket.groups.map((g) => compareGroup(g, run.compare, run.maxPairs));
    enrichSeries(outcomes, run.compare, run.tolerance);
    for (const o of outcomes) markRepeatedConflicts(o);
    const own: Comparison[] = [];
    for (const o of outcomes) for (const c of o.comparisons) own.push(c);
    if (outcomes.length > 1) for (const c of seriesNotes(outcomes, run.maxNotes, run.compare)) own.push(c);
    let lastActual = outcomes[outcomes.length - 1]!;
    for (let i = outcomes.length - 1; i >= 0; i--)
      if (outcomes[i]!.group.modality === "actual") {
        lastActual = outcomes[i]!;
        break;
      }
    leads.push(lastActual.lead.claim);
    const periods = new Array<PeriodGroup>(outcomes.length);
    for (let i = 0; i < outcomes.length; i++) periods[i] = toPeriodGroup(outcomes[i]!, run);
    const first = bucket.first;
    // A series of one period group most often lists its claims in the group's order: one frozen list for both.
    let claims = periods.length === 1 ? periods[0]!.claims : undefined;
    if (claims !== undefined && claims.length === bucket.claims.length) {
      for (let i = 0; i < claims.length; i++)
        if (claims[i] !== bucket.claims[i]!.id) {
          claims = undefined;
          break;
        }
    } else claims = undefined;
    if (claims === undefined) {
      const ids = new Array<string>(bucket.claims.length);
      for (let i = 0; i < ids.length; i++) ids[i] = bucket.claims[i]!.id;
      claims = Object.freeze(ids);
    }
    built.push({
      series: {
        // Printed: the readable form of the grouping key (no control characters).
        key: bucket.key,
        metric: first.metric,
        subject: first.subject,
        direction: first.direction,
        qualifiers: first.qualifiers,
        claims,
        periods: Object.freeze(periods),
      },
      own,
    });
  }
  const scope = leads.length > 1 ? familyNotes(leads, run.maxNotes, run.compare) : [];
  const comparisons: Comparison[] = [];
  const series: SeriesReport[] = [];
  for (const b of built) {
    for (const c of b.own) comparisons.push(c);
    const verdicts = countVerdicts(b.own);
    for (const c of scope) if (b.series.claims.includes(c.claims[0]) || b.series.claims.includes(c.claims[1])) countVerdicts([c], verdicts);
    const { key, metric, subject, direction, qualifiers, claims, periods } = b.series;
    series.push(Object.freeze({ key, metric, subject, direction, qualifiers, claims, periods, verdicts: Object.freeze(verdicts) }));
  }
  for (const c of scope) comparisons.push(c);
  return { order: family.order, series, comparisons };
};

/**
 * Puts family reports (in report order) together into the report: summary, series, every comparison
 * and the conflicts.
 *
 * @internal
 */
export const assembleReport = (
  families: readonly FamilyReport[],
  count: number,
  relations: RelationsReport | undefined,
): Report => {
  const comparisons: Comparison[] = [];
  const series: SeriesReport[] = [];
  for (const f of families) {
    for (const s of f.series) series.push(s);
    for (const c of f.comparisons) comparisons.push(c);
  }
  const totals = countVerdicts(comparisons);
  const conflicts: Comparison[] = [];
  for (const c of comparisons) if (c.verdict === "conflict" && c.repeats === undefined) conflicts.push(c);
  const summary: Record<string, number> = {
    claims: count,
    series: series.length,
    // The comparisons counted: each disagreement once, so the three verdict counts add up to it.
    comparisons: totals.consistent + totals.conflict + totals.notComparable,
    consistent: totals.consistent,
    conflicts: totals.conflict,
    notComparable: totals.notComparable,
  };
  const repeats = comparisons.length - summary.comparisons!;
  if (repeats > 0) summary.repeats = repeats;
  if (relations !== undefined) summary.relationConflicts = relations.summary.conflicts;
  return Object.freeze({
    summary: Object.freeze(summary) as unknown as Report["summary"],
    series: Object.freeze(series),
    comparisons: Object.freeze(comparisons),
    conflicts: Object.freeze(conflicts),
    ...(relations !== undefined ? { relations } : {}),
  });
};
