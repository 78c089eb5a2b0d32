import { Decimal } from "../decimal.js";
import { find, glued, has, type Found, type ScanContext } from "./scanContext.js";
import { NUM, WORD } from "../text/tokenize.js";

/**
 * Fractions, read only where they cannot be anything else — before a scale word or a unit: "half a
 * million", "a quarter million", "three quarters billion", "two and a half million", "1/4 mile",
 * "3/4 cup". "Half of the people" and "24/7" stay words and identifiers. Only fractions whose decimal
 * terminates are read, so values stay exact ("two thirds" is not). Bounded lookahead.
 *
 * @internal
 */

/** A currency word as written: ISO codes that are also words count only in capitals ("half of all people": "all" is no lek). */
const written = (ctx: ScanContext, found: Found<"currencySuffix">): boolean => {
  if (found.value.upperOnly !== true) return true;
  const text = ctx.text.slice(ctx.tokens[found.start]?.start ?? 0, ctx.tokens[found.end - 1]?.end ?? 0);
  return text === text.toUpperCase();
};

/** A unit word that is a unit by itself: not "in", an inch only in "5 ft 2 in" ("three quarters in a row"). */
const standsAlone = (found: { readonly value: { readonly inCompound?: boolean } }): boolean => found.value.inCompound !== true;

/** A fraction read at a token: its value and the token after it (where the scale or unit starts). */
export interface FractionReading {
  readonly end: number;
  readonly value: Decimal;
}

/** Whether a scale word, a unit or a group word starts at `k` (so that the fraction before it is an amount: "half a dozen"). */
export const amountFollows = (ctx: ScanContext, k: number): boolean => {
  const next = ctx.tokens[k];
  if (next === undefined || next.newline) return false;
  return has(ctx, k, "scale") || find(ctx, k, "unitSuffix", standsAlone) !== undefined || find(ctx, k, "currencySuffix", (f) => written(ctx, f)) !== undefined || has(ctx, k, "group");
};

/**
 * Skips a hyphen written tight between two words: "half-a-billion" is "half a billion". Only tight on
 * both sides, so "half - a" and "half -a" stay apart.
 */
const skipHyphen = (ctx: ScanContext, k: number): number => {
  const hyphen = ctx.tokens[k];
  const next = ctx.tokens[k + 1];
  return hyphen !== undefined && hyphen.key === "-" && !hyphen.space && next !== undefined && !next.space && next.kind === WORD ? k + 1 : k;
};

/** Skips an article written between a fraction and its scale: "half *a* million", "half-a-billion". */
const skipArticle = (ctx: ScanContext, k: number): number => {
  const at = skipHyphen(ctx, k);
  const article = find(ctx, at, "indefiniteOne");
  if (article === undefined) return k;
  if (at === k) return amountFollows(ctx, article.end) ? article.end : k;
  // Hyphenated, before a scale word only: "half-a-billion".
  const end = skipHyphen(ctx, article.end);
  return end > article.end && has(ctx, end, "scale") ? end : k;
};

/**
 * A fraction word at `k`, with an optional article before it: "half", "a quarter", "an eighth".
 *
 * @example
 * ```ts
 * // "half a million" → { value: 0.5, end: before "million" }; "half of them" → undefined
 * ```
 */
/** Chinese classifiers between a number and an added half ("一个半小时"). */
const CLASSIFIERS: ReadonlySet<string> = new Set(["个", "個"]);

/** Whether token `k` is a classifier glued to the number before it ("3个半"). @internal */
export const classifierAt = (ctx: ScanContext, k: number): boolean => {
  const token = ctx.tokens[k];
  return token !== undefined && !token.space && !token.newline && CLASSIFIERS.has(token.key);
};

export const fractionAt = (ctx: ScanContext, k: number): FractionReading | undefined => {
  const article = find(ctx, k, "indefiniteOne");
  const at = article !== undefined && ctx.tokens[article.end]?.newline === false ? article.end : k;
  const word = find(ctx, at, "fraction");
  if (word === undefined) return undefined;
  const end = skipArticle(ctx, word.end);
  return amountFollows(ctx, end) ? { end, value: new Decimal(word.value) } : undefined;
};

/**
 * A fraction after a whole number `whole` ending before `k`: "three *quarters* billion" (a multiple of
 * the fraction) or "two *and a half* million" (added to it).
 */
export const fractionAfter = (ctx: ScanContext, k: number, whole: Decimal): FractionReading | undefined => {
  if (!whole.isInteger()) return undefined;
  // "一个半小时", "3个半小时": the classifier, then the half that is added to the whole (1.5 and 3.5
  // hours), never multiplied as in "three quarters" nor left as "half an hour".
  if (classifierAt(ctx, k)) {
    const half = find(ctx, k + 1, "fraction");
    const next = ctx.tokens[k + 1];
    if (half === undefined || next === undefined || next.space || next.newline) return undefined;
    // Read even with no unit after it ("两个半月": 2.5 months, a count): the whole alone would be 2.
    return { end: half.end, value: whole.plus(half.value) };
  }
  const direct = find(ctx, k, "fraction");
  if (direct !== undefined && ctx.tokens[k]?.newline === false) {
    const end = skipArticle(ctx, direct.end);
    return amountFollows(ctx, end) ? { end, value: whole.times(direct.value) } : undefined;
  }
  const joiner = find(ctx, k, "joiner");
  if (joiner === undefined || joiner.key === "-" || ctx.tokens[k]?.newline !== false) return undefined;
  const part = fractionAt(ctx, joiner.end);
  return part === undefined ? undefined : { end: part.end, value: whole.plus(part.value) };
};

/** Whether 1/`denominator` has a terminating decimal (only the factors 2 and 5). */
const terminates = (denominator: number): boolean => {
  let d = denominator;
  while (d % 2 === 0) d /= 2;
  while (d % 5 === 0) d /= 5;
  return d === 1;
};

const smallInteger = (key: string): number | undefined => {
  if (key.length > 3) return undefined;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return Number(key);
};

/** "1/4" written tight at `k`: small numbers, the denominator at least 2. */
const slashShapeAt = (ctx: ScanContext, k: number): { readonly numerator: number; readonly denominator: number } | undefined => {
  const [top, slash, bottom] = [ctx.tokens[k], ctx.tokens[k + 1], ctx.tokens[k + 2]];
  if (top?.kind !== NUM || slash?.key !== "/" || bottom?.kind !== NUM || !glued(ctx, k, k + 3)) return undefined;
  const numerator = smallInteger(top.key);
  const denominator = smallInteger(bottom.key);
  return numerator === undefined || denominator === undefined || denominator < 2 ? undefined : { numerator, denominator };
};

/**
 * A fraction written with a slash, tight, before a unit or a scale word: "1/4 mile", "3/4 cup", "1/2
 * million". Elsewhere "1/4" may be a date or a score, so it is left alone.
 */
export const slashFractionAt = (ctx: ScanContext, k: number): FractionReading | undefined => {
  const shape = slashShapeAt(ctx, k);
  if (shape === undefined || !terminates(shape.denominator)) return undefined;
  const unit = ctx.tokens[k + 3];
  if (unit === undefined || unit.newline || !(has(ctx, k + 3, "unitSuffix") || has(ctx, k + 3, "currencySuffix") || has(ctx, k + 3, "scale"))) return undefined;
  // Exact: the denominator has only the factors 2 and 5.
  return { end: k + 3, value: new Decimal(shape.numerator).div(shape.denominator) };
};

/**
 * The proper fraction of a mixed number, after its whole: "2 *1/4*", with a unit or not — a whole
 * number and a fraction spaced so are no date. `skip` when the fraction has no exact decimal ("2 1/3"):
 * the whole alone is not the number written. Nothing when more is glued on ("2 1/4/2024").
 */
export const mixedFractionAt = (ctx: ScanContext, k: number): FractionReading | { readonly skip: number } | undefined => {
  const shape = slashShapeAt(ctx, k);
  if (shape === undefined || shape.numerator === 0 || shape.numerator >= shape.denominator) return undefined;
  const after = ctx.tokens[k + 3];
  if (after !== undefined && !after.space && (after.kind === NUM || after.kind === WORD || after.key === "/")) return undefined;
  if (!terminates(shape.denominator)) return { skip: k + 3 };
  return { end: k + 3, value: new Decimal(shape.numerator).div(shape.denominator) };
};

/**
 * A fraction added to a whole number after "and", wherever it stands: "one *and a half*" (1.5), "five
 * *and a quarter*", "twenty *and three fifths*" (20.6), "три *с половиной*" (3.5). A fraction with no exact decimal ("three and a
 * third") is skipped with its whole, which is not the number written.
 */
export const andFractionAfter = (ctx: ScanContext, k: number, whole: Decimal): FractionReading | { readonly skipTo: number } | undefined => {
  if (!whole.isInteger() || ctx.tokens[k]?.newline !== false) return undefined;
  // "три с половиной", "два з чвертю": one phrase.
  const phrase = find(ctx, k, "addedFraction");
  if (phrase !== undefined) return { end: phrase.end, value: whole.plus(phrase.value) };
  const joiner = find(ctx, k, "joiner");
  if (joiner === undefined || joiner.key === "-") return undefined;
  let at = joiner.end;
  let numerator = 1;
  const article = find(ctx, at, "indefiniteOne");
  const number = article === undefined ? find(ctx, at, "number") : undefined;
  if (article !== undefined) at = article.end;
  else if (number !== undefined) {
    const value = new Decimal(number.value);
    if (!value.isInteger() || value.lt(1) || value.gt(1000)) return undefined;
    numerator = value.toNumber();
    at = number.end;
  } else return undefined;
  if (ctx.tokens[at]?.newline !== false) return undefined;
  const word = find(ctx, at, "denominator");
  if (word === undefined) return undefined;
  const after = ctx.tokens[word.end];
  // "two and a third-party", "one and a half-hour": a compound word, not a fraction.
  if (after !== undefined && after.key === "-" && !after.space) return undefined;
  const { parts } = word.value;
  if (numerator >= parts || !terminates(parts)) return { skipTo: word.end };
  return { end: word.end, value: whole.plus(new Decimal(numerator).div(parts)) };
};
