import { afterAll, describe, expect, it } from "vitest";
import type { Decimal } from "../../src/decimal.js";
import type { Lang } from "../../src/lexicon/types.js";
import { scanQuantities } from "../../src/quantity/scan.js";
import type { Quantity } from "../../src/quantity/types.js";
import { getUnit } from "../../src/units/registry.js";
import { DOLLAR_CODES, difference, fail, pass, printTallies, readJson, sameNumber, tally, type Outcome, type Tally } from "./harness.js";

/**
 * Adapter for Facebook Duckling's corpora (EN/RU/UK/ZH money, numerals, quantities, distances,
 * volumes). Each input is one mention; the scanner's widest mention in it must have Duckling's value
 * (or interval) and unit. Duckling's `value` is a float; ours is compared as an exact decimal.
 *
 * Documented differences (counted apart, case by case):
 * - "unit outside the registry": cents, dinars, rials, cups, millilitres and currencies such as KWD
 *   or MYR are deliberately not in the unit registry (ISO 4217 majors and the corpus's neighbours).
 * - "元 is yuan": Duckling leaves 元/块 as an unnamed "Dollar"; ours reads them as CNY.
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
  Kilogram: "kg",
  Ounce: "oz",
  Litre: "l",
  Gallon: "gal",
};

const OUTSIDE_REGISTRY: ReadonlySet<string> = new Set([
  "Cent", "Dinar", "Riyal", "Rial", "KWD", "LBP", "EGP", "QAR", "BGN", "MYR", "ILS", "MNT", "Cup", "Millilitre",
  "Hectolitre", "Milligram", "Bowl", "Tablespoon", "Teaspoon",
]);

/** The registry unit Duckling's unit name means, if any. */
const codeOf = (dim: string, unit: string | undefined): string | undefined => {
  if (unit === undefined || unit === "Unnamed" || unit === "Dollar") return undefined;
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
  if (unit === undefined || unit === "Unnamed") return q.unit === "count";
  if (unit === "Dollar") return DOLLAR_CODES.has(q.unit);
  if (unit === "Pound") return dim === "AmountOfMoney" ? q.unit === "GBP" : q.unit === "lb";
  if (getUnit(unit)?.dimension === "currency") return q.unit === unit;
  const code = UNITS[unit];
  return code === q.unit || (code !== undefined && getUnit(code)?.dimension === getUnit(q.unit)?.dimension);
};

const judge = (c: Case, lang: Lang): Outcome => {
  const { unit } = c.expected;
  if (unit !== undefined && OUTSIDE_REGISTRY.has(unit)) return difference("unit outside the registry");
  const found = scanQuantities(c.input, { lang });
  if (found.length === 0) return fail("nothing found");
  const widest = found.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  const q = widest.quantity;
  const target = codeOf(c.dim, unit);
  const zhYuan = lang === "zh" && unit === "Dollar" && q.unit === "CNY";
  if (!zhYuan && !unitOk(c.dim, unit, q)) return fail(`unit ${q.unit}, expected ${unit ?? "none"}`);
  const e = c.expected;
  const value = convert(q.value, q.unit, target);
  const low = q.low === null ? null : convert(q.low, q.unit, target);
  const high = q.high === null ? null : convert(q.high, q.unit, target);
  const outcome = (ok: boolean, why: string): Outcome => (!ok ? fail(why) : zhYuan ? difference("元 is yuan") : pass);
  if (e.kind === "value") return outcome(sameNumber(value, e.value), `value ${value.toString()}, expected ${e.value}`);
  const lowOk = e.from === undefined ? low === null : sameNumber(low, e.from);
  const highOk = e.to === undefined ? high === null : sameNumber(high, e.to);
  return outcome(lowOk && highOk, `interval [${low?.toString() ?? "-∞"}, ${high?.toString() ?? "∞"}], expected [${e.from ?? "-∞"}, ${e.to ?? "∞"}]`);
};

/** Pass floors: the counts this version reaches, so a regression fails the suite. */
const FLOORS: Readonly<Record<string, number>> = {
  "AmountOfMoney_EN.json": 79,
  "AmountOfMoney_RU.json": 72,
  "AmountOfMoney_ZH.json": 4,
  "Numeral_EN.json": 65,
  "Numeral_RU.json": 61,
  "Numeral_UK.json": 38,
  "Numeral_ZH.json": 96,
  "Quantity_EN.json": 24,
  "Quantity_RU.json": 11,
  "Quantity_ZH.json": 8,
  "Distance_EN.json": 23,
  "Distance_RU.json": 19,
  "Distance_ZH.json": 37,
  "Volume_EN.json": 24,
  "Volume_RU.json": 8,
  "Volume_ZH.json": 23,
};

describe("conformance: Duckling", () => {
  const tallies: Tally[] = [];
  afterAll(() => printTallies(tallies));

  it.each(Object.keys(FLOORS))("%s", (file) => {
    const cases = readJson<Case[]>(`duckling/${file}`);
    const lang = (file.slice(-7, -5).toLowerCase()) as Lang;
    const t = tally(file, cases.map((c) => ({ input: c.input, outcome: judge(c, lang) })));
    tallies.push(t);
    if (process.env.CONFORMANCE_VERBOSE) for (const f of t.failures) console.log(`  ${file}: ${f}`);
    expect(t.passed).toBeGreaterThanOrEqual(FLOORS[file] ?? 0);
  });
});
