import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { isDiscrepancyError } from "../../src/errors.js";
import { quantity } from "../../src/quantity/quantity.js";
import type { QuantityObjectInput } from "../../src/quantity/schema.js";

// Issue 15: explicit low/high of a structured value were ignored (approx gave 36.9–45.1 bn), an amount
// outside its own range was silently moved to the middle, and the low of atLeast was dropped.

const ends = (input: QuantityObjectInput) => {
  const q = quantity(input);
  return [q.value.toString(), q.bound, q.low?.toString() ?? null, q.high?.toString() ?? null, q.lowOpen, q.highOpen];
};

const refusal = (input: QuantityObjectInput): { path: string; message: string } => {
  try {
    quantity(input);
  } catch (error) {
    if (!isDiscrepancyError(error)) throw error;
    return { path: error.issues[0]?.path.join(".") ?? "", message: error.message };
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
};

describe("explicit bounds of a structured quantity", () => {
  it.each<[QuantityObjectInput, unknown[]]>([
    // low and high are scaled like the amount.
    [{ amount: "41", scale: "billion", unit: "USD", bound: "approx", low: "38", high: "44" }, ["41000000000", "approx", "38000000000", "44000000000", false, false]],
    [{ amount: "41", scale: "billion", unit: "USD", bound: "rounded", low: "40", high: "42" }, ["41000000000", "rounded", "40000000000", "42000000000", false, false]],
    [{ amount: "2", low: "1", high: "3", bound: "range" }, ["2", "range", "1", "3", false, false]],
    [{ amount: "2.5", low: "1", high: "3" }, ["2.5", "range", "1", "3", false, false]],
    [{ amount: "45", bound: "atLeast", low: "41" }, ["45", "atLeast", "41", null, false, false]],
    [{ amount: "45", bound: "moreThan", low: "41" }, ["45", "moreThan", "41", null, true, false]],
    [{ amount: "5", bound: "atMost", high: "7" }, ["5", "atMost", null, "7", false, false]],
    [{ amount: "5", bound: "lessThan", high: "7" }, ["5", "lessThan", null, "7", false, true]],
    [{ amount: "5", bound: "exact", low: "5", high: "5" }, ["5", "exact", "5", "5", false, false]],
    // One side given: that side is explicit, the other the policy's.
    [{ amount: "41", scale: "billion", unit: "USD", bound: "approx", low: "40" }, ["41000000000", "approx", "40000000000", "45100000000", false, false]],
  ])("%j", (input, expected) => {
    expect(ends(input)).toEqual(expected);
  });

  it.each<[QuantityObjectInput, string, RegExp]>([
    [{ amount: "5", low: "1", high: "3", bound: "range" }, "amount", /5 is above its own high bound 3/],
    [{ amount: "0", low: "1", high: "3", bound: "range" }, "amount", /0 is below its own low bound 1/],
    [{ amount: "5", low: "1", high: "3" }, "amount", /above its own high bound/],
    [{ amount: "41", scale: "billion", bound: "approx", low: "42", high: "44" }, "amount", /below its own low bound 42/],
    [{ amount: "40", bound: "atLeast", low: "41" }, "amount", /below its own low bound 41/],
    [{ amount: "5", low: "6", high: "3", bound: "approx" }, "high", /low end 6 is above its high end 3/],
    [{ amount: "45", bound: "atLeast", high: "50" }, "high", /open on its high side/],
    [{ amount: "45", bound: "moreThan", high: "50" }, "high", /open on its high side/],
    [{ amount: "5", bound: "atMost", low: "1" }, "low", /open on its low side/],
    [{ amount: "5", bound: "exact", low: "4" }, "low", /exact amount 5 allows no other low bound/],
  ])("refuses %j naming %s", (input, path, message) => {
    const { path: got, message: text } = refusal(input);
    expect(got).toBe(path);
    expect(text).toMatch(message);
  });

  it("names the field inside a claim", () => {
    expect(() => claim({ metric: "m", source: "s", value: { amount: "5", low: "1", high: "3", bound: "range" } })).toThrow(/value\.amount.*above its own high bound/);
  });

  it("an amount inside explicit bounds keeps both the amount and the bounds, for every bound kind", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom("approx", "rounded", "range") as fc.Arbitrary<"approx" | "rounded" | "range">,
        fc.constantFrom("one", "million", "billion") as fc.Arbitrary<"one" | "million" | "billion">,
        (x, y, z, bound, scale) => {
          const [low, amount, high] = [x, y, z].sort((a, b) => a - b) as [number, number, number];
          const q = quantity({ amount: String(amount), low: String(low), high: String(high), bound, scale, unit: "t" });
          const factor = { one: 1n, million: 10n ** 6n, billion: 10n ** 9n }[scale];
          expect([q.value.toFixed(), q.low?.toFixed(), q.high?.toFixed()]).toEqual(
            [amount, low, high].map((n) => (BigInt(n) * factor).toString()),
          );
          // Outside them, refused.
          expect(() => quantity({ amount: String(high + 1), low: String(low), high: String(high), bound, scale, unit: "t" })).toThrow(/above its own high bound/);
        },
      ),
      { numRuns: 100 },
    );
  });
});
