import type { Lang } from "../lexicon/types.js";
import { messages } from "../messages/misuse/input.js";
import { matchPeriods, type PeriodMatch } from "./matchPeriod.js";
import type { Reference, Resolved } from "./resolveSpec.js";

/**
 * Reads text that must be exactly one period: the scan's first match must start at the first token
 * and end at the last. Never throws; the failure carries the message.
 *
 * @internal
 */
export const readWholePeriod = (
  text: string,
  lang: Lang | undefined,
  ref: Reference | undefined,
  fiscalYearStart?: number,
): Resolved & { readonly text: string } => {
  const trimmed = text.trim();
  let first: PeriodMatch | undefined;
  let rest = "";
  let starts = false;
  matchPeriods(trimmed, lang, ref, (match, tokens) => {
    first = match;
    starts = match.start === 0;
    const after = tokens.at(match.tokenEnd);
    rest = after === undefined ? "" : trimmed.slice(after.start);
    return false;
  }, true, fiscalYearStart);
  const found = first as PeriodMatch | undefined;
  if (found === undefined || !starts) return { ok: false, message: messages.badPeriod(text), text: trimmed };
  if (rest !== "") return { ok: false, message: messages.trailingPeriodText(trimmed, rest), text: trimmed };
  return { ...found.result, text: trimmed };
};
