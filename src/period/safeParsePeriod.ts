import { DiscrepancyError, isDiscrepancyError } from "../errors.js";
import { parsePeriod } from "./parsePeriod.js";
import type { PeriodOptions } from "./periodOptions.js";
import type { Period } from "./types.js";

/** The result of {@link safeParsePeriod}: the period, or the error `parsePeriod` would throw. */
export type SafeParsePeriodResult =
  | { readonly success: true; readonly period: Period }
  | { readonly success: false; readonly error: DiscrepancyError };

/**
 * {@link parsePeriod} without throwing: for input that may well not be a period.
 *
 * @example
 * ```ts
 * safeParsePeriod("2023-Q3");
 * // { success: true, period: { kind: "quarter", start: "2023-07-01", end: "2023-10-01", text: "2023-Q3" } }
 * safeParsePeriod("2023-02-30").success; // false: the error says 'not a valid date: "2023-02-30"'
 * ```
 */
export const safeParsePeriod = (text: string, options?: PeriodOptions): SafeParsePeriodResult => {
  try {
    return Object.freeze({ success: true, period: parsePeriod(text, options) });
  } catch (error) {
    if (isDiscrepancyError(error)) return Object.freeze({ success: false, error });
    throw error;
  }
};
