// The value key prints each Decimal as toFixed() does, whichever way it gets there (small integers
// take a float shortcut).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toValueKey } from "../../src/claim/keys.js";
import { Decimal } from "../../src/decimal.js";
import type { Quantity } from "../../src/quantity/types.js";

const point = (text: string): Quantity => {
  const v = new Decimal(text);
  return { text, value: v, unit: "count", bound: "exact", precision: 0, low: v, high: v, lowOpen: false, highOpen: false };
};
const reference = (q: Quantity): string =>
  `${q.unit}|${q.bound}|${q.value.toFixed()}|${q.lowOpen ? "(" : "["}${q.low?.toFixed() ?? ""},${q.high?.toFixed() ?? ""}${q.highOpen ? ")" : "]"}`;

describe("toValueKey", () => {
  it.each(["0", "-0", "1", "-1", "999999999999999", "1000000000000000", "-999999999999999", "1e20", "70000000", "0.5", "-0.001", "123e-2"])(
    "prints %s as toFixed() does",
    (text) => expect(toValueKey(point(text))).toBe(reference(point(text))),
  );

  it("prints any decimal as toFixed() does", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: -12, max: 12 }), (digits, scale) => {
        const q = point(`${digits}e${scale}`);
        expect(toValueKey(q)).toBe(reference(q));
      }),
      { numRuns: 2000 },
    );
  });
});
