import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/decimal.js";
import { isDiscrepancyError } from "../../src/errors.js";
import { quantity } from "../../src/quantity/quantity.js";
import { conversionFactor, convertQuantity } from "../../src/quantity/convert.js";
import { getUnit, units } from "../../src/units/registry.js";

describe("convertQuantity", () => {
  it("converts miles to kilometres exactly", () => {
    const miles = quantity({ amount: "1056", unit: "mi" });
    const km = convertQuantity(miles, "km");
    expect(km.unit).toBe("km");
    expect(km.value.toString()).toBe("1699.467264");
    expect(km.low?.toString()).toBe("1698.662592");
    expect(km.high?.toString()).toBe("1700.271936");
    // Text and precision stay those of the figure as written; the interval is what carries over.
    expect([km.text, km.precision]).toEqual([miles.text, miles.precision]);
  });

  it.each([
    ["kg", "t", "0.001"],
    ["mi", "km", "1.609344"],
    ["lb", "kg", "0.45359237"],
    ["bbl", "l", "158.987294928"],
    ["TWh", "kWh", "1000000000"],
  ])("the factor from %s to %s is %s", (from, to, factor) => {
    const f = conversionFactor(from, to);
    expect(f.times.div(f.over).toString()).toBe(factor);
  });

  it.each([
    ["km", "kg", "invalid-unit"],
    ["parsec", "km", "invalid-unit"],
    ["USD", "KZT", "missing-rate"],
  ])("refuses %s → %s with %s", (from, to, code) => {
    try {
      conversionFactor(from, to);
      expect.unreachable();
    } catch (error) {
      expect(isDiscrepancyError(error) && error.code).toBe(code);
      expect((error as Error).message).toContain(from);
    }
  });

  it("converts currencies with a dated rate the caller gives, in both directions", () => {
    const rates = [{ from: "USD", to: "KZT", rate: "456.31", date: "2023-12-31" }];
    const f = conversionFactor("USD", "KZT", { rates });
    expect(f.times.div(f.over).toString()).toBe("456.31");
    const back = convertQuantity(quantity({ amount: "45631", unit: "KZT", bound: "exact" }), "USD", { rates });
    expect(back.value.toString()).toBe("100");
  });

  const measured = units.filter((u) => u.factor !== null && u.dimension !== "count");
  it("round-trips are exact between any two units of a dimension", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...measured),
        fc.constantFrom(...measured),
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        (a, b, mantissa, decimals) => {
          fc.pre(a.dimension === b.dimension);
          const amount = new Decimal(mantissa.toString()).div(new Decimal(10).pow(decimals)).toFixed();
          const q = quantity({ amount, unit: a.code, bound: "exact" });
          const back = convertQuantity(convertQuantity(q, b.code), a.code);
          expect(back.value.eq(q.value)).toBe(true);
        },
      ),
    );
  });

  it("does not mutate or reuse the input", () => {
    const q = quantity({ amount: "5", unit: "km" });
    const before = JSON.stringify(q);
    convertQuantity(q, "mi");
    expect(JSON.stringify(q)).toBe(before);
    expect(getUnit("km")?.dimension).toBe("length");
  });
});

describe("the registry's currencies", () => {
  it("give every currency its ISO 4217 minor-unit digits", () => {
    for (const u of units.filter((unit) => unit.dimension === "currency")) {
      expect(u.minorDigits, u.code).toBeTypeOf("number");
      expect(u.factor, u.code).toBeNull();
    }
    expect([getUnit("USD")?.minorDigits, getUnit("JPY")?.minorDigits, getUnit("KWD")?.minorDigits, getUnit("BTC")?.minorDigits]).toEqual([2, 0, 3, 8]);
  });

  it("convert the new measures exactly", () => {
    const cup = convertQuantity(quantity({ amount: "1", unit: "cup", bound: "exact" }), "tbsp");
    expect(cup.value.toString()).toBe("16");
    expect(convertQuantity(quantity({ amount: "100", unit: "km/h", bound: "exact" }), "m/s").value.toSignificantDigits(10).toString()).toBe("27.77777778");
    expect(convertQuantity(quantity({ amount: "1", unit: "MB", bound: "exact" }), "Mbit").value.toString()).toBe("8");
  });
});
