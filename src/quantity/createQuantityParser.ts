import { DiscrepancyError } from "../errors.js";
import { LANGS, type Lang, type Lexicon } from "../lexicon/types.js";
import { messages } from "../messages/misuse/input.js";
import { compilePhraseTable, type PhraseTable } from "./phraseTable.js";
import { readQuantity } from "./readQuantity.js";
import type { ScanOptions } from "./scanOptions.js";
import { CYRILLIC, CYRILLIC_UK, HAN_SCRIPT, LATIN } from "../text/tokenize.js";
import type { Quantity } from "./types.js";

/** Which lexicons a quantity parser reads: see {@link createQuantityParser}. */
export interface QuantityParserOptions {
  /** The languages to read, as lexicons (`enLexicon`, `ukLexicon`, `ruLexicon`, `zhLexicon`); at least one. */
  readonly lexicons: readonly Lexicon[];
}

/** A reader made by {@link createQuantityParser}: {@link parseQuantity} over its own lexicons. */
export type QuantityParser = (text: string, options?: ScanOptions) => Quantity;

/** The scripts each language is written in: a counted noun in another script is refused (see nounOf). */
const SCRIPTS: Readonly<Record<Lang, readonly number[]>> = { en: [LATIN], uk: [CYRILLIC, CYRILLIC_UK], ru: [CYRILLIC], zh: [HAN_SCRIPT] };

const isLexicon = (value: unknown): value is Lexicon =>
  typeof value === "object" &&
  value !== null &&
  LANGS.includes((value as { lang?: unknown }).lang as Lang) &&
  typeof (value as { quantity?: unknown }).quantity === "object" &&
  (value as { quantity?: unknown }).quantity !== null;

/**
 * A {@link parseQuantity} that knows only the languages it is given, so that a bundle holds only their
 * words: `parseQuantity` reads all four, and an application that reads English only needs one (the
 * language-neutral words — "$", "%", ISO codes, unit symbols — are always known). The words are compiled
 * on the first call. Words of a language left out are no quantity words, and after a count a word in a
 * script none of the given languages is written in is refused rather than taken for the counted noun
 * ("31,5 млрд долл." is refused by an English reader, not read as 31.5 of something). A word of a
 * left-out language in a given language's script is an unknown word, as a word of a language with no
 * lexicon is to `parseQuantity`: after a count, the noun (a Ukrainian reader counts 31.5 billion "долл",
 * Russian for dollars) — so give Ukrainian and Russian together where both may occur.
 *
 * @throws {DiscrepancyError} `invalid-argument` when `lexicons` is not a non-empty array of lexicons.
 * @example
 * ```ts
 * const parseEnglish = createQuantityParser({ lexicons: [enLexicon] });
 * parseEnglish("over $41 billion").bound;            // "moreThan"
 * parseEnglish("seventy agreements").noun;           // "agreements"
 * isDiscrepancyError(safely(() => parseEnglish("понад 15 млрд доларів"))); // true
 * function safely(read: () => unknown): unknown {
 *   try { return read(); } catch (error) { return error; }
 * }
 * ```
 */
export const createQuantityParser = (options: QuantityParserOptions): QuantityParser => {
  const lexicons = (options as { lexicons?: unknown } | null | undefined)?.lexicons;
  if (!Array.isArray(lexicons) || lexicons.length === 0 || !lexicons.every(isLexicon))
    throw new DiscrepancyError("invalid-argument", messages.badOption("lexicons", lexicons, "a non-empty array of lexicons such as [enLexicon]"), [
      { path: ["lexicons"], message: "not a list of lexicons", input: lexicons },
    ]);
  const chosen: readonly Lexicon[] = Object.freeze([...lexicons]);
  const scripts: ReadonlySet<number> = new Set(chosen.flatMap((lexicon) => SCRIPTS[lexicon.lang]));
  let table: PhraseTable | undefined;
  return (text, scanOptions) => readQuantity(text, scanOptions, (table ??= compilePhraseTable(chosen)), scripts);
};
