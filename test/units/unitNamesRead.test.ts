import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { compare } from "../../src/compare/compare.js";
import { parseQuantity, safeParseQuantity } from "../../src/quantity/parseQuantity.js";
import { units } from "../../src/units/registry.js";

// Issue 16 (held-out unit slips): a unit the registry knows, written out under its own English name, was
// read as a count of that name ("1,000 long tons" vs "1,120 short tons" — one mass — reported as a conflict
// of "different things"). Every unit's name now reads as that unit, except these, each for a reason.
const EXCEPT: Readonly<Record<string, string>> = {
  ordinal: "an ordinal is written as 1st, 2nd, not by the word",
  dr: '"dram" is also the Armenian currency, so only "drachm" names the mass',
  jin: "the name carries its Chinese characters in brackets",
  liang: "the name carries its Chinese characters in brackets",
  cal: '"calories" in the news are food calories, kilocalories',
  ktoe: "read as toe with its scale word (thousand)",
  Mtoe: "read as toe with its scale word (million)",
  bar: '"bars" are as often things counted (gold bars)',
  deg: '"degrees" are temperatures as often as angles',
};

describe("every unit's own name reads as that unit", () => {
  const named = Object.values(units).filter((u) => u.dimension !== "currency" && !(u.code in EXCEPT));
  it.each(named.map((u) => [u.name, u.code]))("5 %s → %s", (name, code) => {
    const read = safeParseQuantity(`5 ${name}`);
    expect(read.success && read.quantity.unit).toBe(code);
  });

  it("long and short tons of one mass agree; a written short ton is that unit, not a counted noun", () => {
    const c = (value: string, source: string) => claim({ metric: "shipments", value, period: "2024", source });
    expect(compare(c("1,000 long tons", "A"), c("1,120 short tons", "B")).verdict).toBe("consistent");
    expect(parseQuantity("44.1 million short tons").unit).toBe("short-ton");
    expect(parseQuantity("5 US gallons").unit).toBe("gal");
  });
});
