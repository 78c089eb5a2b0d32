import { isDecimal } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { relationMessages } from "../messages/misuse/relations.js";
import { isEmptyRange } from "./algebra.js";
import type { Interval } from "./types.js";

const isEnd = (end: unknown): boolean => end === null || (isDecimal(end) && end.isFinite());

/**
 * Throws unless `value` has the shape of an {@link Interval} (a {@link Quantity} has it too): each end a
 * finite Decimal or `null`, both flags booleans, low not above high. Functions that take intervals from
 * callers check this first, so a JSON object or `null` fails naming the argument, not with a TypeError
 * deep inside the arithmetic. @internal
 */
export function assertInterval(value: unknown, name: string): asserts value is Interval {
  const i = value as Partial<Interval> | null;
  const ok =
    typeof i === "object" && i !== null && isEnd(i.low) && isEnd(i.high) && typeof i.lowOpen === "boolean" && typeof i.highOpen === "boolean";
  if (!ok) throw new DiscrepancyError("invalid-argument", relationMessages.notInterval(name, value), [{ path: [name], message: relationMessages.notInterval(name, value) }]);
  if (isEmptyRange(i as Interval)) throw new DiscrepancyError("invalid-argument", relationMessages.emptyInterval(String(i.low), String(i.high)));
}
