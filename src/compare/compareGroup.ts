import type { Claim } from "../claim/types.js";
import { compareInGroup, type SharedPair } from "./compareInGroup.js";
import type { ClaimGroup } from "./groupClaims.js";
import { normaliseName } from "../claim/keys.js";
import { detectCopyOf, type Keyed } from "./keyed.js";
import type { ResolvedCompareOptions } from "../explain/resolveOptions.js";
import type { Comparison } from "./types.js";
import { clusterGroup, type ConflictCluster } from "./clusterGroup.js";
import { pushTo } from "../util/pushTo.js";

/** A distinct figure of a group and how many claims it stands for (itself, duplicates, copies). @internal */
export interface Representative {
  readonly claim: Claim;
  readonly entry: Keyed;
  weight: number;
}

/** What one period group yields. @internal */
export interface GroupOutcome {
  readonly group: ClaimGroup;
  /** Distinct figures after folding, in canonical order. */
  readonly reps: readonly Representative[];
  /** The figure most claims stand behind (ties: canonical order). */
  readonly lead: Representative;
  readonly comparisons: Comparison[];
  /** The conflicts among the distinct figures, by unit, when there is one (see {@link ConflictCluster}). */
  readonly clusters: readonly ConflictCluster[];
  /** The comparisons by pair, once {@link comparisonOf} has needed them. */
  pairs: Map<string, Comparison> | undefined;
}

const NONE: readonly Representative[] = /* @__PURE__ */ Object.freeze([]);
const NO_CLUSTERS: readonly ConflictCluster[] = /* @__PURE__ */ Object.freeze([]);
// Up to this many claims in a group, duplicates are found by scanning rather than hashing.
const SCAN_LIMIT = 16;
// Up to this many comparisons in a group, a pair's comparison is found by scanning rather than hashing.
const SCAN_PAIRS = 32;

/** The key of a pair of claims, whatever their order. @internal */
export const pairKey = (a: Claim, b: Claim): string => pairKeyOfIds(a.id, b.id);

/** The key of a pair of claim ids, whatever their order. @internal */
export const pairKeyOfIds = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** The comparison of two claims of a group, whatever their order. @internal */
export const comparisonOf = (outcome: GroupOutcome, a: string, b: string): Comparison | undefined => {
  // A pair is compared at most once in a group, so a scan finds what the map would; for a few
  // comparisons it beats building a joined key for each.
  const list = outcome.comparisons;
  if (list.length <= SCAN_PAIRS) {
    for (const c of list) {
      const x = c.claims[0];
      const y = c.claims[1];
      if ((x === a && y === b) || (x === b && y === a)) return c;
    }
    return undefined;
  }
  // Built only for groups that have a conflict (the only ones that look pairs up), from the comparisons
  // as they stand: later passes replace a comparison but never change its verdict. Kept on the outcome,
  // not in a WeakMap, whose entries the collector must treat as ephemerons a hundred thousand at a time.
  let map = outcome.pairs;
  if (map === undefined) {
    map = new Map();
    for (const c of outcome.comparisons) map.set(pairKeyOfIds(c.claims[0], c.claims[1]), c);
    outcome.pairs = map;
  }
  return map.get(pairKeyOfIds(a, b));
};

/** Replaces the comparison at `index` (same pair, same verdict). @internal */
export const replaceComparison = (outcome: GroupOutcome, index: number, updated: Comparison): void => {
  outcome.comparisons[index] = updated;
  outcome.pairs?.set(pairKeyOfIds(updated.claims[0], updated.claims[1]), updated);
};

/**
 * Compares the claims of one period group without comparing every claim with every other: duplicates
 * (same figure, same source) are compared with the figure they repeat, copies with their original, and
 * only the remaining distinct figures are compared pairwise — or, above `maxPairs` of them, each with
 * the lead figure and each conflicting figure with the figure it is farthest from. Repetitions
 * therefore never count as corroboration, and a group's verdict is exact at any size.
 *
 * @internal
 */
export const compareGroup = (group: ClaimGroup, options: ResolvedCompareOptions, maxPairs: number): GroupOutcome => {
  const entries = group.entries;
  if (entries.length === 1) {
    const only: Representative = { claim: entries[0]!.claim, entry: entries[0]!, weight: 1 };
    return { group, reps: [only], lead: only, comparisons: [], clusters: NO_CLUSTERS, pairs: undefined };
  }
  const comparisons: Comparison[] = [];
  // Conflicts between the same two figures share their gap and findings (see compareInGroup); two claims have one pair.
  const pairs = entries.length > 2 ? new Map<string, SharedPair>() : undefined;
  // Canonical order is the order of the group.
  const record = (x: Keyed, y: Keyed): void => {
    comparisons.push(x.index < y.index ? compareInGroup(x, y, options, pairs) : compareInGroup(y, x, options, pairs));
  };

  // 1. Duplicates: the first claim of each (figure, source) in canonical order stands for the rest. A
  // group holds a handful of claims, so a scan of the figures found so far beats hashing a joined key.
  const figures: Representative[] = [];
  const byFigure = entries.length > SCAN_LIMIT ? new Map<string, Representative>() : undefined;
  for (const e of entries) {
    let rep: Representative | undefined;
    if (byFigure !== undefined) rep = byFigure.get(`${e.value}\u0000${e.source}`);
    else {
      const value = e.value;
      const source = e.source;
      for (const f of figures)
        if (f.entry.value === value && f.entry.source === source) {
          rep = f;
          break;
        }
    }
    if (rep === undefined) {
      rep = { claim: e.claim, entry: e, weight: 1 };
      figures.push(rep);
      byFigure?.set(`${e.value}\u0000${e.source}`, rep);
    } else {
      rep.weight++;
      record(rep.entry, e);
    }
  }

  // 2. Copies: a figure repeated by a relay folds into its original. Copies need the same figure (or a
  // `via` chain), so only claims of equal value are paired, each with at most `maxPairs` before it. The
  // lookup tables are built only when some figure repeats another's value or names whom it quotes.
  // Figures not folded when their turn came, in order, by value (a scan for small groups).
  const listed: Representative[] = [];
  const byValue = figures.length > SCAN_LIMIT ? new Map<string, Representative[]>() : undefined;
  let byName: Map<string, Representative> | undefined;
  let folded: Set<Representative> | undefined;
  for (const rep of figures) {
    // Folded already, as the repeat of a figure before it: two sources that each name the other in `via`
    // could otherwise fold into each other and leave the group without a figure.
    if (folded?.has(rep) === true) continue;
    const vk = rep.entry.value;
    let same: Representative[] | undefined;
    if (byValue !== undefined) same = byValue.get(vk);
    else for (const r of listed) if (r.entry.value === vk) (same ??= []).push(r);
    let candidates: readonly Representative[] = same === undefined ? NONE : same.length > maxPairs ? same.slice(-maxPairs) : same;
    const via = rep.claim.source.via;
    if (via !== undefined && via.length > 0) {
      if (byName === undefined) {
        byName = new Map();
        for (const r of figures) if (!byName.has(r.entry.source)) byName.set(r.entry.source, r);
      }
      for (const v of via) {
        const original = byName.get(normaliseName(v.name));
        if (original !== undefined && original !== rep && !candidates.includes(original)) candidates = [...candidates, original];
      }
    }
    for (const other of candidates) {
      if (folded?.has(other)) continue;
      const copy = detectCopyOf(other.entry, rep.entry);
      if (copy === undefined) continue;
      record(other.entry, rep.entry);
      const [original, repeat] = copy.evidence.original === other.claim.id ? [other, rep] : [rep, other];
      original.weight += repeat.weight;
      (folded ??= new Set()).add(repeat);
      break;
    }
    if (folded?.has(rep) !== true) {
      if (byValue === undefined) listed.push(rep);
      else {
        pushTo(byValue, vk, rep);
      }
    }
  }
  const reps = folded === undefined ? figures : figures.filter((r) => !folded.has(r));

  // 3. Distinct figures: every pair; or, when there are many, each against the lead plus each figure
  // that conflicts with another against its widest conflict, found from the figures' order (see
  // clusterGroup): the verdict and the conflicting figures stay exact at any size, in O(n log n).
  let lead = reps[0]!;
  for (const rep of reps) if (rep.weight > lead.weight) lead = rep;
  let clusters = NO_CLUSTERS;
  // The lead's comparisons first: they are the ones a reader looks for.
  for (const rep of reps) if (rep !== lead) record(lead.entry, rep.entry);
  if (reps.length <= maxPairs) {
    for (let i = 0; i < reps.length; i++)
      for (let j = i + 1; j < reps.length; j++) if (reps[i] !== lead && reps[j] !== lead) record(reps[i]!.entry, reps[j]!.entry);
    if (reps.length > 1 && comparisons.some((c) => c.verdict === "conflict")) clusters = clusterGroup(reps.map((r) => r.claim), options.rates, false).clusters;
  } else {
    const found = clusterGroup(reps.map((r) => r.claim), options.rates);
    for (const [i, j] of found.pairs) if (reps[i] !== lead && reps[j] !== lead) record(reps[i]!.entry, reps[j]!.entry);
    clusters = found.clusters;
  }
  return { group, reps, lead, comparisons, clusters, pairs: undefined };
};
