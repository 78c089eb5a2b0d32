/**
 * The flight (Li et al., VLDB 2012) and weather (Dong et al., VLDB 2010) truth-discovery data sets
 * (../shared/datasets/truth-discovery/, converted to claim inputs with values as text, as users send
 * them) and the accuracy of a corpus reconciliation against their gold values. Shared by
 * `bench/truthDiscovery.bench.ts` and `test/reconcile/truthDiscovery.shared.test.ts`.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { claim } from "../src/claim/claim.js";
import type { ClaimInput } from "../src/claim/schema.js";
import type { Claim } from "../src/claim/types.js";
import { Decimal } from "../src/decimal.js";
import type { CorpusReconciliation } from "../src/reconcile/corpusTypes.js";
import { applyFactor, conversionFactor } from "../src/quantity/convert.js";

export const TRUTH_DISCOVERY_DIR = new URL("../../shared/datasets/truth-discovery/", import.meta.url);

/** A data set's name. */
export type DataSetName = "flight" | "weather";

/** What the adapter read: the claims that validated, how many did not (with a few reasons), the gold values. */
export interface TruthDiscoveryCorpus {
  readonly name: DataSetName;
  readonly claims: readonly Claim[];
  readonly refused: number;
  readonly refusedExamples: readonly string[];
  /** Gold value of each item, keyed as the claim ids are up to their source: `metric|subject|period[|hour]`. */
  readonly gold: ReadonlyMap<string, number>;
}

type ClaimRecord = ClaimInput & { readonly id: string };

/** The item a claim is about: the gold file's key (the claim id without its source, and the crawl number for weather). */
export const itemOf = (id: string, name: DataSetName): string => id.split("|").slice(0, name === "flight" ? 3 : 4).join("|");

/** Reads one data set. */
export const readTruthDiscoveryCorpus = (name: DataSetName, dir: URL = TRUTH_DISCOVERY_DIR): TruthDiscoveryCorpus => {
  const records = JSON.parse(gunzipSync(readFileSync(new URL(`${name}.claims.json.gz`, dir))).toString("utf8")) as ClaimRecord[];
  const claims: Claim[] = [];
  const refusedExamples: string[] = [];
  let refused = 0;
  for (const record of records) {
    try {
      claims.push(claim(record));
    } catch (error) {
      refused++;
      if (refusedExamples.length < 5) refusedExamples.push(`${JSON.stringify(record.value)}: ${(error as Error).message}`);
    }
  }
  const gold = new Map(Object.entries(JSON.parse(readFileSync(new URL(`${name}.gold.json`, dir), "utf8")) as Record<string, number>));
  return { name, claims, refused, refusedExamples, gold };
};

/** The unit each metric's gold values are in. */
const GOLD_UNIT: Readonly<Record<string, string>> = {
  "scheduled departure": "min",
  "actual departure": "min",
  "scheduled arrival": "min",
  "actual arrival": "min",
  temperature: "°F",
  "feels-like temperature": "°F",
  "relative humidity": "%",
  "air pressure": "inHg",
  visibility: "mi",
};

/** Exact matches and matches within a tolerance (10 minutes for times, 1 % otherwise), over the gold items covered. */
export interface TruthDiscoveryAccuracy {
  readonly covered: number;
  readonly exact: number;
  readonly tolerant: number;
}

/**
 * Scores a corpus reconciliation: each estimate is converted to the gold's unit and compared with the
 * gold value exactly (as decimals) and within the data set's tolerance. An estimate that cannot be
 * converted (a unit the library did not read) counts as covered and wrong.
 */
export const scoreTruthDiscovery = (reconciled: CorpusReconciliation, corpus: TruthDiscoveryCorpus): TruthDiscoveryAccuracy => {
  let covered = 0;
  let exact = 0;
  let tolerant = 0;
  for (const result of reconciled.results) {
    const item = itemOf(result.claimIds[0]!, corpus.name);
    const gold = corpus.gold.get(item);
    if (gold === undefined) continue;
    covered++;
    const metric = item.split("|")[0]!;
    const unit = GOLD_UNIT[metric];
    let value: Decimal;
    try {
      value = unit === undefined || result.estimate.unit === unit ? result.estimate.value : applyFactor(result.estimate.value, conversionFactor(result.estimate.unit, unit));
    } catch {
      continue;
    }
    const truth = new Decimal(String(gold));
    if (value.eq(truth)) exact++;
    const tolerance = unit === "min" ? new Decimal(10) : truth.abs().times("0.01");
    if (value.minus(truth).abs().lte(tolerance)) tolerant++;
  }
  return { covered, exact, tolerant };
};

/**
 * The ceiling of any method that picks a stated figure: the gold items for which some claim states the
 * gold value exactly (converted to the gold's unit), and how many of those a majority of the item's
 * sources state.
 */
export const statedCeiling = (corpus: TruthDiscoveryCorpus): { readonly items: number; readonly stated: number } => {
  const statedItems = new Set<string>();
  const items = new Set<string>();
  for (const c of corpus.claims) {
    const item = itemOf(c.id, corpus.name);
    const gold = corpus.gold.get(item);
    if (gold === undefined) continue;
    items.add(item);
    if (statedItems.has(item)) continue;
    const unit = GOLD_UNIT[item.split("|")[0]!];
    try {
      const value = unit === undefined || c.quantity.unit === unit ? c.quantity.value : applyFactor(c.quantity.value, conversionFactor(c.quantity.unit, unit));
      if (value.eq(new Decimal(String(gold)))) statedItems.add(item);
    } catch {
      // a unit the library does not convert states no figure in the gold's unit
    }
  }
  return { items: items.size, stated: statedItems.size };
};
