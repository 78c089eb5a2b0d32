import type { Claim } from "../claim/types.js";
import { detectCopy } from "../explain/hypotheses/copy.js";
import { canonicalOrder } from "./canonicalOrder.js";
import { compareOrdered, toComparison } from "./compare.js";
import type { ClaimGroup } from "./groupClaims.js";
import { sourceKey, valueKey } from "./keys.js";
import type { ResolvedCompareOptions } from "./resolveOptions.js";
import type { Comparison } from "./types.js";

/** A distinct figure of a group and how many claims it stands for (itself, duplicates, copies). @internal */
export interface Representative {
  readonly claim: Claim;
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
  /** Comparison by the two claim ids joined in canonical order. */
  readonly byPair: Map<string, Comparison>;
}

/** The key of a pair of claims, whatever their order. @internal */
export const pairKey = (a: Claim, b: Claim): string => pairKeyOfIds(a.id, b.id);

/** The key of a pair of claim ids, whatever their order. @internal */
export const pairKeyOfIds = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

const compareInOrder = (a: Claim, b: Claim, options: ResolvedCompareOptions): Comparison => {
  const { first, second } = canonicalOrder(a, b);
  return toComparison(compareOrdered(first, second, options), first, second, false);
};

/**
 * Compares the claims of one period group without comparing every claim with every other: duplicates
 * (same figure, same source) are compared with the figure they repeat, copies with their original, and
 * only the remaining distinct figures are compared pairwise — or, above `maxPairs` of them, each with
 * the lead figure. Repetitions therefore never count as corroboration.
 *
 * @internal
 */
export const compareGroup = (group: ClaimGroup, options: ResolvedCompareOptions, maxPairs: number): GroupOutcome => {
  const comparisons: Comparison[] = [];
  const byPair = new Map<string, Comparison>();
  const record = (a: Claim, b: Claim): Comparison => {
    const c = compareInOrder(a, b, options);
    comparisons.push(c);
    byPair.set(pairKey(a, b), c);
    return c;
  };

  // 1. Duplicates: the first claim of each (figure, source) in canonical order stands for the rest.
  const byFigure = new Map<string, Representative>();
  for (const c of group.claims) {
    const key = `${valueKey(c)}\u0000${sourceKey(c)}`;
    const rep = byFigure.get(key);
    if (rep === undefined) byFigure.set(key, { claim: c, weight: 1 });
    else {
      rep.weight++;
      record(rep.claim, c);
    }
  }

  // 2. Copies: a figure repeated by a relay folds into its original. Copies need the same figure (or a
  // `via` chain), so only claims of equal value are paired, each with at most `maxPairs` before it.
  const reps: Representative[] = [];
  const byValue = new Map<string, Representative[]>();
  const byName = new Map<string, Representative>();
  for (const rep of byFigure.values()) byName.set(sourceKey(rep.claim), byName.get(sourceKey(rep.claim)) ?? rep);
  const folded = new Set<Representative>();
  for (const rep of byFigure.values()) {
    const candidates = [...(byValue.get(valueKey(rep.claim)) ?? []).slice(-maxPairs)];
    for (const via of rep.claim.source.via ?? []) {
      const original = byName.get(via.name.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " "));
      if (original !== undefined && original !== rep && !candidates.includes(original)) candidates.push(original);
    }
    for (const other of candidates) {
      if (folded.has(other)) continue;
      const copy = detectCopy(other.claim, rep.claim);
      if (copy === undefined) continue;
      record(other.claim, rep.claim);
      const [original, repeat] = copy.evidence.original === other.claim.id ? [other, rep] : [rep, other];
      original.weight += repeat.weight;
      folded.add(repeat);
      break;
    }
    if (!folded.has(rep)) {
      const list = byValue.get(valueKey(rep.claim)) ?? [];
      list.push(rep);
      byValue.set(valueKey(rep.claim), list);
    }
  }
  for (const rep of byFigure.values()) if (!folded.has(rep)) reps.push(rep);

  // 3. Distinct figures: every pair, or each against the lead when there are many.
  let lead = reps[0]!;
  for (const rep of reps) if (rep.weight > lead.weight) lead = rep;
  if (reps.length <= maxPairs) {
    // The lead's comparisons first: they are the ones a reader looks for.
    for (const rep of reps) if (rep !== lead) record(lead.claim, rep.claim);
    for (let i = 0; i < reps.length; i++)
      for (let j = i + 1; j < reps.length; j++) if (reps[i] !== lead && reps[j] !== lead) record(reps[i]!.claim, reps[j]!.claim);
  } else {
    for (const rep of reps) if (rep !== lead) record(lead.claim, rep.claim);
  }
  return { group, reps, lead, comparisons, byPair };
};
