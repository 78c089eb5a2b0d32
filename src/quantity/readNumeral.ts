import { Decimal, ONE, ZERO, pow10 } from "../decimal.js";
import type { SenseLang } from "./phraseTable.js";
import { find, glued, has, type ScanContext } from "./scanContext.js";
import { HAN, NUM, WORD } from "../text/tokenize.js";

/**
 * Numbers written in words, in every language by one algorithm driven by the lexicons' roles:
 * number words add up ("twenty-five", "сто двадцять п'ять"), multipliers multiply the number before
 * them inside a numeral ("two hundred", "四百一十"), scale words close a section when more words follow
 * ("two million three hundred", "一亿五千万"), and Chinese digits may also be read one by one
 * ("二〇二三"). A scale word that ends the numeral is left to the caller, which treats it like the
 * scale after digits ("two million" = "2 million"). With `digits`, short digit runs stand for number
 * words, as people mix them: "3 hundred and 21", "2 million 300 thousand".
 *
 * A place word no larger than one already read ends the numeral before the number in front of it:
 * "one million and two million" is two numerals (a range's ends), not 1,000,002 million.
 *
 * @internal
 */

/** A numeral read from words. */
export interface NumeralReading {
  /** Token index after the numeral. */
  readonly end: number;
  /** Its value, without a final scale word. */
  readonly value: Decimal;
  readonly ordinal: boolean;
  readonly lang: SenseLang;
}

/** A run of numeral words too long to be a number anyone wrote: skip all of it. */
export interface NumeralSkip {
  readonly skipTo: number;
}

const EN_DASH = "–";

/** Longer numerals are refused, which keeps the work per start position bounded. */
const MAX_TOKENS = 40;

/** Whether `add` fits in the trailing zeros of `base`: 20 + 5, 100 + 20, but not 5 + 7. */
const fits = (base: Decimal, add: Decimal): boolean => {
  if (!base.isInteger() || !add.isInteger() || base.isZero()) return false;
  let zeros = 0;
  let b = base;
  while (b.mod(10).isZero() && zeros < 40) {
    b = b.div(10);
    zeros++;
  }
  return add.lt(pow10(zeros));
};

const isNumberWord = (ctx: ScanContext, k: number): boolean => has(ctx, k, "number") || has(ctx, k, "ordinal");

/** The end of a run of numeral words starting at `k` (for skipping an over-long one). */
const runEnd = (ctx: ScanContext, k: number): number => {
  let i = k;
  while (i < ctx.tokens.length && (has(ctx, i, "number") || has(ctx, i, "multiplier") || has(ctx, i, "scale"))) i++;
  return i;
};

const singleDigit = (value: Decimal): boolean => value.isInteger() && value.gte(0) && value.lt(10);

/** Digits standing for a number word inside a numeral ("3 hundred and 21", "5万4千"): 1–3 plain digits, no leading zero, not joined to what follows. */
const digitWord = (ctx: ScanContext, k: number): Decimal | undefined => {
  const token = ctx.tokens[k];
  if (token === undefined || token.kind !== NUM || token.exponent || token.key.length > 3) return undefined;
  const key = token.key;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  // "one hundred 20-foot containers", "3 hundred 21/22": digits joined to what follows are not the numeral's.
  const next = ctx.tokens[k + 1];
  if (next !== undefined && !next.space && (next.kind === NUM || next.kind === WORD || next.key === "-" || next.key === "/")) return undefined;
  return key.length > 1 && key.charCodeAt(0) === 48 ? undefined : new Decimal(key);
};

/**
 * Reads a numeral in words at token `j`.
 *
 * @example
 * ```ts
 * // "twenty-five" → { value: 25 }, "四百一十亿" → { value: 410 } with 亿 left for the caller,
 * // "twenty-fourth" → { value: 24, ordinal: true }
 * ```
 */
export const readNumeral = (ctx: ScanContext, j: number, digits = false): NumeralReading | NumeralSkip | undefined => {
  const { tokens, table } = ctx;
  let total = ZERO;
  let section = ZERO;
  let pending: Decimal | null = null;
  let lastMult = 99;
  let lastScale = 99;
  let positional: string | null = null;
  let fraction: string | null = null;
  let afterMultiplierOrScale = false;
  // Chinese drops the last place word: "一百五" is 150, "一万三" 13,000 (the digit is one place below).
  let lastPlace: number | undefined;
  let abbreviatedPlace: number | undefined;
  let ordinal = false;
  let lang: SenseLang | undefined;
  let end = -1;
  let count = 0;
  let k = j;
  // Where the numeral stood after its last place word ("hundred", "million"), and its value there.
  let placeEnd = -1;
  let placeValue = ZERO;
  // When that place word was the numeral's first scale word: where it stood and the number before it,
  // so that a range's first end can leave it to the caller ("between *one* million and two million").
  let firstScaleAt = -1;
  let firstScaleBase = ZERO;
  let afterScale = false;
  let lastScaleLang: SenseLang | undefined;
  // Whether the number being read came after "and": "one thousand and two million" is two numerals,
  // where "八千三百一十一亿" is one (a larger scale word multiplies the section before it).
  let afterJoiner = false;
  const numberWord = (i: number): boolean => isNumberWord(ctx, i) || (digits && digitWord(ctx, i) !== undefined);

  while (k < tokens.length) {
    const token = tokens[k];
    if (token === undefined || (k > j && token.newline)) break;
    if (++count > MAX_TOKENS) return { skipTo: Math.max(runEnd(ctx, k), k + 1) };

    const digitValue = digits ? digitWord(ctx, k) : undefined;
    if (digitValue !== undefined) {
      if (fraction !== null || positional !== null || pending !== null) break;
      // Chinese writes digits tight against its place words ("5万4千6百"); elsewhere they stand apart.
      const han = k > j && tokens[k - 1]?.kind === HAN;
      if (k > j && !token.space && !han) break;
      if (!section.isZero() && !digitValue.lt(pow10(lastMult))) break;
      if (!total.isZero() && !digitValue.lt(pow10(lastScale))) break;
      // "4 thousand 3 hundred and 0 are two numbers": nobody writes a zero at the end of a numeral.
      if (k > j && digitValue.isZero()) break;
      const placeAfter = has(ctx, k + 1, "multiplier") || has(ctx, k + 1, "scale");
      // After a Chinese place word of a hundred or more, one digit is the next place down: "3万5"
      // abbreviates 35,000 (as "三万五" does) and is no 30,005. More digits ("3万50": 30,050 or
      // 350,000?) have no honest reading.
      if (han && k === end && !placeAfter && lastPlace !== undefined && lastPlace >= 2) {
        if (token.key.length > 1 || digitValue.isZero()) return { skipTo: k + 1 };
        pending = digitValue;
        abbreviatedPlace = lastPlace;
        end = k + 1;
        break;
      }
      // Right after a scale word, digits belong to the numeral only before a place word of their own
      // ("2 million 300 thousand"); "1 million 250 tonnes" is no 1,000,250 tonnes. In Ukrainian and
      // Russian they go on with it: "3 тысячи 500 рублей" is 3,500 roubles.
      const goesOn = afterScale && lastScaleLang !== undefined && lastScaleLang !== "*" && (table.digitsAfterScale as ReadonlySet<string>).has(lastScaleLang);
      if (((afterScale && !goesOn) || han) && k === end && !placeAfter) break;
      pending = digitValue;
      afterMultiplierOrScale = false;
      afterScale = false;
      lastPlace = undefined;
      abbreviatedPlace = undefined;
      end = k = k + 1;
      continue;
    }

    if (k === j) {
      const one = find(ctx, k, "indefiniteOne");
      if (one !== undefined) {
        const next = tokens[one.end];
        if (next !== undefined && next.space && !next.newline && (has(ctx, one.end, "multiplier") || has(ctx, one.end, "scale"))) {
          pending = ONE;
          lang = one.lang;
          end = k = one.end;
          continue;
        }
        if (!has(ctx, k, "number")) return undefined;
      }
    }

    // "twenty-five" (a dash written tight) and "one hundred and five" ("and" after a multiplier).
    if (k === end && end > j && fraction === null) {
      // An en dash stands where the hyphen does: editors turn "fifty - two" into "fifty – two".
      const joiner = find(ctx, k, "joiner") ?? (token.key === EN_DASH ? { key: "-", end: k + 1 } : undefined);
      if (joiner !== undefined) {
        const tight = glued(ctx, k - 1, joiner.end + 1);
        // "fifty - two": a hyphen written loose between a tens word and a units word is still "fifty-two" —
        // as a range it would run backwards (50–2); a units word that does not fit ("twenty - thirty") breaks.
        const looseTens = pending !== null && pending.gte(20) && pending.lt(100) && pending.mod(10).isZero() && has(ctx, joiner.end, "number");
        const allowed = joiner.key === "-" ? (tight || looseTens) && pending !== null : afterMultiplierOrScale;
        if (allowed && numberWord(joiner.end) && tokens[joiner.end]?.newline !== true) {
          k = joiner.end;
          afterScale = false;
          afterJoiner = true;
          continue;
        }
        break;
      }
    }

    const number = find(ctx, k, "number");
    if (number !== undefined) {
      const v = new Decimal(number.value);
      if (fraction !== null) {
        if (!singleDigit(v)) break;
        fraction += v.toFixed();
      } else if (positional !== null) {
        if (!singleDigit(v)) break;
        positional += v.toFixed();
      } else if (pending !== null) {
        if (
          (table.positionalDigits as ReadonlySet<string>).has(number.lang) &&
          singleDigit(pending) &&
          singleDigit(v) &&
          section.isZero() &&
          total.isZero() &&
          lastMult === 99
        ) {
          positional = pending.toFixed() + v.toFixed();
          pending = null;
        } else if (fits(pending, v)) {
          pending = pending.plus(v);
          abbreviatedPlace = undefined;
        } else break;
      } else if (v.isZero() && (!section.isZero() || !total.isZero())) {
        // 零 holds an empty place: "一百零五". It belongs to the numeral only if a digit follows.
        if (!has(ctx, number.end, "number")) break;
        lastPlace = undefined;
        k = number.end;
        continue;
      } else {
        if (!section.isZero() && !v.lt(pow10(lastMult))) break;
        pending = v;
        abbreviatedPlace = singleDigit(v) && (table.bareMultipliers as ReadonlySet<string>).has(number.lang) ? lastPlace : undefined;
      }
      lang ??= number.lang;
      afterMultiplierOrScale = false;
      lastPlace = undefined;
      end = k = number.end;
      continue;
    }

    const ord = find(ctx, k, "ordinal");
    if (ord !== undefined) {
      if (fraction !== null || positional !== null) break;
      const v = new Decimal(ord.value);
      if (pending !== null) {
        if (!fits(pending, v)) break;
        pending = pending.plus(v);
      } else {
        if (!section.isZero() && !v.lt(pow10(lastMult))) break;
        pending = v;
      }
      lang ??= ord.lang;
      ordinal = true;
      end = ord.end;
      break;
    }

    const multiplier = find(ctx, k, "multiplier");
    if (multiplier !== undefined && fraction === null && positional === null && multiplier.value < lastMult) {
      let base = pending;
      if (base === null && (table.bareMultipliers as ReadonlySet<string>).has(multiplier.lang)) base = ONE;
      if (base === null) break;
      section = section.plus(base.times(pow10(multiplier.value)));
      pending = null;
      lastMult = multiplier.value;
      lastPlace = multiplier.value;
      abbreviatedPlace = undefined;
      lang ??= multiplier.lang;
      afterMultiplierOrScale = true;
      afterScale = false;
      afterJoiner = false;
      firstScaleAt = -1;
      end = k = multiplier.end;
      placeEnd = end;
      placeValue = total.plus(section);
      continue;
    }

    const scale = find(ctx, k, "scale");
    if (scale !== undefined && fraction === null && positional === null && scale.value < lastScale) {
      if (pending === null && section.isZero()) break;
      // A scale word closes a section only when more numeral words follow ("two million three
      // hundred"); at the end of the numeral it is the caller's scale ("two million").
      const next = tokens[scale.end];
      const more = next !== undefined && !next.newline && (numberWord(scale.end) || has(ctx, scale.end, "joiner"));
      if (!more && total.isZero()) break;
      firstScaleAt = total.isZero() ? k : -1;
      firstScaleBase = section.plus(pending ?? ZERO);
      total = total.plus(section.plus(pending ?? ZERO).times(pow10(scale.value)));
      section = ZERO;
      pending = null;
      lastMult = 99;
      lastScale = scale.value;
      lastPlace = scale.value;
      abbreviatedPlace = undefined;
      afterMultiplierOrScale = true;
      afterScale = true;
      afterJoiner = false;
      lastScaleLang = scale.lang;
      lang ??= scale.lang;
      end = k = scale.end;
      placeEnd = end;
      placeValue = total;
      continue;
    }

    const point = find(ctx, k, "decimalPoint");
    if (point !== undefined && fraction === null && positional === null && (pending !== null || !section.isZero())) {
      const digit = find(ctx, point.end, "number");
      if (digit === undefined || !singleDigit(new Decimal(digit.value))) break;
      fraction = "";
      k = point.end;
      continue;
    }
    break;
  }

  if (end < 0 || lang === undefined) return undefined;
  // "one million and two million", "three hundred and five hundred": the numeral stopped at a place word
  // it could not take (the same again, or a larger one after "and"), so the number before that word
  // opens the next numeral.
  if (pending !== null && placeEnd > 0 && fraction === null && positional === null && !ordinal && k < tokens.length && tokens[k]?.newline !== true) {
    const refused = find(ctx, k, "multiplier");
    const refusedScale = find(ctx, k, "scale");
    const again = (place: number, last: number): boolean => place === last || (place > last && afterJoiner);
    if ((refused !== undefined && again(refused.value, lastMult)) || (refusedScale !== undefined && again(refusedScale.value, lastScale)))
      return firstScaleAt > j ? { end: firstScaleAt, value: firstScaleBase, ordinal: false, lang } : { end: placeEnd, value: placeValue, ordinal: false, lang };
  }
  if (pending !== null && abbreviatedPlace !== undefined && abbreviatedPlace >= 2 && fraction === null && positional === null)
    pending = pending.times(pow10(abbreviatedPlace - 1));
  let value: Decimal;
  if (positional !== null) value = new Decimal(positional);
  else {
    const whole = total.plus(section).plus(pending ?? ZERO);
    value = fraction !== null && fraction !== "" && whole.isInteger() ? new Decimal(`${whole.toFixed()}.${fraction}`) : whole;
  }
  return { end, value, ordinal, lang };
};
