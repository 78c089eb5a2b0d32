import { DiscrepancyError, isDiscrepancyError } from "../errors.js";
import { messages } from "../messages.js";
import { MAX_DIGITS, MAX_EXPONENT } from "./readDigits.js";
import { scanDetailed } from "./scan.js";
import { phraseTable } from "./phraseTable.js";
import { resolveScanOptions, type ScanOptions } from "./scanOptions.js";
import { HAN, NUM, SYM, WORD, tokenize } from "../text/tokenize.js";
import type { Quantity } from "./types.js";

/** Units whose trailing words are the counted noun: "70 commercial agreements", "fifth official visit". */
const NOUN_UNITS: ReadonlySet<string> = new Set(["count", "ordinal"]);

/**
 * Longer text is refused before scanning: one quantity is a short phrase (a claim's value holds at most
 * 1,000 characters), and a megabyte handed to the parser by mistake should fail at once, not after seconds.
 */
export const MAX_QUANTITY_TEXT = 1000;

/**
 * Characters that may surround a quantity: punctuation ("$41 billion." is fine), but no letters, digits
 * or Han, and no symbol that would change the quantity had the scan taken it — a sign, a currency or
 * unit symbol, a bound sign ("-" in "-$5T" left out of a mention would be a dropped minus).
 */
const isFiller = (text: string): boolean => {
  const starts = phraseTable().trie.next;
  for (const token of tokenize(text)) if (token.kind !== SYM || token.key === MINUS_SIGN || starts.has(token.key)) return false;
  return true;
};
const MINUS_SIGN = "−";

/** The counted noun after a count: words only (and hyphens between them), then optional punctuation. */
const nounOf = (rest: string): string | undefined => {
  const tokens = tokenize(rest);
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]?.kind === SYM) last--;
  if (last < 0) return undefined;
  for (let k = 0; k <= last; k++) {
    const token = tokens[k];
    if (token === undefined || token.kind === NUM) return undefined;
    if (token.kind === SYM && !(token.key === "-" && k > 0 && k < last)) return undefined;
    if (token.kind !== WORD && token.kind !== HAN && token.kind !== SYM) return undefined;
  }
  const first = tokens[0];
  const end = tokens[last];
  if (first === undefined || end === undefined) return undefined;
  let noun = "";
  let space = false;
  for (const ch of rest.slice(first.start, end.end)) {
    const blank = ch.trim() === "";
    if (blank) space = true;
    else {
      noun += (space && noun !== "" ? " " : "") + ch;
      space = false;
    }
  }
  return noun;
};

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
export const parseQuantity = (text: string, options?: ScanOptions): Quantity => {
  if (typeof text !== "string") throw new DiscrepancyError("invalid-quantity", messages.notText(text), [{ path: [], message: messages.notText(text), input: text }]);
  const resolved = resolveScanOptions(options);
  const fail = (message: string): never => {
    throw new DiscrepancyError("invalid-quantity", message, [{ path: [], message, input: text }]);
  };
  if (text.length > MAX_QUANTITY_TEXT) fail(messages.textTooLong("the quantity", text, MAX_QUANTITY_TEXT));
  const { matches, rejected } = scanDetailed(text, resolved);
  if (rejected.length > 0) fail(messages.numberTooLong(text, MAX_DIGITS, MAX_EXPONENT));
  const match = matches[0];
  if (match === undefined) return fail(messages.noQuantity(text));
  if (matches.length > 1) return fail(messages.severalQuantities(text, matches.length));
  const before = text.slice(0, match.start);
  if (!isFiller(before)) return fail(messages.trailingText(text, before.trim()));
  const after = text.slice(match.end);
  if (isFiller(after)) return match.quantity;
  const noun = NOUN_UNITS.has(match.quantity.unit) ? nounOf(after) : undefined;
  if (noun === undefined) return fail(messages.trailingText(text, after.trim()));
  return Object.freeze({ ...match.quantity, noun });
};

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
