import type { Claim } from "../claim/types.js";
import { timesOne } from "../decimal.js";
import { detectCopyByKeys } from "../explain/hypotheses/copy.js";
import type { CopyExplanation } from "../explain/types.js";
import type { Unit } from "../units/types.js";
import { normaliseName, toValueKey } from "../claim/keys.js";
import type { Period } from "../period/types.js";
import { periodSortKey } from "../period/samePeriod.js";
import type { ComparisonSide } from "./types.js";

/**
 * A claim with the keys `findDiscrepancies` reads, computed once per claim and run and kept on this
 * record — not in a WeakMap per key, whose entries cost more in GC than the keys themselves at a
 * million claims. The value and source keys are taken when the claim is read (see {@link toKeyed});
 * the joined order key and the comparison side only when needed.
 *
 * @internal
 */
export interface Keyed {
  readonly claim: Claim;
  /** The period's sort key: equal for claims about the same span. */
  readonly periodKey: string;
  /** Period and modality: which group of its series the claim belongs to. */
  readonly groupKey: string;
  /** Position in its group once grouped (groups are in canonical order). */
  index: number;
  /** The value key: equal for the same figure in the same unit. */
  readonly value: string;
  /** The source key: the normalised source name. */
  readonly source: string;
  /** The canonical order key without the fields a group shares, once computed (only for text holding NUL). */
  order: string | undefined;
  /** Whether source name, publication date and id hold no NUL: then their order is the order of the joined key. */
  readonly plain: boolean;
  /** The comparison side in the claim's own unit, once built (shared by every comparison it is in). */
  side: ComparisonSide | undefined;
}

/** Whether a claim's source name, publication date and id hold no NUL (see {@link compareInOrder}). */
const isPlainClaim = (c: Claim): boolean =>
  !c.source.name.includes("\u0000") && !(c.reportedBy?.publishedAt ?? "").includes("\u0000") && !c.id.includes("\u0000");

/** A claim's period and group keys, as {@link toKeyed} takes them. @internal */
export interface GroupKeys {
  readonly periodKey: string;
  readonly groupKey: string;
}

/**
 * The keys of a period and modality, built fresh. `intern` returns one string object per distinct
 * text: group keys are compared for equality all the time, and two strings built separately are
 * compared character by character (and, built by concatenation, walked piece by piece), one string
 * object in a moment.
 *
 * @internal
 */
export const toGroupKeys = (period: Period | undefined, modality: string, intern: (text: string) => string = (text) => text): GroupKeys => {
  const periodKey = intern(periodSortKey(period));
  return { periodKey, groupKey: intern(`${periodKey}\u0000${modality}`) };
};

/**
 * The keyed record of a claim, given its period and group keys (see {@link toGroupKeys}). The value and
 * source keys are taken now, while the claim is being read anyway: later they are needed in group
 * order, in which a million claims lie scattered, and each first read would be a fetch from memory.
 *
 * @internal
 */
export const toKeyed = (claim: Claim, keys: GroupKeys = toGroupKeys(claim.period, claim.modality)): Keyed => ({
  claim,
  periodKey: keys.periodKey,
  groupKey: keys.groupKey,
  index: 0,
  value: toValueKey(claim.quantity),
  source: normaliseName(claim.source.name),
  order: undefined,
  plain: isPlainClaim(claim),
  side: undefined,
});

/**
 * The tail of {@link orderKey} after series key, period and modality. Within a group those are equal,
 * so comparing tails orders exactly as comparing whole keys.
 *
 * @internal
 */
export const orderKeyOf = (e: Keyed): string =>
  (e.order ??= `${e.value}\u0000${e.claim.source.name}\u0000${e.claim.reportedBy?.publishedAt ?? ""}\u0000${e.claim.id}`);

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Compares two claims of a group in canonical order. Field by field when no field holds a NUL: NUL
 * joins the fields of the key and sorts before every other character, so comparing the fields in turn
 * orders exactly as comparing the joined keys — without building them. (Value keys never hold NUL.)
 *
 * @internal
 */
export const compareInOrder = (x: Keyed, y: Keyed): number => {
  if (!x.plain || !y.plain) return compareText(orderKeyOf(x), orderKeyOf(y));
  return (
    compareText(x.value, y.value) ||
    compareText(x.claim.source.name, y.claim.source.name) ||
    compareText(x.claim.reportedBy?.publishedAt ?? "", y.claim.reportedBy?.publishedAt ?? "") ||
    compareText(x.claim.id, y.claim.id)
  );
};

/** The claim as one side of a comparison in its own unit (`unit` is its registry entry). @internal */
export const sideOf = (e: Keyed, unit: Unit): ComparisonSide => {
  if (e.side !== undefined) return e.side;
  const c = e.claim;
  const country = c.source.country;
  const outlet = c.reportedBy?.name;
  const period = c.period;
  const value = timesOne(c.quantity.value);
  // Properties in the order compare() writes them, so reports print identically. The common sides are
  // literals, whose properties all live in the object itself (one side per claim stays for the report).
  if (country === undefined && outlet === undefined)
    return (e.side = Object.freeze(
      period !== undefined
        ? { claim: c.id, text: c.quantity.text, source: c.source.name, period: period.text, modality: c.modality, value, unit: unit.code }
        : { claim: c.id, text: c.quantity.text, source: c.source.name, modality: c.modality, value, unit: unit.code },
    ) as ComparisonSide);
  const side: Record<string, unknown> = { claim: c.id, text: c.quantity.text, source: c.source.name };
  if (country !== undefined) side.country = country;
  if (period !== undefined) side.period = period.text;
  side.modality = c.modality;
  if (outlet !== undefined) side.outlet = outlet;
  side.value = value;
  side.unit = unit.code;
  return (e.side = Object.freeze(side) as unknown as ComparisonSide);
};

/** `detectCopy` of two keyed claims, reading the keys they hold. @internal */
export const detectCopyOf = (x: Keyed, y: Keyed): CopyExplanation | undefined =>
  detectCopyByKeys(x.claim, y.claim, x.source, y.source, x.value, y.value);
