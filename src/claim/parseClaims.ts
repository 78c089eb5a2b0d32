import type { DiscrepancyIssue } from "../errors.js";
import { messages } from "../messages.js";
import { assertOptions, buildClaim } from "./claim.js";
import type { ClaimOptions } from "./options.js";
import { CORPUS_PARTS_LIMIT, createPartsCache } from "./shareParts.js";
import type { Claim } from "./types.js";

/** What {@link parseClaims} found: the valid claims, and every issue of the invalid ones with its path. */
export interface ParsedClaims {
  readonly claims: readonly Claim[];
  readonly issues: readonly DiscrepancyIssue[];
}

/** More issues than this are summarised: a broken million-row file should not build a million-row error. @internal */
export const MAX_ISSUES = 1000;

/** Claims validated one at a time, as {@link parseClaims} validates a list: {@link createClaimsParser}. @internal */
export interface ClaimsParser {
  /**
   * Validates the next item: its claim when valid and its id is new, and the issues recorded for it
   * (paths start with its index; none once {@link MAX_ISSUES} are recorded — those are only counted).
   */
  add(input: unknown): { readonly claim?: Claim; readonly issues: readonly DiscrepancyIssue[] };
  /** The claims and issues so far, closed with "and N more issues" when some were only counted. */
  finish(): ParsedClaims;
}

const NO_ISSUES: readonly DiscrepancyIssue[] = Object.freeze([]);

/**
 * The incremental form of {@link parseClaims}, for input read as a stream (an NDJSON file line by
 * line): the same claims and the same issues, in the same order, without holding the inputs.
 *
 * @internal
 */
export const createClaimsParser = (options: ClaimOptions = {}, prefix: readonly (string | number)[] = []): ClaimsParser => {
  assertOptions(options);
  const claims: Claim[] = [];
  const issues: DiscrepancyIssue[] = [];
  const seen = new Map<string, number>();
  // The corpus's own shared parts: claims of one corpus share them however many series it holds.
  const parts = createPartsCache(CORPUS_PARTS_LIMIT);
  let omitted = 0;
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
      const first = seen.get(result.claim.id);
      if (first !== undefined) {
        if (issues.length >= MAX_ISSUES) {
          omitted++;
          return { issues: NO_ISSUES };
        }
        const issue = { path: [...prefix, at, "id"], message: messages.duplicateId(result.claim.id, first), input: result.claim.id };
        issues.push(issue);
        return { issues: [issue] };
      }
      seen.set(result.claim.id, at);
      claims.push(result.claim);
      return { claim: result.claim, issues: NO_ISSUES };
    },
    finish() {
      const all = omitted > 0 ? [...issues, { path: [...prefix], message: messages.moreIssues(omitted) }] : issues;
      return Object.freeze({ claims: Object.freeze([...claims]), issues: Object.freeze([...all]) });
    },
  };
};

/**
 * Validates many claims — an array, or a claims file `{ "claims": [...] }` — and reports every bad item
 * with its index and field path (`[3, "source", "name"]`), keeping the good ones. Nothing is thrown for
 * bad items, so a pipeline can decide to skip or stop; ids must be unique.
 *
 * @example
 * ```ts
 * const { claims, issues } = parseClaims([
 *   { metric: "trade turnover", value: "$41 billion", period: "2023", source: "MFA of China" },
 *   { metric: "trade turnover", value: "banana", source: "nobody" },
 * ]);
 * claims.length;    // 1
 * issues[0].path;   // [1, "value"]
 * issues[0].message // 'no quantity found in "banana"'
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
      issues: Object.freeze([{ path: [], message: messages.notClaimsList(input) }]),
    });
  const parser = createClaimsParser(options, Array.isArray(input) ? [] : ["claims"]);
  for (let index = 0; index < list.length; index++) parser.add(list[index]);
  return parser.finish();
};
