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

const EMPTY: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/**
 * A list frozen deep, as an exact-size copy (a list built by `push` holds room for 17 items, which a
 * report would keep for every conflict), or one shared empty list.
 *
 * @internal
 */
export const freezeList = <T>(list: readonly T[]): readonly T[] => (list.length === 0 ? EMPTY : freezeDeep(list.slice()));
