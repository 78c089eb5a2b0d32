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
    expect(truth.rate).toBeGreaterThanOrEqual(256 / 301); // 85.0 %; majority vote: 242 / 301 = 80.4 %
    expect(discovered.converged).toBe(true);
  });

  it("accu and truth-finder beat majority vote and keep their floors; truth-discovery beats both (docs/decisions/truth-discovery.md)", () => {
    const score = (method: "accu" | "truth-finder" | "majority" | "truth-discovery") => scorePopulation(reconcileAll(corpus.claims, { method }), corpus).correct;
    const majority = score("majority");
    const accu = score("accu");
    const truthFinder = score("truth-finder");
    const truth = score("truth-discovery");
    expect(accu).toBeGreaterThan(majority);
    expect(accu).toBeGreaterThanOrEqual(247); // 82.1 %
    expect(truthFinder).toBeGreaterThanOrEqual(252); // 83.7 %
    expect(truth).toBeGreaterThan(Math.max(accu, truthFinder));
  });
});
