import type { Interval } from "../../interval/types.js";
import { sortSmall } from "../../util/sortSmall.js";
import { containsPoint, intersect, overlaps, within } from "../../interval/algebra.js";
import { cmp, type Decimal } from "../../decimal.js";
import type { Entry, Prepared } from "../prepare.js";
import { maxAgreement } from "../maxAgreement.js";
import type { ReconcileMethod, Reconciliation, ReconciliationNote, ReconciledValue } from "../types.js";
import { toEstimate } from "../toEstimate.js";

/** Ids of entries, flattened and sorted. @internal */
export const idsOf = (entries: readonly Entry[]): string[] => {
  const ids: string[] = [];
  for (const e of entries) for (const id of e.ids) ids.push(id);
  return sortSmall(ids);
};

/** The common part of the largest agreeing subset of entries, and that subset. @internal */
export const agreeingCore = (entries: readonly Entry[]): { interval: Interval; members: Entry[]; others: Entry[] } => {
  const { members } = maxAgreement(entries.map((e) => e.interval));
  const chosen = members.map((i) => entries[i]!);
  let interval = chosen[0]!.interval;
  for (const e of chosen.slice(1)) interval = intersect(interval, e.interval) ?? interval;
  const set = new Set(members);
  return { interval, members: chosen, others: entries.filter((_, i) => !set.has(i)) };
};

/** Splits entries into those whose interval holds `point` and the rest. @internal */
export const splitByPoint = (entries: readonly Entry[], point: Decimal): { support: Entry[]; dissent: Entry[] } => {
  const support: Entry[] = [];
  const dissent: Entry[] = [];
  for (const e of entries) (containsPoint(e.interval, point) ? support : dissent).push(e);
  return { support, dissent };
};

/** Splits entries into those whose interval meets `interval` and the rest. @internal */
export const splitByInterval = (entries: readonly Entry[], interval: Interval): { support: Entry[]; dissent: Entry[] } => {
  const support: Entry[] = [];
  const dissent: Entry[] = [];
  for (const e of entries) (overlaps(e.interval, interval) ? support : dissent).push(e);
  return { support, dissent };
};

/** One entry as a raw value. @internal */
export const rawOf = (e: Entry, extra: { adjusted?: Decimal; weight?: Decimal } = {}): ReconciledValue =>
  Object.freeze({
    claim: e.claim.id,
    source: e.claim.source.name,
    ...(e.claim.source.country !== undefined ? { country: e.claim.source.country } : {}),
    value: e.value,
    ...extra,
  });

const sameEnd = (x: Decimal | null, y: Decimal | null): boolean => (x === null || y === null ? x === y : cmp(x, y) === 0);

/** When the estimate is exactly one stated figure (same unit, value and interval), that figure as written. */
const sameAsStated = (p: Prepared, value: Decimal, i: Interval) =>
  p.entries.find(
    (e) =>
      e.claim.quantity.unit === p.unit &&
      cmp(e.value, value) === 0 &&
      sameEnd(e.interval.low, i.low) &&
      sameEnd(e.interval.high, i.high) &&
      e.interval.lowOpen === i.lowOpen &&
      e.interval.highOpen === i.highOpen,
  )?.claim.quantity;

/**
 * Whether an entry states a figure (both ends finite), rather than only a bound ("over 40 million
 * tonnes"): only such entries vote on where an estimate lies (median, weighted means); a bound alone
 * supports an estimate it holds but does not pull it towards its bound.
 *
 * @internal
 */
export const statesFigure = (e: Entry): boolean => e.interval.low !== null && e.interval.high !== null;

/**
 * Whether an entry can support an estimate: its interval holds the estimate's value (when the
 * estimate's interval holds it too), or holds the estimate's whole interval (an open-ended estimate such as "over $41 billion" has no value inside it).
 * A claim that supports an estimate therefore never conflicts with it, and two supporters never
 * conflict with each other through it.
 *
 * @internal
 */
export const canSupport = (e: Entry, value: Decimal, interval: Interval): boolean =>
  (containsPoint(e.interval, value) && containsPoint(interval, value)) || within(interval, e.interval);

// Methods whose estimate is a span of the parties' own figures, each kept beside it in `raw`: their
// support is who the span stands for, not who holds its middle.
const SPANS: ReadonlySet<ReconcileMethod> = new Set(["attributed-range", "mirror-statistics"]);

/**
 * Assembles a frozen result. For a point-like estimate, a claim the method counted as support that
 * does not hold the estimate (see {@link canSupport}) dissents instead: support is never a claim the
 * estimate contradicts.
 *
 * @internal
 */
export const result = (
  prepared: Prepared,
  method: ReconcileMethod,
  value: Decimal,
  interval: Interval,
  support: readonly Entry[],
  dissent: readonly Entry[],
  note?: ReconciliationNote,
  raw?: readonly ReconciledValue[],
): Reconciliation => {
  let yes = support;
  let no = dissent;
  if (!SPANS.has(method) && support.some((e) => !canSupport(e, value, interval))) {
    yes = support.filter((e) => canSupport(e, value, interval));
    no = [...dissent, ...support.filter((e) => !canSupport(e, value, interval))];
  }
  return Object.freeze({
    estimate: sameAsStated(prepared, value, interval) ?? toEstimate(value, interval, prepared.unit, prepared.precision),
    method,
    support: Object.freeze(idsOf(yes)),
    dissent: Object.freeze(idsOf(no)),
    ...(note !== undefined ? { note: Object.freeze({ code: note.code, params: Object.freeze(note.params) }) as ReconciliationNote } : {}),
    ...(raw !== undefined ? { raw: Object.freeze([...raw]) } : {}),
  });
};
