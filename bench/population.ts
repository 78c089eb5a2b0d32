/**
 * The Wikipedia city-population corpus (Pasternack & Roth, 2010; ../shared/datasets/population/) as
 * claims, and the exact-match rate of a corpus reconciliation against its gold values. Shared by
 * `bench/population.bench.ts` and `test/reconcile/population.test.ts`.
 */
import { readFileSync } from "node:fs";
import { parseCsv } from "../src/cli/parseCsv.js";
import { claim } from "../src/claim/claim.js";
import type { Claim } from "../src/claim/types.js";
import type { CorpusReconciliation } from "../src/reconcile/corpusTypes.js";

export const POPULATION_DIR = new URL("../../shared/datasets/population/", import.meta.url);

/** Rows of a CSV file with a header, as records keyed by the header's names. */
export const readCsvRecords = (file: URL): Record<string, string>[] => {
  const parsed = parseCsv(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`${file.pathname}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`);
  const [header, ...rows] = parsed.records.map((r) => r.fields);
  if (header === undefined) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""])));
};

/** `Population2006` → `2006`; other property names are not population figures. */
const yearOf = (property: string): string | undefined => {
  const match = /^Population(\d{4})$/.exec(property);
  return match?.[1];
};

/** One gold value: the city, the year and the exact count. */
export interface GoldValue {
  readonly city: string;
  readonly year: string;
  readonly value: string;
}

/** What the adapter read. */
export interface PopulationCorpus {
  readonly claims: readonly Claim[];
  /** Rows that could not become claims (a year such as `Population0003` that is no period). */
  readonly skipped: number;
  readonly gold: readonly GoldValue[];
}

/**
 * Turns rows `ObjectID, PropertyID, PropertyValue, SourceID, TimeStamp` into claims: metric
 * "population", subject the city, period the year in PropertyID, value an exact count, source the
 * SourceID (an editor; anonymous editors are `0 (IP address)`, each address a source of its own).
 * TimeStamp is `null` throughout, so the claims carry no publication date.
 */
export const readPopulationCorpus = (dir: URL = POPULATION_DIR): PopulationCorpus => {
  const claims: Claim[] = [];
  let skipped = 0;
  for (const row of readCsvRecords(new URL("population_claims.csv", dir))) {
    const year = yearOf(row.PropertyID ?? "");
    try {
      if (year === undefined) throw new Error("no year");
      claims.push(
        claim({
          id: `${row.ObjectID}|${row.PropertyID}|${row.SourceID}`,
          metric: "population",
          subject: [row.ObjectID!],
          value: { amount: row.PropertyValue!, unit: "count", bound: "exact" },
          period: year,
          source: row.SourceID!,
        }),
      );
    } catch {
      skipped++;
    }
  }
  const gold: GoldValue[] = [];
  for (const row of readCsvRecords(new URL("population_truth.csv", dir))) {
    const year = yearOf(row.PropertyID ?? "");
    if (year !== undefined) gold.push({ city: row.ObjectID!, year, value: row.PropertyValue! });
  }
  return { claims, skipped, gold };
};

/** Exact-match rate against the gold values covered by claims. */
export interface Accuracy {
  readonly covered: number;
  readonly correct: number;
  readonly rate: number;
}

/**
 * Which half of the gold values a city falls in: FNV-1a of its name, even or odd. Anything tuned on the
 * corpus is tuned on half 0 and checked on half 1.
 */
export const halfOf = (city: string): 0 | 1 => {
  let h = 2166136261;
  for (let i = 0; i < city.length; i++) {
    h ^= city.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) % 2) as 0 | 1;
};

/** Scores a corpus reconciliation of the population claims against the gold values it covers (or one half of them). */
export const scorePopulation = (reconciled: CorpusReconciliation, corpus: PopulationCorpus, half?: 0 | 1): Accuracy => {
  const itemOf = new Map<string, string>();
  for (const c of corpus.claims) itemOf.set(c.id, `${c.subject[0]}|${c.period?.start.slice(0, 4)}`);
  const estimates = new Map<string, string>();
  for (const r of reconciled.results) estimates.set(itemOf.get(r.claimIds[0]!)!, r.estimate.value.toString());
  let covered = 0;
  let correct = 0;
  for (const g of corpus.gold) {
    if (half !== undefined && halfOf(g.city) !== half) continue;
    const estimate = estimates.get(`${g.city}|${g.year}`);
    if (estimate === undefined) continue;
    covered++;
    if (estimate === g.value) correct++;
  }
  return { covered, correct, rate: covered === 0 ? 0 : correct / covered };
};

/**
 * Pasternack & Roth's protocol: only the contested gold items (claims state at least two different
 * figures) whose true figure some claim states. Their methods break ties at random; ours break them by a
 * fixed rule, so this is simply the exact-match rate over those items.
 */
export const scorePasternackRoth = (reconciled: CorpusReconciliation, corpus: PopulationCorpus): Accuracy => {
  const figures = new Map<string, Set<string>>();
  const itemOf = new Map<string, string>();
  for (const c of corpus.claims) {
    const item = `${c.subject[0]}|${c.period?.start.slice(0, 4)}`;
    itemOf.set(c.id, item);
    let set = figures.get(item);
    if (set === undefined) figures.set(item, (set = new Set()));
    set.add(c.quantity.value.toString());
  }
  const estimates = new Map<string, string>();
  for (const r of reconciled.results) estimates.set(itemOf.get(r.claimIds[0]!)!, r.estimate.value.toString());
  let covered = 0;
  let correct = 0;
  for (const g of corpus.gold) {
    const set = figures.get(`${g.city}|${g.year}`);
    if (set === undefined || set.size < 2 || !set.has(g.value)) continue;
    covered++;
    if (estimates.get(`${g.city}|${g.year}`) === g.value) correct++;
  }
  return { covered, correct, rate: covered === 0 ? 0 : correct / covered };
};
