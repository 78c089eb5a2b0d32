import { Decimal, isDecimal } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { relationMessages } from "../messages/misuse/relations.js";
import type { IntervalEnd } from "./types.js";

/**
 * An end as callers give it, read into a Decimal (`null`: unbounded), or a `DiscrepancyError` naming
 * `field`: a finite Decimal, a safe integer, or a plain decimal string — never a fractional JS number.
 *
 * @internal
 */
export const toEnd = (value: IntervalEnd, field: string): Decimal | null => {
  if (value === null) return null;
  if (isDecimal(value)) {
    if (!value.isFinite()) throw new DiscrepancyError("invalid-argument", relationMessages.badIntervalEnd(field, value.toString()));
    return new Decimal(value);
  }
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value))
      throw new DiscrepancyError(
        "invalid-argument",
        `${field}: ${Number.isFinite(value) ? messages.fractionalNumber(value) : messages.badAmount(value)}`,
      );
    return new Decimal(value);
  }
  // A plain decimal, checked by a linear pattern with no nested quantifiers.
  if (typeof value !== "string" || !/^[+-]?\d{1,60}(\.\d{1,60})?$/.test(value.trim()))
    throw new DiscrepancyError("invalid-argument", relationMessages.badIntervalEnd(field, value));
  return new Decimal(value.trim());
};
