import type { Claim } from "../claim/types.js";
import { canonicalOrder } from "./canonicalOrder.js";
import { compareOrdered, toComparison } from "./compare.js";
import type { GroupOutcome } from "./compareGroup.js";
import type { ResolvedCompareOptions } from "../explain/resolveOptions.js";
import { shiftedSortKey } from "../period/samePeriod.js";
import type { Comparison } from "./types.js";
import { pushTo } from "../util/pushTo.js";

const note = (a: Claim, b: Claim, options: ResolvedCompareOptions): Comparison => {
  const { first, second } = canonicalOrder(a, b);
  return toComparison(compareOrdered(first, second, options), first, second, false);
};

/** Pairs (i, j) of a list by growing distance — neighbours first — while `keep` says so, at most `budget`. */
const pairsByDistance = (n: number, budget: number, keep: (i: number, j: number) => boolean): [number, number][] => {
  const out: [number, number][] = [];
  for (let d = 1; d < n && out.length < budget; d++)
    for (let i = 0; i + d < n && out.length < budget; i++) if (keep(i, i + d)) out.push([i, i + d]);
  return out;
};

/**
 * The informative not-comparable notes of one series, at most `budget`: a target, plan, forecast or
 * estimate against the actual figure of the same period (or, when it states no period, the latest
 * actual one); and figures of different periods unless the periods form a contiguous time series (years
 * 2022, 2023: a series, judged by its systematic gaps instead of notes).
 *
 * @internal
 */
export const seriesNotes = (outcomes: readonly GroupOutcome[], budget: number, options: ResolvedCompareOptions): Comparison[] => {
  const notes: Comparison[] = [];
  const actual = outcomes.filter((o) => o.group.modality === "actual");
  const latestActual = [...actual].reverse().find((o) => o.group.period !== undefined);
  // The first actual group of each period, found by key: a long series has thousands of each.
  const actualByPeriod = new Map<string | undefined, GroupOutcome>();
  for (const a of actual) if (!actualByPeriod.has(a.group.periodKey)) actualByPeriod.set(a.group.periodKey, a);
  for (const o of outcomes) {
    if (notes.length >= budget) break;
    if (o.group.modality === "actual") continue;
    const match = actualByPeriod.get(o.group.periodKey) ?? (o.group.period === undefined ? latestActual : undefined);
    if (match !== undefined) notes.push(note(o.lead.claim, match.lead.claim, options));
  }
  const byModality = new Map<string, GroupOutcome[]>();
  for (const o of outcomes) if (o.group.period !== undefined) pushTo(byModality, o.group.modality, o);
  for (const list of byModality.values()) {
    const contiguous = list.slice(1).map((o, i) => shiftedSortKey(list[i]!.group.period!, 1) === o.group.periodKey);
    const regular = (i: number, j: number) => contiguous.slice(i, j).every(Boolean);
    for (const [i, j] of pairsByDistance(list.length, budget - notes.length, (i, j) => !regular(i, j)))
      notes.push(note(list[i]!.lead.claim, list[j]!.lead.claim, options));
  }
  return notes;
};

/**
 * Notes between the series of one family (same metric and subject, different qualifiers): the lead
 * figures of neighbouring series, at most `budget`. They say "different scope" — "third since 2020" and
 * "fifth as President" count different windows.
 *
 * @internal
 */
export const familyNotes = (leads: readonly Claim[], budget: number, options: ResolvedCompareOptions): Comparison[] =>
  pairsByDistance(leads.length, budget, () => true).map(([i, j]) => note(leads[i]!, leads[j]!, options));
