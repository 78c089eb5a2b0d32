import { isRelay } from "../explain/hypotheses/copy.js";
import { overlaps } from "../interval/algebra.js";
import { sortSmall } from "../util/sortSmall.js";
import type { Representative, GroupOutcome } from "./compareGroup.js";
import { comparisonOf, replaceComparison } from "./compareGroup.js";
import type { Comparison } from "./types.js";
import { pushTo } from "../util/pushTo.js";

/**
 * The conflict with `repeats` added last. A conflict has these seven properties in this order (both
 * comparison paths write them so); as a literal, all eight live in the object itself, where a spread
 * would put the eighth in a separate property store.
 */
const withRepeats = (c: Comparison, repeats: Comparison["claims"]): Comparison => {
  const { verdict, reasons, gap, explanations, ruledOut, sides, claims } = c;
  if (Object.keys(c).join(",") !== "verdict,reasons,gap,explanations,ruledOut,sides,claims") return { ...c, repeats };
  return { verdict, reasons, gap, explanations, ruledOut, sides, claims, repeats } as Comparison;
};

/**
 * Marks the conflicts of a group that repeat another: (x, y) repeats (z, y) when x agrees with z and z
 * ranks before x. Such a conflict is the same disagreement seen through a relay ("exceeding
 * $41 billion" in a newspaper against Kazakhstan's $31.5 billion, when it agrees with China's $41
 * billion), so a report counts it once. Ranking: more claims behind the figure, then a producing source
 * (a ministry, a statistics office) before a relay (an outlet, an author), then a source with a country,
 * then canonical order. The ranking is a strict order, so a conflict is never marked as
 * repeating one that repeats it.
 *
 * @internal
 */
export const markRepeatedConflicts = (outcome: GroupOutcome): void => {
  // A repeat needs two conflicts in the group.
  let conflicts = 0;
  for (const c of outcome.comparisons) if (c.verdict === "conflict") conflicts++;
  if (conflicts < 2) return;
  const rank = new Map<string, number>();
  const byRank = (x: Representative, y: Representative): number =>
    y.weight - x.weight ||
    Number(isRelay(x.claim)) - Number(isRelay(y.claim)) ||
    Number(y.claim.source.country !== undefined) - Number(x.claim.source.country !== undefined);
  sortSmall(
    outcome.reps.map((r, index) => ({ r, index })),
    (x, y) => byRank(x.r, y.r) || x.index - y.index,
  ).forEach(({ r }, position) => rank.set(r.claim.id, position));

  // Whether x and z agree: their comparison when it was made; in a group too large for every pair to be
  // compared, the overlap of their intervals when they share a unit — the verdict compare() would give
  // (one series, period and modality) — so a large group counts repeats as a small one does.
  let claimOf: Map<string, Representative["claim"]> | undefined;
  const agree = (x: string, z: string): boolean => {
    const c = comparisonOf(outcome, x, z);
    if (c !== undefined) return c.verdict === "consistent";
    claimOf ??= new Map(outcome.reps.map((r) => [r.claim.id, r.claim] as const));
    const qx = claimOf.get(x)?.quantity;
    const qz = claimOf.get(z)?.quantity;
    return qx !== undefined && qz !== undefined && qx.unit === qz.unit && overlaps(qx, qz);
  };

  // Conflicts by each side, to find (z, y) for a given y.
  const conflictsOf = new Map<string, { other: string; index: number }[]>();
  outcome.comparisons.forEach((c, index) => {
    if (c.verdict !== "conflict") return;
    for (const [side, other] of [[c.claims[0], c.claims[1]], [c.claims[1], c.claims[0]]] as const) {
      pushTo(conflictsOf, side, { other, index });
    }
  });

  outcome.comparisons.forEach((c, index) => {
    if (c.verdict !== "conflict") return;
    for (const [x, y] of [[c.claims[0], c.claims[1]], [c.claims[1], c.claims[0]]] as const) {
      const rx = rank.get(x);
      if (rx === undefined) continue;
      const primary = (conflictsOf.get(y) ?? []).find(
        ({ other: z, index: j }) =>
          j !== index && z !== x && (rank.get(z) ?? Infinity) < rx && agree(x, z),
      );
      if (primary === undefined) continue;
      const original = outcome.comparisons[primary.index]!;
      const marked: Comparison = Object.freeze(withRepeats(c, original.claims));
      replaceComparison(outcome, index, marked);
      return;
    }
  });
};
