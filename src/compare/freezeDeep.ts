import { isDecimal } from "../decimal.js";

/**
 * Freezes plain objects and arrays all the way down, leaving Decimals (immutable already) alone, so a
 * finding's evidence cannot be changed by whoever holds it.
 *
 * @internal
 */
export const freezeDeep = <T>(value: T): T => {
  if (typeof value !== "object" || value === null || Object.isFrozen(value) || isDecimal(value)) return value;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freezeDeep(value[i]);
  else for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
};
