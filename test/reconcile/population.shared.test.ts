import { describe, expect, it } from "vitest";
import { readPopulationCorpus, scorePopulation } from "../../bench/population.js";
import { reconcileAll } from "../../src/reconcile/reconcileAll.js";

// The Wikipedia city-population corpus (../shared/datasets/population/): 49,955 conflicting figures from
// 4,264 editors, 308 gold values. Floors are the rates measured when this test was written (see
// bench/README.md, "Corpus reconciliation"); a change that lowers them is a regression.
describe("reconcileAll on the population corpus", () => {
  const corpus = readPopulationCorpus();

  it("reads the corpus: every row with a year becomes a claim", () => {
    expect(corpus.claims.length + corpus.skipped).toBe(49_955);
    expect(corpus.skipped).toBe(343); // PropertyIDs such as Population0010 name no year
    expect(corpus.gold.length).toBe(308);
  });

  it("beats majority vote on the gold values, measured in the same run", () => {
    const majority = scorePopulation(reconcileAll(corpus.claims, { method: "majority" }), corpus);
    const discovered = reconcileAll(corpus.claims, { method: "truth-discovery" });
    const truth = scorePopulation(discovered, corpus);
    expect(truth.covered).toBe(301);
    expect(majority.covered).toBe(301);
    expect(truth.correct).toBeGreaterThan(majority.correct);
    expect(truth.rate).toBeGreaterThanOrEqual(252 / 301); // 83.7 %; majority vote: 242 / 301 = 80.4 %
    expect(discovered.converged).toBe(true);
  });

  it("accu beats majority vote and keeps its floor (it stays below truth-discovery here; see docs/decisions/truth-discovery.md)", () => {
    const majority = scorePopulation(reconcileAll(corpus.claims, { method: "majority" }), corpus);
    const accu = scorePopulation(reconcileAll(corpus.claims, { method: "accu" }), corpus);
    expect(accu.correct).toBeGreaterThan(majority.correct);
    expect(accu.correct).toBeGreaterThanOrEqual(247); // 82.1 %
  });
});
