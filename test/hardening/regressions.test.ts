// Regression tests for bugs the hardening suite found, one describe per fix.
import { describe, expect, it } from "vitest";
import { checkRelation, conversionFactor, convertQuantity, isDiscrepancyError, parseQuantity } from "../../src/index.js";
import { expectDiscrepancyError } from "./helpers.js";

describe("exchange rates are checked wherever a conversion uses them", () => {
  const usd = parseQuantity("$41 billion");
  const rate = (value: unknown) => ({ rates: [{ from: "USD", to: "KZT", rate: value, date: "2023-12-31" }] }) as never;

  // Before the fix, "0" gave Infinity, "-1" an interval with low above high, 0.1 a float-made amount,
  // and "abc" a raw DecimalError.
  it.each([["0"], ["-1"], ["abc"], ["NaN"], ["Infinity"], [""], [0.1], [null], [undefined], [{}]])("rejects the rate %j", (value) => {
    expectDiscrepancyError(() => convertQuantity(usd, "KZT", rate(value)), "invalid-argument", "rates[0].rate");
    expectDiscrepancyError(() => conversionFactor("KZT", "USD", rate(value)), "invalid-argument", "rates[0].rate");
    expectDiscrepancyError(() => checkRelation({ kind: "conversion", values: ["$1 billion", "450 billion тенге"] }, rate(value)), "invalid-argument", "rates[0].rate");
  });

  it("rejects rates that are not a list, or entries that are not rates", () => {
    expectDiscrepancyError(() => convertQuantity(usd, "KZT", { rates: 5 } as never), "invalid-argument", "rates");
    expectDiscrepancyError(() => convertQuantity(usd, "KZT", { rates: [null] } as never), "invalid-argument", "rates[0].rate");
  });

  it("still converts with a good rate, exactly", () => {
    const kzt = convertQuantity(usd, "KZT", rate("456.31"));
    expect([kzt.value.toFixed(), kzt.low?.toFixed(), kzt.high?.toFixed()]).toEqual(["18708710000000", "18480555000000", "18936865000000"]);
    expect(isDiscrepancyError(new Error("x"))).toBe(false);
  });
});
