import { describe, expect, it } from "vitest";
import { readTruthDiscoveryCorpus, scoreTruthDiscovery, type DataSetName } from "../../bench/truthDiscovery.js";
import { reconcileAll } from "../../src/reconcile/reconcileAll.js";

// The flight and weather truth-discovery data sets (../shared/datasets/truth-discovery/), values as text.
// Floors are the exact matches measured when this test was written (bench/README.md, "Truth discovery
// on three data sets"); a change that lowers them is a regression. Weather is read in 20–45 s.
const FLOORS: Readonly<Record<DataSetName, { items: number; truthDiscovery: number; accu: number; truthFinder: number; majority: number }>> = {
  flight: { items: 400, truthDiscovery: 377, accu: 376, truthFinder: 356, majority: 319 },
  weather: { items: 19_089, truthDiscovery: 14_787, accu: 13_898, truthFinder: 11_664, majority: 11_220 },
};

describe.each(["flight", "weather"] as const)("reconcileAll on the %s data set", (name) => {
  it("truth-discovery beats accu, truth-finder and majority vote, measured in the same run, and every method keeps its floor", () => {
    const corpus = readTruthDiscoveryCorpus(name);
    const floor = FLOORS[name];
    const score = (method: "truth-discovery" | "accu" | "truth-finder" | "majority") => scoreTruthDiscovery(reconcileAll(corpus.claims, { method }), corpus);
    const majority = score("majority");
    const truth = score("truth-discovery");
    const accu = score("accu");
    const truthFinder = score("truth-finder");
    expect(truth.covered).toBe(floor.items);
    expect(majority.exact).toBeGreaterThanOrEqual(floor.majority);
    expect(truthFinder.exact).toBeGreaterThan(majority.exact);
    expect(accu.exact).toBeGreaterThan(truthFinder.exact);
    expect(truth.exact).toBeGreaterThan(accu.exact);
    expect(truth.exact).toBeGreaterThanOrEqual(floor.truthDiscovery);
    expect(accu.exact).toBeGreaterThanOrEqual(floor.accu);
    expect(truthFinder.exact).toBeGreaterThanOrEqual(floor.truthFinder);
  }, 300_000);
});
