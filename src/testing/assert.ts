import { compare } from "../compare/compare.js";
import type { CompareOptions } from "../explain/resolveOptions.js";
import { findDiscrepancies } from "../compare/findDiscrepancies.js";
import type { Report } from "../compare/reportTypes.js";
import { DiscrepancyError } from "../errors.js";
import { testingMessages } from "../messages/misuse/testing.js";
import { describeSide, describeVerdict, toActual } from "./describe.js";
import { toClaim, type ClaimLike } from "./toClaim.js";

/**
 * An assertion about claims failed. `actual` and `expected` are plain data, so any test runner (vitest,
 * jest, node:test, mocha) can show a diff; `name` is `"AssertionError"` as runners expect.
 *
 * @example
 * ```ts
 * const cn = claim({ id: "cn-2023", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$41 billion", period: "2023",
 *   source: { name: "Ministry of Foreign Affairs of China", country: "CN" } });
 * const kz = claim({ id: "kz-2023", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$31.5 billion", period: "2023",
 *   source: { name: "Ministry of Trade and Integration of Kazakhstan", country: "KZ" } });
 * try {
 *   assertNoConflicts([cn, kz]);
 * } catch (error) {
 *   error instanceof ClaimAssertionError; // true
 *   error.expected;                       // []
 *   error.actual[0].claims;               // ["kz-2023", "cn-2023"]
 * }
 * ```
 */
export class ClaimAssertionError extends Error {
  override readonly name = "AssertionError";
  readonly actual: unknown;
  readonly expected: unknown;
  readonly showDiff = true;

  constructor(message: string, actual: unknown, expected: unknown) {
    super(message);
    this.actual = actual;
    this.expected = expected;
  }
}

/** Claims, or a report already computed from them. */
export type ClaimsOrReport = readonly ClaimLike[] | Report;

/** The report of `input`, computing it when given claims. @internal */
export const toReport = (input: ClaimsOrReport, options?: CompareOptions): Report => {
  if (Array.isArray(input)) return findDiscrepancies(input.map(toClaim), options);
  const r = input as Partial<Report> | null;
  if (typeof r !== "object" || r === null || !Array.isArray(r.conflicts) || !Array.isArray(r.comparisons))
    throw new DiscrepancyError("invalid-argument", testingMessages.notClaimsOrReport(input));
  return input as Report;
};

/** The conflicts of a report as the plain data an assertion shows. @internal */
export const conflictsOf = (report: Report): Record<string, unknown>[] => report.conflicts.map(toActual);

/**
 * Throws unless no two claims conflict. Works in any test runner.
 *
 * @throws {ClaimAssertionError} listing each conflict; `actual` holds them as plain data, `expected` is `[]`.
 * @example
 * ```ts
 * assertNoConflicts([
 *   { metric: "trade turnover", value: "$41 billion", period: "2023", source: "MFA of China" },
 *   { metric: "trade turnover", value: "exceeding $41 billion", period: "2023", source: "Astana Times" },
 * ]); // passes: the two agree
 * ```
 */
export const assertNoConflicts = (claims: ClaimsOrReport, options?: CompareOptions): void => {
  const report = toReport(claims, options);
  if (report.conflicts.length === 0) return;
  const lines = report.conflicts.map((c) => `  ${describeSide(c.sides[0])} vs ${describeSide(c.sides[1])}: ${describeVerdict(c)}`);
  throw new ClaimAssertionError(testingMessages.assertNoConflicts(report.conflicts.length, lines), conflictsOf(report), []);
};

/**
 * Throws unless the two claims are consistent (their intervals overlap). Works in any test runner.
 *
 * @throws {ClaimAssertionError} with the verdict as `actual` and `"consistent"` as `expected`.
 * @example
 * ```ts
 * assertConsistent(
 *   { metric: "agreements signed", value: "over 70", period: "2025-09", source: "SZRU" },
 *   { metric: "agreements signed", value: "70", period: "2025-09", source: "RBC-Ukraine" },
 * ); // passes: "70" as a round number allows 65–75, which overlaps (70, ∞)
 * ```
 */
export const assertConsistent = (a: ClaimLike, b: ClaimLike, options?: CompareOptions): void => {
  const comparison = compare(toClaim(a), toClaim(b), options);
  if (comparison.verdict === "consistent") return;
  throw new ClaimAssertionError(
    testingMessages.expectedVerdict(describeSide(comparison.sides[0]), "consistent with", describeSide(comparison.sides[1]), describeVerdict(comparison)),
    toActual(comparison),
    { claims: [...comparison.claims], verdict: "consistent" },
  );
};
