import type { DiscrepancyIssue } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { reportMessages } from "../messages/misuse/report.js";
import { closestWord } from "../text/closestWord.js";
import { assertOptions, buildClaim } from "./claim.js";
import type { ClaimOptions } from "./options.js";
import { CORPUS_PARTS_LIMIT, createPartsCache } from "./shareParts.js";
import { toCanonicalClaim } from "./toClaimId.js";
import type { Claim } from "./types.js";

/** What {@link parseClaims} found: the valid claims, every issue of the invalid ones with its path, and notices. */
export interface ParsedClaims {
  readonly claims: readonly Claim[];
  readonly issues: readonly DiscrepancyIssue[];
  /**
   * What was read without harm: a record repeated verbatim (the same canonical form, see
   * {@link ClaimNotice}) is one claim, and each repeat is a notice naming it and the record it repeats.
   */
  readonly notices: readonly ClaimNotice[];
}

/**
 * A coded notice about a record that was read: `repeated-record` when record `record` (an index in the
 * list, counted from 0 as `path` is) repeats record `first` verbatim — every field of the validated
 * claim the same, id included — and was read as that one claim. `message` names both records
 * counted from 1 ("record 3 repeats record 1").
 */
export interface ClaimNotice {
  readonly code: "repeated-record";
  readonly path: readonly (string | number)[];
  readonly record: number;
  readonly first: number;
  readonly id: string;
  /** The same as coded parameters, as issues have them. */
  readonly params: { readonly record: number; readonly first: number; readonly id: string };
  readonly message: string;
}

/** More issues than this are summarised: a broken million-row file should not build a million-row error. @internal */
export const MAX_ISSUES = 1000;

/** Claims validated one at a time, as {@link parseClaims} validates a list: {@link createClaimsParser}. @internal */
export interface ClaimsParser {
  /**
   * Validates the next item: its claim when valid and its id is new, the issues recorded for it (paths
   * start with its index; none once {@link MAX_ISSUES} are recorded — those are only counted), and
   * its notice when it repeats an earlier record.
   */
  add(input: unknown): { readonly claim?: Claim; readonly issues: readonly DiscrepancyIssue[]; readonly notice?: ClaimNotice };
  /** The claims, issues and notices so far, closed with "and N more issues" when some were only counted. */
  finish(): ParsedClaims;
}

const NO_ISSUES: readonly DiscrepancyIssue[] = /* @__PURE__ */ Object.freeze([]);

/** The keys of a claims file: the claims, and what `checkRelations` reads beside them. @internal */
export const CLAIMS_FILE_KEYS = /* @__PURE__ */ Object.freeze(["claims", "relations", "ordinals", "timeline"] as const);

/**
 * The incremental form of {@link parseClaims}, for input read as a stream (an NDJSON file line by
 * line): the same claims, issues and notices, in the same order, without holding the inputs.
 *
 * Two records with one id: the same canonical form ({@link toCanonicalClaim}) is a repeat — one claim
 * and a notice; different content is a `duplicate id` issue on the later record naming the first, and
 * neither claim is kept, so what survives never depends on which came first.
 *
 * @internal
 */
export const createClaimsParser = (options: ClaimOptions = {}, prefix: readonly (string | number)[] = []): ClaimsParser => {
  assertOptions(options);
  const claims: (Claim | undefined)[] = [];
  const issues: DiscrepancyIssue[] = [];
  const notices: ClaimNotice[] = [];
  // Each id's claim (its slot in `claims`) and record index.
  const seen = new Map<string, { readonly slot: number; readonly at: number; readonly claim: Claim }>();
  // The corpus's own shared parts: claims of one corpus share them however many series it holds.
  const parts = createPartsCache(CORPUS_PARTS_LIMIT);
  let omitted = 0;
  let dropped = 0;
  let index = 0;
  return {
    add(input) {
      const at = index++;
      const result = buildClaim(input, options, parts);
      if (result.claim === undefined) {
        const start = issues.length;
        for (const issue of result.issues) {
          if (issues.length < MAX_ISSUES) issues.push({ ...issue, path: [...prefix, at, ...issue.path] });
          else omitted++;
        }
        return { issues: issues.length > start ? issues.slice(start) : NO_ISSUES };
      }
      const id = result.claim.id;
      const first = seen.get(id);
      if (first !== undefined) {
        const kept = claims[first.slot];
        // Compared with the first record even once it is dropped: a repeat of it is still a repeat.
        if (toCanonicalClaim(first.claim) === toCanonicalClaim(result.claim)) {
          const notice: ClaimNotice = Object.freeze({
            code: "repeated-record",
            path: Object.freeze([...prefix, at]),
            record: at,
            first: first.at,
            id,
            params: Object.freeze({ record: at, first: first.at, id }),
            message: messages.repeatedRecord(at, first.at),
          });
          if (notices.length < MAX_ISSUES) notices.push(notice);
          return { issues: NO_ISSUES, notice };
        }
        // Different records, one id: neither is kept (the first may already be gone, for a third one).
        if (kept !== undefined) {
          claims[first.slot] = undefined;
          dropped++;
        }
        if (issues.length >= MAX_ISSUES) {
          omitted++;
          return { issues: NO_ISSUES };
        }
        const issue: DiscrepancyIssue = {
          path: [...prefix, at, "id"],
          message: messages.duplicateId(id, at, first.at),
          input: id,
          code: "duplicate-id",
          params: { id, record: at, first: first.at },
        };
        issues.push(issue);
        return { issues: [issue] };
      }
      seen.set(id, { slot: claims.length, at, claim: result.claim });
      claims.push(result.claim);
      return { claim: result.claim, issues: NO_ISSUES };
    },
    finish() {
      const all = omitted > 0 ? [...issues, { path: [...prefix], code: "more-issues", params: { count: omitted }, message: messages.moreIssues(omitted) }] : issues;
      const kept = dropped === 0 ? (claims as Claim[]) : claims.filter((c): c is Claim => c !== undefined);
      return Object.freeze({ claims: Object.freeze([...kept]), issues: Object.freeze([...all]), notices: Object.freeze([...notices]) });
    },
  };
};

/**
 * Validates many claims — an array, or a claims file `{ "claims": [...] }` — and reports every bad item
 * with its index and field path (`[3, "source", "name"]`, indexes from 0 as in any JSON path), keeping
 * the good ones. Nothing is thrown for bad items, so a pipeline can decide to skip or stop. Messages
 * name records by number, counted from 1 ("record 4").
 *
 * - A record repeated verbatim (every field of the validated claim the same, id included) is one
 *   claim, and each repeat a `repeated-record` notice in `notices` naming both records.
 * - Two different records with one id (given by the input; generated ids are a 128-bit hash of every
 *   field) are a `duplicate id` issue naming both, and neither is kept.
 * - A claims file's keys are `claims`, `relations`, `ordinals` and `timeline` (the last three are read
 *   by {@link checkRelations}); any other key is an issue at its path, with the key it was probably
 *   meant to be (`"relation"` → did you mean `"relations"`?), instead of being skipped in silence.
 *
 * @example
 * ```ts
 * const good = { metric: "trade turnover", value: "$41 billion", period: "2023", source: "MFA of China" };
 * const { claims, issues, notices } = parseClaims([
 *   good,
 *   { metric: "trade turnover", value: "banana", source: "nobody" },
 *   good,
 * ]);
 * claims.length;     // 1
 * issues[0].path;    // [1, "value"]
 * issues[0].message; // 'no quantity found in "banana"'
 * notices[0].message; // "record 3 repeats record 1 verbatim; read as one claim"
 * ```
 */
export const parseClaims = (input: unknown, options: ClaimOptions = {}): ParsedClaims => {
  assertOptions(options);
  const list =
    Array.isArray(input)
      ? input
      : typeof input === "object" && input !== null && Array.isArray((input as { claims?: unknown }).claims)
        ? ((input as { claims: unknown[] }).claims)
        : undefined;
  if (list === undefined)
    return Object.freeze({
      claims: Object.freeze([]),
      issues: Object.freeze([{ path: [], code: "not-a-list", params: {}, message: messages.notClaimsList(input) }]),
      notices: Object.freeze([]),
    });
  // A misspelt key of a claims file ("relation") would silently drop what it holds: refuse it, with the
  // key it was probably meant to be. Only own keys count (a "__proto__" key of JSON.parse is one).
  const unknown = Array.isArray(input) ? [] : Object.keys(input as object).filter((key) => !(CLAIMS_FILE_KEYS as readonly string[]).includes(key));
  const parser = createClaimsParser(options, Array.isArray(input) ? [] : ["claims"]);
  for (let index = 0; index < list.length; index++) parser.add(list[index]);
  const parsed = parser.finish();
  if (unknown.length === 0) return parsed;
  const keyIssues = unknown.map((key): DiscrepancyIssue => {
    const suggestion = closestWord(key, CLAIMS_FILE_KEYS);
    return {
      path: [key],
      code: "unknown-key",
      params: suggestion === undefined ? { key } : { key, suggestion },
      message: reportMessages.unknownFileKey(key, suggestion, CLAIMS_FILE_KEYS),
      input: (input as Record<string, unknown>)[key],
    };
  });
  return Object.freeze({ ...parsed, issues: Object.freeze([...keyIssues, ...parsed.issues]) });
};
