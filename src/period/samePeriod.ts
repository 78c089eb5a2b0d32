import { toPeriodKey } from "./toPeriodKey.js";
import { shiftPeriod } from "./shiftPeriod.js";
import type { Period } from "./types.js";

/**
 * Whether two claims are about the same time. Periods are the same when they cover the same span,
 * whatever their kind (the year 2023 and the interval 2023-01-01–2024-01-01 are one period); two claims
 * without a period are taken to be about the same (unstated) time, one without and one with are not.
 * The one place that decides it, so it can follow the period module's own rule later.
 *
 * @internal
 */
export const isSamePeriodSpan = (a: Period | undefined, b: Period | undefined): boolean => {
  if (a === undefined || b === undefined) return a === b;
  // The period module's own notion of sameness; cheap enough to compute each time (a cache per period
  // object would outlive the run beside every claim).
  if (a === b) return true;
  // Equal kind, span and kind of text: one key says it (and validates both, as the two would).
  if (a.kind === b.kind && a.start === b.start && a.end === b.end && typeof a.text === typeof b.text) return typeof toPeriodKey(a) === "string";
  return toPeriodKey(a) === toPeriodKey(b);
};

/**
 * The sort key of the period `n` steps away (same kind and length; instants year on year), or
 * `undefined` when it would leave the calendar.
 *
 * @internal
 */
export const shiftedSortKey = (p: Period, n: -1 | 1): string | undefined => {
  // Claims share their period objects (claim/shareParts.ts): the object itself finds its pair first.
  let pair = byObject.get(p);
  if (pair === undefined) {
    // Keyed by what the shift reads (kind and span; the text only as far as validation looks at it), not
    // by the period object: a million claims about a dozen years share a dozen entries.
    const key = `${String(p.kind)}/${String(p.start)}/${String(p.end)}/${typeof p.text}`;
    pair = neighbours.get(key);
    if (pair === undefined) {
      if (neighbours.size >= MAX_NEIGHBOURS) neighbours = new Map();
      neighbours.set(key, (pair = [shifted(p, -1), shifted(p, 1)]));
    }
    // Only frozen periods: a period that can still change must be read afresh.
    if (Object.isFrozen(p)) {
      if (byObject.size >= MAX_NEIGHBOURS) byObject = new Map();
      byObject.set(p, pair);
    }
  }
  return pair[n === -1 ? 0 : 1];
};

const shifted = (p: Period, n: number): string | undefined => {
  try {
    return periodSortKey(shiftPeriod(p, n));
  } catch {
    return undefined;
  }
};

// The neighbours of each period span, bounded.
const MAX_NEIGHBOURS = 1 << 14;
let neighbours = /* @__PURE__ */ new Map<string, [string | undefined, string | undefined]>();
// The same pairs by period object, for frozen periods (claims share them), bounded alike.
let byObject = /* @__PURE__ */ new Map<Period, [string | undefined, string | undefined]>();

/**
 * A key of a claim's period that sorts chronologically (start, then end, as {@link comparePeriods} does)
 * and is equal exactly when the periods are the same; undefined periods sort first.
 *
 * @internal
 */
export const periodSortKey = (p: Period | undefined): string =>
  // A split year of unknown start is not the two calendar years it is stored as: it sorts just after them.
  p === undefined ? "" : p.kind === "split-year" ? `${p.start}/${p.end}~` : `${p.start}/${p.end}`;
