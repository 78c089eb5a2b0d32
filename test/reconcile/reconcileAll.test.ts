import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claim/types.js";
import { isDiscrepancyError } from "../../src/errors.js";
import { CORPUS_METHODS, type CorpusMethod, type CorpusReconciliation } from "../../src/reconcile/corpusTypes.js";
import { reconcile } from "../../src/reconcile/createReconciler.js";
import { reconcileAll, reconcileAllAsync } from "../../src/reconcile/reconcileAll.js";
import { makeClaim } from "../helpers/makeClaim.js";

const count = (amount: string, bound: "exact" | "rounded" = "exact") => ({ amount, unit: "count", bound });

const pop = (id: string, source: string, year: string, amount: string, subject = "Atlantis"): Claim =>
  makeClaim({ id, metric: "population", subject: [subject], value: count(amount), period: year, source });

// The TSDoc example: atlas, census and bureau agree on 2020–2022 while blog does not; in 2023 only atlas
// and blog speak, and blog's figure is the smaller one, which majority vote's tie rule would pick.
const example: Claim[] = [
  ...[
    ["2020", "1000", "1100"],
    ["2021", "1050", "1150"],
    ["2022", "1100", "990"],
  ].flatMap(([year, agreed, blog]) => [
    pop(`atlas-${year}`, "atlas", year!, agreed!),
    pop(`census-${year}`, "census", year!, agreed!),
    pop(`bureau-${year}`, "bureau", year!, agreed!),
    pop(`blog-${year}`, "blog", year!, blog!),
  ]),
  pop("atlas-2023", "atlas", "2023", "1200"),
  pop("blog-2023", "blog", "2023", "1150"),
];

/** The result as JSON, for comparing runs. */
const plain = (r: CorpusReconciliation): unknown => JSON.parse(JSON.stringify(r));

describe("reconcileAll", () => {
  it("does what its TSDoc example says", () => {
    const { results, sources, iterations, converged } = reconcileAll(example, { method: "truth-discovery" });
    expect(results.length).toBe(4);
    expect(results[3]!.estimate.value.toString()).toBe("1200");
    expect(results[3]!.support).toEqual(["atlas-2023"]);
    expect(results[3]!.dissent).toEqual(["blog-2023"]);
    expect(sources.map((s) => s.name)).toEqual(["atlas", "blog", "bureau", "census"]);
    expect(sources[0]!.reliability).toBeGreaterThan(sources[1]!.reliability);
    expect(converged).toBe(true);
    expect(iterations).toBeGreaterThan(1);
  });

  it("lets a reliable source win a tie that majority vote settles by its fixed rule", () => {
    const majority = reconcileAll(example, { method: "majority" });
    expect(majority.results[3]!.estimate.value.toString()).toBe("1150"); // ties go to the smaller figure
    expect(majority.results[3]!.confidence).toBe(0.5);
  });

  it("gives one estimate per series, period and modality, in key order, with every claim id", () => {
    const claims = [
      pop("a", "s1", "2021", "10", "B"),
      pop("b", "s2", "2021", "11", "B"),
      pop("c", "s1", "2020", "10", "B"),
      makeClaim({ id: "d", metric: "population", subject: ["B"], value: count("12"), period: "2021", source: "s1", modality: "forecast" }),
      pop("e", "s1", "2021", "7", "A"),
    ];
    const { results } = reconcileAll(claims);
    expect(results.map((r) => [r.claimIds, r.modality, r.period?.text])).toEqual([
      [["e"], "actual", "2021"],
      [["c"], "actual", "2020"],
      [["a", "b"], "actual", "2021"],
      [["d"], "forecast", "2021"],
    ]);
    expect(new Set(results.map((r) => r.key)).size).toBe(4);
  });

  it("lets figures within each other's stated precision support each other", () => {
    const claims = [
      makeClaim({ id: "rounded", value: { amount: "41", scale: "billion", unit: "USD" }, period: "2023", source: "MFA" }),
      makeClaim({ id: "precise", value: { amount: "41.2", scale: "billion", unit: "USD" }, period: "2023", source: "Customs" }),
      makeClaim({ id: "far", value: { amount: "31.5", scale: "billion", unit: "USD" }, period: "2023", source: "Ministry" }),
    ];
    for (const method of ["truth-discovery", "majority"] as const) {
      const [r] = reconcileAll(claims, { method }).results;
      expect(r!.support).toEqual(["precise", "rounded"]);
      expect(r!.dissent).toEqual(["far"]);
    }
  });

  it("brings a group that mixes units of one dimension to its commonest unit", () => {
    const border = (id: string, amount: string, unit: string, source: string) =>
      makeClaim({ id, metric: "border length", value: { amount, unit, bound: "exact" }, source });
    const { results } = reconcileAll([border("km1", "1700", "km", "a"), border("km2", "1700", "km", "b"), border("mi", "1056", "mi", "c")], {
      method: "majority",
    });
    expect(results.length).toBe(1);
    expect(results[0]!.estimate.unit).toBe("km");
    expect(results[0]!.estimate.value.toString()).toBe("1700");
    expect(results[0]!.dissent).toEqual(["mi"]); // 1056 mi is exactly 1699.46… km, not 1700
  });

  it("keeps currencies apart: no group mixes figures that need an exchange rate", () => {
    const claims = [
      makeClaim({ id: "usd", value: { amount: "41", scale: "billion", unit: "USD" }, period: "2023", source: "a" }),
      makeClaim({ id: "cny", value: { amount: "290", scale: "billion", unit: "CNY" }, period: "2023", source: "b" }),
    ];
    expect(reconcileAll(claims).results.map((r) => r.claimIds)).toEqual([["cny"], ["usd"]]);
  });

  it("computes the median as reconcile() does: a stated middle figure, never a value between two that no one stated", () => {
    const claims = ["100", "110", "120", "200"].map((v, i) => pop(`m${i}`, `s${i}`, "2020", v));
    const [r] = reconcileAll(claims, { method: "median" }).results;
    // Two middle figures with one source each: the lower, as written, supported by the claim that states it.
    expect(r!.estimate).toBe(claims[1]!.quantity);
    expect(r!.support).toEqual(["m1"]);
    expect(reconcile(claims, { method: "median" }).estimate.value.toString()).toBe("110");
    expect(r!.confidence).toBeUndefined();
    const [odd] = reconcileAll(claims.slice(0, 3), { method: "median" }).results;
    expect(odd!.estimate).toBe(claims[1]!.quantity); // a stated figure is returned as written
    expect(odd!.support).toEqual(["m1"]);
  });

  it("counts a source once per figure however often it repeats itself", () => {
    const claims = [pop("x1", "loud", "2020", "5"), pop("x2", "loud", "2020", "5"), pop("x3", "loud", "2020", "5"), pop("y", "a", "2020", "6"), pop("z", "b", "2020", "6")];
    const [r] = reconcileAll(claims, { method: "majority" }).results;
    expect(r!.estimate.value.toString()).toBe("6");
    expect(r!.confidence).toBeCloseTo(2 / 3);
  });

  it("returns frozen plain data and leaves the claims alone", () => {
    const before = JSON.stringify(example);
    const r = reconcileAll(example);
    expect(JSON.stringify(example)).toBe(before);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.results)).toBe(true);
    expect(Object.isFrozen(r.results[0])).toBe(true);
    expect(Object.isFrozen(r.results[0]!.support)).toBe(true);
    expect(Object.isFrozen(r.sources[0])).toBe(true);
    expect(plain(r)).toMatchObject({ method: "truth-discovery", results: [{ estimate: { value: "1000" } }, {}, {}, {}] });
  });

  it("accepts any iterable, and async iterables through reconcileAllAsync", async () => {
    function* gen() {
      yield* example;
    }
    async function* agen() {
      yield* example;
    }
    const expected = plain(reconcileAll(example));
    expect(plain(reconcileAll(gen()))).toEqual(expected);
    expect(plain(reconcileAll(new Set(example)))).toEqual(expected);
    expect(plain(await reconcileAllAsync(agen()))).toEqual(expected);
    expect(plain(await reconcileAllAsync(example))).toEqual(expected);
  });

  it("handles an empty corpus", () => {
    expect(plain(reconcileAll([]))).toEqual({ results: [], sources: [], method: "truth-discovery", iterations: 0, converged: true });
  });

  it("judges a source with one figure mostly by the prior", () => {
    // "lone" contradicts the three agreeing sources once; with no prior that one figure is all it is judged on.
    const claims = [...example, pop("lone-2020", "lone", "2020", "5000")];
    const reliability = (prior: number) => reconcileAll(claims, { prior }).sources.find((s) => s.name === "lone")!.reliability;
    expect(reliability(0)).toBeLessThan(reliability(1));
    expect(reliability(1)).toBeLessThan(reliability(10));
  });

  it("discounts a copier's echo of a weak source (the copyDetection TSDoc example)", () => {
    // mirror repeats a different one-off source's wrong figure in ten places where three sources agree;
    // blog is alone and wrong in ten others. On E mirror repeats blog against census.
    const at = (id: string, source: string, place: string, amount: string): Claim =>
      makeClaim({ id, metric: "population", subject: [place], value: count(amount), period: "2020", source });
    const claims: Claim[] = [];
    for (let i = 0; i < 10; i++) {
      for (const s of ["census", "atlas", "bureau"]) claims.push(at(`${s}-P${i}`, s, `P${i}`, `${1000 + i}`), at(`${s}-Q${i}`, s, `Q${i}`, `${2000 + i}`));
      claims.push(at(`anon${i}-P${i}`, `anon${i}`, `P${i}`, `${1500 + i}`), at(`mirror-P${i}`, "mirror", `P${i}`, `${1500 + i}`));
      claims.push(at(`blog-Q${i}`, "blog", `Q${i}`, `${2500 + i}`));
    }
    claims.push(at("census-E", "census", "E", "9000"), at("blog-E", "blog", "E", "9500"), at("mirror-E", "mirror", "E", "9500"));
    const e = (r: CorpusReconciliation) => r.results.find((x) => x.claimIds.includes("census-E"))!;
    const tf = { method: "truth-finder" } as const;
    expect(e(reconcileAll(claims, tf)).estimate.value.toString()).toBe("9000");
    expect(e(reconcileAll(claims, { ...tf, copyDetection: false })).estimate.value.toString()).toBe("9500");
    // truth-finder: the discount changes which figure wins, not how reliable the sources are judged to be.
    const judged = (r: CorpusReconciliation) => r.sources.map(({ name, reliability, claims: n }) => ({ name, reliability, claims: n }));
    expect(judged(reconcileAll(claims, tf))).toEqual(judged(reconcileAll(claims, { ...tf, copyDetection: false })));
    // truth-discovery's accuracies already set census far above blog and mirror, copies or not.
    expect(e(reconcileAll(claims)).estimate.value.toString()).toBe("9000");
    expect(e(reconcileAll(claims, { copyDetection: false })).estimate.value.toString()).toBe("9000");
    // It says who copies: mirror shares every losing figure with someone; the others lost none or alone.
    for (const options of [{}, tf]) {
      const copying = Object.fromEntries(reconcileAll(claims, options).sources.map((x) => [x.name, x.copying]));
      expect(copying.mirror).toBeGreaterThan(0.5);
      for (const name of ["census", "atlas", "bureau", "blog", "anon0"]) expect(copying[name], name).toBeLessThan(copying.mirror! / 2);
    }
    expect(reconcileAll(claims, { copyDetection: false }).sources.every((x) => !("copying" in x))).toBe(true);
    expect(reconcileAll(claims, { method: "majority" }).sources.every((x) => !("copying" in x))).toBe(true);
  });

  it("breaks a tie between a figure and a rounded one around it in favour of the precise one", () => {
    // Each lies within the other's precision, so both have the same supporters.
    const claims = [pop("exact", "a", "2020", "2103000"), makeClaim({ id: "rounded", metric: "population", subject: ["Atlantis"], value: count("2100000", "rounded"), period: "2020", source: "b" })];
    expect(reconcileAll(claims).results[0]!.estimate.value.toString()).toBe("2103000");
    // The rounded figure holds the precise one, which gets its weak share: the precise one wins the tie.
    expect(reconcileAll(claims, { method: "majority" }).results[0]!.estimate.value.toString()).toBe("2103000");
  });

  it.each([
    [{ copyDetection: "yes" }, 'option copyDetection must be a boolean, got "yes"'],
    [{ method: "vote" }, 'unknown corpus reconciliation method "vote"'],
    [{ prior: -1 }, "option prior must be a finite number ≥ 0, got -1"],
    [{ dampening: 0 }, "option dampening must be a finite number > 0, got 0"],
    [{ maxIterations: 1.5 }, "option maxIterations must be an integer ≥ 1, got 1.5"],
  ])("refuses the options %j", (options, message) => {
    expect(() => reconcileAll(example, options as never)).toThrow(message);
  });

  it("uses the method asked for by name, and says so in every result", () => {
    for (const method of CORPUS_METHODS) {
      const r = reconcileAll(example, { method });
      expect(r.method).toBe(method);
      for (const g of r.results) expect(g.method).toBe(method);
      expect(r.iterations > 0).toBe(method === "truth-discovery" || method === "accu" || method === "truth-finder");
    }
  });

  it("accu: a source's accuracy is a probability, and a very accurate source outvotes two that are usually wrong", () => {
    // On ten places a, b and c agree while d and e each state their own wrong figure; on place X, a
    // stands alone against d and e.
    const claims: Claim[] = [];
    for (let i = 0; i < 10; i++) {
      const place = `P${i}`;
      for (const s of ["a", "b", "c"]) claims.push(pop(`${s}-${place}`, s, "2020", String(1000 + i), place));
      claims.push(pop(`d-${place}`, "d", "2020", String(2000 + i), place), pop(`e-${place}`, "e", "2020", String(3000 + i), place));
    }
    claims.push(pop("a-X", "a", "2020", "500", "X"), pop("d-X", "d", "2020", "600", "X"), pop("e-X", "e", "2020", "600", "X"));
    const x = (r: CorpusReconciliation) => r.results.find((g) => g.claimIds.includes("a-X"))!;
    expect(x(reconcileAll(claims, { method: "majority" })).estimate.value.toString()).toBe("600");
    const accu = reconcileAll(claims, { method: "accu" });
    expect(x(accu).estimate.value.toString()).toBe("500");
    expect(accu.converged).toBe(true);
    const reliability = Object.fromEntries(accu.sources.map((s) => [s.name, s.reliability]));
    expect(reliability.a).toBeGreaterThan(0.9);
    expect(reliability.d).toBeLessThan(0.5);
    // A figure's confidence is its probability among the item's figures: the two of place X sum to at most 1.
    expect(x(accu).confidence!).toBeGreaterThan(0.5);
    expect(accu.sources.every((s) => s.copying !== undefined)).toBe(true);
  });

  it("names an item that is not a claim, and refuses what is not iterable", async () => {
    const bad = () => reconcileAll([example[0]!, { metric: "population", value: "5" } as never]);
    expect(bad).toThrow(/claims\[1\] is not a claim/);
    try {
      bad();
    } catch (error) {
      expect(isDiscrepancyError(error)).toBe(true);
    }
    expect(() => reconcileAll(42 as never)).toThrow("claims must be an iterable or async iterable of claims, got 42");
    await expect(reconcileAllAsync(null as never)).rejects.toThrow("claims must be an iterable or async iterable of claims, got null");
  });
});

// Small random corpora: a few places and years, four sources, figures from a small pool (so they agree
// and disagree often), some rounded.
const arbCorpus = fc
  .array(
    fc.record({
      place: fc.constantFrom("A", "B", "C"),
      year: fc.constantFrom("2020", "2021"),
      source: fc.constantFrom("s1", "s2", "s3", "s4"),
      amount: fc.constantFrom("100", "101", "120", "1000", "1000000"),
      rounded: fc.boolean(),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((rows) =>
    rows.map((r, i) =>
      makeClaim({ id: `c${i}`, metric: "population", subject: [r.place], value: count(r.amount, r.rounded ? "rounded" : "exact"), period: r.year, source: r.source }),
    ),
  );

describe("reconcileAll properties", () => {
  it.each(CORPUS_METHODS.map((m) => [m]))("%s does not depend on the order of the claims", (method: CorpusMethod) => {
    fc.assert(
      fc.property(
        arbCorpus.chain((claims) => fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length }))),
        fc.boolean(),
        ([claims, shuffled], copyDetection) => {
          expect(plain(reconcileAll(shuffled, { method, copyDetection }))).toEqual(plain(reconcileAll(claims, { method, copyDetection })));
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each(CORPUS_METHODS.map((m) => [m]))("%s gives a unanimous group its unanimous figure", (method: CorpusMethod) => {
    fc.assert(
      fc.property(arbCorpus, fc.constantFrom("7", "123456789012345678901234567890"), fc.integer({ min: 1, max: 5 }), (others, amount, n) => {
        const unanimous = Array.from({ length: n }, (_, i) => makeClaim({ id: `u${i}`, metric: "population", subject: ["Z"], value: count(amount), period: "2020", source: `s${i + 1}` }));
        const result = reconcileAll([...others, ...unanimous], { method }).results.find((r) => r.claimIds[0] === "u0")!;
        expect(result.estimate.value.toString()).toBe(amount);
        expect(result.support).toEqual(unanimous.map((c) => c.id).sort());
        expect(result.dissent).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it.each(CORPUS_METHODS.map((m) => [m]))("%s keeps reliabilities and confidences in [0, 1] and splits every group into support and dissent", (method: CorpusMethod) => {
    fc.assert(
      fc.property(arbCorpus, fc.integer({ min: 0, max: 5 }), (claims, prior) => {
        const r = reconcileAll(claims, { method, prior });
        for (const s of r.sources) {
          expect(s.reliability).toBeGreaterThanOrEqual(0);
          expect(s.reliability).toBeLessThanOrEqual(1);
        }
        expect(r.sources.reduce((n, s) => n + s.claims, 0)).toBe(claims.length);
        for (const g of r.results) {
          if (g.confidence !== undefined) {
            expect(g.confidence).toBeGreaterThanOrEqual(0);
            expect(g.confidence).toBeLessThanOrEqual(1);
          }
          expect([...g.support, ...g.dissent].sort()).toEqual(g.claimIds);
          if (method !== "median") expect(g.support.length).toBeGreaterThan(0);
        }
        expect(r.results.reduce((n, g) => n + g.claimIds.length, 0)).toBe(claims.length);
      }),
      { numRuns: 150 },
    );
  });
});
