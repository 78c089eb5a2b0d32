import type { Claim } from "../claim/types.js";
import { Decimal } from "../decimal.js";
import { DiscrepancyError, isDiscrepancyError } from "../errors.js";
import { toPartnerCountries } from "../explain/countries.js";
import { mirrorExplanation } from "../explain/hypotheses/mirrorStatistics.js";
import { testPeriodShift } from "../explain/hypotheses/periodShift.js";
import { rankExplanations, rankRuledOut } from "../explain/hypotheses/rankExplanations.js";
import { findSystematicGaps, type GapRecord } from "../explain/hypotheses/systematicSourceGap.js";
import type { Explanation, RuledOut } from "../explain/types.js";
import { explainMessages, messages } from "../messages.js";
import { reconcile as defaultReconciler } from "../reconcile/createReconciler.js";
import type { Reconciliation } from "../reconcile/types.js";
import { checkRelations, type RelationsReport } from "../relations/checkRelations.js";
import { compareGroup, pairKey, pairKeyOfIds, type GroupOutcome } from "./compareGroup.js";
import { freezeDeep } from "./freezeDeep.js";
import { groupClaims } from "./groupClaims.js";
import { markRepeatedConflicts } from "./markRepeatedConflicts.js";
import { sourceKey } from "./keys.js";
import { shiftedSortKey } from "./samePeriod.js";
import { familyNotes, seriesNotes } from "./notes.js";
import type { FindDiscrepanciesOptions, PeriodGroup, Report, SeriesReport } from "./reportTypes.js";
import { decimalOption, resolveCompareOptions, type ResolvedCompareOptions } from "./resolveOptions.js";
import type { Comparison } from "./types.js";
import { withReportDisplay } from "../report/display.js";

const intOption = (name: string, value: unknown, fallback: number, min: number): number => {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min)
    throw new DiscrepancyError("invalid-argument", explainMessages.badCount(name, value, min), [{ path: [name], message: explainMessages.badCount(name, value, min), input: value }]);
  return value;
};

interface Extra {
  explanations: Explanation[];
  ruledOut: RuledOut[];
}

/** Adds the series-level hypotheses (systematic gap, period shift, a partner's figure followed) to the conflicts of one series. */
const enrichSeries = (outcomes: readonly GroupOutcome[], options: ResolvedCompareOptions, tolerance: Decimal): void => {
  const conflicts: { outcome: GroupOutcome; index: number; sides: [Claim, Claim] }[] = [];
  for (const outcome of outcomes) {
    const byId = new Map(outcome.group.claims.map((c) => [c.id, c] as const));
    outcome.comparisons.forEach((c, index) => {
      if (c.verdict === "conflict") conflicts.push({ outcome, index, sides: [byId.get(c.claims[0])!, byId.get(c.claims[1])!] });
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
    const countries = sides.map((s) => (s.source.country !== undefined && partners.includes(s.source.country) ? s.source.country : undefined));
    const known = countries.findIndex((x) => x !== undefined);
    if (known < 0 || countries[1 - known] !== undefined || sides[1 - known]!.source.country !== undefined) return;
    const other = partners.find((x) => x !== countries[known])!;
    const loose = sides[1 - known]!;
    const followed = outcome.reps.find(
      (r) => r.claim.source.country === other && outcome.byPair.get(pairKey(r.claim, loose))?.verdict === "consistent",
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
    const [ca, cb] = [sides[0].source.country, sides[1].source.country];
    const higherFirst = c.sides[0].value.abs().gte(c.sides[1].value.abs());
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
  conflicts.forEach(({ outcome, sides }, k) => {
    const p = outcome.group.period;
    if (p === undefined) return;
    const neighbours = [shiftedSortKey(p, -1), shiftedSortKey(p, 1)].flatMap((key) => {
      const o = key === undefined ? undefined : byPeriod.get(`${outcome.group.modality}|${key}`);
      return o === undefined ? [] : o.reps.map((r) => r.claim);
    });
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
      explanations: freezeDeep(explanations),
      ruledOut: freezeDeep(rankRuledOut([...c.ruledOut, ...extra.ruledOut], explanations)),
    });
    outcome.comparisons[index] = updated;
    outcome.byPair.set(pairKeyOfIds(c.claims[0], c.claims[1]), updated);
  });
};

const countVerdicts = (list: readonly Comparison[]) => {
  let consistent = 0;
  let conflict = 0;
  let notComparable = 0;
  for (const c of list) {
    if (c.verdict === "consistent") consistent++;
    else if (c.verdict === "conflict") {
      if (c.repeats === undefined) conflict++;
    }
    else notComparable++;
  }
  return { consistent, conflict, notComparable };
};

/**
 * Finds the disagreements in a corpus of claims. Claims are grouped by series (metric, subject,
 * qualifiers), then by period and modality, and compared only within a group — duplicates and copies
 * folded first, so cost grows with the number of claims, not its square. Across the periods of a series
 * it looks for a systematic gap between two reporting bases and for figures shifted by a period; it notes,
 * a bounded number of times per series, pairs that are informatively not comparable (a target against
 * an actual figure, different counting windows, separate events). Each group with a conflict carries the
 * default reconciliation.
 *
 * With `options.relations` (what a claims file declares beside its claims: relations and ordinal checks
 * between claim ids), the report also carries `relations`: each relation's and ordinal's verdict and
 * explanation, and the values the relations imply; failed ones are counted in `summary.relationConflicts`.
 *
 * @throws {DiscrepancyError} `invalid-argument` for an item that is not a claim, a malformed option, or
 * invalid relations (naming the place, such as `relations[2].values[1]`).
 * @example
 * ```ts
 * const { claims } = parseClaims(JSON.parse(readFileSync("examples/kazakhstan-china/claims.json", "utf8")));
 * const report = findDiscrepancies(claims);
 * report.summary; // { claims: 53, series: 31, comparisons: 25, consistent: 12, conflicts: 3, notComparable: 10 }
 * report.conflicts[1]?.explanations.map((e) => e.code); // the 2023 pair: $31.5 bn (KZ) vs $41 bn (CN)
 * // ["mirror-statistics", "systematic-source-gap"]
 * ```
 */
export const findDiscrepancies = (claims: Iterable<Claim>, options: FindDiscrepanciesOptions = {}): Report => {
  if (claims === null || typeof claims !== "object" || typeof (claims as Iterable<Claim>)[Symbol.iterator] !== "function")
    throw new DiscrepancyError("invalid-argument", explainMessages.notIterable("claims", claims));
  const resolved = resolveCompareOptions(options);
  const maxPairs = intOption("maxPairsPerGroup", options.maxPairsPerGroup, 16, 2);
  const maxNotes = intOption("maxNotesPerSeries", options.maxNotesPerSeries, 6, 0);
  const tolerance = decimalOption("ratioTolerance", options.ratioTolerance, "0.05");
  if (options.reconcile !== undefined && options.reconcile !== false && typeof options.reconcile !== "function")
    throw new DiscrepancyError("invalid-argument", messages.badOption("reconcile", options.reconcile, "a reconciler function or false"));
  const reconciler = options.reconcile === false ? undefined : (options.reconcile ?? defaultReconciler);
  // Relations resolve claim ids, so a one-shot iterable is read into a list first; bad relations fail fast.
  const list = options.relations !== undefined && !Array.isArray(claims) ? [...claims] : claims;
  const relations: RelationsReport | undefined =
    options.relations === undefined
      ? undefined
      : checkRelations(options.relations, list as readonly Claim[], {
          ...(options.rates !== undefined ? { rates: options.rates } : {}),
          ...(options.timeline !== undefined ? { timeline: options.timeline } : {}),
        });
  const { families, count } = groupClaims(list);

  const comparisons: Comparison[] = [];
  const series: SeriesReport[] = [];
  for (const family of families) {
    const leads: Claim[] = [];
    const built: { report: Omit<SeriesReport, "verdicts">; own: Comparison[] }[] = [];
    for (const bucket of family.series) {
      const outcomes = bucket.groups.map((g) => compareGroup(g, resolved, maxPairs));
      enrichSeries(outcomes, resolved, tolerance);
      for (const o of outcomes) markRepeatedConflicts(o);
      const own = [...outcomes.flatMap((o) => o.comparisons), ...seriesNotes(outcomes, maxNotes, resolved)];
      const lastActual = [...outcomes].reverse().find((o) => o.group.modality === "actual") ?? outcomes[outcomes.length - 1]!;
      leads.push(lastActual.lead.claim);
      const periods: PeriodGroup[] = outcomes.map((o) => {
        const conflict = o.comparisons.some((c) => c.verdict === "conflict");
        let reconciliation: Reconciliation | undefined;
        if (conflict && reconciler !== undefined) {
          try {
            reconciliation = reconciler(o.group.claims, options.rates !== undefined ? { rates: options.rates } : {});
          } catch (error) {
            // A group whose figures cannot share a unit has no single reconciliation; the conflicts stand.
            if (!isDiscrepancyError(error)) throw error;
          }
        }
        return Object.freeze({
          ...(o.group.period !== undefined ? { period: o.group.period } : {}),
          modality: o.group.modality,
          claims: Object.freeze(o.group.claims.map((c) => c.id)),
          independentSources: new Set(o.reps.map((r) => sourceKey(r.claim))).size,
          verdict: conflict ? "conflict" : o.reps.length > 1 ? "consistent" : "single",
          ...(reconciliation !== undefined ? { reconciliation } : {}),
        });
      });
      const first = bucket.first;
      built.push({
        report: {
          key: bucket.key,
          metric: first.metric,
          subject: first.subject,
          direction: first.direction,
          qualifiers: first.qualifiers,
          claims: Object.freeze(bucket.claims.map((c) => c.id)),
          periods: Object.freeze(periods),
        },
        own,
      });
    }
    const scope = leads.length > 1 ? familyNotes(leads, maxNotes, resolved) : [];
    const touching = new Map<string, Comparison[]>();
    for (const c of scope)
      for (const b of built) if (b.report.claims.includes(c.claims[0]) || b.report.claims.includes(c.claims[1])) touching.set(b.report.key, [...(touching.get(b.report.key) ?? []), c]);
    for (const b of built) {
      // One by one: push(...list) overflows the stack past ~120,000 items, and one series can hold more.
      for (const c of b.own) comparisons.push(c);
      series.push(Object.freeze({ ...b.report, verdicts: Object.freeze(countVerdicts([...b.own, ...(touching.get(b.report.key) ?? [])])) }));
    }
    for (const c of scope) comparisons.push(c);
  }
  const totals = countVerdicts(comparisons);
  // The report renders itself in notebooks (a non-enumerable method: JSON and equality see plain data).
  const all = families.flatMap((f) => f.series.flatMap((b) => b.claims));
  return withReportDisplay({
    summary: Object.freeze({
      claims: count,
      series: series.length,
      comparisons: comparisons.length,
      consistent: totals.consistent,
      conflicts: totals.conflict,
      notComparable: totals.notComparable,
      ...(relations !== undefined ? { relationConflicts: relations.summary.conflicts } : {}),
    }),
    series: Object.freeze(series),
    comparisons: Object.freeze(comparisons),
    conflicts: Object.freeze(comparisons.filter((c) => c.verdict === "conflict" && c.repeats === undefined)),
    ...(relations !== undefined ? { relations } : {}),
  }, all);
};
