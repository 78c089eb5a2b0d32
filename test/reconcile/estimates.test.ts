// An estimate never counts a claim it contradicts as support: open-ended figures, the median, precise
// figures inside round ones, and methods that cannot apply (issue 16, "Estimates").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claim/types.js";
import { compare } from "../../src/compare/compare.js";
import { CORPUS_METHODS } from "../../src/reconcile/corpusTypes.js";
import { reconcile } from "../../src/reconcile/createReconciler.js";
import { reconcileAll } from "../../src/reconcile/reconcileAll.js";
import { RECONCILE_METHODS } from "../../src/reconcile/types.js";
import type { Quantity } from "../../src/quantity/types.js";
import type { QuantityObjectInput } from "../../src/quantity/schema.js";
import { formatCorpusReconciliation } from "../../src/report/formatCorpusReconciliation.js";
import { makeClaim } from "../helpers/makeClaim.js";

const at = (id: string, value: QuantityObjectInput, source: string = id, metric = "trade turnover", subject = ["Ukraine", "EU"]): Claim =>
  makeClaim({ id, metric, subject, value, period: "2024", source });

/** Whether a quantity's interval holds a value or a whole other interval (what "lies inside" means). */
const holds = (q: Quantity, estimate: Quantity): boolean => {
  const ge = (x: Quantity["low"], open: boolean) => x === null || (open ? x.lt(estimate.value) : x.lte(estimate.value));
  const le = (x: Quantity["high"], open: boolean) => x === null || (open ? x.gt(estimate.value) : x.gte(estimate.value));
  const own = (estimate.low === null || (estimate.lowOpen ? estimate.low.lt(estimate.value) : estimate.low.lte(estimate.value))) &&
    (estimate.high === null || (estimate.highOpen ? estimate.high.gt(estimate.value) : estimate.high.gte(estimate.value)));
  const value = own && ge(q.low, q.lowOpen) && le(q.high, q.highOpen);
  const lowIn = q.low === null || (estimate.low !== null && (estimate.low.gt(q.low) || (estimate.low.eq(q.low) && (estimate.lowOpen || !q.lowOpen))));
  const highIn = q.high === null || (estimate.high !== null && (estimate.high.lt(q.high) || (estimate.high.eq(q.high) && (estimate.highOpen || !q.highOpen))));
  return value || (lowIn && highIn);
};

/** A claim standing for an estimate, to compare() it with the claims. */
const asClaim = (q: Quantity, like: Claim): Claim => Object.freeze({ ...like, id: "estimate", quantity: q, source: { name: "estimate" } });

describe("an open-ended figure never hides a conflict", () => {
  const claims = [
    at("customs", { amount: "61.9", scale: "billion", unit: "EUR" }, "State Customs Service of Ukraine"),
    at("commission", { amount: "65.4", scale: "billion", unit: "EUR" }, "European Commission"),
    at("agency", { amount: "60", scale: "billion", unit: "EUR", bound: "moreThan" }, "News agency"),
  ];

  it.each(["truth-discovery", "majority"] as const)("%s: a stated figure is the estimate, and the group is contested", (method) => {
    expect(compare(claims[0]!, claims[1]!).verdict).toBe("conflict");
    const r = reconcileAll(claims, { method });
    const [e] = r.results;
    expect(e!.estimate.bound).not.toBe("moreThan");
    expect(e!.dissent.length).toBeGreaterThan(0);
    expect(e!.support).not.toEqual(expect.arrayContaining(["customs", "commission"]));
    expect(formatCorpusReconciliation(r, { claims })).toContain(", 1 contested");
  });
});

describe("median", () => {
  const mt = (id: string, amount: string, bound?: QuantityObjectInput["bound"]) =>
    at(id, { amount, scale: "million", unit: "t", ...(bound !== undefined ? { bound } : {}) }, id, "grain harvest", ["Ukraine"]);
  const claims = [mt("a", "40.5"), mt("b", "40", "moreThan"), mt("c", "36")];

  it("is a stated figure, supported by the claims that hold it", () => {
    for (const r of [reconcile(claims, { method: "median" }), reconcileAll(claims, { method: "median" }).results[0]!]) {
      expect(r.estimate.value.toString()).toBe("40500000");
      expect(r.estimate.bound).toBe("rounded");
      expect(r.support).toEqual(["a", "b"]);
      expect(r.dissent).toEqual(["c"]);
    }
    const { sources } = reconcileAll(claims, { method: "median" });
    expect(sources.some((s) => s.reliability > 0)).toBe(true);
  });

  it("of two claims, one of them as written, with support", () => {
    const r = reconcile([claims[0]!, claims[2]!], { method: "median" });
    expect(r.estimate.bound).not.toBe("range");
    expect(r.support.length).toBe(1);
    expect(reconcileAll([claims[0]!, claims[2]!], { method: "median" }).results[0]!.support.length).toBe(1);
  });

  it("falls back, saying so as data, when no claim states a figure", () => {
    const r = reconcile([mt("x", "40", "moreThan"), mt("y", "50", "lessThan")], { method: "median" });
    expect(r.fallback).toEqual({ requested: "median", code: "no-stated-figure" });
    expect(r.method).not.toBe("median");
  });
});

// Held-out kind (open-ended figures in estimates): the weighted methods averaged a bound word as if it
// stated its bound — "over $4 billion" beside $5 and $5.1 billion gave $4.7 billion, below every figure
// anyone stated. A bound alone states no figure: it does not vote on a mean (as on the median).
describe("a bound word alone does not vote on a weighted mean", () => {
  const bn = (id: string, amount: string, bound?: QuantityObjectInput["bound"], source: string = id, subject = ["Ukraine"]) =>
    at(id, { amount, scale: "billion", unit: "EUR", ...(bound !== undefined ? { bound } : {}) }, source, "exports", subject);

  it("reliability-weighted: the mean of the stated figures; the bound supports it when it holds it", () => {
    const r = reconcile([bn("a", "5"), bn("b", "5.1"), bn("c", "4", "moreThan")], { method: "reliability-weighted" });
    expect(r.method).toBe("reliability-weighted");
    expect(r.estimate.value.toString()).toBe("5050000000");
    expect(r.support).toContain("c");
    expect(r.raw?.map((x) => x.claim)).toEqual(["a", "b"]);
  });

  it("reliability-weighted with no stated figure falls back, saying so as data", () => {
    const r = reconcile([bn("a", "4", "moreThan"), bn("b", "6", "lessThan")], { method: "reliability-weighted" });
    expect(r.fallback).toEqual({ requested: "reliability-weighted", code: "no-stated-figure" });
  });

  it("mirror-statistics: a partner whose own figure is a bound alone has no figure to mirror", () => {
    const subject = ["Ukraine", "EU"];
    const ua = at("ua", { amount: "60", scale: "billion", unit: "EUR", bound: "moreThan" }, "x", "exports", subject);
    const claims = [
      Object.freeze({ ...ua, source: { name: "State Customs Service of Ukraine", country: "UA" } }),
      bn("ec", "65.4", undefined, "European Commission", subject),
    ];
    const r = reconcile(claims, { method: "mirror-statistics" });
    expect(r.fallback).toEqual({ requested: "mirror-statistics", code: "no-mirror-pair" });
  });
});

describe("a precise wrong figure does not beat a round right one", () => {
  // Three sources say "820" (stated to the ten: 815–825), one says "816".
  const minutes = (id: string, amount: string) => at(id, { amount, unit: "min" }, id, "flight time", ["LHR", "NRT"]);
  const claims = [minutes("a", "820"), minutes("b", "820"), minutes("c", "820"), minutes("d", "816")];

  it.each(["truth-discovery", "majority"] as const)("%s returns 820", (method) => {
    expect(claims[0]!.quantity.low?.toString()).toBe("815");
    const [e] = reconcileAll(claims, { method }).results;
    expect(e!.estimate.value.toString()).toBe("820");
    expect(e!.support).toEqual(["a", "b", "c"]);
    expect(e!.dissent).toEqual(["d"]);
  });

  it("with two against one too, but one against one goes to the precise figure the round one holds", () => {
    expect(reconcileAll([claims[0]!, claims[1]!, claims[3]!], { method: "majority" }).results[0]!.estimate.value.toString()).toBe("820");
    expect(reconcileAll([claims[0]!, claims[3]!], { method: "majority" }).results[0]!.estimate.value.toString()).toBe("816");
  });
});

describe("a method asked for by name is the method used, or the result says why not", () => {
  const cn = at("cn", { amount: "41", scale: "billion", unit: "USD" }, "Ministry of Foreign Affairs of China", "trade turnover", ["China", "Kazakhstan"]);
  const kz = at("kz", { amount: "31.5", scale: "billion", unit: "USD" }, "Ministry of Trade and Integration of Kazakhstan", "trade turnover", ["China", "Kazakhstan"]);

  it("preferred-source without a ranked source, and mirror statistics without the partners' own figures", () => {
    const preferred = reconcile([cn, kz], { method: "preferred-source", ranking: ["Somebody"] });
    expect([preferred.method, preferred.fallback]).toEqual(["attributed-range", { requested: "preferred-source", code: "no-ranked-source" }]);
    const mirror = reconcile([cn, kz], { method: "mirror-statistics" });
    expect([mirror.method, mirror.fallback]).toEqual(["attributed-range", { requested: "mirror-statistics", code: "no-mirror-pair" }]);
  });
});

// Generated series: small integers in one unit, every bound, a few sources, so that groups both agree and conflict.
const arbValue: fc.Arbitrary<QuantityObjectInput> = fc
  .record({ a: fc.integer({ min: 1, max: 30 }), w: fc.integer({ min: 0, max: 6 }), bound: fc.constantFrom("exact", "rounded", "approx", "atLeast", "moreThan", "atMost", "lessThan", "range") })
  .map(({ a, w, bound }): QuantityObjectInput => (bound === "range" ? { amount: String(a), low: String(a), high: String(a + w), unit: "t" } : { amount: String(a), unit: "t", bound }));

const arbSeries = fc
  .array(fc.record({ value: arbValue, source: fc.constantFrom("s1", "s2", "s3", "s4", "s5"), year: fc.constantFrom("2022", "2023") }), { minLength: 1, maxLength: 12 })
  .map((rows) => rows.map((r, i) => makeClaim({ id: `c${String(i).padStart(2, "0")}`, metric: "grain harvest", subject: ["Ukraine"], value: r.value, period: r.year, source: r.source })));

/** The invariants of one estimate over its claims. */
const checkEstimate = (claims: readonly Claim[], estimate: Quantity, support: readonly string[], dissent: readonly string[]): void => {
  const byId = new Map(claims.map((c) => [c.id, c] as const));
  const estimateClaim = asClaim(estimate, claims[0]!);
  for (const id of support) {
    const c = byId.get(id)!;
    expect(compare(estimateClaim, c).verdict, `support ${id} conflicts with the estimate`).not.toBe("conflict");
    expect(holds(c.quantity, estimate), `the estimate lies inside supporter ${id}`).toBe(true);
  }
  let conflict = false;
  for (let i = 0; i < claims.length; i++) for (let j = i + 1; j < claims.length; j++) if (compare(claims[i]!, claims[j]!).verdict === "conflict") conflict = true;
  if (conflict) expect(dissent.length, "a group with a conflict is contested").toBeGreaterThan(0);
};

describe("invariants over generated series", () => {
  it.each([...CORPUS_METHODS])("reconcileAll %s", (method) => {
    fc.assert(
      fc.property(arbSeries, (claims) => {
        const r = reconcileAll(claims, { method });
        expect(r.results.every((x) => x.method === method)).toBe(true);
        for (const e of r.results) checkEstimate(claims.filter((c) => e.claimIds.includes(c.id)), e.estimate, e.support, e.dissent);
      }),
      { numRuns: 200 },
    );
  });

  // attributed-range and mirror-statistics keep every party's figure as a span (their `raw`): no single value to hold.
  it.each(RECONCILE_METHODS.filter((m) => m !== "attributed-range" && m !== "mirror-statistics"))("reconcile %s", (method) => {
    fc.assert(
      fc.property(arbSeries, (all) => {
        const claims = all.filter((c) => c.period?.text === all[0]!.period?.text);
        const r = reconcile(claims, { method, ranking: ["s2", "s1"], reliabilities: { s1: "0.9" } });
        if (r.method !== method) expect(r.fallback?.requested).toBe(method);
        else expect(r.fallback).toBeUndefined();
        if (r.method !== "attributed-range") checkEstimate(claims, r.estimate, r.support, r.dissent);
      }),
      { numRuns: 200 },
    );
  });
});
