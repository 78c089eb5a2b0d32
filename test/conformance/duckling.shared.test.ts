import { afterAll, describe, expect, it } from "vitest";
import { Decimal } from "../../src/decimal.js";
import type { Lang } from "../../src/lexicon/types.js";
import { scanQuantities } from "../../src/quantity/scan.js";
import type { Quantity } from "../../src/quantity/types.js";
import { getUnit } from "../../src/units/registry.js";
import { DOLLAR_CODES, difference, fail, pass, printCases, printTallies, readJson, sameNumber, tally, type Outcome, type Tally } from "./harness.js";

/**
 * Adapter for Facebook Duckling's corpora (EN/RU/UK/ZH money, numerals, quantities, distances,
 * volumes). Each input is one mention; the scanner's widest mention in it must have Duckling's value
 * (or interval) and unit. Duckling's `value` is a float; ours is compared as an exact decimal.
 *
 * Documented differences (counted apart, case by case, each where ours differs on purpose):
 * - "元 is yuan": Duckling leaves 元/块 as an unnamed "Dollar"; ours reads them as CNY.
 * - "a bare 分/角/毛/毫/仙 is not read as money": alone they are minutes and points (五分钟, 十分),
 *   corners (三角形) and hair; ours reads them as money only after 元/块 ("五元三毛") or with 钱.
 * - "個 is read as a classifier": "五個半" is "five and a half dollars" only in spoken Cantonese.
 * - "a 'c' apart from its number is not read as cents": "10 C" is a temperature; "10c" and "10¢" are cents.
 * - "a scale word applies to both ends of a range": "7-9 lakh" is [700000, 900000] here, [7, 900000] there.
 *
 * Minor units are exact fractions of their currency here ("10 cents" is 0.10 USD), so the peer's
 * "Cent" amounts are compared as hundredths of ours; a "Dollar" is any dollar currency; an ambiguous
 * word of ours ("ten pounds": weight or sterling) passes a money case when its candidates hold the
 * currency; a peer value that is a float printed in full is compared to 15 significant digits.
 *
 * Duckling converts masses to grams ("0.002 kg" → 2 Gram); ours keeps the written unit, so values are
 * compared after converting both to the dimension's base unit with the registry's exact factors.
 */

interface Expected {
  readonly kind: "value" | "interval";
  readonly unit?: string;
  readonly value?: number;
  readonly from?: number;
  readonly to?: number;
}

interface Case {
  readonly lang: string;
  readonly dim: string;
  readonly input: string;
  readonly expected: Expected;
}

const UNITS: Readonly<Record<string, string>> = {
  Kilometre: "km",
  Metre: "m",
  Centimetre: "cm",
  Millimetre: "mm",
  Mile: "mi",
  Foot: "ft",
  Inch: "in",
  Yard: "yd",
  Gram: "g",
  Milligram: "mg",
  Kilogram: "kg",
  Ounce: "oz",
  Litre: "l",
  Millilitre: "ml",
  Hectolitre: "hl",
  Gallon: "gal",
  Cup: "cup",
  Tablespoon: "tbsp",
  Teaspoon: "tsp",
};

/** Duckling's currency names without a code, as the codes they may mean. */
const CURRENCY_NAMES: Readonly<Record<string, readonly string[]>> = {
  Dollar: [...DOLLAR_CODES],
  Pound: ["GBP"],
  Dinar: ["IQD", "KWD", "JOD", "BHD", "LYD", "TND", "DZD", "RSD"],
  Riyal: ["SAR", "QAR"],
  Rial: ["IRR", "OMR", "YER"],
};

/** Whether our currency is one the peer's unit may mean; an ambiguous word of ours ("pounds": weight or sterling) counts when its candidates hold it. */
const currencyOk = (unit: string, q: Quantity): boolean => {
  const codes = CURRENCY_NAMES[unit] ?? (getUnit(unit)?.dimension === "currency" ? [unit] : undefined);
  if (codes === undefined) return false;
  return codes.includes(q.unit) || (q.unitCandidates ?? []).some((c) => codes.includes(c));
};

/** The registry unit Duckling's unit name means, if any. */
const codeOf = (dim: string, unit: string | undefined): string | undefined => {
  if (unit === undefined || unit === "Unnamed" || unit === "Dollar" || unit === "Cent") return undefined;
  if (unit === "Pound") return dim === "AmountOfMoney" ? "GBP" : "lb";
  return getUnit(unit)?.dimension === "currency" ? unit : UNITS[unit];
};

/** A value in `code` expressed in `target` (same dimension), exactly; or the value itself. */
const convert = (value: Decimal, code: string, target: string | undefined): Decimal => {
  const from = getUnit(code)?.factor;
  const to = target === undefined ? undefined : getUnit(target)?.factor;
  return from === null || from === undefined || to === null || to === undefined ? value : value.times(from).div(to);
};

const unitOk = (dim: string, unit: string | undefined, q: Quantity): boolean => {
  if (dim === "Numeral") return q.unit === "count" || q.unit === "ordinal";
  if (unit === undefined) return q.unit === "count";
  // Money of no named currency: a bare number, or a word the peer leaves unnamed ("42 bucks", dollars here).
  if (unit === "Unnamed") return q.unit === "count" || (dim === "AmountOfMoney" && getUnit(q.unit)?.dimension === "currency");
  // A cent of no named currency: ours reads it as a hundredth of its currency ("10 cents" is 0.10 USD).
  if (unit === "Cent") return getUnit(q.unit)?.minorDigits === 2;
  if (dim === "AmountOfMoney") return currencyOk(unit, q);
  if (unit === "Pound") return q.unit === "lb";
  const code = UNITS[unit];
  return code === q.unit || (code !== undefined && getUnit(code)?.dimension === getUnit(q.unit)?.dimension);
};

/** Duckling's number in our terms: a cent is a hundredth of its currency. */
const inOurTerms = (unit: string | undefined, value: number | undefined): string | number | undefined =>
  value === undefined || unit !== "Cent" ? value : new Decimal(String(value)).div(100).toFixed();

/**
 * Inputs where ours differs on purpose, each with the reason: checked before judging, so that they are
 * counted apart from passes and failures.
 */
const deliberateDifference = (c: Case, lang: Lang): string | undefined => {
  const { unit } = c.expected;
  // "10 c": a lone spaced "c" is no cent (10 C is a temperature); "10c" and "10¢" are.
  if (unit === "Cent" && /^\d+ c$/.test(c.input)) return "a 'c' apart from its number is not read as cents";
  // 分, 角, 毛 alone are minutes and points (五分钟, 十分), corners (三角形) and hair: money only after 元/块 or with 钱.
  if (lang === "zh" && c.dim === "AmountOfMoney" && unit === "Cent" && !/[元块塊蚊钱錢]/.test(c.input)) return "a bare 分/角/毛/毫/仙 is not read as money";
  // 個 is the classifier of written Chinese ("五個人"); as "dollar" it is spoken Cantonese.
  if (lang === "zh" && c.dim === "AmountOfMoney" && c.input.includes("個")) return "個 is read as a classifier, not as Cantonese 'dollar'";
  return undefined;
};

const judge = (c: Case, lang: Lang): Outcome => {
  const { unit } = c.expected;
  const deliberate = deliberateDifference(c, lang);
  if (deliberate !== undefined) return difference(deliberate);
  const found = scanQuantities(c.input, { lang });
  if (found.length === 0) return fail("nothing found");
  const widest = found.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  const q = widest.quantity;
  const target = codeOf(c.dim, unit);
  const zhYuan = lang === "zh" && unit === "Dollar" && q.unit === "CNY";
  if (!zhYuan && !unitOk(c.dim, unit, q)) return fail(`unit ${q.unit}, expected ${unit ?? "none"}`);
  const e = { ...c.expected, value: inOurTerms(unit, c.expected.value), from: inOurTerms(unit, c.expected.from), to: inOurTerms(unit, c.expected.to) };
  const value = convert(q.value, q.unit, target);
  const low = q.low === null ? null : convert(q.low, q.unit, target);
  const high = q.high === null ? null : convert(q.high, q.unit, target);
  const outcome = (ok: boolean, why: string): Outcome => (!ok ? fail(why) : zhYuan ? difference("元 is yuan") : pass);
  if (e.kind === "value") return outcome(sameNumber(value, e.value), `value ${value.toString()}, expected ${e.value}`);
  const lowOk = e.from === undefined ? low === null : sameNumber(low, e.from);
  const highOk = e.to === undefined ? high === null : sameNumber(high, e.to);
  // "7-9 lakh rupees": the scale word applies to both ends here ([700000, 900000]), to the far end only there.
  if (!lowOk && highOk && low !== null && e.from !== undefined && q.bound === "range") {
    const ratio = low.div(new Decimal(String(e.from)));
    if (ratio.gte(1000) && ratio.eq(new Decimal(10).pow(ratio.log(10).round()))) return difference("a scale word applies to both ends of a range");
  }
  return outcome(lowOk && highOk, `interval [${low?.toString() ?? "-∞"}, ${high?.toString() ?? "∞"}], expected [${e.from ?? "-∞"}, ${e.to ?? "∞"}]`);
};

/** Pass floors: the counts this version reaches, so a regression fails the suite. */
const FLOORS: Readonly<Record<string, number>> = {
  "AmountOfMoney_EN.json": 143,
  "AmountOfMoney_RU.json": 97,
  "AmountOfMoney_ZH.json": 7,
  "Numeral_EN.json": 79,
  "Numeral_RU.json": 71,
  "Numeral_UK.json": 46,
  "Numeral_ZH.json": 101,
  "Quantity_EN.json": 36,
  "Quantity_RU.json": 11,
  "Quantity_ZH.json": 15,
  "Distance_EN.json": 25,
  "Distance_RU.json": 19,
  "Distance_ZH.json": 38,
  "Volume_EN.json": 45,
  "Volume_RU.json": 8,
  "Volume_ZH.json": 36,
};

describe("conformance: Duckling", () => {
  const tallies: Tally[] = [];
  afterAll(() => printTallies(tallies));

  it.each(Object.keys(FLOORS))("%s", (file) => {
    const cases = readJson<Case[]>(`duckling/${file}`);
    const lang = (file.slice(-7, -5).toLowerCase()) as Lang;
    const t = tally(file, cases.map((c) => ({ input: c.input, outcome: judge(c, lang) })));
    tallies.push(t);
    printCases(file, t);
    expect(t.passed).toBeGreaterThanOrEqual(FLOORS[file] ?? 0);
  });
});
