import { claim } from "../claim/claim.js";
import type { ClaimInput } from "../claim/schema.js";
import type { Claim } from "../claim/types.js";
import { isDecimal } from "../decimal.js";

/** A validated claim, or claim input (JSON) that the matchers validate first. */
export type ClaimLike = Claim | ClaimInput;

/**
 * Whether `value` is already a validated {@link Claim} (from any copy of the library), rather than claim input.
 *
 * @example
 * ```ts
 * isClaim(claim({ metric: "trade turnover", value: "$41 billion", source: "MFA of China" })); // true
 * isClaim({ metric: "trade turnover", value: "$41 billion", source: "MFA of China" });        // false
 * ```
 */
export const isClaim = (value: unknown): value is Claim =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Claim).seriesKey === "string" &&
  typeof (value as Claim).quantity === "object" &&
  isDecimal((value as Claim).quantity?.value);

/** Validates claim input, passing validated claims through. @internal */
export const toClaim = (value: ClaimLike): Claim => (isClaim(value) ? value : claim(value));
