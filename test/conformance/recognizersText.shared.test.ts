import { afterAll, describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/extract/extractQuantities.js";
import type { Lang } from "../../src/lexicon/types.js";
import { scanQuantities } from "../../src/quantity/scan.js";
import type { Quantity } from "../../src/quantity/types.js";
import { Decimal } from "../../src/decimal.js";
import { getUnit } from "../../src/units/registry.js";
import { DOLLAR_CODES, difference, fail, pass, printCases, printTallies, readJsonLines, sameNumber, tally, type Outcome, type Tally } from "./harness.js";

/**
 * Adapter for the Microsoft Recognizers-Text spec cases (English and Chinese): currency, dimension,
 * number, percent and number-range models. Our extraction runs over each input; every expected item
 * must be found with the same span, value and unit.
 *
 * Documented differences (counted apart from passes, case by case, each where ours differs on purpose;
 * `CONFORMANCE_VERBOSE=2` prints every one with its input):
 * - "bound word inside our span": ours keeps "about", "over", "more than", "多" inside the mention
 *   (DESIGN: bound words are part of the quantity); Recognizers-Text leaves them outside.
 * - "unit inside our span": the number model reports the bare number of "5 km"; ours reports the
 *   quantity "5 km" with the same value.
 * - "closed range": Recognizers-Text reads "between 20 and 30" as [20, 30); ours as [20, 30].
 * - "range read as one quantity": "eight to 10 feet" is one range here; the peer reports "10 feet".
 * - "a unit named without an amount is not a quantity": the peer reports a bare "dollar" or "人民币";
 *   a mention here always has a value.
 * - "'pm' after a number is a time of day": "2 pm" is not read as picometres.
 * - "degrees name temperatures as often as angles": "90 degrees" is read as neither.
 * - "no exact decimal factor": radians (π) and the mu (666⅔ m²) would need a rounded factor.
 * - "per-millisecond speeds are not units of the registry": "50 km/ms".
 * - "a fraction of a whole is a share in %": "two thirds" is 66.67 % here (a share, rounded to a
 *   hundredth of a per cent when its decimal does not end), 0.666… in the number model; "五分之一" 20 %.
 * - "an unfinished fraction ('二分之') is no number": the peer reads "二" from "还有二分之。".
 *
 * Minor units are exact fractions of their currency here ("50 cents" is 0.50 USD, "2 satoshis"
 * 0.00000002 BTC), so the peer's Cent, Pence, Penny, Sen and Satoshi amounts are compared in their
 * currency; measures are compared after an exact conversion to the peer's unit ("5 ft 2 in" is 62 in
 * here, 5.1666… ft there); a peer value that is a float printed in full is compared to 15 significant
 * digits.
 */

interface Item {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string | null;
  readonly unit: string | null;
  readonly isoCurrency: string | null;
}

interface Case {
  readonly id: string;
  readonly lang: "English" | "Chinese";
  readonly model: string;
  readonly input: string;
  readonly expected: readonly Item[];
  readonly skippedByJavaScript: boolean;
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly quantity: Quantity;
}

const UNIT_NAMES: Readonly<Record<string, string>> = {
  Foot: "ft",
  Meter: "m",
  Mile: "mi",
  Pound: "lb",
  Gallon: "gal",
  Ton: "t",
  "Metric ton": "t",
  Kilogram: "kg",
  Gram: "g",
  Microgram: "ug",
  Dram: "dr",
  Jin: "jin",
  Liang: "liang",
  Inch: "in",
  "Square meter": "m2",
  "Square kilometer": "km2",
  Kilometer: "km",
  Decimeter: "dm",
  Millimeter: "mm",
  Centimeter: "cm",
  Picometer: "pm",
  Barrel: "bbl",
  Ounce: "oz",
  Acre: "acre",
  Kilowatt: "kW",
  Kilocalorie: "kcal",
  Liter: "l",
  Milliliter: "ml",
  "Cubic foot": "ft3",
  Cup: "cup",
  Tablespoon: "tbsp",
  Teaspoon: "tsp",
  "Kilometer per hour": "km/h",
  "Mile per hour": "mph",
  Bit: "bit",
  Kilobit: "kbit",
  Megabit: "Mbit",
  Kilobyte: "kB",
  Megabyte: "MB",
  Hertz: "Hz",
  Megahertz: "MHz",
  Turn: "turn",
};

/** The peer's currency names without an ISO code, as the codes they may mean. */
const CURRENCY_NAMES: Readonly<Record<string, readonly string[]>> = {
  Dollar: [...DOLLAR_CODES],
  Pound: ["GBP"],
  Franc: ["CHF", "FRF", "BEF", "XOF", "XAF"],
  Rupee: ["INR", "PKR", "LKR", "NPR"],
  "Finnish markka": ["FIM"],
  Peseta: ["ESP"],
  "Netherlands guilder": ["NLG"],
  Bitcoin: ["BTC"],
};

/** The peer's minor units, which ours reads as exact fractions of their currency ("50 cents" is 0.50 USD). */
const MINOR_UNITS: Readonly<Record<string, { readonly power: number; readonly codes?: readonly string[] }>> = {
  Cent: { power: -2 },
  Pence: { power: -2, codes: ["GBP"] },
  Penny: { power: -2, codes: ["GBP", "USD"] },
  Sen: { power: -2 },
  Satoshi: { power: -8, codes: ["BTC"] },
};

/** Peer units ours deliberately does not read, each with the reason. */
const NOT_READ: Readonly<Record<string, string>> = {
  Degree: "degrees name temperatures as often as angles: not read as either",
  Radian: "no exact decimal factor (π)",
  Mu: "no exact decimal factor (1 mu = 666⅔ m²)",
  "Meter per millisecond": "per-millisecond speeds are not units of the registry",
  "Centimeter per millisecond": "per-millisecond speeds are not units of the registry",
  "Kilometer per millisecond": "per-millisecond speeds are not units of the registry",
};

/** The item's value in our terms: minor units are converted to their currency, exactly. */
const expectedValue = (item: Item): string | null => {
  const minor = item.unit === null || item.isoCurrency !== null ? undefined : MINOR_UNITS[item.unit];
  if (item.value === null || minor === undefined) return item.value;
  return new Decimal(item.value).times(new Decimal(10).pow(minor.power)).toFixed();
};

const currencyOk = (item: Item, q: Quantity): boolean => {
  if (item.isoCurrency !== null) return q.unit === item.isoCurrency;
  const minor = item.unit === null ? undefined : MINOR_UNITS[item.unit];
  if (minor !== undefined) return minor.codes === undefined ? getUnit(q.unit)?.minorDigits === -minor.power : minor.codes.includes(q.unit);
  const codes = item.unit === null ? undefined : CURRENCY_NAMES[item.unit];
  return codes !== undefined && codes.includes(q.unit);
};

/** Whether our unit measures what the peer's does (values are compared after an exact conversion). */
const dimensionOk = (item: Item, q: Quantity): boolean => {
  const code = item.unit === null ? undefined : UNIT_NAMES[item.unit];
  return code !== undefined && getUnit(code)?.dimension === getUnit(q.unit)?.dimension;
};

/** A value of ours in the peer's unit: "5 ft 2 in" is 62 in here and 5.1666… ft there. */
const inPeerUnit = (item: Item, q: Quantity, value: Decimal | null): Decimal | null => {
  const code = item.unit === null ? undefined : UNIT_NAMES[item.unit];
  const from = getUnit(q.unit)?.factor;
  const to = code === undefined ? undefined : getUnit(code)?.factor;
  if (value === null || code === q.unit || from === null || from === undefined || to === null || to === undefined) return value;
  return value.times(from).div(to);
};

/** A peer's interval such as "[20,30)" or "(30,)". */
const interval = (text: string) => {
  const inner = text.slice(1, -1);
  const [low, high] = inner.split(",");
  return { lowOpen: text.startsWith("("), highOpen: text.endsWith(")"), low: low === "" ? null : low, high: high === "" ? null : high };
};

/** Judges one expected item against our mentions. */
const judge = (input: string, item: Item, found: readonly Found[], model: string): Outcome => {
  const overlapping = found.filter((f) => f.start < item.end && item.start < f.end);
  if (item.value === null) return difference("a unit named without an amount is not a quantity");
  const notRead = item.unit === null || item.isoCurrency !== null ? undefined : NOT_READ[item.unit];
  if (notRead !== undefined) return difference(notRead);
  // "2 pm" after a number is a time of day in news, not picometres.
  if (item.unit === "Picometer" && / pm$/i.test(item.text)) return difference("'pm' after a number is a time of day");
  // Symbols are read in their exact case (issue 15): "mb" is a megabit, a megabyte or a millibar.
  if (item.unit === "Megabit" && / mb$/.test(item.text)) return difference("lower-case 'mb' may be megabits, megabytes or millibars: not read");
  // "还有二分之。": the parts of a fraction whose numerator never comes are no number of their own.
  if (overlapping.length === 0 && input.slice(item.end).replace(/\s/g, "").startsWith("分之")) return difference("an unfinished fraction ('二分之') is no number");
  if (overlapping.length === 0) return fail(`missed ${JSON.stringify(item.text)}`);
  const value = expectedValue(item) ?? item.value;
  for (const f of overlapping) {
    const q = f.quantity;
    let valueOk: boolean;
    const rangeEnd = q.bound === "range" && model !== "NumberRangeModel" && (sameNumber(q.high, value) || sameNumber(q.low, value));
    let rangeDifference = false;
    if (model === "NumberRangeModel") {
      const expected = interval(item.value);
      const lowOk = expected.low === null ? q.low === null : sameNumber(q.low, expected.low);
      const highOk = expected.high === null ? q.high === null : sameNumber(q.high, expected.high);
      valueOk = lowOk && highOk;
      // Openness matters only at a finite end: "(30,)" and "[30,)" differ at 30, not at infinity.
      const lowDiffers = expected.low !== null && q.lowOpen !== expected.lowOpen;
      const highDiffers = expected.high !== null && q.highOpen !== expected.highOpen;
      if (valueOk && (lowDiffers || highDiffers)) {
        if (q.bound === "range") rangeDifference = true;
        else valueOk = false;
      }
    } else if (model === "PercentModel") valueOk = q.unit === "%" && sameNumber(q.value, item.value.replace("%", ""));
    else if (model === "DimensionModel") valueOk = sameNumber(inPeerUnit(item, q, q.value), value);
    else valueOk = sameNumber(q.value, value);
    const unitOk =
      model === "CurrencyModel" ? currencyOk(item, q) : model === "DimensionModel" ? dimensionOk(item, q) : model === "PercentModel" ? q.unit === "%" : true;
    if (rangeEnd && unitOk) return difference("range read as one quantity");
    // "two thirds" is a share here, 66.67 % (66.665–66.675); the number model reports 0.666….
    if (model === "NumberModel" && q.unit === "%" && !valueOk && f.start === item.start && f.end === item.end && q.low !== null && q.high !== null) {
      const share = new Decimal(value).times(100);
      if (share.gte(q.low.minus("1e-12")) && share.lte(q.high.plus("1e-12"))) return difference("a fraction of a whole is a share in %");
    }
    if (!valueOk || !unitOk) continue;
    if (f.start === item.start && f.end === item.end) return rangeDifference ? difference("closed range") : pass;
    if (q.bound === "range" && f.start <= item.start && f.end >= item.end) return difference("range read as one quantity");
    if (f.start <= item.start && f.end >= item.end) {
      const extra = input.slice(f.start, item.start) + input.slice(item.end, f.end);
      const unitInside = (model === "NumberModel" || model === "NumberRangeModel") && q.unit !== "count";
      if (unitInside) return difference("unit inside our span");
      if (q.bound !== "rounded" && q.bound !== "exact" && extra.trim() !== "") return difference("bound word inside our span");
    }
    return fail(`span ${JSON.stringify(input.slice(f.start, f.end))} for ${JSON.stringify(item.text)}`);
  }
  const f = overlapping[0] as Found;
  return fail(`${JSON.stringify(input.slice(f.start, f.end))} read as ${f.quantity.value.toString()} ${f.quantity.unit}, expected ${item.value} ${item.unit ?? item.isoCurrency ?? ""}`);
};

const relevant = (model: string, q: Quantity): boolean => {
  const dimension = getUnit(q.unit)?.dimension;
  if (model === "CurrencyModel") return dimension === "currency";
  if (model === "DimensionModel") return dimension !== "currency" && dimension !== "count" && dimension !== "percent" && dimension !== "ordinal" && dimension !== "ratio";
  if (model === "PercentModel") return dimension === "percent";
  if (model === "NumberRangeModel") return q.bound === "range" || q.bound === "moreThan" || q.bound === "atLeast" || q.bound === "atMost" || q.bound === "lessThan";
  return dimension !== "ordinal";
};

const outcomeOf = (c: Case): Outcome => {
  const lang: Lang = c.lang === "Chinese" ? "zh" : "en";
  // Number models count years too, so they read the scanner's output; the unit models read extraction's.
  const all: readonly Found[] =
    c.model === "CurrencyModel" || c.model === "DimensionModel" ? extractQuantities(c.input, { lang }) : scanQuantities(c.input, { lang });
  const found = all.filter((f) => relevant(c.model, f.quantity));
  if (c.expected.length === 0)
    return found.length === 0 ? pass : fail(`found ${found.map((f) => JSON.stringify(c.input.slice(f.start, f.end))).join(", ")} where none is expected`);
  const outcomes = c.expected.map((item) => judge(c.input, item, found, c.model));
  const failed = outcomes.find((o) => o.kind === "fail");
  if (failed !== undefined) return failed;
  return outcomes.find((o) => o.kind === "difference") ?? pass;
};

/** Pass floors: the counts this version reaches, so a regression fails the suite. */
const FLOORS: Readonly<Record<string, number>> = {
  // 153, not 154: "broke through 10 billion yuan" is now read as a lower bound (a verb of exceeding),
  // so its bound word is inside our span, a documented difference rather than a pass.
  "NumberWithUnit_English_CurrencyModel.jsonl": 153,
  "NumberWithUnit_English_DimensionModel.jsonl": 81,
  "NumberWithUnit_Chinese_CurrencyModel.jsonl": 33,
  "NumberWithUnit_Chinese_DimensionModel.jsonl": 27,
  "Number_English_NumberModel.jsonl": 110,
  "Number_English_PercentModel.jsonl": 11,
  "Number_English_NumberRangeModel.jsonl": 33,
  // 226 since "二分之" with no numerator is no "二" (issue 15: fractions written parts first are shares).
  "Number_Chinese_NumberModel.jsonl": 226,
  "Number_Chinese_PercentModel.jsonl": 89,
  "Number_Chinese_NumberRangeModel.jsonl": 23,
};

describe("conformance: Recognizers-Text", () => {
  const tallies: Tally[] = [];
  afterAll(() => printTallies(tallies));

  it.each(Object.keys(FLOORS))("%s", (file) => {
    const cases = readJsonLines<Case>(`recognizers-text/${file}`);
    const t = tally(
      file,
      cases.map((c) => ({ input: c.input, outcome: outcomeOf(c) })),
    );
    tallies.push(t);
    printCases(file, t);
    expect(t.passed).toBeGreaterThanOrEqual(FLOORS[file] ?? 0);
  });
});
