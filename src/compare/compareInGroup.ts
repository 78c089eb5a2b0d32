import { cmp, ONE, type Decimal } from "../decimal.js";
import { explainConflict } from "../explain/hypotheses/explainConflict.js";
import type { Quantity } from "../quantity/types.js";
import { getUnit } from "../units/registry.js";
import type { Unit } from "../units/types.js";
import type { Alignment } from "./alignUnits.js";
import { compareOrdered, toComparison } from "./compare.js";
import { freezeDeep, freezeList } from "./freezeDeep.js";
import { below, intervalOf, type Interval } from "./interval.js";
import { detectCopyOf, sideOf, type Keyed } from "./keyed.js";
import type { ResolvedCompareOptions } from "./resolveOptions.js";
import { toGap } from "./toGap.js";
import type { Comparison, Gap } from "./types.js";

const EMPTY: readonly never[] = Object.freeze([]);

const isPoint = (q: Quantity): boolean => q.bound === "exact" || q.bound === "rounded" || q.bound === "approx";

/** Whether the intervals two quantities' words allow share a point: exact `cmp` on the Decimals built at parse time. */
const quantitiesOverlap = (a: Quantity, b: Quantity): boolean =>
  below(a.low, a.lowOpen, b.high, b.highOpen) && below(b.low, b.lowOpen, a.high, a.highOpen);

/** Whether the digits read literally meet (see `literalIntervalOf`), given that the intervals overlap. */
const literallyMeet = (a: Quantity, b: Quantity): boolean => {
  const pa = isPoint(a);
  const pb = isPoint(b);
  if (pa && pb) return cmp(a.value, b.value) === 0;
  if (pa) return below(b.low, b.lowOpen, a.value, false) && below(a.value, false, b.high, b.highOpen);
  if (pb) return below(a.low, a.lowOpen, b.value, false) && below(b.value, false, a.high, a.highOpen);
  return true;
};

const hasVia = (e: Keyed): boolean => (e.claim.source.via?.length ?? 0) > 0;

// One alignment per unit for pairs in the same unit, as alignUnits would build it.
const identities = new Map<string, Alignment>();
const identityOf = (unit: Unit): Alignment => {
  let a = identities.get(unit.code);
  if (a === undefined) identities.set(unit.code, (a = Object.freeze({ unit: unit.code, dimension: unit.dimension, a: ONE, b: ONE })));
  return a;
};

/**
 * The gap between two figures of one unit, shared through `gaps` by every conflict of a group between
 * the same two figures (a wrong figure conflicts with each source that states the right one). A gap
 * depends only on the two values and intervals, and is symmetric in them; equal value keys mean equal
 * values and intervals, so a shared gap is the gap each pair would get.
 */
const gapOf = (
  first: Keyed,
  second: Keyed,
  values: readonly [Decimal, Decimal],
  intervals: readonly [Interval, Interval],
  unit: string,
  gaps: Map<string, Gap> | undefined,
): Gap => {
  if (gaps === undefined) return Object.freeze(toGap(values[0], values[1], intervals[0], intervals[1], unit));
  const a = first.value;
  const b = second.value;
  // Value keys hold no NUL, and each begins with its unit.
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let gap = gaps.get(key);
  if (gap === undefined) gaps.set(key, (gap = Object.freeze(toGap(values[0], values[1], intervals[0], intervals[1], unit))));
  return gap;
};

/**
 * Compares two claims of one period group, `first` before `second` in canonical order: the hot path of
 * `findDiscrepancies`, equal in every field to `compare`. Claims of one group share series, period and
 * modality, so when they also share a unit the verdict is one overlap test with exact `cmp` on the
 * Decimals the claims already hold: no alignment, no new Decimals, no explanation objects for a
 * consistent pair (only a copy can be one, and it is looked for only when the figures are equal or a
 * source says whom it quotes). Sides are built once per claim and shared. Conflicts and pairs in
 * different units take the general path.
 *
 * @internal
 */
export const compareInGroup = (first: Keyed, second: Keyed, options: ResolvedCompareOptions, gaps?: Map<string, Gap>): Comparison => {
  const a = first.claim;
  const b = second.claim;
  const qa = a.quantity;
  const qb = b.quantity;
  const unit = qa.unit === qb.unit ? getUnit(qa.unit) : undefined;
  // Same span, and an instant is never the same period as a flow: validated periods of one group agree.
  const pa = a.period;
  const pb = b.period;
  const samePeriod = pa === pb || (pa !== undefined && pb !== undefined && (pa.kind === "instant") === (pb.kind === "instant"));
  if (unit === undefined || !samePeriod) return toComparison(compareOrdered(a, b, options), a, b, false);
  const sides = Object.freeze([sideOf(first, unit), sideOf(second, unit)] as const);
  const claims = Object.freeze([a.id, b.id] as const);
  if (quantitiesOverlap(qa, qb)) {
    const copy =
      first.source === second.source || (!hasVia(first) && !hasVia(second) && first.value !== second.value)
        ? undefined
        : detectCopyOf(first, second);
    // Properties in the order compare() writes them, so reports print identically.
    return Object.freeze({
      verdict: "consistent",
      reasons: EMPTY,
      withinRoundingOnly: !literallyMeet(qa, qb),
      explanations: copy === undefined ? EMPTY : freezeDeep([copy]),
      ruledOut: EMPTY,
      sides,
      claims,
    });
  }
  const values = [sides[0].value, sides[1].value] as const;
  const intervals = [intervalOf(qa), intervalOf(qb)] as const;
  const alignment = identityOf(unit);
  const gap = gapOf(first, second, values, intervals, alignment.unit, gaps);
  const { explanations, ruledOut } = explainConflict({ a, b, alignment, values, intervals, gap, options });
  return Object.freeze({
    verdict: "conflict",
    reasons: EMPTY,
    gap,
    explanations: freezeList(explanations),
    ruledOut: freezeList(ruledOut),
    sides,
    claims,
  });
};
