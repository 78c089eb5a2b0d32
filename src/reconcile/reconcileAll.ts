import type { Claim } from "../claim/types.js";
import { DiscrepancyError } from "../errors.js";
import { corpusMessages as m } from "../messages/misuse/corpus.js";
import type { Quantity } from "../quantity/types.js";
import { corpusMedian } from "./corpusMedian.js";
import {
  CORPUS_METHODS,
  type CorpusEstimate,
  type CorpusMethod,
  type CorpusReconciliation,
  type ReconcileAllOptions,
  type SourceReliability,
} from "./corpusTypes.js";
import { figureSupport, supports } from "./figureSupport.js";
import { groupBySeriesPeriod, type CorpusIndex } from "./groupBySeriesPeriod.js";
import { majority } from "./majority.js";
import { truthDiscovery } from "./truthDiscovery.js";

interface Settings {
  readonly method: CorpusMethod;
  readonly prior: number;
  readonly dampening: number;
  readonly maxIterations: number;
  readonly copyDetection: boolean;
}

const readSettings = (options: ReconcileAllOptions): Settings => {
  if (typeof options !== "object" || options === null) throw new DiscrepancyError("invalid-argument", m.badOption("options", options, "an object"));
  const method = options.method ?? "truth-discovery";
  if (!CORPUS_METHODS.includes(method)) throw new DiscrepancyError("invalid-argument", m.unknownMethod(method));
  const prior = options.prior ?? 1;
  if (typeof prior !== "number" || !Number.isFinite(prior) || prior < 0)
    throw new DiscrepancyError("invalid-argument", m.badOption("prior", prior, "a finite number ≥ 0"));
  const dampening = options.dampening ?? 0.3;
  if (typeof dampening !== "number" || !Number.isFinite(dampening) || dampening <= 0)
    throw new DiscrepancyError("invalid-argument", m.badOption("dampening", dampening, "a finite number > 0"));
  const maxIterations = options.maxIterations ?? 100;
  if (!Number.isSafeInteger(maxIterations) || maxIterations < 1)
    throw new DiscrepancyError("invalid-argument", m.badOption("maxIterations", maxIterations, "an integer ≥ 1"));
  const copyDetection = options.copyDetection ?? true;
  if (typeof copyDetection !== "boolean") throw new DiscrepancyError("invalid-argument", m.badOption("copyDetection", copyDetection, "a boolean"));
  return { method, prior, dampening, maxIterations, copyDetection };
};

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts the first `size` positions of `list` by their claims' ids: insertion sort for a group's handful, else the engine's. */
const sortById = (list: Int32Array, size: number, claims: readonly Claim[]): void => {
  if (size > 24) {
    const sorted = Array.from(list.subarray(0, size)).sort((x, y) => byText(claims[x]!.id, claims[y]!.id));
    list.set(sorted);
    return;
  }
  for (let k = 1; k < size; k++) {
    const item = list[k]!;
    const id = claims[item]!.id;
    let j = k - 1;
    while (j >= 0 && byText(claims[list[j]!]!.id, id) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
};

/**
 * One frozen result. Each combination of optional fields is its own literal, so every result of a run
 * has one of four fixed shapes, its properties in the object itself and in the order the JSON prints.
 */
const toEstimate = (
  groupKey: string,
  first: Claim,
  claimIds: readonly string[],
  estimate: Quantity,
  method: CorpusMethod,
  support: readonly string[],
  dissent: readonly string[],
  confidence: number | undefined,
): CorpusEstimate => {
  const { period, modality } = first;
  // Printed keys: the readable series key (no control characters), then the group's own parts.
  const seriesKey = first.seriesKey;
  const rest = groupKey.slice(first.seriesKey.length);
  const key = rest === "" ? seriesKey : `${seriesKey}|${rest.slice(1).split(rest[0]!).join("|")}`;
  if (period !== undefined)
    return Object.freeze(
      confidence !== undefined
        ? { key, seriesKey, period, modality, claimIds, estimate, method, support, dissent, confidence }
        : { key, seriesKey, period, modality, claimIds, estimate, method, support, dissent },
    );
  return Object.freeze(
    confidence !== undefined
      ? { key, seriesKey, modality, claimIds, estimate, method, support, dissent, confidence }
      : { key, seriesKey, modality, claimIds, estimate, method, support, dissent },
  );
};

const NONE: readonly string[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Agreement with the estimates, shrunk towards the corpus average by the prior: the reliability the
 * majority and median methods report (truth discovery reports its own fixed point instead).
 */
const agreementReliability = (index: CorpusIndex, agrees: Uint8Array, prior: number): Float64Array => {
  const { source, groupStart } = index;
  const sourceCount = index.sourceNames.length;
  const hits = new Float64Array(sourceCount);
  const seen = new Int32Array(sourceCount);
  const mark = new Int32Array(sourceCount).fill(-1);
  let total = 0;
  let count = 0;
  for (let g = 0; g < groupStart.length - 1; g++) {
    let distinct = 0;
    for (let k = groupStart[g]!; k < groupStart[g + 1]!; k++)
      if (mark[source[k]!] !== g) {
        mark[source[k]!] = g;
        distinct++;
      }
    if (distinct < 2) continue;
    for (let k = groupStart[g]!; k < groupStart[g + 1]!; k++) {
      hits[source[k]!]! += agrees[k]!;
      seen[source[k]!]!++;
      total += agrees[k]!;
      count++;
    }
  }
  const mean = count === 0 ? 1 : total / count;
  const out = new Float64Array(sourceCount);
  for (let s = 0; s < sourceCount; s++) {
    const n = seen[s]!;
    out[s] = n + prior > 0 ? (prior * mean + hits[s]!) / (prior + n) : mean;
  }
  return out;
};

const run = (claims: Iterable<Claim>, settings: Settings): CorpusReconciliation => {
  const index = groupBySeriesPeriod(claims);
  const { method } = settings;
  const groupCount = index.groupStart.length - 1;
  let winner: Int32Array | undefined;
  let confidence: Float64Array | undefined;
  let reliability: Float64Array | undefined;
  let copying: Float64Array | undefined;
  let iterations = 0;
  let converged = true;
  if (method !== "median") {
    const support = figureSupport(index);
    if (method === "truth-discovery" || method === "accu" || method === "truth-finder") {
      const td = truthDiscovery(index, support, { ...settings, model: method });
      ({ winner, confidence, reliability, copying, iterations, converged } = td);
    } else ({ winner, confidence } = majority(index, support));
  }

  const { claims: ordered, views, point, groupStart, groupKeys, figureStart, figureOf } = index;
  const agrees = new Uint8Array(ordered.length);
  const results = new Array<CorpusEstimate>(groupCount);
  // Per-group scratch, reused: the group's claims by id (as positions), and their ids.
  let byId = new Int32Array(64);
  for (let g = 0; g < groupCount; g++) {
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    const size = to - from;
    const first = ordered[from]!;
    let agreeing = 0;
    let estimate: Quantity;
    // The estimate is one stated figure; a claim supports it when it states it or its interval holds it
    // (see `supports`), so supporters never conflict with it or with each other: a group with a
    // conflict always has a dissent.
    let w: number;
    if (winner !== undefined) w = winner[g]!;
    else w = corpusMedian(index, g).figure;
    estimate = views[figureStart[w]!]!;
    const pointEstimate = point[figureStart[w]!] === 1;
    for (let k = from; k < to; k++) {
      const ok = figureOf[k] === w || (!(pointEstimate && point[k] === 1) && supports(views[k]!, estimate));
      agrees[k] = ok ? 1 : 0;
      if (ok) agreeing++;
    }
    // Positions sorted by id, so the ids, the support and the dissent come out sorted with one sort.
    if (byId.length < size) byId = new Int32Array(Math.max(size, byId.length * 2));
    for (let j = 0; j < size; j++) byId[j] = from + j;
    sortById(byId, size, ordered);
    const claimIds = new Array<string>(size);
    for (let j = 0; j < size; j++) claimIds[j] = ordered[byId[j]!]!.id;
    Object.freeze(claimIds);
    let support: readonly string[] = claimIds;
    let dissent: readonly string[] = NONE;
    // A unanimous group (the common case) shares one array for its claims and its support.
    if (agreeing < size) {
      const yes = new Array<string>(agreeing);
      const no = new Array<string>(size - agreeing);
      for (let j = 0, y = 0, d = 0; j < size; j++)
        if (agrees[byId[j]!] === 1) yes[y++] = claimIds[j]!;
        else no[d++] = claimIds[j]!;
      support = agreeing === 0 ? NONE : Object.freeze(yes);
      dissent = Object.freeze(no);
    }
    results[g] = toEstimate(groupKeys[g]!, first, claimIds, estimate, method, support, dissent, confidence === undefined ? undefined : confidence[g]!);
  }

  const scores = reliability ?? agreementReliability(index, agrees, settings.prior);
  const sources = index.sourceNames.map(
    (name, s): SourceReliability =>
      Object.freeze(
        copying === undefined
          ? { name, reliability: scores[s]!, claims: index.sourceClaims[s]! }
          : { name, reliability: scores[s]!, claims: index.sourceClaims[s]!, copying: copying[s]! },
      ),
  );
  return Object.freeze({ results: Object.freeze(results), sources: Object.freeze(sources), method, iterations, converged });
};

/**
 * Reconciles a whole corpus: one estimate per series, period and modality, with the claims that support
 * and dissent, and a reliability for every source learnt from all the series at once. The default,
 * `truth-discovery`, lets a source that is usually right win the close calls — it works with two or
 * three sources per figure, because what it knows about a source comes from the rest of the corpus,
 * and with dozens, discounting those that copy (see {@link CorpusMethod}).
 * Figures within each other's stated precision support each other. Deterministic and independent of the
 * input order; the claims are never mutated.
 *
 * @throws {DiscrepancyError} `invalid-argument` for an item that is not a built claim, an unknown method
 * or a malformed option.
 * @example
 * ```ts
 * // "atlas", "census" and "bureau" agree on 2020–2022 and "blog" does not; on 2023 "atlas" stands alone
 * // against "blog".
 * const pop = (source: string, period: string, amount: string) => // exact head counts
 *   claim({ id: `${source}-${period}`, metric: "population", subject: ["Springfield"], period, value: { amount, unit: "count", bound: "exact" }, source });
 * const claims = [
 *   ...[["2020", "1000", "1100"], ["2021", "1050", "1150"], ["2022", "1100", "990"]].flatMap(([year, agreed, blog]) => [
 *     pop("atlas", year, agreed), pop("census", year, agreed), pop("bureau", year, agreed), pop("blog", year, blog),
 *   ]),
 *   pop("atlas", "2023", "1200"),
 *   pop("blog", "2023", "1150"),
 * ];
 * const { results, sources } = reconcileAll(claims, { method: "truth-discovery" });
 * results.length;                            // 4
 * results[3].estimate.value.toString();      // "1200" — atlas's 2023 figure, not blog's
 * results[3].support;                        // ["atlas-2023"]
 * sources.map((s) => s.name);                // ["atlas", "blog", "bureau", "census"]
 * sources[0].reliability > sources[1].reliability; // true
 * ```
 */
export const reconcileAll = (claims: Iterable<Claim>, options: ReconcileAllOptions = {}): CorpusReconciliation => {
  const settings = readSettings(options);
  if (typeof claims !== "object" || claims === null || typeof (claims as Iterable<Claim>)[Symbol.iterator] !== "function")
    throw new DiscrepancyError("invalid-argument", m.notIterable(claims));
  return run(claims, settings);
};

/**
 * {@link reconcileAll} over an async iterable (an NDJSON reader, a database cursor) or a plain
 * iterable. Truth discovery needs every claim before it can judge any source, so the claims are
 * collected first; what streaming saves is holding the input text.
 *
 * @throws {DiscrepancyError} as {@link reconcileAll} does (the promise rejects).
 * @example
 * ```ts
 * const pop = (source: string, period: string, amount: string) => // exact head counts
 *   claim({ id: `${source}-${period}`, metric: "population", subject: ["Springfield"], period, value: { amount, unit: "count", bound: "exact" }, source });
 * async function* read() { // e.g. claims parsed line by line from NDJSON
 *   yield* [pop("census", "2020", "1000"), pop("blog", "2020", "1100"), pop("census", "2021", "1050")];
 * }
 * const { results } = await reconcileAllAsync(read(), { method: "majority" });
 * results.length; // 2
 * ```
 */
export const reconcileAllAsync = async (
  claims: AsyncIterable<Claim> | Iterable<Claim>,
  options: ReconcileAllOptions = {},
): Promise<CorpusReconciliation> => {
  const settings = readSettings(options);
  if (typeof claims !== "object" || claims === null) throw new DiscrepancyError("invalid-argument", m.notIterable(claims));
  if (typeof (claims as AsyncIterable<Claim>)[Symbol.asyncIterator] === "function") {
    const list: Claim[] = [];
    for await (const c of claims as AsyncIterable<Claim>) list.push(c);
    return run(list, settings);
  }
  if (typeof (claims as Iterable<Claim>)[Symbol.iterator] !== "function") throw new DiscrepancyError("invalid-argument", m.notIterable(claims));
  return run(claims as Iterable<Claim>, settings);
};
