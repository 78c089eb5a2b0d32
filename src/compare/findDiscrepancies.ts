import { readOnlyOption, toConflictsOnly } from "./toConflictsOnly.js";
import type { Claim } from "../claim/types.js";
import { DiscrepancyError } from "../errors.js";
import { explainMessages } from "../messages/misuse/explain.js";
import { checkRelations, type RelationsReport } from "../relations/checkRelations.js";
import { createGrouper, type Family } from "./groupClaims.js";
import { assembleReport, reportFamily, resolveFindOptions, type FamilyReport, type ResolvedFindOptions } from "./reportFamily.js";
import type { FindDiscrepanciesOptions, Report } from "./reportTypes.js";

const isIterable = (value: unknown): value is Iterable<unknown> =>
  value !== null && typeof value === "object" && typeof (value as Iterable<unknown>)[Symbol.iterator] === "function";

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  value !== null && typeof value === "object" && typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function";

const checkAllRelations = (options: FindDiscrepanciesOptions, claims: readonly Claim[]): RelationsReport =>
  checkRelations(options.relations, claims, {
    ...(options.rates !== undefined ? { rates: options.rates } : {}),
    ...(options.timeline !== undefined ? { timeline: options.timeline } : {}),
  });

/** Checks every family and puts the report together. */
const finish = (families: readonly Family[], count: number, run: ResolvedFindOptions, relations: RelationsReport | undefined): Report => {
  const parts: FamilyReport[] = new Array<FamilyReport>(families.length);
  for (let i = 0; i < families.length; i++) parts[i] = reportFamily(families[i]!, run);
  return assembleReport(parts, count, relations);
};

/**
 * Finds the disagreements in a corpus of claims. Claims are grouped by series (metric, subject,
 * qualifiers), then by period and modality, and compared only within a group — duplicates and copies
 * folded first, so cost grows with the number of claims, not its square. Across the periods of a series
 * it looks for a systematic gap between two reporting bases and for figures shifted by a period; it notes,
 * a bounded number of times per series, pairs that are informatively not comparable (a target against
 * an actual figure, different counting windows, separate events). Each group with a conflict carries the
 * default reconciliation.
 *
 * Any iterable will do (an array, a generator reading a file); for an async iterable use
 * `findDiscrepanciesAsync` (internal for now: the CLI streams NDJSON through it). Each family of series (same metric and subject) is checked on its own,
 * so the work partitions by series key (see docs/scaling.md).
 *
 * With `options.relations` (what a claims file declares beside its claims: relations and ordinal checks
 * between claim ids), the report also carries `relations`: each relation's and ordinal's verdict and
 * explanation, and the values the relations imply; failed ones are counted in `summary.relationConflicts`.
 *
 * With `only: "conflicts"` the report keeps the summary (counting everything), the conflicts, the series
 * that have one and the conflicting comparisons, and says in `omitted` how many series and comparisons it
 * left out: on a corpus, nearly every comparison is a consistent pair nobody needs to read.
 *
 * @throws {DiscrepancyError} `invalid-argument` for an item that is not a claim, a malformed option, or
 * invalid relations (naming the place, such as `relations[2].values[1]`).
 * @example
 * ```ts
 * const { claims } = parseClaims(JSON.parse(readFileSync("examples/kazakhstan-china/claims.json", "utf8")));
 * const report = findDiscrepancies(claims);
 * report.summary; // { claims: 53, series: 31, comparisons: 24, consistent: 12, conflicts: 2, notComparable: 10, repeats: 1 }
 * report.conflicts[1]?.explanations.map((e) => e.code); // the 2023 pair: $31.5 bn (KZ) vs $41 bn (CN)
 * // ["mirror-statistics", "systematic-source-gap"]
 * findDiscrepancies(claims, { only: "conflicts" }).omitted; // { series: 30, comparisons: 25 }
 * ```
 */
export const findDiscrepancies = (claims: Iterable<Claim>, options: FindDiscrepanciesOptions = {}): Report => {
  if (!isIterable(claims)) throw new DiscrepancyError("invalid-argument", explainMessages.notIterable("claims", claims));
  const run = resolveFindOptions(options);
  const only = readOnlyOption(options.only);
  // Relations resolve claim ids, so a one-shot iterable is read into a list first; bad relations fail fast.
  const list = options.relations !== undefined && !Array.isArray(claims) ? [...claims] : claims;
  const relations = options.relations === undefined ? undefined : checkAllRelations(options, list as readonly Claim[]);
  const grouper = createGrouper();
  for (const c of list) grouper.add(c);
  const report = finish(grouper.finish(), grouper.count, run, relations);
  return only === "conflicts" ? toConflictsOnly(report) : report;
};

/**
 * {@link findDiscrepancies} over an async iterable — claims parsed one by one from an NDJSON stream, a
 * database cursor, a message queue — or any iterable. Each claim is grouped as it arrives, so nothing
 * but the claims themselves is held (not the text they were read from); the report is the same as
 * `findDiscrepancies` gives for the same claims in any order.
 *
 * @throws {DiscrepancyError} as {@link findDiscrepancies} (the promise rejects).
 * @example
 * ```ts
 * // Claims as they arrive, e.g. one line of NDJSON at a time (here: the seed corpus's items).
 * const { claims: items } = JSON.parse(readFileSync("examples/kazakhstan-china/claims.json", "utf8"));
 * async function* arriving() {
 *   for (const item of items) yield claim(item);
 * }
 * const report = await findDiscrepanciesAsync(arriving());
 * report.summary.conflicts; // 2
 * ```
 */
export const findDiscrepanciesAsync = async (
  claims: AsyncIterable<Claim> | Iterable<Claim>,
  options: FindDiscrepanciesOptions = {},
): Promise<Report> => {
  if (!isAsyncIterable(claims) && !isIterable(claims)) throw new DiscrepancyError("invalid-argument", explainMessages.notIterable("claims", claims));
  const run = resolveFindOptions(options);
  const only = readOnlyOption(options.only);
  if (options.relations !== undefined) {
    // Relations name claims by id: they are checked once every claim is in.
    const list: Claim[] = [];
    for await (const c of claims) list.push(c);
    return findDiscrepancies(list, options);
  }
  const grouper = createGrouper();
  for await (const c of claims) grouper.add(c);
  const report = finish(grouper.finish(), grouper.count, run, undefined);
  return only === "conflicts" ? toConflictsOnly(report) : report;
};
