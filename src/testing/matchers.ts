// The augmentation below needs vitest's types in view; a type-only import costs nothing at run time.
import type {} from "vitest";
import { compare } from "../compare/compare.js";
import type { Verdict } from "../compare/vocabulary.js";
import type { CompareOptions } from "../explain/resolveOptions.js";
import { testingMessages } from "../messages/misuse/testing.js";
import { conflictsOf, toReport, type ClaimsOrReport } from "./assert.js";
import { describeSide, describeVerdict, toActual } from "./describe.js";
import { toClaim, type ClaimLike } from "./toClaim.js";

/** What a matcher returns, in the shape vitest and jest both read. */
export interface MatcherResult {
  readonly pass: boolean;
  /** The failure message (for `.not`, the message when it passed). */
  readonly message: () => string;
  readonly actual?: unknown;
  readonly expected?: unknown;
}

/** The part of a runner's matcher context the matchers use (vitest and jest both provide it). */
export interface MatcherContext {
  readonly isNot?: boolean;
}

const verdictMatcher =
  (wanted: Verdict, word: string) =>
  function (this: MatcherContext | undefined, received: ClaimLike, expected: ClaimLike, options?: CompareOptions): MatcherResult {
    const comparison = compare(toClaim(received), toClaim(expected), options);
    const pass = comparison.verdict === wanted;
    const a = describeSide(comparison.sides[0]);
    const b = describeSide(comparison.sides[1]);
    return {
      pass,
      message: () =>
        pass
          ? testingMessages.expectedNotVerdict(a, word, b)
          : testingMessages.expectedVerdict(a, word, b, describeVerdict(comparison)),
      actual: toActual(comparison),
      expected: { claims: [...comparison.claims], verdict: wanted },
    };
  };

/**
 * The matchers as plain functions: `expect.extend(matchers)` in vitest or jest. Each accepts validated
 * claims or claim input (JSON), and an optional last argument of comparison options.
 *
 * - `expect(a).toBeConsistentWith(b)`: the intervals of `a` and `b` overlap.
 * - `expect(a).toConflictWith(b)`: same series, period and modality, and no overlap.
 * - `expect(claimsOrReport).toHaveNoConflicts()`: no two claims conflict.
 *
 * @example
 * ```ts
 * import { expect } from "vitest";
 * import { matchers } from "discrepancy/testing";
 * expect.extend(matchers);
 *
 * expect({ metric: "trade turnover", value: "$41 billion", period: "2023", source: "MFA of China" })
 *   .toConflictWith({ metric: "trade turnover", value: "$31.5 billion", period: "2023", source: "MTI of Kazakhstan" });
 * // passes
 * ```
 */
export const matchers = {
  /** Passes when the received claim's interval overlaps the expected claim's. */
  toBeConsistentWith: verdictMatcher("consistent", "consistent with"),
  /** Passes when the two claims are about the same series, period and modality and do not overlap. */
  toConflictWith: verdictMatcher("conflict", "in conflict with"),
  /** Passes when no two of the received claims (or the received report's) conflict. */
  toHaveNoConflicts(this: MatcherContext | undefined, received: ClaimsOrReport, options?: CompareOptions): MatcherResult {
    const report = toReport(received, options);
    const conflicts = conflictsOf(report);
    const pass = conflicts.length === 0;
    return {
      pass,
      message: () =>
        pass
          ? testingMessages.expectedSomeConflict(report.summary.claims)
          : testingMessages.assertNoConflicts(
              report.conflicts.length,
              report.conflicts.map((c) => `  ${describeSide(c.sides[0])} vs ${describeSide(c.sides[1])}: ${describeVerdict(c)}`),
            ),
      actual: conflicts,
      expected: [],
    };
  },
};

/** The matchers' signatures, for runners' type augmentation. `R` is what the runner's assertion returns. */
export interface DiscrepancyMatchers<R = unknown> {
  /** Passes when the received claim's interval overlaps the expected claim's (see {@link matchers}). */
  toBeConsistentWith(expected: ClaimLike, options?: CompareOptions): R;
  /** Passes when the two claims are about the same series, period and modality and do not overlap. */
  toConflictWith(expected: ClaimLike, options?: CompareOptions): R;
  /** Passes when no two of the received claims (or the received report) conflict. */
  toHaveNoConflicts(options?: CompareOptions): R;
}

declare module "vitest" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars, @typescript-eslint/no-explicit-any
  interface Assertion<T = any> extends DiscrepancyMatchers<void> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchersContaining extends DiscrepancyMatchers {}
}
