import type { Lang } from "../lexicon/types.js";
import { matchPeriods } from "../period/matchPeriod.js";
import { readPeriodOptions } from "../period/periodOptions.js";
import { toPeriod } from "../period/toExtent.js";
import type { Period } from "../period/types.js";

/** A period found in free text: UTF-16 offsets (end exclusive) and the period. @internal */
export interface PeriodSpanLike {
  readonly start: number;
  readonly end: number;
  readonly period: Period;
}

/**
 * The periods of a text, read by the period module's one grammar (the same reading as `parsePeriod`),
 * with relative phrases resolved against `publishedAt`. This is the only place extraction touches the
 * period module: when its public `scanPeriods` is on main, this becomes a call to it. Never throws.
 *
 * @internal
 */
export const findPeriods = (text: string, lang: Lang | undefined, publishedAt: string | undefined): readonly PeriodSpanLike[] => {
  const { ref } = readPeriodOptions({ lang, reference: publishedAt }, false);
  const spans: PeriodSpanLike[] = [];
  try {
    matchPeriods(text, lang, ref, (match) => {
      if (match.result.ok) spans.push({ start: match.start, end: match.end, period: toPeriod(match.result.x, match.text) });
      return true;
    });
  } catch {
    // Extraction never throws on text: a failure of the period reader costs the periods, not the amounts.
    return spans;
  }
  return spans;
};
