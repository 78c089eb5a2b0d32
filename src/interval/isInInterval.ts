import type { Decimal } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { relationMessages } from "../messages/misuse/relations.js";
import { containsPoint } from "./algebra.js";
import { assertInterval } from "./assertInterval.js";
import { toEnd } from "./toEnd.js";
import type { Interval } from "./types.js";

/**
 * Whether `value` lies in the interval, honouring open ends.
 *
 * @example
 * ```ts
 * isInInterval(createInterval("70", null, { lowOpen: true }), "70"); // false
 * isInInterval(createInterval("70", null, { lowOpen: true }), "71"); // true
 * ```
 */
export const isInInterval = (interval: Interval, value: Decimal | string | number): boolean => {
  assertInterval(interval, "interval");
  const v = toEnd(value, "value");
  if (v === null) throw new DiscrepancyError("invalid-argument", relationMessages.badIntervalEnd("value", value));
  return containsPoint(interval, v);
};
