import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import type { ClaimInput } from "../../src/claim/schema.js";
import { compare } from "../../src/compare/compare.js";
import { Decimal } from "../../src/decimal.js";
import { quantity } from "../../src/quantity/quantity.js";
import type { QuantityObjectInput } from "../../src/quantity/schema.js";
import type { Bound, Quantity } from "../../src/quantity/types.js";
import { convertQuantity } from "../../src/quantity/convert.js";

// Issue 15, "prove it": rewriting either side of a comparison in another unit or scale — the same
// quantity, value and interval, written otherwise — never changes the verdict.

const claimOf = (source: string, value: ClaimInput["value"]) => claim({ metric: "output", subject: ["X"], period: "2023", source, value });

/** A quantity's own interval written as explicit bounds, in parts: the same quantity, restated. */
const restated = (q: Quantity, scale?: number): QuantityObjectInput => {
  const shift = (d: Decimal) => (scale === undefined ? d : d.div(new Decimal(10).pow(scale))).toFixed();
  return {
    amount: shift(q.value),
    unit: q.unit,
    bound: q.bound,
    ...(scale !== undefined ? { scale } : {}),
    ...(q.low !== null && q.bound !== "atMost" && q.bound !== "lessThan" ? { low: shift(q.low) } : {}),
    ...(q.high !== null && q.bound !== "atLeast" && q.bound !== "moreThan" ? { high: shift(q.high) } : {}),
  };
};

// Pairs of units one converts into the other exactly (both ways), and rewrites in another scale.
const REWRITES: readonly (readonly [string, string])[] = [
  ["km", "m"],
  ["t", "kg"],
  ["Mt", "t"],
  ["h", "min"],
  ["d", "h"],
  ["°C", "K"],
  ["K", "°C"],
  ["hPa", "mbar"],
  ["inHg", "mmHg"],
  ["USD", "USD"],
  ["%", "%"],
];

const BOUNDS: readonly Bound[] = ["exact", "rounded", "approx", "atLeast", "moreThan", "atMost", "lessThan", "range"];

const arbAmount = fc.tuple(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 3 })).map(([n, places]) => new Decimal(n).div(new Decimal(10).pow(places)).toFixed());

const arbSide = (unit: string) =>
  fc.record({ amount: arbAmount, bound: fc.constantFrom(...BOUNDS), width: arbAmount }).map(({ amount, bound, width }): QuantityObjectInput => {
    if (bound !== "range") return { amount, unit, bound };
    const a = new Decimal(amount);
    return { amount, unit, bound, low: a.toFixed(), high: a.plus(width).toFixed() };
  });

/** Near values, so that both verdicts come up: the second side is the first one moved a little. */
const arbPair = fc.constantFrom(...REWRITES).chain(([from, to]) =>
  fc.tuple(fc.constant(from), fc.constant(to), arbSide(from), arbSide(from), fc.integer({ min: -30, max: 30 })),
);

const verdict = (a: ClaimInput["value"], b: ClaimInput["value"]) => compare(claimOf("A", a), claimOf("B", b)).verdict;

describe("compare is metamorphic under rewriting in another unit or scale", () => {
  it("converting either side (km↔m, t↔kg, Mt↔t, h↔min, d↔h, °C↔K, hPa↔mbar, inHg↔mmHg) keeps the verdict", () => {
    let conflicts = 0;
    fc.assert(
      fc.property(arbPair, ([from, to, sa, sb, nudge]) => {
        // b moved by a small share of a, so that the two sides overlap in some cases and not in others.
        const a = quantity(sa);
        const bAmount = new Decimal(sb.amount).times(0).plus(a.value.times(new Decimal(100 + nudge).div(100))).toFixed();
        const b = quantity({ ...sb, amount: bAmount, ...(sb.bound === "range" ? { low: bAmount, high: new Decimal(bAmount).plus(sb.high!).toFixed() } : {}) });
        const original = verdict(restated(a), restated(b));
        if (original === "conflict") conflicts++;
        const a2 = restated(convertQuantity(a, to));
        const b2 = restated(convertQuantity(b, to));
        expect(verdict(a2, restated(b)), `${from}→${to} on the first side`).toBe(original);
        expect(verdict(restated(a), b2), `${from}→${to} on the second side`).toBe(original);
        expect(verdict(a2, b2), `${from}→${to} on both sides`).toBe(original);
        // The parts as the policy reads them, against their restatement: one quantity.
        expect(verdict(sa, restated(a))).toBe("consistent");
      }),
      { numRuns: 150 },
    );
    expect(conflicts).toBeGreaterThan(0);
  });

  it("billion ↔ million and % ↔ ‰ in parts keep the verdict", () => {
    fc.assert(
      fc.property(arbSide("USD"), arbSide("%"), fc.integer({ min: -30, max: 30 }), fc.boolean(), (money, share, nudge, onMoney) => {
        const side = onMoney ? { ...money, scale: "billion" as const } : share;
        const a = quantity(side);
        const b = quantity({ amount: a.value.times(new Decimal(100 + nudge).div(100)).toFixed(), unit: a.unit, bound: "rounded" });
        const original = verdict(restated(a), restated(b));
        // In millions (10⁶) rather than units, or in per mille (a tenth of a per cent: scale −1).
        const rewritten = onMoney ? restated(a, 6) : restated(a, -1);
        expect(verdict(rewritten, restated(b))).toBe(original);
        expect(verdict(restated(b), rewritten)).toBe(original);
      }),
      { numRuns: 150 },
    );
  });

  it("in text: a figure rewritten in another scale or unit that states the same precision keeps the verdict", () => {
    // Digits ending in a non-zero digit, at least two of them: the rewrite ("12.5 km" → "12500 m",
    // "$41 billion" → "$41,000 million", "12.5%" → "125‰") states the same interval under the policy.
    const arbDigits = fc
      .tuple(fc.integer({ min: 10, max: 9999 }), fc.integer({ min: 0, max: 2 }))
      .filter(([n]) => n % 10 !== 0)
      .map(([n, places]) => new Decimal(n).div(new Decimal(10).pow(places)));
    const TEXT: readonly { readonly write: (d: Decimal) => string; readonly rewrite: (d: Decimal) => string }[] = [
      { write: (d) => `${d.toFixed()} km`, rewrite: (d) => `${d.times(1000).toFixed()} m` },
      { write: (d) => `${d.toFixed()} tonnes`, rewrite: (d) => `${d.times(1000).toFixed()} kg` },
      { write: (d) => `$${d.toFixed()} billion`, rewrite: (d) => `$${d.times(1000).toFixed()} million` },
      { write: (d) => `${d.toFixed()} млрд доларів`, rewrite: (d) => `${d.times(1000).toFixed()} млн доларів` },
      { write: (d) => `${d.toFixed()}%`, rewrite: (d) => `${d.times(10).toFixed()}‰` },
      { write: (d) => `${d.toFixed()} Mt`, rewrite: (d) => `${d.times(1000).toFixed()} kt` },
    ];
    fc.assert(
      fc.property(fc.constantFrom(...TEXT), arbDigits, arbDigits, ({ write, rewrite }, x, y) => {
        const original = verdict(write(x), write(y));
        expect(verdict(rewrite(x), write(y)), `${rewrite(x)} vs ${write(y)}`).toBe(original);
        expect(verdict(write(x), rewrite(y)), `${write(x)} vs ${rewrite(y)}`).toBe(original);
      }),
      { numRuns: 200 },
    );
  });

  it("negating one side of a consistent pair of positive figures makes it a conflict", () => {
    fc.assert(
      fc.property(fc.constantFrom("km", "t", "°C", "USD", "%"), arbAmount, (unit, amount) => {
        const a = quantity({ amount, unit });
        expect(verdict(restated(a), restated(a))).toBe("consistent");
        expect(verdict(restated(a), { amount: `-${amount}`, unit, bound: "exact" })).toBe("conflict");
      }),
      { numRuns: 60 },
    );
  });
});
