import type { Claim } from "./types.js";
import { splitSeriesKey } from "./splitSeriesKey.js";
import type { Quantity } from "../quantity/types.js";
import type { Decimal } from "../decimal.js";
import { isExactFloat, toFloat } from "../util/toFloat.js";
import { memoText } from "../util/memoText.js";

// Each key is a part of the claim's series key, so "same metric" here means exactly what it means in a
// series key: names resolved to entities and metric words to the lexicon's metric, with the aliases
// the claim was read with.
/**
 * Computes a key once per claim: claims are frozen, so a key never goes stale, and a corpus-wide run
 * compares each claim several times.
 *
 * @internal
 */
export const memoByClaim = <T>(compute: (c: Claim) => T): ((c: Claim) => T) => {
  const cache = new WeakMap<Claim, T>();
  return (c) => {
    let value = cache.get(c);
    if (value === undefined) {
      value = compute(c);
      cache.set(c, value);
    }
    return value;
  };
};

/** The normalised metric. @internal */
export const metricKey = /* @__PURE__ */ memoByClaim((c: Claim): string => splitSeriesKey(c.seriesKey)[0]);

/** The normalised subject (a set unless directed). @internal */
export const subjectKey = /* @__PURE__ */ memoByClaim((c: Claim): string => splitSeriesKey(c.seriesKey)[1]);

/** The normalised qualifiers. @internal */
export const scopeKey = /* @__PURE__ */ memoByClaim((c: Claim): string => splitSeriesKey(c.seriesKey)[2]);

/** Metric and subject without qualifiers: claims of one family differ at most in scope. @internal */
export const familyKey = /* @__PURE__ */ memoByClaim((c: Claim): string => {
  const [metric, subjects] = splitSeriesKey(c.seriesKey);
  return `${metric}|${subjects}|`;
});

/** A name as a key: case, width and spacing ignored. @internal */
export const normaliseName = /* @__PURE__ */ memoText((name: string): string => name.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " "));

/** Who a figure is attributed to: the source's normalised name (names are few: the normalisation is cached by name). Equal keys are one source. @internal */
export const sourceKey = (c: Claim): string => normaliseName(c.source.name);

/** Whether `c` was quoted through a source named `name` (its `via` chain). @internal */
export const quotedVia = (c: Claim, name: string): boolean => {
  const via = c.source.via;
  if (via === undefined || via.length === 0) return false;
  const wanted = normaliseName(name);
  return via.some((s) => normaliseName(s.name) === wanted);
};

/**
 * The quantity as a key: unit, bound, value and interval. Equal keys state the same figure. Computed
 * afresh (a few hundred nanoseconds): a memo per claim would outlive the run in every claim's shadow,
 * and findDiscrepancies keeps the keys of its claims on its own per-run records.
 *
 * @internal
 */
export const valueKey = (c: Claim): string => toValueKey(c.quantity);

/**
 * `v.toFixed()`. A nonzero integer below 10¹⁵ is exact as a float, and a float that is an integer below
 * 10²¹ prints as its plain digits: the same text, without decimal.js's string building (a corpus prints
 * a value key for nearly every claim). Zero keeps decimal.js's text, whose sign a float would lose.
 */
const plain = (v: Decimal): string => {
  const d = (v as unknown as { d: readonly number[] | null }).d;
  return d !== null && d[0] !== 0 && isExactFloat(v) ? String(toFloat(v)) : v.toFixed();
};

/** {@link valueKey} of a quantity, computed afresh (findDiscrepancies keeps it on its own per-claim record). @internal */
export const toValueKey = (q: Quantity): string => {
  // An exact figure's ends are often its value itself: print each Decimal once.
  const value = plain(q.value);
  const low = q.low === null ? "" : q.low === q.value ? value : plain(q.low);
  const high = q.high === null ? "" : q.high === q.value ? value : q.high === q.low ? low : plain(q.high);
  // Joined, not concatenated: join makes one flat string, while a template makes a rope that every
  // comparison walks again (keys are compared many times when groups are sorted).
  return [q.unit, "|", q.bound, "|", value, "|", q.lowOpen ? "(" : "[", low, ",", high, q.highOpen ? ")" : "]"].join("");
};

/** Whether two claims were read in the same publication: same address, or same outlet and date. @internal */
export const isSamePublication = (a: Claim, b: Claim): boolean => {
  const ra = a.reportedBy;
  const rb = b.reportedBy;
  if (ra === undefined || rb === undefined) return false;
  if (ra.url !== undefined && rb.url !== undefined) return ra.url === rb.url;
  return ra.name !== undefined && rb.name !== undefined && normaliseName(ra.name) === normaliseName(rb.name) && ra.publishedAt === rb.publishedAt;
};

/**
 * The order of two publication dates (ISO year, month or day): −1, 0, 1, or `undefined` when unknown —
 * a date is missing, or one is a coarser prefix of the other ("2024-12" and "2024-12-05").
 *
 * @internal
 */
export const comparePublished = (a: string | undefined, b: string | undefined): -1 | 0 | 1 | undefined => {
  if (a === undefined || b === undefined) return undefined;
  if (a === b) return 0;
  if (a.startsWith(b) || b.startsWith(a)) return undefined;
  return a < b ? -1 : 1;
};
