import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { extractQuantities } from "../../src/extract/extractQuantities.js";
import { parseQuantity } from "../../src/quantity/parseQuantity.js";
import { phraseTable, phraseKey } from "../../src/quantity/phraseTable.js";
import { quantity } from "../../src/quantity/quantity.js";
import { units } from "../../src/units/registry.js";

// Issue 15: unit symbols were read in any case ("10 ML" megalitres as millilitres, "5 mW" as "5 MW").
// SI symbols are case-sensitive with their prefixes; only unit words are read in any case.

/** Every spelling of `text` in other cases: "mW" → "mw", "Mw", "MW" (and itself). */
const caseVariants = (text: string): string[] => {
  let out = [""];
  for (const ch of text) {
    const forms = [...new Set([ch, ch.toLowerCase(), ch.toUpperCase()])].filter((f) => f.length === ch.length);
    out = out.flatMap((prefix) => forms.map((f) => prefix + f));
  }
  return [...new Set(out)];
};

interface Reading {
  readonly unit: string;
  readonly scale: number;
}

/** What a spelling may mean: the units listed for it exactly (symbols) or in any case (words). */
const readingsOf = (spelling: string): Reading[] | undefined => {
  const entry = phraseTable().phrases.get(phraseKey(spelling));
  // A spelling may also be a currency code ("KGS", the Kyrgyz som): that is what it names then.
  const senses = [...(entry?.unitSuffix ?? []), ...(entry?.currencySuffix ?? [])] as { value: { unit: string; scale?: number; cased?: string } }[];
  const fits = senses.filter((s) => s.value.cased === undefined || s.value.cased === spelling);
  return fits.length === 0 ? undefined : fits.map((s) => ({ unit: s.value.unit, scale: s.value.scale ?? 0 }));
};

/** Every unit symbol of every lexicon, as listed. */
const symbols = (): string[] => {
  const out = new Set<string>();
  for (const entry of phraseTable().phrases.values())
    for (const sense of (entry.unitSuffix ?? []) as { value: { cased?: string } }[]) if (sense.value.cased !== undefined) out.add(sense.value.cased);
  return [...out].sort();
};

const readOrRefuse = (text: string): { unit: string; value: string } | undefined => {
  try {
    const q = parseQuantity(text);
    return { unit: q.unit, value: q.value.toString() };
  } catch {
    return undefined;
  }
};

describe("unit symbols are read in their exact case", () => {
  it.each([
    ["10 ML", "ML", "10"],
    ["10 mL", "ml", "10"],
    ["10 ml", "ml", "10"],
    ["5 MW", "MW", "5"],
    ["5 mW", "mW", "5"],
    ["10 Mg", "t", "10"],
    ["10 mg", "mg", "10"],
    ["10 Gb", "Gbit", "10"],
    ["10 GB", "GB", "10"],
    ["10 Mb", "Mbit", "10"],
    ["10 MB", "MB", "10"],
    ["10 Tb", "Tbit", "10"],
    ["10 g", "g", "10"],
    ["5 KM", "km", "5"],
    ["5 kWh", "kWh", "5"],
    ["5 kwh", "kWh", "5"],
    ["100 МВт", "MW", "100"],
    ["100 мВт", "mW", "100"],
    ["500MW", "MW", "500"],
    // A unit symbol in its case wins over an ISO code in lower case; the code in capitals is money.
    ["5 kgs", "kg", "5"],
    ["5 Kgs", "kg", "5"],
    ["5 KGS", "KGS", "5"],
    ["500mW", "mW", "500"],
  ])("%s is %s", (text, unit, value) => {
    expect(readOrRefuse(text)).toEqual({ unit, value });
  });

  it.each(["10 G", "10 MG", "5 mw", "5 mwh", "10 T", "10 gb", "10 mb", "45 BP", "10 MT", "100 мвт", "5mM", "5Mm"])("%s is no quantity: the case leaves the unit open", (text) => {
    expect(readOrRefuse(text)).toBeUndefined();
    // In running text the number is no count either: nothing is read there.
    expect(extractQuantities(`It was ${text} yesterday.`, { lang: "en" })).toEqual([]);
  });

  it("changing the case of any symbol gives the unit that spelling names, or nothing — never another unit", () => {
    const list = symbols();
    expect(list.length).toBeGreaterThan(100);
    let checked = 0;
    for (const symbol of list)
      for (const variant of caseVariants(symbol)) {
        const text = `5 ${variant}`;
        const read = readOrRefuse(text);
        const readings = readingsOf(variant);
        checked++;
        if (read === undefined) continue;
        expect(readings, `${text} was read as ${read.unit}, but no unit is listed in that spelling`).toBeDefined();
        const allowed = readings!.map((r) => `${r.unit}:${r.scale}`);
        const scale = read.value === "5" ? 0 : Math.round(Math.log10(Number(read.value) / 5));
        expect(allowed, `${text} → ${read.value} ${read.unit}`).toContain(`${read.unit}:${scale}`);
        // The same spelling in a sentence is read the same way, or not at all: never a bare count.
        const mentions = extractQuantities(`We saw 5 ${variant} there.`);
        for (const m of mentions) if (m.text.startsWith("5")) expect(m.quantity.unit, `"${m.text}"`).toBe(read.unit);
      }
    expect(checked).toBeGreaterThan(400);
  });

  it("written tight to the number too ('5MW', '5mW'); only the capital scale letters 'M' and 'MM' are millions", () => {
    for (const symbol of symbols())
      for (const variant of caseVariants(symbol)) {
        const read = readOrRefuse(`5${variant}`);
        if (read === undefined) continue;
        if (variant === "M" || variant === "MM") {
          expect(read).toEqual({ unit: "count", value: "5000000" });
          continue;
        }
        const allowed = (readingsOf(variant) ?? []).map((r) => r.unit);
        expect(allowed, `5${variant} → ${read.value} ${read.unit}`).toContain(read.unit);
      }
  });

  it("a miscased symbol in running text gives no count", () => {
    for (const symbol of symbols())
      for (const variant of caseVariants(symbol)) {
        if (readingsOf(variant) !== undefined) continue;
        const mentions = extractQuantities(`We saw 5 ${variant} there.`);
        for (const m of mentions) expect(m.quantity.unit === "count" && m.text === "5", `"5 ${variant}" gave a count`).toBe(false);
      }
  });

  it("structured unit codes are exact: another case is another unit or an unknown one", () => {
    const codes = new Set(units.map((u) => u.code));
    for (const u of units)
      for (const variant of caseVariants(u.code)) {
        if (codes.has(variant)) {
          expect(quantity({ amount: "5", unit: variant }).unit).toBe(variant);
          continue;
        }
        expect(() => quantity({ amount: "5", unit: variant }), variant).toThrow(/unknown unit/);
        expect(() => claim({ metric: "m", source: "s", value: "5", unit: variant }), variant).toThrow(/unknown unit/);
      }
  });

  it("MW and mW are different structured units, a billion apart", () => {
    expect(quantity({ amount: "5", unit: "MW" }).unit).toBe("MW");
    expect(quantity({ amount: "5", unit: "mW" }).unit).toBe("mW");
  });
});
