/**
 * `discrepancy/testing`: assertions, test-runner matchers and fast-check arbitraries for claims.
 *
 * vitest and fast-check are optional peers: nothing here imports them at run time.
 *
 * @packageDocumentation
 */
export { assertConsistent, assertNoConflicts, ClaimAssertionError } from "./assert.js";
export type { ClaimsOrReport } from "./assert.js";
export { matchers } from "./matchers.js";
export type { DiscrepancyMatchers, MatcherContext, MatcherResult } from "./matchers.js";
export { createArbitraries } from "./arbitraries.js";
export type { ArbitraryOptions, DiscrepancyArbitraries, FastCheckModule } from "./arbitraries.js";
export { isClaim } from "./toClaim.js";
export type { ClaimLike } from "./toClaim.js";
