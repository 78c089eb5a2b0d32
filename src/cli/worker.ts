import { toConflictsOnly } from "../compare/toConflictsOnly.js";
import { parentPort } from "node:worker_threads";
import { buildClaim } from "../claim/claim.js";
import { MAX_ISSUES } from "../claim/parseClaims.js";
import { CORPUS_PARTS_LIMIT, createPartsCache } from "../claim/shareParts.js";
import { murmur128, toCanonicalClaim } from "../claim/toClaimId.js";
import type { Claim } from "../claim/types.js";
import { createGrouper } from "../compare/groupClaims.js";
import { countVerdicts, reportFamily, resolveFindOptions, type FamilyReport } from "../compare/reportFamily.js";
import type { DiscrepancyIssue } from "../errors.js";
import { toWire } from "./wire.js";
import { renderElements } from "./writeJSON.js";

/** What the main thread asks of a worker (see jobs.ts). */
export type ToWorker =
  | { readonly type: "records"; readonly items: readonly (number | string)[] }
  | { readonly type: "validate" }
  /** Leave out these records' claims (ids repeated from another worker's records). */
  | { readonly type: "drop"; readonly indexes: readonly number[] }
  | { readonly type: "claims" }
  | { readonly type: "compare" }
  | { readonly type: "compareJSON"; readonly only?: "all" | "conflicts" };

/** What a worker answers. */
export type FromWorker =
  | { readonly type: "ack" }
  | { readonly type: "dropped" }
  | {
      readonly type: "validated";
      readonly indexes: readonly number[];
      readonly ids: readonly string[];
      /** Each claim's canonical form hashed (see toCanonicalClaim): one id and one hash is a verbatim repeat. */
      readonly hashes: readonly string[];
      readonly issues: readonly { readonly index: number; readonly issue: DiscrepancyIssue }[];
      readonly issueTotal: number;
    }
  | { readonly type: "claims"; readonly text: string }
  | { readonly type: "families"; readonly text: string }
  | { readonly type: "json"; readonly families: readonly FamilyJSON[]; readonly bytes: Uint8Array; readonly ends: Int32Array }
  | { readonly type: "done"; readonly timings: WorkerTimings }
  | { readonly type: "error"; readonly message: string };

/**
 * A family's part of the JSON report, rendered by the worker as it is printed (see writeJSON.ts). The
 * family's series, comparisons and counted conflicts (the report's `conflicts`) travel as three pieces of
 * UTF-8 in the message's `bytes`, each its elements rendered together ({@link renderElements}), empty
 * when there are none: piece `i` of the message ends at `ends[i]`, and this family's start at `first`.
 */
export interface FamilyJSON {
  readonly order: string;
  /** The index in the message's `ends` of the family's series; its comparisons and conflicts follow. */
  readonly first: number;
  readonly series: number;
  readonly comparisons: number;
  /** Of those, how many are printed (fewer with `only: "conflicts"`). */
  readonly keptSeries: number;
  readonly keptComparisons: number;
  readonly consistent: number;
  readonly conflict: number;
  readonly notComparable: number;
  readonly repeats: number;
}

/** Where a worker's time went, in milliseconds (`check --timings`). */
export interface WorkerTimings {
  /** Parsing the records' JSON and validating them into claims. */
  readonly validate: number;
  /** Grouping and checking its families. */
  readonly compare: number;
  /** Writing claims and reports as JSON for the main thread. */
  readonly serialise: number;
}

/** Families per message: each message's JSON stays far below V8's string limit. */
const FAMILIES_PER_MESSAGE = 2000;
/**
 * Rendered JSON is posted once about this many bytes are encoded. Encoded at once into a buffer outside
 * the JavaScript heap, each rendered element dies young; held as strings until posted (and then cloned),
 * a corpus's 300 MB of report survived and was copied by the worker's young-generation collections,
 * which made a worker's checking 2-3x slower than the main thread's.
 */
const JSON_BYTES_PER_MESSAGE = 1 << 22;
const CLAIMS_PER_MESSAGE = 5000;

const port = parentPort;
if (port === null) throw new Error("discrepancy: the worker must run in a worker thread");
const post = (message: FromWorker): void => port.postMessage(message);

// This worker's claims in input order, with their indexes in the whole input.
const claims: Claim[] = [];
const indexes: number[] = [];
const hashes: string[] = [];
const issues: { index: number; issue: DiscrepancyIssue }[] = [];
let issueTotal = 0;
const timings = { validate: 0, compare: 0, serialise: 0 };
// This worker's part of the corpus shares its parts as parseClaims shares a corpus's.
const parts = createPartsCache(CORPUS_PARTS_LIMIT);

const onRecords = (items: readonly (number | string)[]): void => {
  const start = performance.now();
  for (let i = 0; i < items.length; i += 2) {
    const index = items[i] as number;
    const result = buildClaim(JSON.parse(items[i + 1] as string), {}, parts);
    if (result.claim !== undefined) {
      claims.push(result.claim);
      indexes.push(index);
      hashes.push(murmur128(toCanonicalClaim(result.claim)));
      continue;
    }
    // Issues in input order; beyond what the main thread can show, only counted.
    for (const issue of result.issues) {
      issueTotal++;
      if (issues.length < MAX_ISSUES) issues.push({ index, issue: { ...issue, path: [index, ...issue.path] } });
    }
  }
  timings.validate += performance.now() - start;
};

const onDrop = (dropped: ReadonlySet<number>): void => {
  let kept = 0;
  for (let i = 0; i < claims.length; i++)
    if (!dropped.has(indexes[i]!)) {
      claims[kept] = claims[i]!;
      hashes[kept] = hashes[i]!;
      indexes[kept++] = indexes[i]!;
    }
  claims.length = kept;
  hashes.length = kept;
  indexes.length = kept;
};

const send = (type: "claims" | "families", value: unknown): void => {
  const start = performance.now();
  const text = toWire(value);
  timings.serialise += performance.now() - start;
  post({ type, text });
};

const onClaims = (): void => {
  for (let start = 0; start < claims.length; start += CLAIMS_PER_MESSAGE) {
    const batch: [number, Claim][] = [];
    for (let i = start; i < Math.min(claims.length, start + CLAIMS_PER_MESSAGE); i++) batch.push([indexes[i]!, claims[i]!]);
    send("claims", batch);
  }
};

/** Checks every family of this worker's claims, handing each report to `take`. */
const eachFamily = (take: (family: FamilyReport) => void): void => {
  const run = resolveFindOptions({});
  const grouper = createGrouper();
  for (const c of claims) grouper.add(c);
  for (const family of grouper.finish()) take(reportFamily(family, run));
};

const timed = (work: () => void): void => {
  const start = performance.now();
  const serialisedBefore = timings.serialise;
  work();
  // Serialising is counted on its own.
  timings.compare += performance.now() - start - (timings.serialise - serialisedBefore);
};

/** Family reports as JSON with Decimals marked, for a main thread that rebuilds the report. */
const onCompare = (): void =>
  timed(() => {
    let batch: FamilyReport[] = [];
    eachFamily((family) => {
      batch.push(family);
      if (batch.length >= FAMILIES_PER_MESSAGE) {
        send("families", batch);
        batch = [];
      }
    });
    if (batch.length > 0) send("families", batch);
  });

const EMPTY_SUMMARY = { claims: 0, series: 0, comparisons: 0, consistent: 0, conflicts: 0, notComparable: 0 };

/** Family reports rendered as the JSON report prints them: the main thread only writes them out. */
const onCompareJSON = (only: "all" | "conflicts"): void =>
  timed(() => {
    const encoder = new TextEncoder();
    let families: FamilyJSON[] = [];
    let bytes = new Uint8Array(JSON_BYTES_PER_MESSAGE + (JSON_BYTES_PER_MESSAGE >> 1));
    let ends = new Int32Array(4096);
    let count = 0;
    let size = 0;
    const append = (text: string): void => {
      // UTF-8 takes at most 3 bytes per UTF-16 code unit.
      if (size + 3 * text.length > bytes.length) {
        const grown = new Uint8Array(Math.max(2 * bytes.length, size + 3 * text.length));
        grown.set(bytes.subarray(0, size));
        bytes = grown;
      }
      size += encoder.encodeInto(text, bytes.subarray(size)).written;
      if (count === ends.length) {
        const grown = new Int32Array(2 * ends.length);
        grown.set(ends);
        ends = grown;
      }
      ends[count++] = size;
    };
    const flush = (): void => {
      // Copies sized to their content, transferred rather than cloned.
      const sent = bytes.slice(0, size);
      const sentEnds = ends.slice(0, count);
      port.postMessage({ type: "json", families, bytes: sent, ends: sentEnds } satisfies FromWorker, [sent.buffer, sentEnds.buffer]);
      families = [];
      count = 0;
      size = 0;
    };
    eachFamily((family) => {
      const start = performance.now();
      const counts = countVerdicts(family.comparisons);
      const first = count;
      // With only: "conflicts", what toConflictsOnly keeps of a whole report, family by family.
      const kept = only === "conflicts" ? toConflictsOnly({ summary: EMPTY_SUMMARY, series: family.series, comparisons: family.comparisons, conflicts: [] }) : undefined;
      const series = kept?.series ?? family.series;
      const comparisons = kept?.comparisons ?? family.comparisons;
      append(renderElements(series));
      append(renderElements(comparisons));
      // Rendered again rather than found in the comparisons' text: few comparisons are conflicts.
      append(renderElements(family.comparisons.filter((c) => c.verdict === "conflict" && c.repeats === undefined)));
      families.push({
        order: family.order,
        first,
        series: family.series.length,
        // Counted as assembleReport counts them: a conflict that repeats another is not counted.
        comparisons: counts.consistent + counts.conflict + counts.notComparable,
        repeats: family.comparisons.length - (counts.consistent + counts.conflict + counts.notComparable),
        keptSeries: series.length,
        keptComparisons: comparisons.length,
        consistent: counts.consistent,
        conflict: counts.conflict,
        notComparable: counts.notComparable,
      });
      timings.serialise += performance.now() - start;
      if (size >= JSON_BYTES_PER_MESSAGE || families.length >= FAMILIES_PER_MESSAGE) flush();
    });
    if (families.length > 0) flush();
  });

port.on("message", (message: ToWorker) => {
  try {
    switch (message.type) {
      case "records":
        onRecords(message.items);
        post({ type: "ack" });
        return;
      case "validate":
        post({ type: "validated", indexes, ids: claims.map((c) => c.id), hashes, issues, issueTotal });
        return;
      case "drop":
        onDrop(new Set(message.indexes));
        post({ type: "dropped" });
        return;
      case "claims":
        onClaims();
        post({ type: "done", timings });
        return;
      case "compare":
        onCompare();
        post({ type: "done", timings });
        return;
      case "compareJSON":
        onCompareJSON(message.only ?? "all");
        post({ type: "done", timings });
        return;
    }
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
