import type { Claim } from "../claim/types.js";
import { isDecimal } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { explainMessages } from "../messages.js";

/**
 * Checks that a value has the shape of a built {@link Claim} (from `claim()` or `parseClaims()`), so a
 * raw JSON object fails with a message naming the argument instead of a TypeError deep inside.
 *
 * @internal
 */
export function assertClaim(value: unknown, name: string): asserts value is Claim {
  const c = value as Partial<Claim> | null;
  const ok =
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
    c.source !== null;
  if (!ok) throw new DiscrepancyError("invalid-argument", explainMessages.notAClaim(name, value), [{ path: [name], message: explainMessages.notAClaim(name, value) }]);
}
