import { describe, expect, it } from "vitest";
import { parseQuantity } from "../../src/quantity/parseQuantity.js";
import { toQuantityJSON } from "../../src/quantity/toQuantityJSON.js";

describe("toQuantityJSON", () => {
  it("prints decimals as plain strings and open sides as null", () => {
    expect(toQuantityJSON(parseQuantity("exceeding $41 billion"))).toEqual({
      text: "exceeding $41 billion",
      value: "41000000000",
      unit: "USD",
      bound: "moreThan",
      precision: 9,
      low: "41000000000",
      high: null,
      lowOpen: true,
      highOpen: false,
      unitCandidates: ["USD", "CAD", "AUD", "HKD", "SGD", "NZD", "TWD"],
    });
  });

  it("agrees with JSON.stringify and keeps the noun", () => {
    const q = parseQuantity("70 commercial agreements");
    expect(JSON.parse(JSON.stringify(q))).toEqual(toQuantityJSON(q));
    expect(toQuantityJSON(q).noun).toBe("commercial agreements");
  });

  it("never prints exponent notation", () => {
    expect(toQuantityJSON(parseQuantity("1.5e-20 dollars")).value).toBe("0.000000000000000000015");
    expect(toQuantityJSON(parseQuantity("9e30 dollars")).value).toBe(`9${"0".repeat(30)}`);
  });
});
