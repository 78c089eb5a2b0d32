import { Decimal } from "../decimal.js";
import type { SenseLang } from "./phraseTable.js";
import { amountFollows } from "./readFraction.js";
import { readNumeral } from "./readNumeral.js";
import { find, glued, has, phraseIn, type ScanContext } from "./scanContext.js";
import { HAN, NUM, SYM } from "../text/tokenize.js";

/**
 * Shares of a whole written as fractions: "three-quarters of exports", "a third of", "half the",
 * "two-thirds", "дві третини", "треть экспорта". They are percentages (unit `%`), never the bare
 * numerator ("three-quarters" is not 3). Where the words make an amount instead ("half a million",
 * "three quarters billion") the fraction readers of `readFraction.ts` take them; where a fraction has
 * no exact decimal before a scale or unit ("two thirds of a million") nothing is read at all.
 * Bounded lookahead: a numerator, a hyphen, a denominator and the word after.
 *
 * @internal
 */

/** A share read at a token: `numerator` of `parts` parts, ending before token `end`. */
export interface ShareReading {
  readonly end: number;
  readonly numerator: number;
  readonly parts: number;
  readonly lang: SenseLang;
}

/** A fraction that is neither a share nor an amount (an improper one, or one of an amount): skip it all. */
export interface ShareSkip {
  readonly skipTo: number;
}

/** Whether a number, a scale word or money starts at `k`: "two-thirds *of $30 billion*", "three quarters *of 2024*". */
const amountAt = (ctx: ScanContext, k: number): boolean => {
  const token = ctx.tokens[k];
  if (token === undefined || token.newline) return false;
  return token.kind === NUM || has(ctx, k, "number") || has(ctx, k, "scale") || has(ctx, k, "currencyPrefix");
};

/** Whether a scale, a unit or a group word follows at `k`, maybe after an article: "half *a million*", "half *a dozen*". */
const amountAfter = (ctx: ScanContext, k: number): boolean => amountFollows(ctx, find(ctx, k, "indefiniteOne")?.end ?? k);

/** Fraction words read at a token: a numerator (if any) and a denominator, ending before `end`. */
interface FractionWords {
  readonly numerator: number | undefined;
  /** The numerator is an article ("a third"). */
  readonly article: boolean;
  /** Numerator and denominator are joined by a tight hyphen ("three-quarters"). */
  readonly hyphen: boolean;
  /** The denominator's first token. */
  readonly at: number;
  readonly end: number;
  readonly parts: number;
  readonly alone: boolean;
  readonly period: boolean;
  readonly lang: SenseLang;
}

/** A numerator ("two", "дві", "a", maybe hyphenated) and a denominator at `k`, or none. Not after an ordinal: "the first half". */
const fractionWordsAt = (ctx: ScanContext, k: number): FractionWords | undefined => {
  const { tokens } = ctx;
  const first = tokens[k];
  if (first === undefined || first.kind === NUM) return undefined;
  if (k > 0 && tokens[k - 1]?.newline === false && !first.newline && has(ctx, k - 1, "ordinal")) return undefined;
  // "一半": a word of several tokens that is one part alone, though it begins with a number word.
  const whole = find(ctx, k, "denominator");
  if (whole !== undefined && whole.end > k + 1 && whole.value.alone === true) {
    const { parts, period } = whole.value;
    return { numerator: undefined, article: false, hyphen: false, at: k, end: whole.end, parts, alone: true, period: period === true, lang: whole.lang };
  }
  let numerator: number | undefined;
  let article = false;
  let at = k;
  const number = find(ctx, k, "number");
  if (number !== undefined) {
    const value = new Decimal(number.value);
    if (!value.isInteger() || value.lt(1) || value.gt(1000)) return undefined;
    numerator = value.toNumber();
    at = number.end;
  } else {
    const one = find(ctx, k, "indefiniteOne");
    if (one !== undefined) {
      numerator = 1;
      article = true;
      at = one.end;
    }
  }
  let hyphen = false;
  if (numerator !== undefined) {
    if (tokens[at]?.key === "-" && glued(ctx, at - 1, at + 2)) {
      hyphen = true;
      at++;
    } else if (tokens[at]?.space !== true) return undefined;
    if (tokens[at] === undefined || tokens[at]?.newline === true) return undefined;
  }
  const word = find(ctx, at, "denominator");
  if (word === undefined) return undefined;
  // "a fifth-generation fighter", "the third-largest": an adjective, not a fraction.
  const after = tokens[word.end];
  if (after !== undefined && after.key === "-" && !after.space) return undefined;
  const { parts, alone, period } = word.value;
  return { numerator, article, hyphen, at, end: word.end, parts, alone: alone === true, period: period === true, lang: word.lang };
};

/** The "of" after fraction words, and where what follows it starts (after an article: "of *a* million"). */
const ofAfter = (ctx: ScanContext, end: number): { readonly of: boolean; readonly whole: number } => {
  const after = ctx.tokens[end];
  const of = after === undefined || after.newline ? undefined : find(ctx, end, "shareOf");
  const at = of?.end ?? end;
  return { of: of !== undefined, whole: find(ctx, at, "indefiniteOne")?.end ?? at };
};

/**
 * The share that starts at token `k`, if the words there are one.
 *
 * - a numerator: a number word ("two", "дві") or an article ("a", "an"), then maybe a tight hyphen;
 *   or none, for words that are one part alone ("half", "треть");
 * - a denominator ("thirds", "quarters", "третини");
 * - where the language has words like "of": with an article or no numerator, and for "quarters"
 *   written apart, the share needs one after it ("a third of", "half the", "three quarters of") —
 *   "a third term" is an ordinal and "the first three quarters" a period.
 *
 * Not after an ordinal ("the first half", "у першій половині"): that is a period.
 */
export const shareAt = (ctx: ScanContext, k: number): ShareReading | ShareSkip | undefined => {
  const parted = partsShareAt(ctx, k);
  if (parted !== undefined) return parted;
  const words = fractionWordsAt(ctx, k);
  if (words === undefined) return undefined;
  const { numerator, parts, end } = words;
  // "half a million", "three quarters billion" are amounts (readFraction.ts); "two thirds billion" and
  // "three-quarters billion" no amount this reads.
  if (amountAfter(ctx, end)) return has(ctx, words.at, "fraction") && !words.hyphen ? undefined : { skipTo: end };
  const { of, whole } = ofAfter(ctx, end);
  // "a quarter of a mile", "tenth of a gallon": an amount, read by fractionOfAt.
  if (of && terminates(parts) && (numerator ?? 1) < parts && amountFollows(ctx, whole)) return undefined;
  if (numerator === undefined && !words.alone) return undefined;
  const needsOf = ctx.table.shareOfLangs.has(words.lang) && (words.article || numerator === undefined || (words.period && !words.hyphen));
  // "fell by a third", "by half", and a share that is all its line says ("a third", "almost half"): no
  // ordinal or idiom is left to mean. Not a period word: "delayed by a quarter" may be three months.
  if (needsOf && !of && (words.period || !(afterByWord(ctx, k) || aloneOnLine(ctx, k, end)))) return undefined;
  // "two-thirds of $30 billion", "three quarters of 2024": the amount after "of" is read by itself. But
  // "two thirds of a million" is no million: it is skipped with the fraction. Where no "of" is written
  // ("половина 2024 года") the same holds right after the fraction.
  if (amountAt(ctx, whole) || amountFollows(ctx, whole)) {
    const scale = whole > (of ? end + 1 : end) ? (find(ctx, whole, "scale") ?? find(ctx, whole, "unitSuffix") ?? find(ctx, whole, "currencySuffix")) : undefined;
    return { skipTo: scale?.end ?? end };
  }
  // "twenty third", "twenty-third" are ordinals; "five thirds" no share of a whole.
  if ((numerator ?? 1) >= parts) return has(ctx, words.at, "ordinal") ? undefined : { skipTo: end };
  return { end, numerator: numerator ?? 1, parts, lang: words.lang };
};

/** The first token of a bound word that ends right before `k` ("almost", "more than"), or `k`. */
const boundStart = (ctx: ScanContext, k: number): number => {
  for (let from = k - 1; from >= Math.max(0, k - ctx.table.maxTokens); from--) if (ctx.tokens[from + 1]?.newline === false && find(ctx, from, "boundPrefix")?.end === k) return from;
  return k;
};

/** Whether a by-word ("by", "на") stands right before the share at `k`, or before its bound word ("by almost a third"). */
const afterByWord = (ctx: ScanContext, k: number): boolean => {
  const head = boundStart(ctx, k);
  const token = ctx.tokens[head];
  return head > 0 && token !== undefined && !token.newline && phraseIn(ctx, head - 1, ctx.table.byWords, 1) === head;
};

/** Most punctuation tokens that may follow a share alone on its line ("a third.", "half!"). */
const TRAILING_PUNCTUATION = 3;

/** Whether the share at `k`..`end - 1` (with its bound word) is all its line holds, but for punctuation. */
const aloneOnLine = (ctx: ScanContext, k: number, end: number): boolean => {
  const head = boundStart(ctx, k);
  if (head > 0 && ctx.tokens[head]?.newline !== true) return false;
  for (let t = end; t < end + TRAILING_PUNCTUATION + 1; t++) {
    const token = ctx.tokens[t];
    if (token === undefined || token.newline) return true;
    if (token.kind !== SYM || ctx.table.trie.next.has(token.key)) return false;
  }
  return false;
};

/** A whole number at `k` written in digits or words ("3", "三", "двадцять"), at most 1,000, with the token after it. */
const wholeAt = (ctx: ScanContext, k: number): { readonly end: number; readonly value: number } | undefined => {
  const token = ctx.tokens[k];
  if (token === undefined) return undefined;
  if (token.kind === NUM) {
    const key = token.key;
    if (key.length > 4) return undefined;
    for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) < 48 || key.charCodeAt(i) > 57) return undefined;
    return { end: k + 1, value: Number(key) };
  }
  const numeral = readNumeral(ctx, k);
  if (numeral === undefined || "skipTo" in numeral || numeral.ordinal || !numeral.value.isInteger() || numeral.value.gt(1000)) return undefined;
  return { end: numeral.end, value: numeral.value.toNumber() };
};

/** Most tokens of the parts' numeral before "分之" ("一百二十分之一"): a cheap look before reading it. */
const PARTS_REACH = 6;

/** Whether a word of {@link QuantityWords.partsOf} starts within reach after `k`, on the same line. */
const partsOfAhead = (ctx: ScanContext, k: number): boolean => {
  for (let t = k + 1; t <= k + PARTS_REACH; t++) {
    const token = ctx.tokens[t];
    if (token === undefined || token.newline || (token.kind !== HAN && token.kind !== NUM)) return false;
    if (phraseIn(ctx, t, ctx.table.partsOf) !== undefined) return true;
  }
  return false;
};

/**
 * A share written parts first: "三分之一" (one of three parts, 33.33 %), "五分之二" (40 %), "3分之1". An
 * improper one ("三分之五"), or one of an amount ("三分之一吨"), is skipped whole: neither number alone is meant.
 */
const partsShareAt = (ctx: ScanContext, k: number): ShareReading | ShareSkip | undefined => {
  // Only Chinese writes shares so, in digits or Han numerals: other tokens need no numeral read.
  const kind = ctx.tokens[k]?.kind;
  if (ctx.table.partsOf.size === 0 || (kind !== NUM && kind !== HAN) || !partsOfAhead(ctx, k)) return undefined;
  const parts = wholeAt(ctx, k);
  const of = parts === undefined || ctx.tokens[parts.end]?.newline !== false ? undefined : phraseIn(ctx, parts.end, ctx.table.partsOf);
  if (parts === undefined || of === undefined) return undefined;
  const numerator = ctx.tokens[of]?.newline === false ? wholeAt(ctx, of) : undefined;
  if (numerator === undefined) return { skipTo: of };
  const after = ctx.tokens[numerator.end];
  // "三分之一点五" goes on with a decimal: no share this reads.
  const more = after !== undefined && !after.newline && (after.kind === NUM || has(ctx, numerator.end, "decimalPoint") || amountFollows(ctx, numerator.end));
  if (more || numerator.value < 1 || numerator.value >= parts.value) return { skipTo: numerator.end };
  return { end: numerator.end, numerator: numerator.value, parts: parts.value, lang: "zh" };
};

/**
 * A fraction of a unit or a scale at `k`, as an amount: "a quarter of a mile" (0.25 mi), "three
 * quarters of a million" (750,000), "tenth of a gallon", "half of a dozen". Returns the fraction's
 * value and the token where the unit or scale starts; only fractions with an exact decimal.
 */
export const fractionOfAt = (ctx: ScanContext, k: number): { readonly end: number; readonly value: Decimal } | undefined => {
  const words = fractionWordsAt(ctx, k);
  if (words === undefined) return undefined;
  const numerator = words.numerator ?? 1;
  if (numerator >= words.parts || !terminates(words.parts)) return undefined;
  const { of, whole } = ofAfter(ctx, words.end);
  if (!of || !amountFollows(ctx, whole)) return undefined;
  return { end: whole, value: new Decimal(numerator).div(words.parts) };
};

/** Whether `parts` divides a power of ten, so that its shares are exact decimals. */
const terminates = (parts: number): boolean => {
  let d = parts;
  while (d % 2 === 0) d /= 2;
  while (d % 5 === 0) d /= 5;
  return d === 1;
};

/**
 * A share as a percentage, in digits: exact when it terminates ("75", "12.5"); else to a hundredth of a
 * per cent, rounded the way that keeps the bound honest — down for a lower bound ("more than a third"
 * is more than 33.33 %), up for an upper one ("less than a third" is less than 33.34 %), to the nearest
 * otherwise ("a third" is 33.33 % rounded, which allows 33.325–33.335).
 */
export const shareDigits = (share: { readonly numerator: number; readonly parts: number }, direction: "down" | "up" | "nearest"): { readonly digits: string; readonly exact: boolean } => {
  const value = new Decimal(100 * share.numerator).div(share.parts);
  if (terminates(share.parts)) return { digits: value.toFixed(), exact: true };
  const rounding = direction === "down" ? Decimal.ROUND_FLOOR : direction === "up" ? Decimal.ROUND_CEIL : Decimal.ROUND_HALF_EVEN;
  return { digits: value.toDecimalPlaces(2, rounding).toFixed(2), exact: false };
};
