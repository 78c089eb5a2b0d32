import { cmp, ONE } from "../decimal.js";
import { explainConflict, valueFindings } from "../explain/hypotheses/explainConflict.js";
import type { Explanation, RuledOut } from "../explain/types.js";
import type { Quantity } from "../quantity/types.js";
import { getUnit } from "../units/registry.js";
import type { Unit } from "../units/types.js";
import type { Alignment } from "../quantity/alignUnits.js";
import { compareOrdered, toComparison } from "./compare.js";
import { freezeDeep, freezeList } from "../util/freezeDeep.js";
import { containsPoint, overlaps } from "../interval/algebra.js";
import { intervalOf } from "../quantity/intervalOf.js";
import { detectCopyOf, sideOf, type Keyed } from "./keyed.js";
import type { ResolvedCompareOptions } from "../explain/resolveOptions.js";
import { toGap } from "./toGap.js";
import type { Gap } from "../explain/types.js";
import type { Comparison, ComparisonSide } from "./types.js";

const EMPTY: readonly never[] = /* @__PURE__ */ Object.freeze([]);

const isPoint = (q: Quantity): boolean => q.bound === "exact" || q.bound === "rounded" || q.bound === "approx";

/** Whether the digits read literally meet (see `literalIntervalOf`), given that the intervals overlap. */
const literallyMeet = (a: Quantity, b: Quantity): boolean => {
  const pa = isPoint(a);
  const pb = isPoint(b);
  if (pa && pb) return cmp(a.value, b.value) === 0;
  if (pa) return containsPoint(b, a.value);
  if (pb) return containsPoint(a, b.value);
  return true;
};

const hasVia = (e: Keyed): boolean => (e.claim.source.via?.length ?? 0) > 0;

// One alignment per unit for pairs in the same unit, as alignUnits would build it.
const identities = /* @__PURE__ */ new Map<string, Alignment>();
const identityOf = (unit: Unit): Alignment => {
  let a = identities.get(unit.code);
  if (a === undefined) identities.set(unit.code, (a = Object.freeze({ unit: unit.code, dimension: unit.dimension, a: ONE, b: ONE })));
  return a;
};

/**
 * What the conflicts of a group between the same two figures share (a wrong figure conflicts with each
 * source that states the right one): the gap, which depends only on the two values and intervals and is
 * symmetric in them (equal value keys mean equal values and intervals); the findings of the hypotheses
 * that read nothing else (for the coarser precision they were found with); and the last lists built
 * from them, reused when a conflict's ranked lists hold the very same findings.
 *
 * @internal
 */
export interface SharedPair {
  readonly gap: Gap;
  /** The coarser precision of the two claims `findings` were found for (rounding reads it). */
  readonly precision: number;
  readonly findings: readonly (Explanation | RuledOut)[];
  explanations: readonly Explanation[] | undefined;
  ruledOut: readonly RuledOut[] | undefined;
}

/** `list` itself, frozen as an exact-size copy, or `last` when it holds the same items in the same order. */
const reuse = <T>(last: readonly T[] | undefined, list: readonly T[]): readonly T[] => {
  if (last !== undefined && last.length === list.length) {
    let same = true;
    for (let i = 0; i < list.length; i++)
      if (last[i] !== list[i]) {
        same = false;
        break;
      }
    if (same) return last;
  }
  return freezeList(list);
};

/**
 * The conflict of two figures of one unit (`unit` is the registry entry both share). Within a group
 * (`pairs` given) its gap, its value-only findings and, where they come out the same, its lists are
 * shared with every other conflict between the same two figures.
 */
const conflictOf = (
  first: Keyed,
  second: Keyed,
  sides: readonly [ComparisonSide, ComparisonSide],
  claims: readonly [string, string],
  unit: Unit,
  options: ResolvedCompareOptions,
  pairs: Map<string, SharedPair> | undefined,
): Comparison => {
  const a = first.claim;
  const b = second.claim;
  const values = [sides[0].value, sides[1].value] as const;
  const intervals = [intervalOf(a.quantity), intervalOf(b.quantity)] as const;
  const alignment = identityOf(unit);
  let explanations: readonly Explanation[];
  let ruledOut: readonly RuledOut[];
  let gap: Gap;
  if (pairs === undefined) {
    gap = Object.freeze(toGap(values[0], values[1], intervals[0], intervals[1], alignment.unit));
    const found = explainConflict({ a, b, alignment, values, intervals, gap, options });
    explanations = freezeList(found.explanations);
    ruledOut = freezeList(found.ruledOut);
  } else {
    const x = first.value;
    const y = second.value;
    // Value keys hold no NUL, and each begins with its unit.
    const key = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
    // Rounding reads the coarser of the two precisions (the larger step); nothing else reads the claims.
    const precision = Math.max(a.quantity.precision, b.quantity.precision);
    let shared = pairs.get(key);
    if (shared === undefined) {
      gap = Object.freeze(toGap(values[0], values[1], intervals[0], intervals[1], alignment.unit));
      const findings = freezeDeep(valueFindings({ a, b, alignment, values, intervals, gap, options }));
      pairs.set(key, (shared = { gap, precision, findings, explanations: undefined, ruledOut: undefined }));
    }
    gap = shared.gap;
    const ctx = { a, b, alignment, values, intervals, gap, options };
    if (shared.precision === precision) {
      const found = explainConflict(ctx, shared.findings);
      explanations = shared.explanations = reuse(shared.explanations, found.explanations);
      ruledOut = shared.ruledOut = reuse(shared.ruledOut, found.ruledOut);
    } else {
      const found = explainConflict(ctx);
      explanations = freezeList(found.explanations);
      ruledOut = freezeList(found.ruledOut);
    }
  }
  return Object.freeze({ verdict: "conflict", reasons: EMPTY, gap, explanations, ruledOut, sides, claims });
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
export const compareInGroup = (first: Keyed, second: Keyed, options: ResolvedCompareOptions, pairs?: Map<string, SharedPair>): Comparison => {
  const a = first.claim;
  const b = second.claim;
  const qa = a.quantity;
  const qb = b.quantity;
  // Temperatures meet on an absolute scale even in one unit (see alignUnits): the general path.
  const same = qa.unit === qb.unit ? getUnit(qa.unit) : undefined;
  const unit = same?.offset === undefined ? same : undefined;
  // Same span, and an instant is never the same period as a flow, nor a split year as two calendar
  // years: validated periods of one group agree.
  const pa = a.period;
  const pb = b.period;
  const samePeriod =
    pa === pb ||
    (pa !== undefined &&
      pb !== undefined &&
      (pa.kind === "instant") === (pb.kind === "instant") &&
      (pa.kind === "split-year") === (pb.kind === "split-year"));
  if (unit === undefined || !samePeriod) return toComparison(compareOrdered(a, b, options), a, b, false);
  const sides = Object.freeze([sideOf(first, unit), sideOf(second, unit)] as const);
  const claims = Object.freeze([a.id, b.id] as const);
  // A quantity is an interval (the one its words allow): the pair overlaps when those intervals do.
  if (overlaps(qa, qb)) {
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
  return conflictOf(first, second, sides, claims, unit, options, pairs);
};
