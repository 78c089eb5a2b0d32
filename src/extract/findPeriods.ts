import type { Lang } from "../lexicon/types.js";
import { scanPeriodTokens, type PeriodSpan } from "../period/scanPeriods.js";
import { periodTokenWindow } from "../period/tokenStream.js";
import { toPeriodTokens, type PeriodToken } from "../period/toPeriodTokens.js";
import { isSpace } from "../text/charClass.js";
import type { Token } from "../text/tokenize.js";
import { periodAnchors } from "./periodAnchors.js";

/** How far from an amount a period is looked for: beyond the attachment distance, plus a phrase's length. */
const MARGIN = 200;

/** The period tokens of `tokens[from..to)`: the tokens extraction already has, cut as the grammar reads them. */
const periodTokensOf = (text: string, tokens: readonly Token[], from: number, to: number): PeriodToken[] => {
  const out: PeriodToken[] = [];
  for (let t = from; t < to; t++) toPeriodTokens(text, tokens[t] as Token, out);
  return out;
};

/**
 * The periods near the amounts of a text, read by the period module's grammar (the same as
 * `parsePeriod`) over the text's tokens — cut once, by the scan that found the amounts — with relative
 * phrases resolved against `publishedAt`. Only windows around the amounts are read — a period farther
 * away is never attached — which keeps long texts with few amounts cheap — and only windows that hold
 * a period's anchor (a year, a month name…; see `periodAnchors`). Windows end at whitespace so no word
 * is cut. The one place extraction touches the period module. Never throws: the grammar does not.
 *
 * @param spans the amounts, sorted and not overlapping.
 * @param tokens the text's tokens, in order.
 * @internal
 */
export const findPeriods = (
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
  lang: Lang | undefined,
  publishedAt: string | undefined,
  tokens: readonly Token[],
): readonly PeriodSpan[] => {
  const anchors = periodAnchors(tokens);
  if (anchors.length === 0) return [];
  const options = { ...(lang !== undefined ? { lang } : {}), ...(publishedAt !== undefined ? { reference: publishedAt } : {}) };
  if (text.length <= 4 * MARGIN) {
    const all = periodTokensOf(text, tokens, 0, tokens.length);
    return scanPeriodTokens(text, periodTokenWindow(all, 0, all.length), options);
  }
  const out: PeriodSpan[] = [];
  let a = 0;
  let i = 0;
  // The first token of the window and the token after it: windows only move forwards.
  let first = 0;
  let after = 0;
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
    // The tokens wholly inside the window.
    while (first < tokens.length && (tokens[first]?.start ?? 0) < from) first++;
    if (after < first) after = first;
    while (after < tokens.length && (tokens[after]?.end ?? 0) <= to) after++;
    const window = periodTokensOf(text, tokens, first, after);
    const last = out[out.length - 1];
    for (const period of scanPeriodTokens(text, periodTokenWindow(window, 0, window.length), options)) {
      if (last === undefined || period.start >= last.end) out.push(period);
    }
  }
  return out;
};
