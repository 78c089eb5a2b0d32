import type { DiscrepancyIssue } from "../errors.js";
import { quote } from "../messages.js";
import { assertOptions, buildClaim } from "./claim.js";
import type { ClaimOptions } from "./options.js";
import type { Claim } from "./types.js";

/** What {@link parseClaims} found: the valid claims, and every issue of the invalid ones with its path. */
export interface ParsedClaims {
  readonly claims: readonly Claim[];
  readonly issues: readonly DiscrepancyIssue[];
}

/** More issues than this are summarised: a broken million-row file should not build a million-row error. */
const MAX_ISSUES = 1000;

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
  const prefix: readonly (string | number)[] = Array.isArray(input) ? [] : ["claims"];
  if (list === undefined)
    return Object.freeze({
      claims: Object.freeze([]),
      issues: Object.freeze([{ path: [], message: `expected an array of claims or { "claims": [...] }, got ${quote(input)}` }]),
    });

  const claims: Claim[] = [];
  const issues: DiscrepancyIssue[] = [];
  const seen = new Map<string, number>();
  let omitted = 0;
  for (let index = 0; index < list.length; index++) {
    const result = buildClaim(list[index], options);
    const path = [...prefix, index];
    if (result.claim === undefined) {
      for (const issue of result.issues) {
        if (issues.length < MAX_ISSUES) issues.push({ ...issue, path: [...path, ...issue.path] });
        else omitted++;
      }
      continue;
    }
    const first = seen.get(result.claim.id);
    if (first !== undefined) {
      if (issues.length < MAX_ISSUES)
        issues.push({ path: [...path, "id"], message: `duplicate id ${quote(result.claim.id)} (first at index ${first})`, input: result.claim.id });
      else omitted++;
      continue;
    }
    seen.set(result.claim.id, index);
    claims.push(result.claim);
  }
  if (omitted > 0) issues.push({ path: [...prefix], message: `and ${omitted} more issues` });
  return Object.freeze({ claims: Object.freeze(claims), issues: Object.freeze(issues) });
};
