// A group's verdict and its conflicting figures are exact at any size: the O(n log n) cluster path
// (groups above maxPairsPerGroup) equals the exhaustive pairwise compare().
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claim/types.js";
import { compare } from "../../src/compare/compare.js";
import { toConflictPairs, toConflictStructure, toSmallConflictClusters } from "../../src/compare/conflictClusters.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { scaleInterval } from "../../src/interval/algebra.js";
import { intervalOf } from "../../src/quantity/intervalOf.js";
import type { QuantityObjectInput } from "../../src/quantity/schema.js";
import { getUnit } from "../../src/units/registry.js";
import { makeClaim } from "../helpers/makeClaim.js";

const at = (id: string, value: QuantityObjectInput, source = id): Claim =>
  makeClaim({ id, metric: "trade turnover", subject: ["Ukraine", "Poland"], value, period: "2024", source });

const about10 = (i: number) => at(`about-${i}`, { amount: "10", scale: "billion", unit: "USD", bound: "approx", text: "about $10 billion" });

describe("large groups keep their conflicts", () => {
  const low = at("low", { amount: "9.1", scale: "billion", unit: "USD" });
  const high = at("high", { amount: "10.9", scale: "billion", unit: "USD" });

  it.each([14, 15, 16, 30])("%i × about 10 bn USD with 9.1 and 10.9 bn USD is a conflict", (n) => {
    expect(compare(low, high).verdict).toBe("conflict");
    const report = findDiscrepancies([...Array.from({ length: n }, (_, i) => about10(i)), low, high]);
    const group = report.series[0]!.periods[0]!;
    expect(group.verdict).toBe("conflict");
    expect(report.summary.conflicts).toBeGreaterThan(0);
    expect(group.clusters).toEqual([{ unit: "USD", pairs: 1, low: ["low"], high: ["high"], extremes: ["low", "high"] }]);
    expect(report.conflicts.some((c) => c.claims.includes("low") && c.claims.includes("high"))).toBe(true);
  });

  it("sixteen and seventeen figures from $10.0 bn up by $0.1 bn: the same clusters either side of maxPairsPerGroup", () => {
    const series = (n: number) => Array.from({ length: n }, (_, i) => at(`f${i}`, { amount: (10 + i / 10).toFixed(1), scale: "billion", unit: "USD" }));
    for (const n of [16, 17]) {
      const claims = series(n);
      const report = findDiscrepancies(claims);
      let pairs = 0;
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (compare(claims[i]!, claims[j]!).verdict === "conflict") pairs++;
      const clusters = report.series[0]!.periods[0]!.clusters!;
      expect(clusters[0]!.pairs).toBe(pairs);
      expect(clusters[0]!.extremes).toEqual(["f0", `f${n - 1}`]);
      // The counts add up: every comparison is counted once as one verdict, or as a repeat.
      const s = report.summary;
      expect(s.consistent + s.conflicts + s.notComparable).toBe(s.comparisons);
      expect(report.comparisons.length).toBe(s.comparisons + (s.repeats ?? 0));
      // One spread of figures is one disagreement, counted once on either side of the threshold (it was
      // 1 at sixteen and 15 at seventeen): a conflict seen through a figure that agrees with another's is a repeat.
      expect(s.conflicts).toBe(1);
    }
  });
});

// Small integers so that ends often meet; every bound kind, open and closed.
const arbValue: fc.Arbitrary<QuantityObjectInput> = fc
  .record({
    a: fc.integer({ min: 0, max: 12 }),
    w: fc.integer({ min: 0, max: 4 }),
    bound: fc.constantFrom("exact", "rounded", "approx", "atLeast", "moreThan", "atMost", "lessThan", "range"),
    unit: fc.constantFrom("t", "t", "kg"),
  })
  .map(({ a, w, bound, unit }): QuantityObjectInput => {
    // Kilograms a thousand times larger, so t and kg figures meet.
    const amount = unit === "kg" ? String(a * 1000) : String(a);
    if (bound === "range") return unit === "kg" ? { amount, low: amount, high: String((a + w) * 1000), unit } : { amount, low: amount, high: String(a + w), unit };
    return { amount, unit, bound };
  });

describe("the cluster path equals exhaustive compare()", () => {
  it("for every group of up to 40 figures: verdict, conflicting pairs, clusters", () => {
    fc.assert(
      fc.property(fc.array(arbValue, { minLength: 1, maxLength: 40 }), fc.constantFrom(2, 16), (values, maxPairs) => {
        const claims = values.map((v, i) => at(`x${String(i).padStart(2, "0")}`, v));
        const exhaustive = new Set<string>();
        for (let i = 0; i < claims.length; i++)
          for (let j = i + 1; j < claims.length; j++) if (compare(claims[i]!, claims[j]!).verdict === "conflict") exhaustive.add(`${i},${j}`);

        // The structure itself, over the intervals in one unit.
        const intervals = claims.map((c) => scaleInterval(intervalOf(c.quantity), getUnit(c.quantity.unit)!.factor!));
        const s = toConflictStructure(intervals);
        const fast = new Set(toConflictPairs(s).map(([x, y]) => (x < y ? `${x},${y}` : `${y},${x}`)));
        expect([...fast].sort()).toEqual([...exhaustive].sort());
        expect(s.pairs).toBe(exhaustive.size);
        const { byLow: _byLow, aboveFrom: _aboveFrom, ...summary } = s;
        expect(toSmallConflictClusters(intervals)).toEqual(summary);

        // The report built on it.
        const report = findDiscrepancies(claims, { maxPairsPerGroup: maxPairs });
        const group = report.series[0]!.periods[0]!;
        expect(group.verdict === "conflict").toBe(exhaustive.size > 0);
        const involved = new Set([...exhaustive].flatMap((k) => k.split(",").map((i) => claims[Number(i)]!.id)));
        if (exhaustive.size === 0) expect(group.clusters).toBeUndefined();
        else {
          const [cluster] = group.clusters!;
          expect(cluster!.pairs).toBe(exhaustive.size);
          expect(new Set([...cluster!.low, ...cluster!.high])).toEqual(involved);
          const byId = new Map(claims.map((c) => [c.id, c] as const));
          expect(compare(byId.get(cluster!.extremes[0])!, byId.get(cluster!.extremes[1])!).verdict).toBe("conflict");
        }
        // Every figure in a conflict is shown in one, and every comparison made is compare()'s verdict.
        const shown = new Set(report.comparisons.filter((c) => c.verdict === "conflict").flatMap((c) => c.claims));
        expect(shown).toEqual(involved);
        for (const c of report.comparisons) expect(c.verdict).toBe(compare(claims.find((x) => x.id === c.claims[0])!, claims.find((x) => x.id === c.claims[1])!).verdict);
        const sum = report.summary;
        expect(sum.consistent + sum.conflicts + sum.notComparable).toBe(sum.comparisons);
        expect(report.comparisons.length).toBe(sum.comparisons + (sum.repeats ?? 0));
      }),
      { numRuns: 300 },
    );
  });
});

describe("large groups across currencies a rate links", () => {
  it("finds the conflict between a euro figure and dollar figures, as compare() with the rate does", () => {
    const rates = [{ from: "EUR", to: "USD", rate: "1.1", date: "2024-06-30" }];
    // $10.0–11.9 bn, and €9.9 bn = $10.89 bn: in conflict with every dollar figure but its neighbours.
    const dollars = Array.from({ length: 20 }, (_, i) => at(`usd-${String(i).padStart(2, "0")}`, { amount: (10 + i / 10).toFixed(1), scale: "billion", unit: "USD" }));
    const euros = at("eur", { amount: "9.9", scale: "billion", unit: "EUR" });
    const claims = [...dollars, euros];
    const report = findDiscrepancies(claims, { rates });
    expect(report.series[0]!.periods[0]!.verdict).toBe("conflict");
    const shown = new Set(report.comparisons.filter((c) => c.verdict === "conflict").flatMap((c) => c.claims));
    for (const d of dollars) expect(shown.has(d.id) || compare(d, euros, { rates }).verdict !== "conflict").toBe(true);
    expect(report.comparisons.some((c) => c.claims.includes("eur") && c.verdict === "conflict")).toBe(true);
    // Without a rate, euros and dollars are not comparable.
    expect(findDiscrepancies(claims).comparisons.some((c) => c.claims.includes("eur") && c.verdict === "conflict")).toBe(false);
  });
});
