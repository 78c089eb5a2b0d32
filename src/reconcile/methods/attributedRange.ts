import { cmp, half, maxOf, minOf, type Decimal } from "../../decimal.js";
import { sortSmall } from "../../util/sortSmall.js";
import type { Entry, Prepared } from "../prepare.js";
import type { Reconciliation } from "../types.js";
import { rawOf, result } from "./shared.js";

/** Who stands at one end: the reporting countries when any is known there (the rest agree with them), else the source names. */
const labelsAt = (entries: readonly Entry[], value: Decimal): string[] => {
  const at = entries.filter((e) => cmp(e.value, value) === 0);
  const countries = sortSmall([...new Set(at.flatMap((e) => (e.claim.source.country !== undefined ? [e.claim.source.country] : [])))]);
  return countries.length > 0 ? countries : sortSmall([...new Set(at.map((e) => e.claim.source.name))]);
};

/**
 * Keeps every party's figure: the estimate is the range from the lowest to the highest figure, and the
 * note says who stands at each end ("$31.5–41 billion: KZ vs CN reporting"). Nobody dissents.
 *
 * @internal
 */
export const byAttributedRange = (p: Prepared): Reconciliation => {
  const values = p.entries.map((e) => e.value);
  const low = minOf(values);
  const high = maxOf(values);
  const interval = { low, high, lowOpen: false, highOpen: false };
  const unit = p.unit;
  const note = cmp(low, high) === 0
    ? ({ code: "attributed-agree", params: { value: low, unit } } as const)
    : ({ code: "attributed-range", params: { low, high, unit, lowParties: labelsAt(p.entries, low), highParties: labelsAt(p.entries, high) } } as const);
  return result(p, "attributed-range", half(low.plus(high)), interval, p.entries, [], note, p.entries.map((e) => rawOf(e)));
};
