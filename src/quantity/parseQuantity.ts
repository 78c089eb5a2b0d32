import { isDiscrepancyError, type DiscrepancyError } from "../errors.js";
import { phraseTable } from "./phraseTable.js";
import { readQuantity } from "./readQuantity.js";
import type { ScanOptions } from "./scanOptions.js";
import type { Quantity } from "./types.js";

/**
 * Reads one quantity written in English, Ukrainian, Russian or Chinese ("$41 billion", "понад 15 млрд
 * доларів", "31,5 млрд долл.", "410亿美元", "2–3 million", "fifth") — the same scan as extraction, which
 * must find exactly one mention covering the whole text. Surrounding whitespace and punctuation are
 * allowed; after a count, the remaining words are its noun ("70 commercial agreements").
 *
 * @throws {DiscrepancyError} `invalid-quantity` naming the text when it holds no quantity, several,
 *   or extra words, or a number beyond 30 digits, or is longer than 1,000 characters; `invalid-argument`
 *   for bad options.
 * @example
 * ```ts
 * const q = parseQuantity("$31.5 billion");
 * [q.value.toString(), q.low?.toString(), q.high?.toString(), q.precision]; // ["31500000000", "31450000000", "31550000000", 8]
 * parseQuantity("over 70").bound; // "moreThan"
 * parseQuantity("70 commercial agreements").noun; // "commercial agreements"
 * ```
 */
export const parseQuantity = (text: string, options?: ScanOptions): Quantity => readQuantity(text, options, phraseTable());

/** The result of {@link safeParseQuantity}. */
export type SafeParseQuantityResult =
  | { readonly success: true; readonly quantity: Quantity }
  | { readonly success: false; readonly error: DiscrepancyError };

/**
 * {@link parseQuantity} without throwing: the quantity, or the error it would have thrown.
 *
 * @example
 * ```ts
 * const read = safeParseQuantity("понад 15 млрд доларів");
 * read.success && [read.quantity.bound, read.quantity.unit]; // ["moreThan", "USD"]
 * safeParseQuantity("banana").error?.message;               // "no quantity found in \"banana\""
 * ```
 */
export const safeParseQuantity = (text: string, options?: ScanOptions): SafeParseQuantityResult => {
  try {
    return Object.freeze({ success: true as const, quantity: parseQuantity(text, options) });
  } catch (error) {
    if (isDiscrepancyError(error)) return Object.freeze({ success: false as const, error: error as DiscrepancyError });
    throw error;
  }
};
