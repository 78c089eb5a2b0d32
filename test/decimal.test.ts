import fc from "fast-check";
import { Decimal as GlobalDecimal } from "decimal.js";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { cmp, Decimal, half, ONE, timesOne } from "../src/decimal.js";

const arbDecimalText = fc.oneof(
  fc.constantFrom("0", "-0", "NaN", "Infinity", "-Infinity", "1e7", "9999999", "10000000", "1.0000001e7"),
  fc
    .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,58}$/), fc.integer({ min: -40, max: 40 }))
    .map(([negative, digits, exponent]) => `${negative ? "-" : ""}${digits}e${exponent}`),
);

describe("cmp", () => {
  it("answers what decimal.js's cmp answers, NaN included, for Decimals of either copy", () => {
    fc.assert(
      fc.property(arbDecimalText, arbDecimalText, fc.boolean(), (x, y, foreign) => {
        const a = new Decimal(x);
        const b = foreign ? new GlobalDecimal(y) : new Decimal(y);
        expect(Object.is(cmp(a, b), a.cmp(b)) || (Number.isNaN(cmp(a, b)) && Number.isNaN(a.cmp(b)))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("timesOne", () => {
  it("is value.times(1), digit for digit, and returns the value itself when that changes nothing", () => {
    fc.assert(
      fc.property(arbDecimalText, (x) => {
        const value = new Decimal(x);
        const product = value.times(ONE);
        const result = timesOne(value);
        expect(isDeepStrictEqual(result, product) || (value.isNaN() && result.isNaN())).toBe(true);
        if (value.isFinite()) expect(result).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it("rounds a value with more digits than the precision, as times(1) does", () => {
    const long = new Decimal(`1${"3".repeat(70)}`);
    expect(timesOne(long)).not.toBe(long);
    expect(timesOne(long).toFixed()).toBe(long.times(ONE).toFixed());
  });
});

describe("half", () => {
  it("is x.div(2), digit for digit, rounding past the precision included", () => {
    fc.assert(
      fc.property(fc.oneof(arbDecimalText, fc.stringMatching(/^-?[1-9]\d{58,66}$/)), (x) => {
        const value = new Decimal(x);
        const expected = value.div(2);
        expect(isDeepStrictEqual(half(value), expected) || (value.isNaN() && half(value).isNaN())).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
