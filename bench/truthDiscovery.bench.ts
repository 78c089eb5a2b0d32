/**
 * Accuracy of corpus reconciliation on the flight and weather truth-discovery data sets (values as text,
 * as users send them): every method and majority vote in one run, exact and within tolerance.
 */
import { existsSync } from "node:fs";
import { CORPUS_METHODS } from "../src/reconcile/corpusTypes.js";
import { reconcileAll } from "../src/reconcile/reconcileAll.js";
import { TRUTH_DISCOVERY_DIR, readTruthDiscoveryCorpus, scoreTruthDiscovery, statedCeiling, type DataSetName } from "./truthDiscovery.js";

if (!existsSync(TRUTH_DISCOVERY_DIR)) {
  console.log("truth discovery: ../shared/datasets/truth-discovery is not there; skipped.");
} else {
  for (const name of ["flight", "weather"] as const satisfies readonly DataSetName[]) {
    const start = performance.now();
    const corpus = readTruthDiscoveryCorpus(name);
    console.log(
      `\n${name}: ${corpus.claims.length.toLocaleString("en-US")} claims, ${corpus.refused.toLocaleString("en-US")} refused, ${corpus.gold.size.toLocaleString("en-US")} gold items; read in ${(performance.now() - start).toFixed(0)} ms.`,
    );
    for (const example of corpus.refusedExamples) console.log(`  refused: ${example}`);
    console.log("\n| method | items covered | exact | within tolerance | time |");
    console.log("|---|---|---|---|---|");
    for (const method of CORPUS_METHODS) {
      const t = performance.now();
      const result = reconcileAll(corpus.claims, { method });
      const ms = performance.now() - t;
      const a = scoreTruthDiscovery(result, corpus);
      const pct = (n: number) => `${n}/${a.covered} (${((100 * n) / a.covered).toFixed(1)} %)`;
      console.log(`| ${method} | ${a.covered} | ${pct(a.exact)} | ${pct(a.tolerant)} | ${ms.toFixed(0)} ms |`);
    }
    const ceiling = statedCeiling(corpus);
    console.log(
      `\nSome claim states the gold value exactly for ${ceiling.stated} of ${ceiling.items} gold items (${((100 * ceiling.stated) / ceiling.items).toFixed(1)} %): the ceiling of any method that picks a stated figure.`,
    );
  }
}
