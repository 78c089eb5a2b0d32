import type { Claim } from "../claim/types.js";
import { sortSmall } from "../util/sortSmall.js";
import { assertClaim, isClaimShaped } from "../claim/assertClaim.js";
import { alignInterval } from "../interval/algebra.js";
import { intervalOf } from "../quantity/intervalOf.js";
import type { Interval } from "../interval/types.js";
import { sourceKey, toValueKey } from "../claim/keys.js";
import { aboutReasons } from "../claim/notComparableReasons.js";
import { rateValue } from "../quantity/alignUnits.js";
import { cmp, Decimal, ONE, timesOne, ZERO } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { detectCopyByKeys } from "../explain/hypotheses/copy.js";
import type { ExchangeRate } from "../quantity/convert.js";
import { explainMessages } from "../messages/misuse/explain.js";
import { getUnit } from "../units/registry.js";

/**
 * One distinct figure: a claim standing for its duplicates (same figure, same source) and its copies,
 * converted to the estimate's unit.
 *
 * @internal
 */
export interface Entry {
  readonly claim: Claim;
  /** The ids this entry stands for: its own, its duplicates' and its copies'. */
  readonly ids: readonly string[];
  readonly value: Decimal;
  readonly interval: Interval;
}

/** The claims of one reconciliation, checked and in canonical order. @internal */
export interface Prepared {
  readonly unit: string;
  readonly entries: readonly Entry[];
  readonly precision: number;
}

/** What temperatures add after the multiplier, from `from` into `to` (°C → K: 273.15); zero otherwise. */
const offsetOf = (from: string, to: string): Decimal => {
  const f = getUnit(from);
  const t = getUnit(to);
  if (from === to || f?.factor == null || t?.factor == null || (f.offset === undefined && t.offset === undefined)) return ZERO;
  return (f.offset ?? ZERO).minus(t.offset ?? ZERO).div(t.factor);
};

/** The multiplier taking `from` into `to`, or `undefined`. Division is allowed here: an estimate is no verdict. */
const multiplier = (from: string, to: string, rates: readonly ExchangeRate[]): Decimal | undefined => {
  if (from === to) return ONE;
  const f = getUnit(from);
  const t = getUnit(to);
  if (f === undefined || t === undefined || f.dimension !== t.dimension) return undefined;
  if (f.factor !== null && t.factor !== null) return f.factor.div(t.factor);
  for (let i = 0; i < rates.length; i++) {
    const rate = rates[i]!;
    if (rate.from === from && rate.to === to) return rateValue(rate, i);
    if (rate.from === to && rate.to === from) return ONE.div(rateValue(rate, i));
  }
  return undefined;
};

/** The unit most claims use; ties go to the first code in alphabetical order, so input order never matters. */
const commonestUnit = (claims: readonly Claim[]): string => {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.quantity.unit, (counts.get(c.quantity.unit) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))[0]![0];
};

/** By value, then by a key of the figure, the source and the id (built once per entry). */
const sortEntries = (entries: Entry[], figureKeys: ReadonlyMap<Claim, string>): Entry[] => {
  const keys = new Map<Entry, string>();
  const keyOf = (e: Entry): string => {
    let k = keys.get(e);
    if (k === undefined) keys.set(e, (k = [figureKeys.get(e.claim)!, "\u0000", e.claim.id].join("")));
    return k;
  };
  return sortSmall(entries, (x, y) => {
    const c = cmp(x.value, y.value);
    if (c !== 0) return c;
    const kx = keyOf(x);
    const ky = keyOf(y);
    return kx < ky ? -1 : kx > ky ? 1 : 0;
  });
};

/**
 * Checks that the claims are about one series, period and modality, converts them to one unit and folds
 * duplicates and copies into the figure they repeat, so repetitions never weigh as corroboration.
 *
 * @throws {DiscrepancyError} `invalid-argument` for no claims or claims about different things.
 * @internal
 */
export const prepare = (input: Iterable<Claim>, unitOption: string | undefined, rates: readonly ExchangeRate[]): Prepared => {
  if (input === null || typeof input !== "object" || typeof (input as Iterable<Claim>)[Symbol.iterator] !== "function")
    throw new DiscrepancyError("invalid-argument", explainMessages.notIterable("claims", input));
  const claims = [...input];
  for (let i = 0; i < claims.length; i++) if (!isClaimShaped(claims[i])) assertClaim(claims[i], `claims[${i}]`);
  if (claims.length === 0) throw new DiscrepancyError("invalid-argument", explainMessages.noClaimsToReconcile);
  const unit = unitOption ?? commonestUnit(claims);
  if (getUnit(unit) === undefined) throw new DiscrepancyError("invalid-unit", explainMessages.unknownTargetUnit(unit));
  const first = claims[0]!;
  const byFigure = new Map<string, { claim: Claim; ids: string[] }>();
  // Each claim's figure and source, computed once here.
  const figureKeys = new Map<Claim, string>();
  const keysOf = new Map<Claim, { readonly value: string; readonly source: string }>();
  for (const c of claims) {
    const reasons = aboutReasons(first, c);
    if (reasons.length > 0) throw new DiscrepancyError("invalid-argument", explainMessages.notOneSeries(first.id, c.id, reasons));
    if (multiplier(c.quantity.unit, unit, rates) === undefined)
      throw new DiscrepancyError("invalid-argument", explainMessages.cannotConvert(c.id, c.quantity.unit, unit));
    const keys = { value: toValueKey(c.quantity), source: sourceKey(c) };
    keysOf.set(c, keys);
    const key = `${keys.value}\u0000${keys.source}`;
    figureKeys.set(c, key);
    const known = byFigure.get(key);
    // The entry's claim is the smallest id, so the choice does not depend on input order.
    if (known === undefined) byFigure.set(key, { claim: c, ids: [c.id] });
    else {
      known.ids.push(c.id);
      if (c.id < known.claim.id) known.claim = c;
    }
  }
  let entries: Entry[] = [...byFigure.values()].map(({ claim, ids }) => {
    const m = multiplier(claim.quantity.unit, unit, rates)!;
    const offset = offsetOf(claim.quantity.unit, unit);
    const value = m === ONE ? timesOne(claim.quantity.value) : claim.quantity.value.times(m);
    return { claim, ids: sortSmall(ids), value: offset.isZero() ? value : value.plus(offset), interval: alignInterval(intervalOf(claim.quantity), m, offset) };
  });
  sortEntries(entries, figureKeys);
  entries = foldCopies(entries, keysOf);
  const sameUnit = claims.filter((c) => c.quantity.unit === unit);
  // A reduce, not Math.min(...list): spreading more than ~120,000 arguments overflows the stack.
  const precision = sameUnit.length > 0 ? sameUnit.reduce((p, c) => Math.min(p, c.quantity.precision), Number.POSITIVE_INFINITY) : 0;
  return { unit, entries, precision };
};

/** Folds each entry that copies another (identical figure) into the original. Copies need equal figures, so only neighbours of equal value are checked. */
const foldCopies = (entries: readonly Entry[], keysOf: ReadonlyMap<Claim, { readonly value: string; readonly source: string }>): Entry[] => {
  const out: { claim: Claim; ids: string[]; value: Decimal; interval: Interval }[] = [];
  for (const e of entries) {
    let folded = false;
    for (let i = out.length - 1; i >= 0 && cmp(out[i]!.value, e.value) === 0; i--) {
      const a = out[i]!.claim;
      const ka = keysOf.get(a)!;
      const kb = keysOf.get(e.claim)!;
      const copy = detectCopyByKeys(a, e.claim, ka.source, kb.source, ka.value, kb.value);
      if (copy === undefined) continue;
      const target = out[i]!;
      if (copy.evidence.original === e.claim.id) {
        // The new entry is the original: it takes the place of the one that copied it.
        out[i] = { ...e, ids: [...e.ids, ...target.ids].sort() };
      } else target.ids = [...target.ids, ...e.ids].sort();
      folded = true;
      break;
    }
    if (!folded) out.push({ ...e, ids: [...e.ids] });
  }
  return out;
};
