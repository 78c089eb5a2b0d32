// The hot path of findDiscrepancies (same-unit pairs of a group compared by exact cmp, sides shared)
// must give exactly what compare() gives for the same two claims.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claim/types.js";
import { compare } from "../../src/compare/compare.js";
import { findDiscrepancies, findDiscrepanciesAsync } from "../../src/compare/findDiscrepancies.js";
import { arbClaim } from "../helpers/arbitraries.js";
import { makeClaim } from "../helpers/makeClaim.js";

const dense = { periods: ["2023", "2024"], modalities: ["actual"] as const, metrics: ["trade turnover"], units: ["USD", "km", "mi"] };

describe("findDiscrepancies: the fast path equals compare()", () => {
  it("every consistent comparison of a report is compare() of its two claims, field for field and in print", () => {
    fc.assert(
      fc.property(fc.array(arbClaim(dense), { minLength: 2, maxLength: 30 }), (claims) => {
        const byId = new Map(claims.map((c) => [c.id, c] as const));
        const report = findDiscrepancies(claims);
        for (const c of report.comparisons) {
          const direct = compare(byId.get(c.claims[0])!, byId.get(c.claims[1])!);
          expect(c.verdict).toBe(direct.verdict);
          expect(c.sides).toEqual(direct.sides);
          if (c.verdict === "consistent") {
            expect(JSON.stringify(c)).toBe(JSON.stringify(direct));
            expect(c).toEqual(direct);
          }
          if (c.verdict === "conflict") expect(JSON.stringify(c.gap)).toBe(JSON.stringify(direct.gap));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("conflicts between the same two figures share their gap and findings, and each prints as compare() does", () => {
    // One wrong figure against three sources of the right one, and a fourth with a coarser precision.
    const count = (id: string, amount: string, source: string, scale: "one" | "thousand" = "one") =>
      makeClaim({ id, metric: "population", subject: ["Atyrau"], value: { amount, scale, unit: "count", bound: "exact" }, period: "2023", source });
    const claims = [
      count("a", "1251402", "Statistics Office"),
      count("b", "1251402", "Wire"),
      count("c", "1251402", "Herald"),
      count("d", "1251", "Post", "thousand"),
      count("e", "1251452", "Bot"),
    ];
    const byId = new Map(claims.map((c) => [c.id, c] as const));
    const conflicts = findDiscrepancies(claims).comparisons.filter((c) => c.verdict === "conflict");
    const wrong = conflicts.filter((c) => c.claims.includes("e") && !c.claims.includes("d"));
    expect(wrong).toHaveLength(3);
    for (const c of wrong) {
      expect(c.gap).toBe(wrong[0]!.gap);
      expect(c.explanations).toBe(wrong[0]!.explanations);
      c.ruledOut.filter((r) => r.code !== "revision").forEach((r, i) => expect(r).toBe(wrong[0]!.ruledOut.filter((x) => x.code !== "revision")[i]));
    }
    for (const c of conflicts) {
      expect(Object.isFrozen(c.explanations) && c.explanations.every((e) => Object.isFrozen(e) && Object.isFrozen(e.evidence))).toBe(true);
      const { repeats: _repeats, ...own } = c;
      expect(JSON.stringify(own)).toBe(JSON.stringify(compare(byId.get(c.claims[0])!, byId.get(c.claims[1])!)));
    }
  });

  it("a report does not depend on the order of the claims, printed or compared", () => {
    fc.assert(
      fc.property(fc.array(arbClaim(dense), { minLength: 2, maxLength: 40 }), fc.integer(), (claims, seed) => {
        const shuffled = [...claims].sort((x, y) => ((x.id.length * 31 + seed) % 7) - ((y.id.length * 17 + seed) % 5));
        expect(JSON.stringify(findDiscrepancies(shuffled))).toBe(JSON.stringify(findDiscrepancies(claims)));
      }),
      { numRuns: 80 },
    );
  });
});

describe("findDiscrepanciesAsync", () => {
  async function* slowly(claims: readonly Claim[]) {
    for (const c of claims) {
      await Promise.resolve();
      yield c;
    }
  }

  it("gives the report findDiscrepancies gives, from an async iterable or a plain one", async () => {
    const claims = fc.sample(arbClaim(dense), { numRuns: 60, seed: 7 });
    const expected = JSON.stringify(findDiscrepancies(claims));
    expect(JSON.stringify(await findDiscrepanciesAsync(slowly(claims)))).toBe(expected);
    expect(JSON.stringify(await findDiscrepanciesAsync(claims))).toBe(expected);
    const withOptions = await findDiscrepanciesAsync(slowly(claims), { reconcile: false, maxPairsPerGroup: 2 });
    expect(JSON.stringify(withOptions)).toBe(JSON.stringify(findDiscrepancies(claims, { reconcile: false, maxPairsPerGroup: 2 })));
  });

  it("checks relations once every claim is in", async () => {
    const claims = fc.sample(arbClaim(dense), { numRuns: 5, seed: 3 });
    const relations = [{ kind: "conversion", values: [claims[0]!.id, claims[1]!.id] }];
    const report = await findDiscrepanciesAsync(slowly(claims), { relations });
    expect(report.relations?.relations).toHaveLength(1);
    expect(JSON.stringify(report)).toBe(JSON.stringify(findDiscrepancies(claims, { relations })));
  });

  it("rejects what is not a claim, naming its place, and what is not iterable", async () => {
    const claims = fc.sample(arbClaim(dense), { numRuns: 3, seed: 1 });
    async function* withJunk() {
      yield* claims;
      yield { metric: "raw JSON, not a built claim" };
    }
    await expect(findDiscrepanciesAsync(withJunk() as AsyncIterable<Claim>)).rejects.toThrow(/claims\[3\]/);
    await expect(findDiscrepanciesAsync(42 as never)).rejects.toThrow(/claims/);
  });
});
