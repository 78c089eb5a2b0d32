import { Decimal, type Decimal as DecimalType } from "../decimal.js";
import type { SeriesFields } from "../claim/toSeriesKey.js";
import type { Quantity } from "../quantity/types.js";

/** A scale word chosen so a group of amounts reads naturally: 41 billion, not 41000000000. @internal */
export interface Scale {
  readonly divisor: DecimalType;
  /** `"billion"`, …, or `""` for none. */
  readonly word: string;
}

const SCALES: readonly Scale[] = /* @__PURE__ */ (() => [
  { divisor: new Decimal("1e12"), word: "trillion" },
  { divisor: new Decimal("1e9"), word: "billion" },
  { divisor: new Decimal("1e6"), word: "million" },
])();
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
export const formatDecimal = (value: DecimalType): string => {
  const text = new Decimal(value).toFixed();
  const negative = text.startsWith("-");
  const [whole = "", fraction] = (negative ? text.slice(1) : text).split(".");
  let grouped = "";
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ",";
    grouped += whole[i];
  }
  return `${negative ? "-" : ""}${grouped}${fraction !== undefined ? `.${fraction}` : ""}`;
};

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

/** What a series is about: `trade turnover — China & Kazakhstan (scope: goods)`. @internal */
export const describeSeries = (series: SeriesFields): string => {
  const subject = series.subject.join(series.direction ? " → " : " & ");
  const qualifiers = Object.entries(series.qualifiers)
    .map(([key, value]) => `${key}: ${value}`)
    .join(", ");
  return `${series.metric}${subject === "" ? "" : ` — ${subject}`}${qualifiers === "" ? "" : ` (${qualifiers})`}`;
};
