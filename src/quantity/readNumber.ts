import { Decimal, ONE, pow10, ZERO } from "../decimal.js";
import type { BoundWord, Lang } from "../lexicon/types.js";
import { identifierBefore, dateLength } from "./identifiers.js";
import { allDigits, HYPHEN, isSkip, langOf, sameLine, tokenAt, type MentionContext, type Skip } from "./mentionContext.js";
import { decimalOf, type NumberPart } from "./numberPart.js";
import { caretPowerAt, freeDot } from "./readCaretPower.js";
import { readDigits } from "./readDigits.js";
import { digitsAt } from "./readDigitGroups.js";
import { andFractionAfter, classifierAt, fractionAfter, fractionAt, mixedFractionAt, slashFractionAt } from "./readFraction.js";
import { groupAt, vagueGroupAt } from "./readGroup.js";
import { readNumeral } from "./readNumeral.js";
import { fractionOfAt } from "./readShare.js";
import { scaleEndingAt } from "./readScaleWord.js";
import { lastOf, minorCurrencyWordAt } from "./readUnitWord.js";
import { find, glued, has } from "./scanContext.js";
import { HAN, NUM, SYM, WORD } from "../text/tokenize.js";

/** The number of a mention: digits (with their groups, fractions and powers), a numeral in words, or a fraction. */

/** A number read at a token: where it ends, and what the words say about it. @internal */
export interface NumberReading {
  readonly end: number;
  readonly number: NumberPart;
  readonly ordinal: boolean;
  readonly lang: Lang | undefined;
  readonly bound?: BoundWord;
}

/**
 * "a million and a half" is 1.5 million, "3 million and a half" 3.5 million: a fraction after a numeral
 * `value` that ends in a scale word before `k` is a fraction of that scale. Where that is not the only
 * reading — "one billion two hundred million and a half", "three thousand million and a half" (half of
 * which?), a fraction with no exact decimal — the whole is skipped.
 */
const fractionOfScaleAfter = (ctx: MentionContext, k: number, value: Decimal): { readonly end: number; readonly number: NumberPart } | Skip | undefined => {
  const added = andFractionAfter(ctx, k, ZERO);
  if (added === undefined || isSkip(added)) return added;
  const scale = scaleEndingAt(ctx, k);
  const oneScale = scale !== undefined && value.isInteger() && value.lt(pow10(scale + 3));
  // "one billion and a half million" is read as two amounts, as before.
  if (has(ctx, added.end, "scale")) return undefined;
  if (scale === undefined || !oneScale || groupAt(ctx, added.end) !== undefined) return { skipTo: added.end };
  return { end: added.end, number: { kind: "words", value: value.plus(added.value.times(pow10(scale))) } };
};

/** The number at token `k` that `sideAt` reads: digits, a numeral in words, or a fraction. */
export const numberAt = (
  ctx: MentionContext,
  k: number,
  first: boolean,
  atStart: boolean,
): NumberReading | Skip | undefined => {
  const token = tokenAt(ctx, k);
  if (token === undefined) return undefined;
  if (token.key === "." && token.kind === SYM) {
    // ".77", "$.50", "the .25ml liquid": a decimal with no leading zero, where the dot follows no word or number.
    const digits = tokenAt(ctx, k + 1);
    if (digits?.kind !== NUM || digits.space || digits.exponent || !freeDot(ctx, k) || !allDigits(digits.key, 0, digits.key.length)) return undefined;
    return { end: k + 2, number: { kind: "digits", raw: `0.${digits.key}`, exponent: false, leadingZero: false }, ordinal: false, lang: undefined };
  }
  if (token.kind === NUM) {
    // The far end of a range ("2-3") follows its separator tight, which is no identifier.
    if (first && atStart && identifierBefore(ctx, k)) return undefined;
    // ".77e5", ".1,5": digits after a lone dot that is no decimal point this reads are no number of their own.
    if (first && atStart && !token.space && freeDot(ctx, k - 1)) return undefined;
    const slash = slashFractionAt(ctx, k);
    if (slash !== undefined) return { end: slash.end, number: { kind: "decimal", digits: slash.value.toFixed() }, ordinal: false, lang: undefined };
    const date = dateLength(ctx, k);
    if (date > 0) return { skipTo: k + date };
    const digits = digitsAt(ctx, k);
    if (digits === undefined || isSkip(digits)) return digits;
    let end = digits.end;
    if (!token.exponent) {
      const power = caretPowerAt(ctx, k, end, digits.raw);
      if (power !== undefined && "skip" in power) return { skipTo: power.skip };
      if (power !== undefined) {
        const reading = readDigits(power.raw, false);
        if (reading === "too-long") ctx.rejected.push({ start: token.start, end: tokenAt(ctx, power.end - 1)?.end ?? token.end });
        if (typeof reading === "string") return { skipTo: power.end };
        return { end: power.end, number: { kind: "digits", raw: power.raw, exponent: true, leadingZero: false }, ordinal: false, lang: undefined };
      }
    }
    let number: NumberPart = { kind: "digits", raw: digits.raw, exponent: token.exponent, leadingZero: token.key.length > 1 && token.key.charCodeAt(0) === 48 && token.key.charCodeAt(1) !== 46 && token.key.charCodeAt(1) !== 44 };
    let lang: Lang | undefined;
    const suffix = find(ctx, end, "ordinalSuffix");
    if (suffix !== undefined && tokenAt(ctx, end)?.space === false && glued(ctx, end, suffix.end)) return { end: suffix.end, number, ordinal: true, lang: langOf(suffix) };
    // The rarer readings below need the number's value: it is computed only when the token after the
    // digits may begin one of them.
    const next = sameLine(ctx, end);
    if (next !== undefined && !next.space && next.kind === SYM) {
      // "2½ miles": a vulgar fraction written tight after the digits.
      const vulgar = find(ctx, end, "number");
      const whole = vulgar === undefined ? undefined : decimalOf(number);
      if (vulgar !== undefined && whole !== undefined && whole.isInteger()) {
        const part = new Decimal(vulgar.value);
        if (part.gt(0) && part.lt(1)) {
          number = { kind: "decimal", digits: whole.plus(part).toFixed() };
          end = vulgar.end;
        }
      }
    } else if (next !== undefined && next.space && next.kind === NUM && !digits.raw.includes(" ") && allDigits(digits.raw, 0, digits.raw.length) && !token.exponent) {
      // "10 1/2 miles", "2 1/4": a whole number and a proper fraction; "2 1/3" has no exact decimal and
      // is skipped, not read as 2.
      const mixed = mixedFractionAt(ctx, end);
      if (mixed !== undefined && "skip" in mixed) return { skipTo: mixed.skip };
      const whole = mixed === undefined ? undefined : decimalOf(number);
      if (mixed !== undefined && whole !== undefined)
        return { end: mixed.end, number: { kind: "decimal", digits: whole.plus(mixed.value).toFixed() }, ordinal: false, lang };
    }
    // "3 hundred and 21", "2 million 300 thousand": digits inside a numeral in words, read as one.
    const mixed = next !== undefined && (next.space || next.kind === HAN) && number.kind === "digits" ? mixedNumeralAt(ctx, k, end) : undefined;
    if (mixed !== undefined) return mixed;
    // "881 913 (восемьсот восемьдесят одна тысяча девятьсот тринадцать) руб.": the amount spelled out again.
    end = spelledOutAgain(ctx, end, number);
    if (number.kind === "digits" && (has(ctx, end, "fraction") || has(ctx, end, "joiner") || has(ctx, end, "addedFraction") || classifierAt(ctx, end))) {
      const whole = decimalOf(number);
      const fraction = whole === undefined ? undefined : fractionAfter(ctx, end, whole);
      if (fraction !== undefined) return { end: fraction.end, number: { kind: "decimal", digits: fraction.value.toFixed() }, ordinal: false, lang };
      const added = whole === undefined ? undefined : andFractionAfter(ctx, end, whole);
      if (added !== undefined) return isSkip(added) ? added : { end: added.end, number: { kind: "decimal", digits: added.value.toFixed() }, ordinal: false, lang };
    }
    return { end, number, ordinal: false, lang };
  }
  // "dozens of agreements", "десятки тысяч": no number, only the least it can be.
  const vague = vagueGroupAt(ctx, k);
  if (vague !== undefined) return { end: vague.end, number: { kind: "decimal", digits: vague.least.toFixed() }, ordinal: false, lang: langOf(vague), bound: vague.bound };
  const fraction = fractionAt(ctx, k) ?? fractionOfAt(ctx, k);
  if (fraction !== undefined) return { end: fraction.end, number: { kind: "words", value: fraction.value }, ordinal: false, lang: undefined };
  // "a dollar", "above a dollar and 42 cents": an article before a currency word is one of it. Not
  // before measures, where it is an idiom ("a ton of work", "a mile away"), nor "a dollar-based bond".
  const article = find(ctx, k, "indefiniteOne");
  // "a dozen": one group. After a price or a measure it is a rate ("64.2 cents a dozen"), no count.
  if (article !== undefined && groupAt(ctx, article.end) !== undefined) {
    const prev = tokenAt(ctx, k - 1);
    const rate = prev !== undefined && !tokenAt(ctx, k)?.newline && (prev.kind === NUM || lastOf(ctx, k, "currencySuffix") || lastOf(ctx, k, "minorUnit") || lastOf(ctx, k, "unitSuffix"));
    return rate ? { skipTo: article.end + 1 } : { end: article.end, number: { kind: "words", value: ONE }, ordinal: false, lang: langOf(article) };
  }
  if (article !== undefined && sameLine(ctx, article.end)?.kind === WORD) {
    const money = find(ctx, article.end, "currencySuffix", ctx.currencyOk) ?? minorCurrencyWordAt(ctx, article.end);
    const after = money === undefined ? undefined : sameLine(ctx, money.end);
    let words = money !== undefined;
    for (let w = article.end; words && w < (money?.end ?? 0); w++) words = tokenAt(ctx, w)?.kind === WORD;
    // Words only ("a US$4.7 billion" is the symbol of the amount after it), and no hyphen or number after.
    if (words && !(after?.key === HYPHEN && !after.space) && after?.kind !== NUM)
      return { end: article.end, number: { kind: "words", value: ONE }, ordinal: false, lang: langOf(article) };
  }
  // "three hundred and 21": digits may end a numeral in words.
  const numeral = readNumeral(ctx, k, true);
  if (numeral === undefined || isSkip(numeral)) return numeral;
  const lang = langOf(numeral);
  // "one-and-a-half", "two-and-a-half million": a hyphenated mixed number the reader does not take apart;
  // "one" alone would be another number. The glued run is passed over.
  const dash = tokenAt(ctx, numeral.end);
  const word = tokenAt(ctx, numeral.end + 1);
  if (dash?.key === HYPHEN && !dash.space && word !== undefined && !word.space && has(ctx, numeral.end + 1, "joiner")) {
    let end = numeral.end + 2;
    while (tokenAt(ctx, end) !== undefined && tokenAt(ctx, end)?.space === false && tokenAt(ctx, end)?.newline === false) end++;
    return { skipTo: end };
  }
  if (!numeral.ordinal) {
    // "three quarters billion" multiplies a one-word numerator; "two and a half million" adds to a whole
    // that does not end in a scale word ("one billion and a half million" is no 1.0000000005 × 10¹⁵).
    const direct = !has(ctx, numeral.end, "joiner");
    const endsInScale = has(ctx, numeral.end - 1, "scale");
    const more = (direct ? numeral.end - k === 1 || classifierAt(ctx, numeral.end) : !endsInScale) ? fractionAfter(ctx, numeral.end, numeral.value) : undefined;
    if (more !== undefined) return { end: more.end, number: { kind: "words", value: more.value }, ordinal: false, lang };
    const added = endsInScale ? undefined : andFractionAfter(ctx, numeral.end, numeral.value);
    if (added !== undefined) return isSkip(added) ? added : { end: added.end, number: { kind: "words", value: added.value }, ordinal: false, lang };
    const ofScale = endsInScale ? fractionOfScaleAfter(ctx, numeral.end, numeral.value) : undefined;
    if (ofScale !== undefined) return isSkip(ofScale) ? ofScale : { ...ofScale, ordinal: false, lang };
    // "one hundred and three quarters", "twenty-three fifths": the numeral is a fraction's numerator, not
    // a number of its own. "Three quarters" alone may count periods ("for three quarters in a row").
    const hyphen = tokenAt(ctx, numeral.end)?.key === HYPHEN && glued(ctx, numeral.end - 1, numeral.end + 2);
    const at = hyphen ? numeral.end + 1 : numeral.end;
    const denominator = sameLine(ctx, at) === undefined ? undefined : find(ctx, at, "denominator");
    if (denominator !== undefined && (hyphen || denominator.value.period !== true || numeral.end - k > 1)) return { skipTo: denominator.end };
  }
  return { end: numeral.end, number: { kind: "words", value: numeral.value }, ordinal: numeral.ordinal, lang };
};

/**
 * Digits at `k` (ending before `end`) that open a numeral in words: a place word follows ("hundred",
 * "thousand", "万", "千"), and after it more of the numeral — digits, a number word or "and" (after a
 * Chinese multiplier, digits). Else `undefined`, and the digits are read as usual ("3 hundred yuan", "2 million").
 */
const mixedNumeralAt = (ctx: MentionContext, k: number, end: number): { readonly end: number; readonly number: NumberPart; readonly ordinal: false; readonly lang: Lang | undefined } | Skip | undefined => {
  const token = tokenAt(ctx, k);
  if (token === undefined || token.exponent || token.key.length > 3 || !allDigits(token.key, 0, token.key.length) || end !== k + 1) return undefined;
  const multiplier = find(ctx, end, "multiplier");
  const place = multiplier ?? find(ctx, end, "scale");
  const after = place === undefined ? undefined : sameLine(ctx, place.end);
  if (place === undefined || after === undefined || !(after.kind === NUM || has(ctx, place.end, "joiner") || has(ctx, place.end, "number"))) return undefined;
  // A Chinese multiplier takes digits directly ("5千4百"); with words after it, the words are read on their own.
  if (multiplier !== undefined && (ctx.table.bareMultipliers as ReadonlySet<string>).has(multiplier.lang) && after.kind !== NUM) return undefined;
  const numeral = readNumeral(ctx, k, true);
  // "3万50": no honest reading, so none at all rather than 3万 and 50.
  if (numeral !== undefined && isSkip(numeral)) return numeral;
  if (numeral === undefined || numeral.ordinal || numeral.end <= end) return undefined;
  // "3 million and a half".
  const ofScale = has(ctx, numeral.end - 1, "scale") ? fractionOfScaleAfter(ctx, numeral.end, numeral.value) : undefined;
  if (ofScale !== undefined) return isSkip(ofScale) ? ofScale : { ...ofScale, ordinal: false, lang: langOf(numeral) };
  return { end: numeral.end, number: { kind: "words", value: numeral.value }, ordinal: false, lang: langOf(numeral) };
};

/** After digits ending before `k`, a bracketed numeral of the same value is skipped: returns the token after it. */
const spelledOutAgain = (ctx: MentionContext, k: number, number: NumberPart): number => {
  const open = sameLine(ctx, k);
  if (open?.key !== "(") return k;
  const numeral = readNumeral(ctx, k + 1);
  if (numeral === undefined || isSkip(numeral) || numeral.ordinal) return k;
  const scale = find(ctx, numeral.end, "scale");
  const end = scale !== undefined && tokenAt(ctx, scale.end)?.key === ")" ? scale.end : numeral.end;
  const value = scale !== undefined && end === scale.end ? numeral.value.times(pow10(scale.value)) : numeral.value;
  const written = decimalOf(number);
  return tokenAt(ctx, end)?.key === ")" && written !== undefined && written.eq(value) ? end + 1 : k;
};
