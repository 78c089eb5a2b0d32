import { decimalOf, type NumberPart } from "./numberPart.js";
import { allDigits, PERCENT, sameLine, type MentionContext, type Skip, isSkip } from "./mentionContext.js";
import { ROLE_BIT } from "./phraseTable.js";
import { find, has } from "./scanContext.js";
import { groupAt } from "./readGroup.js";
import { identifierAfter } from "./identifiers.js";
import { numberAt } from "./readNumber.js";
import { scaleAt } from "./readScaleWord.js";
import type { ShareNode } from "./syntaxNode.js";
import { NUM, WORD, type Token } from "../text/tokenize.js";
import { Decimal } from "../decimal.js";

/** Ratios: "3 out of 10" is a share (30 %), like "three-tenths"; "one in five" 20 %. */

/** A plural of a place or scale word that is no word of the lexicons: "hundreds", "thousands". */
export const pluralPlace = (ctx: MentionContext, token: Token): boolean => {
  if (token.kind !== WORD || !token.key.toLowerCase().endsWith("s")) return false;
  const entry = ctx.table.phrases.get(token.key.toLowerCase().slice(0, -1));
  return entry !== undefined && (entry.mask & (ROLE_BIT.multiplier | ROLE_BIT.scale)) !== 0;
};

/**
 * The longest ratio phrase of one to three words at `k` ("out of", "out of every", "in"): the token after
 * it, and whether it is a loose one (a preposition too, see {@link QuantityWords.looseRatioWords}).
 */
export const ratioAt = (ctx: MentionContext, k: number): { readonly end: number; readonly loose: boolean } | undefined => {
  const { ratioWords, looseRatioWords } = ctx.table;
  if (ratioWords.size === 0 && looseRatioWords.size === 0) return undefined;
  let key = "";
  let found: { readonly end: number; readonly loose: boolean } | undefined;
  for (let n = 0; n < 3; n++) {
    const token = sameLine(ctx, k + n);
    if (token === undefined || token.kind !== WORD) break;
    key += (n === 0 ? "" : " ") + token.key.toLowerCase();
    if (ratioWords.has(key)) found = { end: k + n + 1, loose: false };
    else if (looseRatioWords.has(key)) found = { end: k + n + 1, loose: true };
  }
  return found;
};

/** The largest whole a ratio is read against ("3 out of 10"): its percentage stays exact to compute. */
const MAX_RATIO_PARTS = /* @__PURE__ */ new Decimal(1_000_000_000);

/**
 * The share of "3 out of 10" from `j`, the ratio phrase ending before `at`: 30 %, like "three-tenths".
 * Anything less plain — no whole number after the phrase, a scale or unit on it, a decimal, a numerator
 * above the whole, money — is no mention at all, and both numbers are skipped.
 */
export const ratioShareAt = (ctx: MentionContext, j: number, at: number, numerator: NumberPart | undefined, loose = false): ShareNode | Skip => {
  const whole = sameLine(ctx, at) === undefined ? undefined : numberAt(ctx, at, false, false);
  if (whole === undefined) return { skipTo: at };
  if (isSkip(whole)) return whole;
  // "1 in 2023": after a loose ratio word, four digits are a year.
  if (loose && whole.number.kind === "digits" && whole.number.raw.length === 4 && allDigits(whole.number.raw, 0, 4)) return { skipTo: whole.end };
  const part = numerator === undefined ? undefined : decimalOf(numerator);
  const parts = whole.ordinal || whole.bound !== undefined ? undefined : decimalOf(whole.number);
  const end = whole.end;
  const after = sameLine(ctx, end);
  // Nothing may hang on the whole: "two out of five hundreds" is no 40 %.
  const plain =
    after === undefined ||
    (after.kind !== NUM && !pluralPlace(ctx, after) && scaleAt(ctx, end, false) === undefined && !has(ctx, end, "multiplier") && !has(ctx, end, "number") && !has(ctx, end, "fraction") &&
      find(ctx, end, "unitSuffix") === undefined && find(ctx, end, "currencySuffix") === undefined && groupAt(ctx, end) === undefined);
  if (part === undefined || parts === undefined || !plain || identifierAfter(ctx, end) || !part.isInteger() || !parts.isInteger() || part.lt(1) || part.gt(parts) || parts.gt(MAX_RATIO_PARTS))
    return { skipTo: end };
  return { kind: "share", start: j, end, number: { kind: "decimal", digits: "0" }, negative: false, scale: undefined, shift: 0, unit: PERCENT, bound: undefined, lang: undefined, share: { numerator: part.toNumber(), parts: parts.toNumber() } };
};
