import { Decimal, pow10, type Decimal as DecimalType } from "../decimal.js";
import { number } from "../messages/numbers/en.js";
import { englishNumbers } from "../messages/numbers/englishNumbers.js";
import { en } from "../messages/en/index.js";
import type { Locale } from "../messages/en/types.js";
import { renderContext } from "../messages/locale/resolveLocale.js";
import { toCountryCode } from "../explain/countries.js";
import type { SeriesFields } from "../claim/toSeriesKey.js";
import type { Quantity } from "../quantity/types.js";
import { lookUpMetric } from "../metric/resolveMetric.js";
import { memoText } from "../util/memoText.js";

/** A scale word chosen so a group of amounts reads naturally: 41 billion, not 41000000000. @internal */
export interface Scale {
  readonly divisor: DecimalType;
  /** `"billion"`, …, or `""` for none. */
  readonly word: string;
}

// The scale words of English numbers (the one list, in the English locale's number conventions).
const SCALES: readonly Scale[] = /* @__PURE__ */ (() => number.scales.map(([power, word]) => ({ divisor: pow10(power), word })))();
const NONE: Scale = /* @__PURE__ */ (() => ({ divisor: new Decimal(1), word: "" }))();

/** The largest scale at or below the largest magnitude of `values` (finite ones only). @internal */
export const pickScale = (values: readonly (DecimalType | null)[]): Scale => {
  let largest: DecimalType | undefined;
  for (const value of values) if (value !== null && (largest === undefined || value.abs().gt(largest))) largest = value.abs();
  if (largest === undefined) return NONE;
  for (const scale of SCALES) if (largest.gte(scale.divisor)) return scale;
  return NONE;
};

/** Exact decimal text with thousands separators: `1700` → `"1,700"`, `31.45` stays `"31.45"`. @internal */
export const formatDecimal = (value: DecimalType): string => englishNumbers.decimal(value);

/** A unit as a reader sees it: counts and ordinals have none. @internal */
export const unitLabel = (unit: string): string => (unit === "count" || unit === "ordinal" ? "" : unit);

/** `"billion USD"`, `"km"`, `""`. @internal */
export const scaleUnitLabel = (scale: Scale, unit: string): string => [scale.word, unitLabel(unit)].filter((s) => s !== "").join(" ");

/** The interval a quantity allows, in a scale: `[40.5, 41.5]`, `(70, ∞)`. @internal */
export const formatInterval = (quantity: Quantity, scale: Scale): string => {
  const low = quantity.low === null ? "−∞" : formatDecimal(quantity.low.div(scale.divisor));
  const high = quantity.high === null ? "∞" : formatDecimal(quantity.high.div(scale.divisor));
  return `${quantity.lowOpen || quantity.low === null ? "(" : "["}${low}, ${high}${quantity.highOpen || quantity.high === null ? ")" : "]"}`;
};

/** A subject that names a country or union the reader's way ("China" → "Китай"); any other name as given. */
const partyName = (name: string, locale: Locale): string => {
  const code = toCountryCode(name);
  return code === undefined ? name : renderContext(locale).party(code);
};

// A metric resolves once per distinct text; "" when the lexicon does not know it as a whole.
const knownMetric = memoText((metric: string): string => lookUpMetric(metric, undefined) ?? "");

/**
 * A metric the reader's way: outside English, a metric that is wholly one of the metric lexicon's words
 * ("trade turnover", "bilateral trade", "товарообігу") is named by the locale's name for it; any other
 * metric ("value of agreements signed") is printed as the claims write it, never half-translated.
 * English keeps the claims' own words.
 */
const metricLabel = (metric: string, locale: Locale): string => {
  if (locale.code === "en") return metric;
  const id = knownMetric(metric);
  return (id !== "" && Object.hasOwn(locale.explain.metricNames, id) ? locale.explain.metricNames[id] : undefined) ?? metric;
};

/** A qualifier key the reader's way when the locale names it (`window`, `basis`, …); values as written. */
const qualifierKey = (key: string, locale: Locale): string => {
  const norm = key.trim().toLowerCase();
  return (Object.hasOwn(locale.explain.qualifierKeys, norm) ? locale.explain.qualifierKeys[norm] : undefined) ?? key;
};

/**
 * What a series is about: `trade turnover — China & Kazakhstan (scope: goods)`; in English the metric,
 * subjects and qualifiers as the claims give them, in other locales known metrics, parties and qualifier
 * keys in the locale's words. @internal
 */
export const describeSeries = (series: SeriesFields, locale: Locale = en): string =>
  locale.explain.seriesTitle(
    metricLabel(series.metric, locale),
    locale.explain.subjectJoin(locale.code === "en" ? series.subject : series.subject.map((name) => partyName(name, locale)), series.direction),
    Object.keys(series.qualifiers).map((key) => locale.explain.qualifier(qualifierKey(key, locale), series.qualifiers[key] ?? "")),
  );
