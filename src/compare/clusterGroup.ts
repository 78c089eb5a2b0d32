import type { Claim } from "../claim/types.js";
import type { ExchangeRate } from "../quantity/convert.js";
import { getUnit, units } from "../units/registry.js";
import { alignUnits } from "../quantity/alignUnits.js";
import { toConflictStructure, toSmallConflictClusters } from "./conflictClusters.js";
import { scaleInterval } from "../interval/algebra.js";
import { intervalOf } from "../quantity/intervalOf.js";
import type { Interval } from "../interval/types.js";

/**
 * The conflicts among the distinct figures of one period group that share a unit (or units of one
 * dimension with exact factors), described by their extremes rather than pair by pair. Every figure in
 * `low` lies entirely below `extremes[1]`, every figure in `high` entirely above `extremes[0]`, and
 * `pairs` figure pairs conflict in all; a figure can be in both lists. Figures are claim ids of the
 * group's distinct figures (duplicates and copies are folded into the figure they repeat).
 */
export interface ConflictCluster {
  /** The unit of the figures (the dimension's base unit when several units of one dimension meet). */
  readonly unit: string;
  /** How many pairs of distinct figures conflict. */
  readonly pairs: number;
  /** The figures that lie entirely below another figure's interval. */
  readonly low: readonly string[];
  /** The figures that lie entirely above another figure's interval. */
  readonly high: readonly string[];
  /** The figure with the lowest high end and the one with the highest low end: the widest conflict. */
  readonly extremes: readonly [string, string];
}

/** What {@link clusterGroup} finds. @internal */
export interface GroupClusters {
  readonly clusters: readonly ConflictCluster[];
  /**
   * Pairs of figures (indexes into the figures given) that, compared, show every conflicting figure
   * at the widest conflict it has: each low figure against the highest low end, each high figure
   * against the lowest high end; and, for currencies a rate links, every pair across them.
   */
  readonly pairs: readonly (readonly [number, number])[];
}

// The base unit of each dimension (factor 1): figures of one dimension are compared in it.
const BASES: ReadonlyMap<string, string> = /* @__PURE__ */ (() => new Map(units.filter((u) => u.factor !== null && u.factor.eq(1)).map((u) => [u.dimension, u.code] as const)))();

const NOTHING: GroupClusters = /* @__PURE__ */ (() => Object.freeze({ clusters: Object.freeze([]), pairs: Object.freeze([]) }))();

interface UnitClass {
  unit: string;
  readonly base: string;
  readonly currency: string | undefined;
  readonly members: number[];
  readonly intervals: Interval[];
}

/**
 * The exact conflict structure of a group's distinct figures in O(n log n) (see `toConflictStructure`).
 * Figures in units of one dimension with exact factors are compared in the dimension's base unit;
 * currencies each form their own class, and two currencies a rate links are compared pair by pair
 * (the rate makes them comparable; groups that mix currencies are small in practice).
 *
 * @internal
 */
export const clusterGroup = (claims: readonly Claim[], rates: readonly ExchangeRate[], withPairs = true): GroupClusters => {
  // Most groups hold one unit: one class, no map.
  const unit0 = claims[0]!.quantity.unit;
  let oneUnit = true;
  for (let i = 1; i < claims.length; i++)
    if (claims[i]!.quantity.unit !== unit0) {
      oneUnit = false;
      break;
    }
  if (oneUnit && getUnit(unit0) !== undefined) {
    // A quantity carries its interval's four fields: read them in place. Without pairs (a small group,
    // every pair compared already), a direct test of each pair beats sorting.
    const intervals = claims.map((c) => c.quantity);
    const structure = withPairs ? toConflictStructure(intervals) : toSmallConflictClusters(intervals);
    if (structure.pairs === 0) return NOTHING;
    const id = (i: number): string => claims[i]!.id;
    const cluster: ConflictCluster = Object.freeze({
      unit: unit0,
      pairs: structure.pairs,
      low: Object.freeze(structure.low.map(id)),
      high: Object.freeze(structure.high.map(id)),
      extremes: Object.freeze([id(structure.lowestHigh!), id(structure.highestLow!)] as const),
    });
    const pairs: (readonly [number, number])[] = [];
    if (withPairs) {
      const top = structure.highestLow!;
      const bottom = structure.lowestHigh!;
      // Low figures against the highest low end, high figures against the lowest high end: a figure is in
      // at most one pair with each, and only the pair of the two extremes comes up twice (the top figure is high).
      for (const x of structure.low) if (x !== top) pairs.push(x < top ? [x, top] : [top, x]);
      for (const y of structure.high) if (y !== top) pairs.push(y < bottom ? [y, bottom] : [bottom, y]);
    }
    return { clusters: [cluster], pairs };
  }
  const classes = new Map<string, UnitClass>();
  claims.forEach((c, i) => {
    const unit = getUnit(c.quantity.unit);
    if (unit === undefined) return;
    const key = unit.factor === null ? `u\u0000${unit.code}` : `d\u0000${unit.dimension}`;
    let k = classes.get(key);
    if (k === undefined) {
      const base = unit.factor === null ? unit.code : (BASES.get(unit.dimension) ?? unit.code);
      classes.set(key, (k = { unit: unit.code, base, currency: unit.factor === null ? unit.code : undefined, members: [], intervals: [] }));
    }
    // Figures in several units of one dimension are described in its base unit.
    if (k.unit !== unit.code) k.unit = k.base;
    k.members.push(i);
    const interval = intervalOf(c.quantity);
    k.intervals.push(unit.factor === null ? interval : scaleInterval(interval, unit.factor));
  });
  const clusters: ConflictCluster[] = [];
  const pairs: (readonly [number, number])[] = [];
  const seen = new Set<string>();
  const add = (a: number, b: number): void => {
    if (a === b) return;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push(a < b ? [a, b] : [b, a]);
  };
  for (const k of classes.values()) {
    if (k.members.length < 2) continue;
    const s = toConflictStructure(k.intervals);
    if (s.pairs === 0) continue;
    const id = (local: number): string => claims[k.members[local]!]!.id;
    for (const x of s.low) add(k.members[x]!, k.members[s.highestLow!]!);
    for (const y of s.high) add(k.members[y]!, k.members[s.lowestHigh!]!);
    clusters.push(
      Object.freeze({
        unit: k.unit,
        pairs: s.pairs,
        low: Object.freeze(s.low.map(id)),
        high: Object.freeze(s.high.map(id)),
        extremes: Object.freeze([id(s.lowestHigh!), id(s.highestLow!)] as const),
      }),
    );
  }
  if (rates.length > 0) {
    const currencies = [...classes.values()].filter((k) => k.currency !== undefined);
    for (let i = 0; i < currencies.length; i++)
      for (let j = i + 1; j < currencies.length; j++) {
        if (alignUnits(currencies[i]!.currency!, currencies[j]!.currency!, rates) === undefined) continue;
        for (const a of currencies[i]!.members) for (const b of currencies[j]!.members) add(a, b);
      }
  }
  return { clusters, pairs };
};
