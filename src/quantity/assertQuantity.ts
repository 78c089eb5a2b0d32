import { isDecimal } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { BOUNDS, type Quantity } from "./types.js";

const isEnd = (end: unknown): boolean => end === null || (isDecimal(end) && end.isFinite());

/**
 * Throws unless `value` has the shape of a built {@link Quantity} (from `parseQuantity()`, `quantity()` or
 * a claim), so a JSON quantity or `null` fails naming the argument instead of with a TypeError deep inside.
 *
 * @internal
 */
export function assertQuantity(value: unknown, name: string): asserts value is Quantity {
  const q = value as Partial<Quantity> | null;
  const ok =
    typeof q === "object" &&
    q !== null &&
    typeof q.text === "string" &&
    typeof q.unit === "string" &&
    isDecimal(q.value) &&
    q.value.isFinite() &&
    (BOUNDS as readonly unknown[]).includes(q.bound) &&
    Number.isSafeInteger(q.precision) &&
    isEnd(q.low) &&
    isEnd(q.high) &&
    typeof q.lowOpen === "boolean" &&
    typeof q.highOpen === "boolean";
  if (!ok) throw new DiscrepancyError("invalid-argument", messages.notAQuantity(name, value), [{ path: [name], message: messages.notAQuantity(name, value) }]);
}
