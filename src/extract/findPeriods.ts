import type { Lang } from "../lexicon/types.js";
import { scanPeriods, type PeriodSpan } from "../period/scanPeriods.js";

/** How far from an amount a period is looked for: beyond the attachment distance, plus a phrase's length. */
const MARGIN = 200;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

/**
 * The periods near the amounts of a text, read by the period module's scanner (the same grammar as
 * `parsePeriod`) with relative phrases resolved against `publishedAt`. Only windows around the
 * amounts are read — a period farther away is never attached — which keeps long texts with few
 * amounts cheap. Windows end at whitespace so no word is cut. The one place extraction touches the
 * period module. Never throws: the period scanner does not.
 *
 * @param spans the amounts, sorted and not overlapping.
 * @internal
 */
export const findPeriods = (
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
  lang: Lang | undefined,
  publishedAt: string | undefined,
): readonly PeriodSpan[] => {
  const options = { ...(lang !== undefined ? { lang } : {}), ...(publishedAt !== undefined ? { reference: publishedAt } : {}) };
  if (text.length <= 4 * MARGIN) return scanPeriods(text, options);
  const out: PeriodSpan[] = [];
  let i = 0;
  while (i < spans.length) {
    let from = Math.max(0, (spans[i]?.start ?? 0) - MARGIN);
    let to = Math.min(text.length, (spans[i]?.end ?? 0) + MARGIN);
    // Merge the windows of nearby amounts.
    while (i + 1 < spans.length && (spans[i + 1]?.start ?? 0) - MARGIN <= to) {
      i++;
      to = Math.min(text.length, (spans[i]?.end ?? 0) + MARGIN);
    }
    i++;
    for (let n = 0; n < 40 && from > 0 && !isSpace(text.charCodeAt(from - 1)); n++) from--;
    for (let n = 0; n < 40 && to < text.length && !isSpace(text.charCodeAt(to)); n++) to++;
    const last = out[out.length - 1];
    for (const period of scanPeriods(text.slice(from, to), options)) {
      const shifted = { ...period, start: period.start + from, end: period.end + from };
      if (last === undefined || shifted.start >= last.end) out.push(shifted);
    }
  }
  return out;
};
