import * as Number_ from "@microsoft/recognizers-text-number";
import * as NumberWithUnit from "@microsoft/recognizers-text-number-with-unit";
import { Decimal } from "../../../src/decimal.js";
import type { Prediction } from "./score.js";
import type { Paragraph } from "./types.js";

// Microsoft Recognizers-Text (JavaScript port) as an extractor for the scorer: the currency, dimension,
// percent and number models, unit-bearing results first, a bare number kept only where no unit-bearing
// result covers it. The peer states no bounds, so each reading is a point. English only.

const DIMENSIONS: Readonly<Record<string, string>> = {
  Ton: "t",
  "Metric ton": "t",
  Kilogram: "kg",
  Kilometer: "km",
  Meter: "m",
  Mile: "mi",
  "Square meter": "m2",
  "Square kilometer": "km2",
  "Square hectometer": "ha",
  Hectare: "ha",
  Acre: "acre",
  "Cubic meter": "m3",
  Liter: "l",
  Barrel: "bbl",
  "Kilometer per hour": "km/h",
  "Mile per hour": "mph",
  Knot: "kn",
  Kilowatt: "kW",
  Megawatt: "MW",
  Gigawatt: "GW",
};

const CURRENCIES: Readonly<Record<string, string>> = { Dollar: "USD", "United States dollar": "USD", Euro: "EUR", "British pound": "GBP", Pound: "GBP" };

interface Result {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly typeName: string;
  readonly resolution?: { readonly value?: string | null; readonly unit?: string; readonly isoCurrency?: string } | null;
}

const culture = NumberWithUnit.Culture.English;

/** The peer's raw results on a text (for timing). */
export const peerResults = (text: string): readonly Result[] => [
  ...(NumberWithUnit.recognizeCurrency(text, culture) as Result[]),
  ...(NumberWithUnit.recognizeDimension(text, culture) as Result[]),
  ...(Number_.recognizePercentage(text, culture) as Result[]),
  ...(Number_.recognizeNumber(text, culture) as Result[]),
];

const unitOf = (r: Result): string => {
  const unit = r.resolution?.unit ?? "";
  if (r.typeName === "currency") return r.resolution?.isoCurrency ?? CURRENCIES[unit] ?? unit;
  if (r.typeName === "dimension") return DIMENSIONS[unit] ?? unit;
  if (r.typeName === "percentage") return "%";
  return "count";
};

const toDecimal = (value: string | null | undefined): Decimal | null => {
  if (value === null || value === undefined) return null;
  try {
    return new Decimal(value.endsWith("%") ? value.slice(0, -1) : value);
  } catch {
    return null;
  }
};

/** The peer's readings of a paragraph as predictions (its `end` is inclusive; ours is not). */
export const peer = (paragraph: Paragraph): readonly Prediction[] => {
  const kept: Prediction[] = [];
  for (const r of peerResults(paragraph.text)) {
    const end = r.end + 1;
    if (kept.some((k) => k.start < end && r.start < k.end)) continue;
    const value = toDecimal(r.resolution?.value);
    if (value === null) continue;
    kept.push({ start: r.start, end, text: r.text, unit: unitOf(r), value, low: value, high: value, bound: "=" });
  }
  return kept.sort((a, b) => a.start - b.start);
};
