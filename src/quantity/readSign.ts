import { EN_DASH, HYPHEN, MINUS, PERCENT_CODE, PLUS, sameLine, tokenAt, type MentionContext } from "./mentionContext.js";
import { lastOf } from "./readUnitWord.js";
import { scaleEndingAt } from "./readScaleWord.js";
import { find, has } from "./scanContext.js";
import { HAN, NUM, SYM } from "../text/tokenize.js";

/** The sign before a number: "-5", "−$5 billion", "fell –5%", and when a dash is none ("2–3", "COVID-19"). */

/**
 * Signs before a number: the hyphen-minus, the minus sign, the en dash (where it cannot be a dash) and
 * the plus sign, which keeps the amount positive and stays in its text ("+5%").
 */
export const SIGNS: ReadonlySet<string> = new Set([HYPHEN, MINUS, EN_DASH, PLUS]);

/** Punctuation after which a sign opens a number: "(-5", "[-5", ":-5", "=-5", "«-5%»". */
const OPENERS: ReadonlySet<string> = new Set(["(", "[", "{", "（", "【", "「", "«", "“", "\"", "'", ":", "：", "=", ",", "，", "、", ";", "；"]);

/**
 * Whether the token before `k` ends a quantity: digits, or a number, scale, unit or currency word
 * ("5 –3", "5 million –3", "50亿美元–60亿美元"). A dash after one may join a range, so it is no sign.
 */
export const quantityBefore = (ctx: MentionContext, k: number): boolean => {
  const prev = tokenAt(ctx, k - 1);
  if (prev === undefined) return false;
  if (prev.kind === NUM || prev.key === PERCENT_CODE) return true;
  if (has(ctx, k - 1, "number") || has(ctx, k - 1, "multiplier") || has(ctx, k - 1, "ordinal")) return true;
  return scaleEndingAt(ctx, k) !== undefined || lastOf(ctx, k, "currencySuffix") || lastOf(ctx, k, "unitSuffix") || lastOf(ctx, k, "minorUnit");
};

/**
 * Whether the sign at `k` makes the number after it negative: written tight to the number or to the
 * currency before it ("-5", "−$5 billion", "-.5"), and not joining words or numbers ("COVID-19", "2-3").
 * A hyphen or minus may follow a space, an opening bracket or punctuation, or Han text ("为-50亿美元");
 * an en dash only where it cannot be a dash between two amounts: at the start of a line, or after a
 * space or punctuation that follows no quantity ("fell –5%", not "3 –5%").
 */
export const signAt = (ctx: MentionContext, k: number): boolean => {
  const head = tokenAt(ctx, k);
  const next = sameLine(ctx, k + 1);
  if (head === undefined || next === undefined || next.space) return false;
  // "-5", "-.5" with no leading zero, "-$5".
  const dotted = next.key === "." && tokenAt(ctx, k + 2)?.kind === NUM && tokenAt(ctx, k + 2)?.space === false;
  // "-$5", "−五十亿美元", "-five million": digits, a currency, or a number word.
  if (next.kind !== NUM && !dotted && find(ctx, k + 1, "currencyPrefix", ctx.currencyOk) === undefined && !has(ctx, k + 1, "number")) return false;
  const prev = tokenAt(ctx, k - 1);
  if (prev === undefined || head.newline) return true;
  // "−5–−3": the far end of a range, after its separator.
  if (head.key !== EN_DASH && head.key !== PLUS && !head.space && prev.kind === SYM && find(ctx, k - 1, "rangeSeparator")?.end === k) return true;
  if (head.key === EN_DASH) return !quantityBefore(ctx, k) && (head.space || OPENERS.has(prev.key) || prev.kind === HAN);
  return head.space || OPENERS.has(prev.key) || (prev.kind === HAN && !quantityBefore(ctx, k));
};
