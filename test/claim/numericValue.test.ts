import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { compare } from "../../src/compare/compare.js";
import { toQuantityJSON } from "../../src/quantity/toQuantityJSON.js";
import type { ClaimInput } from "../../src/claim/schema.js";

// Issue 15: a numeric value with a unit printed as a count ("41000000000 count") and was read as an
// exact figure where the same digits in text or parts are rounded: how a figure was written changed
// its text, its interval and its explanations.

const base = { metric: "trade turnover", subject: ["China", "Kazakhstan"], period: "2023" } as const;
const cn = (value: Pick<ClaimInput, "value" | "unit">) => claim({ ...base, ...value, source: { name: "Ministry of Foreign Affairs of China", country: "CN" } } as ClaimInput);
const kz = claim({ ...base, value: "$31.5 billion", source: { name: "Ministry of Trade and Integration of Kazakhstan", country: "KZ" } });

describe("a numeric value with a unit", () => {
  it("takes the claim's unit in its text", () => {
    const c = cn({ value: 41000000000, unit: "USD" });
    expect(c.quantity.text).toBe("41000000000 USD");
    expect(c.quantity.unit).toBe("USD");
  });

  it("is the same quantity as the same digits in parts or in text", () => {
    const numeric = toQuantityJSON(cn({ value: 41000000000, unit: "USD" }).quantity);
    const parts = toQuantityJSON(cn({ value: { amount: "41000000000", unit: "USD" } }).quantity);
    const text = toQuantityJSON(cn({ value: "41000000000 USD" }).quantity);
    expect(numeric).toEqual(parts);
    expect(numeric).toEqual(text);
  });

  it("gets the same verdict, gap and explanations against $31.5 billion", () => {
    const codes = (value: Pick<ClaimInput, "value" | "unit">) => {
      const c = compare(cn(value), kz);
      return { verdict: c.verdict, gap: c.gap?.absolute.toString(), explanations: c.explanations.map((e) => `${e.code}:${e.strength}`) };
    };
    const numeric = codes({ value: 41000000000, unit: "USD" });
    expect(numeric).toEqual(codes({ value: "41000000000 USD" }));
    expect(numeric).toEqual(codes({ value: { amount: "41000000000", unit: "USD" } }));
    expect(numeric.explanations[0]).toBe("mirror-statistics:strong");
  });

  it("parts without a unit take the claim's too", () => {
    const c = cn({ value: { amount: "41", scale: "billion", bound: "approx", low: "38", high: "44" }, unit: "USD" });
    expect([c.quantity.text, c.quantity.unit, c.quantity.low?.toString(), c.quantity.high?.toString()]).toEqual(["41 billion USD", "USD", "38000000000", "44000000000"]);
  });

  it("still refuses an unknown unit, naming the field", () => {
    expect(() => cn({ value: 5, unit: "mw" })).toThrow(/unit.*unknown unit "mw"/);
  });

  it("without a unit is a count, as before", () => {
    expect(claim({ metric: "m", source: "s", value: 45 }).quantity.unit).toBe("count");
  });

  // How a figure was written must not change an explanation: a unit given beside "$" or "¥" settles
  // which currency it is, as "US$" would; before, the "$" kept its other dollars and the explanation
  // lost "currency-confusion" that "US$41 billion" and the numeric value get.
  it.each([
    [{ value: "$41 billion", unit: "USD" }, "USD"],
    [{ value: "$41 billion", unit: "CAD" }, "CAD"],
    [{ value: "¥3 trillion", unit: "JPY" }, "JPY"],
  ] as const)("%o: the claim's unit settles an ambiguous symbol", (value, unit) => {
    const q = cn(value).quantity;
    expect([q.unit, q.unitCandidates]).toEqual([unit, undefined]);
  });

  it("\"$41 billion\" with unit USD explains like \"US$41 billion\" and the numeric value", () => {
    const codes = (value: Pick<ClaimInput, "value" | "unit">) => compare(cn(value), kz).explanations.map((e) => `${e.code}:${e.strength}`);
    expect(codes({ value: "$41 billion", unit: "USD" })).toEqual(codes({ value: "US$41 billion" }));
    expect(codes({ value: "$41 billion", unit: "USD" })).toEqual(codes({ value: 41000000000, unit: "USD" }));
  });

  it("a unit outside the symbol's candidates is still refused", () => {
    expect(() => cn({ value: "$41 billion", unit: "EUR" })).toThrow(/unit.*contradicts/);
  });
});
