import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claim/types.js";
import { copyRates } from "../../src/reconcile/copyRates.js";
import { figureSupport } from "../../src/reconcile/figureSupport.js";
import { groupBySeriesPeriod } from "../../src/reconcile/groupBySeriesPeriod.js";
import { majority } from "../../src/reconcile/majority.js";
import { makeClaim } from "../helpers/makeClaim.js";

const at = (id: string, source: string, place: string, amount: string): Claim =>
  makeClaim({ id, metric: "population", subject: [place], value: { amount, unit: "count", bound: "exact" }, period: "2020", source });

const rates = (claims: readonly Claim[], posterior = false): Map<string, number> => {
  const index = groupBySeriesPeriod(claims);
  const support = figureSupport(index);
  const r = copyRates(index, support, majority(index, support).winner, posterior);
  return new Map(index.sourceNames.map((name, s) => [name, r[s]!]));
};

describe("copyRates", () => {
  // Three agreeing sources per place; "mirror" shares each of its losing figures with a one-off source,
  // "blog" loses alone.
  const corpus = (places: number): Claim[] =>
    Array.from({ length: places }, (_, i) => [
      ...["census", "atlas", "bureau"].flatMap((s) => [at(`${s}-P${i}`, s, `P${i}`, "100"), at(`${s}-Q${i}`, s, `Q${i}`, "200")]),
      at(`anon${i}`, `anon${i}`, `P${i}`, "150"),
      at(`mirror-P${i}`, "mirror", `P${i}`, "150"),
      at(`blog-Q${i}`, "blog", `Q${i}`, "250"),
    ]).flat();

  it("finds the source that shares its errors, more surely the more errors it shares", () => {
    const few = rates(corpus(2));
    const many = rates(corpus(20));
    expect(many.get("mirror")!).toBeGreaterThan(0.5);
    expect(many.get("mirror")!).toBeGreaterThan(few.get("mirror")!);
    // Errors made alone, and sources never wrong, are no sign of copying; one shared error says little.
    for (const name of ["blog", "census", "atlas", "bureau"]) expect(many.get(name)).toBe(0);
    expect(many.get("anon0")!).toBeLessThan(many.get("mirror")! / 4);
  });

  it("as a posterior, says how likely a shared figure was copied: above the rate, the same order, zero stays zero", () => {
    const rate = rates(corpus(20));
    const posterior = rates(corpus(20), true);
    expect(posterior.get("mirror")!).toBeGreaterThan(rate.get("mirror")!);
    expect(posterior.get("mirror")!).toBeLessThanOrEqual(1);
    expect(posterior.get("mirror")!).toBeGreaterThan(posterior.get("anon0")!);
    for (const name of ["blog", "census", "atlas", "bureau"]) expect(posterior.get(name)).toBe(0);
  });

  it("stays in [0, 1] and does not depend on the order of the claims", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.record({ place: fc.constantFrom("A", "B", "C"), source: fc.constantFrom("s1", "s2", "s3", "s4"), amount: fc.constantFrom("1", "2", "3") }), { minLength: 1, maxLength: 25 })
          .map((rows) => rows.map((r, i) => at(`c${i}`, r.source, r.place, r.amount)))
          .chain((claims) => fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length }))),
        ([claims, shuffled]) => {
          const r = rates(claims);
          expect([...rates(shuffled)]).toEqual([...r]);
          for (const v of r.values()) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
