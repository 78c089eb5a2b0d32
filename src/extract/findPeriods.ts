import type { Lang } from "../lexicon/types.js";
import { scanPeriods, type PeriodSpan } from "../period/scanPeriods.js";
import { isSpace } from "../text/charClass.js";

/** How far from an amount a period is looked for: beyond the attachment distance, plus a phrase's length. */
const MARGIN = 200;

/**
 * The periods near the amounts of a text, read by the period module's scanner (the same grammar as
 * `parsePeriod`) with relative phrases resolved against `publishedAt`. Only windows around the
 * amounts are read — a period farther away is never attached — which keeps long texts with few
 * amounts cheap — and only windows that hold a period's anchor (a year, a month name…; see
 * `periodAnchors`). Windows end at whitespace so no word is cut. The one place extraction
 * touches the period module. Never throws: the period scanner does not.
 *
 * @param spans the amounts, sorted and not overlapping.
 * @param anchors the offsets of the text's period anchors, in order.
 * @internal
 */
export const findPeriods = (
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
  lang: Lang | undefined,
  publishedAt: string | undefined,
  anchors: readonly number[],
): readonly PeriodSpan[] => {
  if (anchors.length === 0) return [];
  const options = { ...(lang !== undefined ? { lang } : {}), ...(publishedAt !== undefined ? { reference: publishedAt } : {}) };
  if (text.length <= 4 * MARGIN) return scanPeriods(text, options);
  const out: PeriodSpan[] = [];
  let a = 0;
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
    // A window with no year, month or other anchor holds no period.
    while (a < anchors.length && (anchors[a] ?? 0) < from) a++;
    if (a >= anchors.length || (anchors[a] ?? 0) >= to) continue;
    const last = out[out.length - 1];
    for (const period of scanPeriods(text.slice(from, to), options)) {
      const shifted = { ...period, start: period.start + from, end: period.end + from };
      if (last === undefined || shifted.start >= last.end) out.push(shifted);
    }
  }
  return out;
};
