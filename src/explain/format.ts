import { cmp, Decimal } from "../decimal.js";
import { explainMessages as m } from "../messages.js";

const SCALES = [12, 9, 6] as const;
// 10^p for each scale, built once: formatting runs for every conflict of a corpus.
const POWERS: ReadonlyMap<number, Decimal> = /* @__PURE__ */ (() => new Map(SCALES.map((p) => [p, new Decimal(10).pow(p)] as const)))();
const powerOf = (p: number): Decimal => POWERS.get(p)!;

const group = (integer: string): string => {
  let out = "";
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) out += ",";
    out += integer[i];
  }
  return out;
};

/** Plain digits with thousands separators and at most `places` decimals (trailing zeros dropped). */
const digits = (value: Decimal, places: number): string => {
  const text = value.toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN).toFixed();
  const negative = text.startsWith("-");
  const start = negative ? 1 : 0;
  // Cut at the point rather than split and destructure: a corpus formats a range for every conflicting group.
  const point = text.indexOf(".", start);
  const int = point < 0 ? text.slice(start) : text.slice(start, point);
  return `${negative ? "−" : ""}${group(int)}${point < 0 ? "" : text.slice(point)}`;
};

/** The scale (power of ten) a magnitude is written with: billions for 9.5e9, none below a million. */
const scaleOf = (value: Decimal): number => {
  const magnitude = value.abs();
  return SCALES.find((p) => cmp(magnitude, powerOf(p)) >= 0) ?? 0;
};

const wrap = (number: string, unit: string): string => {
  const symbol = m.currencySymbols[unit];
  if (symbol !== undefined) return number.startsWith("−") ? `−${symbol}${number.slice(1)}` : `${symbol}${number}`;
  if (unit === "ordinal") return `${number}${m.ordinalSuffix(number)}`;
  const suffix = m.unitSuffix[unit];
  return suffix !== undefined ? `${number}${suffix}` : `${number} ${unit}`;
};

/**
 * A number with its unit for sentences: "$9.5 billion", "1,698.66 km", "23%", "41 billion KZT".
 *
 * @internal
 */
export const formatAmount = (value: Decimal, unit: string): string => {
  const scale = scaleOf(value);
  const scaled = scale === 0 ? value : value.div(powerOf(scale));
  const number = digits(scaled, 2) + (scale === 0 ? "" : ` ${m.scaleWords[scale]}`);
  // Currency symbols go before the number and scale words after it: "$9.5 billion".
  return wrap(number, unit);
};

/**
 * A range for sentences, sharing the scale word when both ends have it: "$31.5–41 billion".
 *
 * @internal
 */
export const formatRange = (low: Decimal, high: Decimal, unit: string): string => {
  // A reconciliation formats its range twice (the note and the estimate's text): Decimals are immutable,
  // so the same two objects in the same unit give the same text.
  if (low === last.low && high === last.high && unit === last.unit) return last.text;
  const text = formatRangeOnce(low, high, unit);
  last = { low, high, unit, text };
  return text;
};

let last: { low: Decimal | null; high: Decimal | null; unit: string; text: string } = { low: null, high: null, unit: "", text: "" };

const formatRangeOnce = (low: Decimal, high: Decimal, unit: string): string => {
  if (cmp(low, high) === 0) return formatAmount(low, unit);
  const scale = scaleOf(high);
  if (scale !== 0 && scaleOf(low) === scale) {
    const p = powerOf(scale);
    return wrap(`${digits(low.div(p), 2)}–${digits(high.div(p), 2)} ${m.scaleWords[scale]}`, unit);
  }
  return `${formatAmount(low, unit)}–${formatAmount(high, unit)}`;
};

/** A share as a percentage with one decimal: 0.231707 → "23.2%". @internal */
export const formatShare = (share: Decimal): string => `${digits(share.times(100), 1)}%`;

/** A ratio with two decimals below 10 ("1.30"), one below 100 ("12.5"), whole numbers above ("1,000"). @internal */
export const formatRatio = (ratio: Decimal): string =>
  ratio.abs().lt(10) ? ratio.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2) : digits(ratio, ratio.abs().lt(100) ? 1 : 0);
