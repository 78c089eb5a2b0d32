import { Decimal, ONE, ZERO, pow10 } from "../decimal.js";
import type { SenseLang } from "./phraseTable.js";
import { find, glued, has, type ScanContext } from "./scanContext.js";

/**
 * Numbers written in words, in every language by one algorithm driven by the lexicons' roles:
 * number words add up ("twenty-five", "сто двадцять п'ять"), multipliers multiply the number before
 * them inside a numeral ("two hundred", "四百一十"), scale words close a section when more words follow
 * ("two million three hundred", "一亿五千万"), and Chinese digits may also be read one by one
 * ("二〇二三"). A scale word that ends the numeral is left to the caller, which treats it like the
 * scale after digits ("two million" = "2 million").
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

/**
 * Reads a numeral in words at token `j`.
 *
 * @example
 * ```ts
 * // "twenty-five" → { value: 25 }, "四百一十亿" → { value: 410 } with 亿 left for the caller,
 * // "twenty-fourth" → { value: 24, ordinal: true }
 * ```
 */
export const readNumeral = (ctx: ScanContext, j: number): NumeralReading | NumeralSkip | undefined => {
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

  while (k < tokens.length) {
    const token = tokens[k];
    if (token === undefined || (k > j && token.newline)) break;
    if (++count > MAX_TOKENS) return { skipTo: Math.max(runEnd(ctx, k), k + 1) };

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
      const joiner = find(ctx, k, "joiner");
      if (joiner !== undefined) {
        const tight = glued(ctx, k - 1, joiner.end + 1);
        const allowed = joiner.key === "-" ? tight && pending !== null : afterMultiplierOrScale;
        if (allowed && isNumberWord(ctx, joiner.end) && tokens[joiner.end]?.newline !== true) {
          k = joiner.end;
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
      end = k = multiplier.end;
      continue;
    }

    const scale = find(ctx, k, "scale");
    if (scale !== undefined && fraction === null && positional === null && scale.value < lastScale) {
      if (pending === null && section.isZero()) break;
      // A scale word closes a section only when more numeral words follow ("two million three
      // hundred"); at the end of the numeral it is the caller's scale ("two million").
      const next = tokens[scale.end];
      const more = next !== undefined && !next.newline && (isNumberWord(ctx, scale.end) || has(ctx, scale.end, "joiner"));
      if (!more && total.isZero()) break;
      total = total.plus(section.plus(pending ?? ZERO).times(pow10(scale.value)));
      section = ZERO;
      pending = null;
      lastMult = 99;
      lastScale = scale.value;
      lastPlace = scale.value;
      abbreviatedPlace = undefined;
      afterMultiplierOrScale = true;
      end = k = scale.end;
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
