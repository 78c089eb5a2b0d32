import type { Claim } from "./types.js";
import { isDecimal } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { explainMessages } from "../messages/misuse/explain.js";

/**
 * Checks that a value has the shape of a built {@link Claim} (from `claim()` or `parseClaims()`), so a
 * raw JSON object fails with a message naming the argument instead of a TypeError deep inside.
 *
 * @internal
 */
export function assertClaim(value: unknown, name: string): asserts value is Claim {
  if (!isClaimShaped(value))
    throw new DiscrepancyError("invalid-argument", explainMessages.notAClaim(name, value), [{ path: [name], message: explainMessages.notAClaim(name, value) }]);
}

/**
 * Whether a value has the shape {@link assertClaim} checks. Hot loops test this first and build the
 * name for `assertClaim`'s message (`claims[41]`) only for a value that fails.
 *
 * @internal
 */
export const isClaimShaped = (value: unknown): value is Claim => {
  const c = value as Partial<Claim> | null;
  return (
    typeof c === "object" &&
    c !== null &&
    typeof c.id === "string" &&
    typeof c.metric === "string" &&
    typeof c.seriesKey === "string" &&
    Array.isArray(c.subject) &&
    typeof c.quantity === "object" &&
    c.quantity !== null &&
    isDecimal(c.quantity.value) &&
    typeof c.source === "object" &&
    c.source !== null
  );
};

/**
 * Reads an optional `claims` option (explanations and reports use it to name claims): `undefined`, or an
 * iterable of built claims, copied once into an array so a generator is not consumed twice.
 *
 * @internal
 */
export const claimsOption = (value: unknown, name: string): readonly Claim[] | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || typeof (value as Iterable<unknown>)[Symbol.iterator] !== "function")
    throw new DiscrepancyError("invalid-argument", explainMessages.notIterable(name, value));
  const list = [...(value as Iterable<unknown>)];
  for (let i = 0; i < list.length; i++) assertClaim(list[i], `${name}[${i}]`);
  return list as Claim[];
};
