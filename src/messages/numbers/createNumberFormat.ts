import { cmp, Decimal, pow10 } from "../../decimal.js";

/** A plural category of `Intl.PluralRules`. */
export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";

/**
 * How a locale writes numbers: its separators, its scale words (largest first: "billion" is 10⁹ in
 * English, "亿" 10⁸ in Chinese) and how a number goes with its unit. Part of a {@link Locale}.
 */
export interface NumberConventions {
  /** The BCP 47 tag for `Intl.PluralRules` and `Intl.DisplayNames`: `"en"`, `"uk"`, `"ru"`, `"zh"`. */
  readonly tag: string;
  readonly decimal: string;
  readonly group: string;
  /** Scale words as powers of ten, largest first; an amount at or above one is written with it. */
  readonly scales: readonly (readonly [number, string])[];
  /**
   * A number, its scale word (or `""`) and its unit: "$9.5 billion", "9,5 млрд дол. США", "95亿美元".
   * `plural` is the category of the number as shown, for units that agree with it.
   */
  readonly withUnit: (number: string, scaleWord: string, unit: string, plural: PluralCategory) => string;
  /** A number and its unit in the short form of computed intervals: "1.502–1.602 billion USD", "80.95–84.05 %". */
  readonly intervalUnit: (number: string, scaleWord: string, unit: string, plural: PluralCategory) => string;
  /** Joins the two ends of a range: `"–"`. */
  readonly rangeDash: string;
  /** A share in per cent: "23.2%", "23,2 %". */
  readonly percent: (number: string) => string;
  /** An interval open above: "at least 5" (`open`: "more than 5"). */
  readonly atLeast: (text: string, open: boolean) => string;
  /** An interval open below: "at most 5" (`open`: "less than 5"). */
  readonly atMost: (text: string, open: boolean) => string;
  /** The whole line, an interval open at both ends: "any value". */
  readonly anyValue: string;
}

/** A finite interval or a one-sided one; `null` is unbounded. */
export interface IntervalLike {
  readonly low: Decimal | null;
  readonly high: Decimal | null;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
}

/** Numbers for sentences in one locale: amounts, ranges, shares, ratios and computed intervals. */
export interface NumberFormat {
  /** "$9.5 billion", "1,698.66 km", "23%", "41 billion KZT" (English). */
  readonly amount: (value: Decimal, unit: string) => string;
  /** A range sharing its scale word: "$31.5–41 billion". */
  readonly range: (low: Decimal, high: Decimal, unit: string) => string;
  /** A share in per cent with one decimal: 0.231707 → "23.2%". */
  readonly share: (share: Decimal) => string;
  /** Two decimals below 10 ("1.30"), one below 100, whole numbers above. */
  readonly ratio: (ratio: Decimal) => string;
  /** Exact decimal text with the locale's separators: 1700 → "1,700". */
  readonly decimal: (value: Decimal) => string;
  /** A computed interval, each end rounded outward at its display place: "1.502–1.602 billion USD". */
  readonly interval: (interval: IntervalLike, unit: string) => string;
  /** The plural category of a count, for agreement: 1 → "one", 5 → "many" in Ukrainian. */
  readonly plural: (n: number | Decimal) => PluralCategory;
}

const groupDigits = (integer: string, separator: string): string => {
  let out = "";
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) out += separator;
    out += integer[i];
  }
  return out;
};

/** The place (power of ten) of the last non-zero digit: 25e9 → 9, 80.95 → −2. */
const lastDigitPlace = (value: Decimal): number => (value.isZero() ? Infinity : value.e - (value.sd() - 1));

/**
 * The place (power of ten) to show an interval at: one digit below the leading digit of its width, so
 * [1.502…, 1.601…] bn shows as 1.502–1.602 bn — unless both ends are short decimals that a digit or two
 * more shows exactly ([80.95, 84.05] stays as it is). A one-sided interval shows five significant digits.
 * @internal
 */
export const toDisplayPlace = (interval: IntervalLike): number => {
  const { low, high } = interval;
  if (low !== null && high !== null) {
    const exact = Math.min(lastDigitPlace(low), lastDigitPlace(high));
    const width = high.minus(low);
    if (width.isZero()) return Number.isFinite(exact) ? exact : 0;
    const place = width.e - 1;
    return exact >= place - 2 ? exact : place;
  }
  const end = low ?? high;
  if (end === null || end.isZero()) return 0;
  return Math.max(lastDigitPlace(end), end.e - 4);
};

/**
 * The one number formatter of the library, for a locale's {@link NumberConventions}. Formatters are
 * plain closures over the conventions: no state is kept between calls. @internal
 */
export const createNumberFormat = (c: NumberConventions): NumberFormat => {
  const powers = new Map(c.scales.map(([p]) => [p, pow10(p)] as const));
  const scaleWord = (p: number): string => c.scales.find(([q]) => q === p)?.[1] ?? "";
  const rules = new Intl.PluralRules(c.tag);
  const plural = (n: number | Decimal): PluralCategory =>
    rules.select(typeof n === "number" ? n : Number(n.abs().toFixed())) as PluralCategory;

  /** Digits with the locale's separators and at most `places` decimals (trailing zeros dropped). */
  const digits = (value: Decimal, places: number, grouped = true): string => {
    const text = value.toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN).toFixed();
    const negative = text.startsWith("-");
    const start = negative ? 1 : 0;
    const point = text.indexOf(".", start);
    const int = point < 0 ? text.slice(start) : text.slice(start, point);
    return `${negative ? "−" : ""}${grouped ? groupDigits(int, c.group) : int}${point < 0 ? "" : c.decimal + text.slice(point + 1)}`;
  };
  const scaleOf = (value: Decimal): number => {
    const magnitude = value.abs();
    return c.scales.find(([p]) => cmp(magnitude, powers.get(p)!) >= 0)?.[0] ?? 0;
  };
  const withUnit = (number: string, word: string, unit: string, of: Decimal): string => {
    const negative = number.startsWith("−");
    const text = c.withUnit(negative ? number.slice(1) : number, word, unit, plural(of));
    return negative ? `−${text}` : text;
  };
  const amount = (value: Decimal, unit: string): string => {
    const scale = scaleOf(value);
    const scaled = scale === 0 ? value : value.div(powers.get(scale)!);
    const shown = scaled.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
    return withUnit(digits(scaled, 2), scale === 0 ? "" : scaleWord(scale), unit, shown);
  };
  const range = (low: Decimal, high: Decimal, unit: string): string => {
    if (cmp(low, high) === 0) return amount(low, unit);
    const scale = scaleOf(high);
    if (scale !== 0 && scaleOf(low) === scale) {
      const p = powers.get(scale)!;
      const top = high.div(p).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
      return withUnit(`${digits(low.div(p), 2)}${c.rangeDash}${digits(high.div(p), 2)}`, scaleWord(scale), unit, top);
    }
    return `${amount(low, unit)}${c.rangeDash}${amount(high, unit)}`;
  };
  const interval = (i: IntervalLike, unit: string): string => {
    const place = toDisplayPlace(i);
    let largest = new Decimal(0);
    for (const end of [i.low, i.high]) if (end !== null && end.abs().gt(largest)) largest = end.abs();
    const [power, word] = c.scales.find(([p]) => largest.gte(powers.get(p)!)) ?? [0, ""];
    const places = Math.max(0, power - place);
    const scaled = (value: Decimal, rounding: typeof Decimal.ROUND_FLOOR | typeof Decimal.ROUND_CEIL): Decimal =>
      value.div(pow10(power)).toDecimalPlaces(places, rounding);
    const show = (value: Decimal): string => digits(value, places, false);
    const { low, high } = i;
    if (low !== null && high !== null) {
      const lo = scaled(low, Decimal.ROUND_FLOOR);
      const hi = scaled(high, Decimal.ROUND_CEIL);
      const number = lo.eq(hi) ? show(lo) : `${show(lo)}${c.rangeDash}${show(hi)}`;
      return c.intervalUnit(number, word, unit, plural(hi));
    }
    if (low !== null) {
      const lo = scaled(low, Decimal.ROUND_FLOOR);
      return c.atLeast(c.intervalUnit(show(lo), word, unit, plural(lo)), i.lowOpen);
    }
    if (high !== null) {
      const hi = scaled(high, Decimal.ROUND_CEIL);
      return c.atMost(c.intervalUnit(show(hi), word, unit, plural(hi)), i.highOpen);
    }
    return c.anyValue;
  };
  return Object.freeze({
    amount,
    range,
    share: (share: Decimal) => c.percent(digits(share.times(100), 1)),
    ratio: (ratio: Decimal) =>
      ratio.abs().lt(10)
        ? ratio.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2).replace(".", c.decimal).replace("-", "−")
        : digits(ratio, ratio.abs().lt(100) ? 1 : 0),
    decimal: (value: Decimal) => {
      const text = new Decimal(value).toFixed();
      const negative = text.startsWith("-");
      const [whole = "", fraction] = (negative ? text.slice(1) : text).split(".");
      return `${negative ? "-" : ""}${groupDigits(whole, c.group)}${fraction !== undefined ? `${c.decimal}${fraction}` : ""}`;
    },
    interval,
    plural,
  });
};
