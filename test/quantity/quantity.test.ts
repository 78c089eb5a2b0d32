import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDiscrepancyError } from "../../src/errors.js";
import { quantity } from "../../src/quantity/quantity.js";

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("quantity (structured input)", () => {
  it.each([
    [{ amount: "41", scale: "billion", unit: "USD" }, "rounded", "40500000000", "41500000000", 9],
    [{ amount: "31.5", scale: "billion", unit: "USD" }, "rounded", "31450000000", "31550000000", 8],
    [{ amount: "70" }, "rounded", "65", "75", 0],
    [{ amount: "10", scale: "million", unit: "t" }, "rounded", "9000000", "11000000", 6],
    [{ amount: "30" }, "rounded", "27", "33", 0],
    [{ amount: 8 }, "exact", "8", "8", 0],
    [{ amount: "1700", unit: "km" }, "rounded", "1650", "1750", 0],
    [{ amount: "1056", unit: "mi" }, "rounded", "1055.5", "1056.5", 0],
    [{ amount: "3.5", unit: "%" }, "rounded", "3.45", "3.55", -1],
    [{ amount: "15", scale: "billion", unit: "USD", bound: "moreThan" }, "moreThan", "15000000000", null, 9],
    [{ amount: "7", scale: "billion", unit: "USD", bound: "approx" }, "approx", "6300000000", "7700000000", 9],
    [{ amount: "6", scale: "million", unit: "t", bound: "atMost" }, "atMost", null, "6000000", 6],
    [{ amount: "2", low: "2", high: "3", scale: "million", unit: "t" }, "range", "2000000", "3000000", 6],
    [{ amount: "420", unit: "USD", bound: "rounded", precision: 1 }, "rounded", "415", "425", 1],
  ] as const)("%j → %s [%s, %s], precision %i", (init, bound, low, high, precision) => {
    const q = json(quantity(init));
    expect(q.bound).toBe(bound);
    expect(q.low).toBe(low);
    expect(q.high).toBe(high);
    expect(q.precision).toBe(precision);
  });

  it("prints the DESIGN JSON form", () => {
    expect(json(quantity({ amount: "41", scale: "billion", unit: "USD", text: "$41 billion" }))).toEqual({
      text: "$41 billion",
      value: "41000000000",
      unit: "USD",
      bound: "rounded",
      precision: 9,
      low: "40500000000",
      high: "41500000000",
      lowOpen: false,
      highOpen: false,
    });
  });

  it.each([
    [{ amount: 31.5 }, "amount", "has a fraction"],
    [{ amount: "1.2.3" }, "amount", "1.2.3"],
    [{ amount: "NaN" }, "amount", "NaN"],
    [{ amount: "Infinity" }, "amount", "Infinity"],
    [{ amount: "1e999999" }, "amount", "1e999999"],
    [{ amount: "5", unit: "parsec" }, "unit", "parsec"],
    [{ amount: "5", bound: "sort of" }, "bound", "sort of"],
    [{ amount: "5", low: "3", high: "2", bound: "range" }, "high", "above"],
    [{ amount: "5", colour: "red" }, "", "colour"],
    [null, "", "null"],
  ])("%j is refused naming %s", (init, field, text) => {
    try {
      quantity(init as never);
      expect.unreachable();
    } catch (error) {
      expect(isDiscrepancyError(error)).toBe(true);
      expect((error as Error).message).toContain(field);
      expect((error as Error).message).toContain(text);
    }
  });

  it("an interval always contains its nominal value", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom("count", "USD", "km", "%"),
        fc.constantFrom(undefined, "exact", "rounded", "approx", "atLeast", "moreThan", "atMost", "lessThan"),
        (mantissa, decimals, unit, bound) => {
          const digits = mantissa.toString().padStart(decimals + 1, "0");
          const amount = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
          const q = quantity({ amount, unit, ...(bound !== undefined ? { bound } : {}) });
          // "over 70" is (70, ∞): the nominal value sits on the open end, so the closure must hold it.
          if (q.low !== null) expect(q.low.lte(q.value)).toBe(true);
          if (q.high !== null) expect(q.high.gte(q.value)).toBe(true);
          expect(q.lowOpen || q.highOpen || q.bound === "moreThan" || q.bound === "lessThan" ? true : q.low?.lte(q.value)).not.toBe(false);
        },
      ),
    );
  });

  it("never mutates its input", () => {
    const init = Object.freeze({ amount: "41", scale: "billion", unit: "USD" } as const);
    expect(() => quantity(init)).not.toThrow();
  });
});
