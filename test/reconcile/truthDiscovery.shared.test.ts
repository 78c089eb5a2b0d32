import { describe, expect, it } from "vitest";
import { readTruthDiscoveryCorpus, scoreTruthDiscovery, type DataSetName } from "../../bench/truthDiscovery.js";
import { reconcileAll } from "../../src/reconcile/reconcileAll.js";

// The flight and weather truth-discovery data sets (../shared/datasets/truth-discovery/), values as text.
// Floors are the exact matches measured when this test was written (bench/README.md, "Truth discovery
// on three data sets"); a change that lowers them is a regression. Weather is read in 20–45 s.
const FLOORS: Readonly<Record<DataSetName, { items: number; truthDiscovery: number; accu: number; majority: number }>> = {
  flight: { items: 400, truthDiscovery: 356, accu: 376, majority: 319 },
  weather: { items: 19_089, truthDiscovery: 11_664, accu: 13_898, majority: 11_220 },
};

describe.each(["flight", "weather"] as const)("reconcileAll on the %s data set", (name) => {
  it("truth-discovery and accu beat majority vote, measured in the same run, and keep their floors", () => {
    const corpus = readTruthDiscoveryCorpus(name);
    const floor = FLOORS[name];
    const score = (method: "truth-discovery" | "accu" | "majority") => scoreTruthDiscovery(reconcileAll(corpus.claims, { method }), corpus);
    const majority = score("majority");
    const truth = score("truth-discovery");
    const accu = score("accu");
    expect(truth.covered).toBe(floor.items);
    expect(majority.exact).toBeGreaterThanOrEqual(floor.majority);
    expect(truth.exact).toBeGreaterThan(majority.exact);
    expect(accu.exact).toBeGreaterThan(truth.exact);
    expect(truth.exact).toBeGreaterThanOrEqual(floor.truthDiscovery);
    expect(accu.exact).toBeGreaterThanOrEqual(floor.accu);
  }, 300_000);
});
