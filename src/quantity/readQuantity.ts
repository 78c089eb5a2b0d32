import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import type { PhraseTable } from "./phraseTable.js";
import { MAX_DIGITS, MAX_EXPONENT } from "./readDigits.js";
import { scanDetailed } from "./scan.js";
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
const isFiller = (text: string, table: PhraseTable): boolean => {
  const starts = table.trie.next;
  for (const token of tokenize(text)) if (token.kind !== SYM || token.key === MINUS_SIGN || starts.has(token.key)) return false;
  return true;
};
const MINUS_SIGN = "−";

/**
 * The counted noun after a count: words only (and hyphens between them), then optional punctuation. With
 * `scripts`, every word must be written in one of them: a reader that knows only English cannot tell
 * "млрд долл." from a noun, so it refuses the words rather than count "31,5" of them.
 */
const nounOf = (rest: string, scripts: ReadonlySet<number> | undefined): string | undefined => {
  const tokens = tokenize(rest);
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]?.kind === SYM) last--;
  if (last < 0) return undefined;
  for (let k = 0; k <= last; k++) {
    const token = tokens[k];
    if (token === undefined || token.kind === NUM) return undefined;
    if (token.kind === SYM && !(token.key === "-" && k > 0 && k < last)) return undefined;
    if (token.kind !== WORD && token.kind !== HAN && token.kind !== SYM) return undefined;
    if (scripts !== undefined && token.kind !== SYM && !scripts.has(token.script)) return undefined;
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
 * {@link parseQuantity} over the words of `table`: the default reader passes all four lexicons', a
 * reader made by `createQuantityParser` the caller's, with the scripts its languages are written in
 * (`nounScripts`), so that a counted noun in another script is refused. @internal
 */
export const readQuantity = (text: string, options: ScanOptions | undefined, table: PhraseTable, nounScripts?: ReadonlySet<number>): Quantity => {
  if (typeof text !== "string") throw new DiscrepancyError("invalid-quantity", messages.notText(text), [{ path: [], code: "not-text", params: {}, message: messages.notText(text), input: text }]);
  const resolved = resolveScanOptions(options);
  const fail = (message: string): never => {
    throw new DiscrepancyError("invalid-quantity", message, [{ path: [], code: "invalid-quantity", params: {}, message, input: text }]);
  };
  if (text.length > MAX_QUANTITY_TEXT) fail(messages.textTooLong("the quantity", text, MAX_QUANTITY_TEXT));
  const { matches, rejected } = scanDetailed(text, resolved, table);
  if (rejected.length > 0) fail(messages.numberTooLong(text, MAX_DIGITS, MAX_EXPONENT));
  const match = matches[0];
  if (match === undefined) return fail(messages.noQuantity(text));
  if (matches.length > 1) return fail(messages.severalQuantities(text, matches.length));
  const before = text.slice(0, match.start);
  if (!isFiller(before, table)) return fail(messages.trailingText(text, before.trim()));
  const after = text.slice(match.end);
  if (isFiller(after, table)) return match.quantity;
  const noun = NOUN_UNITS.has(match.quantity.unit) ? nounOf(after, nounScripts) : undefined;
  if (noun === undefined) return fail(messages.trailingText(text, after.trim()));
  return Object.freeze({ ...match.quantity, noun });
};
