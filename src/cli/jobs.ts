import { Worker } from "node:worker_threads";
import { MAX_ISSUES, type ClaimNotice } from "../claim/parseClaims.js";
import type { Claim } from "../claim/types.js";
import { assembleReport, type FamilyReport } from "../compare/reportFamily.js";
import type { Report } from "../compare/reportTypes.js";
import type { DiscrepancyIssue } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import type { InputRecord } from "./parseInput.js";
import { createRecordLocations } from "./recordLocations.js";
import { toFamilyKeyOfInput, toPartition } from "./partition.js";
import { fromWire } from "./wire.js";
import type { FamilyJSON, FromWorker, ToWorker, WorkerTimings } from "./worker.js";
import type { ReportJSONParts } from "./writeJSON.js";

/** Records per message to a worker, and messages in flight per worker before reading waits. */
const BATCH = 500;
const IN_FLIGHT = 8;

/** Validated claims: their count, and the issues and notices in input order, as `parseClaims` reports them. */
export interface Validated {
  readonly count: number;
  /** Paths start with the record's index in the whole input; "and N more issues" has an empty path. */
  readonly issues: readonly DiscrepancyIssue[];
  /** Records read as the verbatim repeat of an earlier one. */
  readonly notices: readonly ClaimNotice[];
}

/**
 * Claims checked by worker threads (`--jobs N`). Records are routed by a hash of their family key (the
 * series key without qualifiers: a family's series are compared with each other) and travel as their
 * JSON text; each worker validates its records and, once every record is in, checks its families. The
 * main thread keeps only where each record came from (a file number and a line or index), merges the
 * issues in input order and the family reports in report order, so the result equals the
 * single-threaded one.
 */
export interface ClaimPool {
  /** Sends a record to its worker; returns a promise to await when the workers are behind. */
  add(record: InputRecord): Promise<void> | undefined;
  /** Where a record came from, rebuilt from its index (for problems). */
  recordAt(index: number): InputRecord;
  /** Validation results once every record is in (duplicate ids found across workers). */
  validate(): Promise<Validated>;
  /** The claims in input order (built by the workers, sent back as JSON). */
  claims(): Promise<Claim[]>;
  /** The report of all claims. */
  compare(): Promise<Report>;
  /** The report of all claims as the JSON format prints it, rendered by the workers (nothing rebuilt here). */
  compareJSON(only?: "all" | "conflicts"): Promise<ReportJSONParts>;
  /** Where the time went: each worker's own, and the main thread's reading of what they sent. */
  timings(): { readonly workers: readonly WorkerTimings[]; readonly revive: number };
  /** Stops the workers. */
  close(): Promise<void>;
}

/** The worker script: the bundled file next to the bundled CLI, or the TypeScript source under tsx (tests, development). */
const startWorker = (): Worker => {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./cli-worker.js", here));
  const source = new URL("./worker.ts", here).href;
  const code = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}; register(); await import(${JSON.stringify(source)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`));
};

interface Channel {
  readonly worker: Worker;
  /** Answers not yet taken (acknowledgements are counted, not queued). */
  readonly inbox: FromWorker[];
  take: ((message: FromWorker) => void) | undefined;
  /** Called when the worker has room for more records again. */
  room: (() => void) | undefined;
  failed: Error | undefined;
  items: (number | string)[];
  inFlight: number;
}

/** Starts `n` worker threads. */
export const createClaimPool = (n: number): ClaimPool => {
  const channels: Channel[] = [];
  for (let i = 0; i < n; i++) {
    const channel: Channel = { worker: startWorker(), inbox: [], take: undefined, room: undefined, failed: undefined, items: [], inFlight: 0 };
    const deliver = (message: FromWorker): void => {
      if (message.type === "ack") channel.inFlight--;
      if (channel.room !== undefined && (channel.inFlight < IN_FLIGHT || message.type === "error")) {
        const room = channel.room;
        channel.room = undefined;
        room();
      }
      if (message.type === "ack") return;
      if (channel.take !== undefined) {
        const take = channel.take;
        channel.take = undefined;
        take(message);
      } else channel.inbox.push(message);
    };
    channel.worker.on("message", deliver);
    channel.worker.on("error", (error) => {
      channel.failed = error;
      deliver({ type: "error", message: error.stack ?? error.message });
    });
    channels.push(channel);
  }

  const failure = (message: string): Error => new Error(`a worker failed: ${message}`);

  /** The next answer of a worker other than an acknowledgement (a worker's error is thrown). */
  const next = (channel: Channel): Promise<FromWorker> =>
    new Promise<FromWorker>((resolve, reject) => {
      const take = (message: FromWorker): void => (message.type === "error" ? reject(failure(message.message)) : resolve(message));
      const queued = channel.inbox.shift();
      if (queued !== undefined) take(queued);
      else channel.take = take;
    });

  const send = (channel: Channel, message: ToWorker): void => channel.worker.postMessage(message);
  const flush = (channel: Channel): void => {
    if (channel.items.length === 0) return;
    send(channel, { type: "records", items: channel.items });
    channel.items = [];
    channel.inFlight++;
  };

  // Where each record came from: a file (its name, format and JSON path prefix) and a line or index.
  const locations = createRecordLocations();
  let count = 0;
  let validCount = 0;

  const workerTimings: WorkerTimings[] = channels.map(() => ({ validate: 0, compare: 0, serialise: 0 }));
  let revive = 0;
  /** Asks every worker for claims or families; `take` reads each message's JSON as it arrives. */
  const collect = async (type: "claims" | "compare" | "compareJSON", take: (message: FromWorker) => void, only?: "all" | "conflicts"): Promise<void> => {
    await Promise.all(
      channels.map(async (channel, k) => {
        send(channel, type === "compareJSON" && only !== undefined ? { type, only } : { type });
        for (;;) {
          const message = await next(channel);
          if (message.type === "done") {
            workerTimings[k] = message.timings;
            return;
          }
          const start = performance.now();
          take(message);
          revive += performance.now() - start;
        }
      }),
    );
  };

  return {
    add(record) {
      const index = locations.add(record);
      count = index + 1;
      const channel = channels[toPartition(toFamilyKeyOfInput(record.input), channels.length)]!;
      channel.items.push(index, record.text ?? JSON.stringify(record.input));
      if (channel.items.length < 2 * BATCH) return undefined;
      if (channel.failed !== undefined) throw failure(channel.failed.message);
      flush(channel);
      if (channel.inFlight < IN_FLIGHT) return undefined;
      return new Promise<void>((resolve) => {
        channel.room = resolve;
      });
    },

    recordAt(index) {
      return locations.at(index)!;
    },

    async validate() {
      const results = await Promise.all(
        channels.map(async (channel) => {
          // A worker answers in order: "validated" comes after every record sent before it.
          flush(channel);
          send(channel, { type: "validate" });
          const message = await next(channel);
          if (message.type !== "validated") throw new Error(`unexpected message ${message.type}`);
          return message;
        }),
      );
      // Ids in input order, to find repeats and duplicates as parseClaims does: one id and one canonical
      // form is a repeat (the later record is left out); one id and two forms drops both records.
      const idAt: (string | undefined)[] = new Array<string | undefined>(count);
      const hashAt: (string | undefined)[] = new Array<string | undefined>(count);
      const ownerOf = new Int32Array(count);
      let valid = 0;
      results.forEach((r, owner) => {
        for (let i = 0; i < r.indexes.length; i++) {
          idAt[r.indexes[i]!] = r.ids[i]!;
          hashAt[r.indexes[i]!] = r.hashes[i]!;
          ownerOf[r.indexes[i]!] = owner;
          valid++;
        }
      });
      const repeated: number[][] = channels.map(() => []);
      const found: { index: number; issue: DiscrepancyIssue }[] = results.flatMap((r) => r.issues);
      let total = results.reduce((sum, r) => sum + r.issueTotal, 0);
      const notices: ClaimNotice[] = [];
      const seen = new Map<string, { readonly index: number; dropped: boolean }>();
      for (let index = 0; index < count; index++) {
        const id = idAt[index];
        if (id === undefined) continue;
        const first = seen.get(id);
        if (first === undefined) {
          seen.set(id, { index, dropped: false });
          continue;
        }
        valid--;
        repeated[ownerOf[index]!]!.push(index);
        if (hashAt[index] === hashAt[first.index]) {
          if (notices.length < MAX_ISSUES)
            notices.push(Object.freeze({ code: "repeated-record", path: Object.freeze([index]), record: index, first: first.index, id, params: Object.freeze({ record: index, first: first.index, id }), message: messages.repeatedRecord(index, first.index) }));
          continue;
        }
        if (!first.dropped) {
          first.dropped = true;
          valid--;
          repeated[ownerOf[first.index]!]!.push(first.index);
        }
        total++;
        found.push({
          index,
          issue: { path: [index, "id"], message: messages.duplicateId(id, index, first.index), input: id, code: "duplicate-id", params: { id, record: index, first: first.index } },
        });
      }
      // A repeated id is left out, as one thread leaves it out (`--skip-invalid` goes on without it).
      await Promise.all(
        channels.map(async (channel, owner) => {
          if (repeated[owner]!.length === 0) return;
          send(channel, { type: "drop", indexes: repeated[owner]! });
          const message = await next(channel);
          if (message.type !== "dropped") throw new Error(`unexpected message ${message.type}`);
        }),
      );
      // Issues of one record keep their order (a stable sort), records in input order.
      found.sort((x, y) => x.index - y.index);
      const issues = found.slice(0, MAX_ISSUES).map((f) => f.issue);
      if (total > issues.length) issues.push({ path: [], code: "more-issues", params: { count: total - issues.length }, message: messages.moreIssues(total - issues.length) });
      validCount = valid;
      return { count: valid, issues, notices };
    },

    async claims() {
      const at = new Array<Claim | undefined>(count);
      await collect("claims", (message) => {
        if (message.type === "claims") for (const [index, c] of fromWire<[number, Claim][]>(message.text)) at[index] = c;
      });
      // Invalid records leave gaps (only with --skip-invalid does the run get this far with any).
      const out: Claim[] = [];
      for (const c of at) if (c !== undefined) out.push(c);
      return out;
    },

    async compare() {
      const families: FamilyReport[] = [];
      await collect("compare", (message) => {
        if (message.type === "families") for (const f of fromWire<FamilyReport[]>(message.text)) families.push(f);
      });
      families.sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : 0));
      return assembleReport(families, validCount, undefined);
    },

    async compareJSON(only = "all") {
      // Each family with the message that carries its elements; elements are decoded only as they are written.
      const families: { readonly family: FamilyJSON; readonly bytes: Uint8Array; readonly ends: Int32Array }[] = [];
      await collect("compareJSON", (message) => {
        if (message.type === "json") for (const family of message.families) families.push({ family, bytes: message.bytes, ends: message.ends });
      }, only);
      families.sort((x, y) => (x.family.order < y.family.order ? -1 : x.family.order > y.family.order ? 1 : 0));
      const decoder = new TextDecoder();
      /** A family's series (0), comparisons (1) or conflicts (2), as one item of rendered elements, if any. */
      const piece = function* (f: (typeof families)[number], which: 0 | 1 | 2): Generator<string> {
        const k = f.family.first + which;
        const start = k === 0 ? 0 : f.ends[k - 1]!;
        if (f.ends[k]! > start) yield decoder.decode(f.bytes.subarray(start, f.ends[k]!));
      };
      let series = 0;
      let comparisons = 0;
      let keptSeries = 0;
      let keptComparisons = 0;
      let repeats = 0;
      const totals = { consistent: 0, conflict: 0, notComparable: 0 };
      for (const { family: f } of families) {
        series += f.series;
        comparisons += f.comparisons;
        keptSeries += f.keptSeries;
        keptComparisons += f.keptComparisons;
        repeats += f.repeats;
        totals.consistent += f.consistent;
        totals.conflict += f.conflict;
        totals.notComparable += f.notComparable;
      }
      return {
        // In the order assembleReport writes it.
        summary: {
          claims: validCount,
          series,
          comparisons,
          consistent: totals.consistent,
          conflicts: totals.conflict,
          notComparable: totals.notComparable,
          ...(repeats > 0 ? { repeats } : {}),
        },
        series: (function* () {
          for (const f of families) yield* piece(f, 0);
        })(),
        comparisons: (function* () {
          for (const f of families) yield* piece(f, 1);
        })(),
        conflicts: (function* () {
          for (const f of families) yield* piece(f, 2);
        })(),
        // As toConflictsOnly counts them: every comparison listed (repeats of a conflict too) and left out.
        ...(only === "conflicts" ? { omitted: { series: series - keptSeries, comparisons: comparisons + repeats - keptComparisons } } : {}),
      };
    },

    timings: () => ({ workers: workerTimings, revive }),

    async close() {
      await Promise.all(channels.map((c) => c.worker.terminate()));
    },
  };
};
