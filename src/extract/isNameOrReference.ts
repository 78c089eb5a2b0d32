import { LEXICONS } from "../lexicon/index.js";
import { LANGS } from "../lexicon/types.js";
import type { QuantityMatch } from "../quantity/scan.js";
import { HAN, LATIN, NUM, SYM, WORD, type Token } from "../text/tokenize.js";

/** The words of the lexicons this check reads, in lookup form (lower case). */
let words:
  | {
      readonly references: ReadonlySet<string>;
      readonly partitives: ReadonlySet<string>;
      readonly classifiers: ReadonlySet<string>;
      readonly idioms: readonly string[];
    }
  | undefined;
const getWords = () => {
  if (words !== undefined) return words;
  const references = new Set<string>();
  const partitives = new Set<string>();
  const classifiers = new Set<string>();
  const idioms: string[] = [];
  for (const lang of LANGS) {
    const q = LEXICONS[lang].quantity;
    for (const w of q.idioms ?? []) idioms.push(w);
    for (const w of q.referenceWords ?? []) references.add(w.toLowerCase());
    for (const w of q.partitives ?? []) partitives.add(w.toLowerCase());
    for (const w of q.classifiers ?? []) classifiers.add(w);
  }
  return (words = { references, partitives, classifiers, idioms });
};

/** Abbreviations this short count only with their dot ("p. 57", "с. 12"): bare, they are words ("с 5 по 25"). */
const MAX_BARE_ABBREVIATION = 3;
/** Punctuation that ends a sentence, after which a capital is no sign of a name. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set([".", "!", "?", "…", "。", "！", "？", ":", "\"", "“", "«", "(", "—", "–", "-"]);

/** Words before an ordinal that make it a unit of time: "per second". */
const PER: ReadonlySet<string> = new Set(["per", "a", "every"]);
/** Words after which English "one" is a pronoun: "the old one", "this one", "no one". */
const ONE_DETERMINERS: ReadonlySet<string> = new Set(["the", "this", "that", "which", "no", "any", "every", "each", "another", "old", "new", "last", "next", "other", "big"]);

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();

/** Whether an idiom of the lexicons covers the text at `at` ("成千上万" around its 千 and 上万). Bounded: few, short idioms. */
const insideIdiom = (text: string, at: number, idioms: readonly string[]): boolean => {
  for (const idiom of idioms)
    for (let back = 0; back < idiom.length; back++) if (at - back >= 0 && text.startsWith(idiom, at - back)) return true;
  return false;
};

/** Acronyms of countries and unions of three or more letters, after which a number is an amount. */
const COUNTRY_ACRONYMS: ReadonlySet<string> = new Set(["USA", "UAE", "PRC", "DPRK", "USSR", "ROK", "CIS", "ASEAN", "EAEU", "SCO", "OPEC", "NATO", "BRICS"]);

/** An acronym in capitals ("FTSE", "ASX"), or the last letter of one joined by "&" ("S&P"). */
const isAcronym = (text: string, word: Token, before: Token | undefined): boolean => {
  const written = text.slice(word.start, word.end);
  if (written !== written.toUpperCase() || written === written.toLowerCase()) return false;
  // Not a country ("In the USA 5 people…", "in the UK 300"): two letters or a country's code are no index.
  if (written.length >= 3) return !COUNTRY_ACRONYMS.has(written);
  if (written.length === 2) return false;
  return before !== undefined && before.kind === SYM && before.key === "&" && before.end === word.start;
};

/** Whether the text of the match is written only in Chinese numerals (no digits, no unit). */
const hanNumeralsOnly = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (tokens[k]?.kind !== HAN) return false;
  return to > from;
};

/**
 * Whether a count is a numeral inside a name or a reference rather than an amount — a fact-checker
 * would never check it:
 *
 * - a label after a reference word of the lexicons: "Figure 2", "p. 57", "Section 3", "Boeing 737",
 *   "пункту 3 статті 12", "с. 57", "№ 5" (short abbreviations only with their dot); a number after an
 *   acronym in capitals: "FTSE 100", "S&P 500";
 * - "one" before a partitive: "one of the largest", "один из", "одна з"; English "one" standing for a
 *   noun: "the old one", "this one.";
 * - "second" after "per" or "a": a unit of time ("per second"), not an ordinal;
 * - a numeral word with a capital inside a sentence: "the Three Gorges", "the Big Four";
 * - Chinese numerals glued to a character that is no classifier, time word or scale: 四川, 三峡, 五一,
 *   二十国集团, 零售 (but 三次, 两个, 五年 are counts); and any reading inside an idiom ("成千上万").
 *
 * Only plain counts are judged: with a unit, a scale word or a bound word the number is an amount.
 * Bounded work per mention.
 *
 * @internal
 */
export const isNameOrReference = (match: QuantityMatch, text: string, tokens: readonly Token[], from: number, to: number): boolean => {
  const q = match.quantity;
  const first = tokens[from];
  // A range too: "pp. 12-15", "Articles 3–5".
  if (first === undefined) return false;
  // "成千上万": an idiom the scan entered in its middle, where it tried no start. Whatever was read there.
  if (first.kind === HAN && insideIdiom(text, match.start, getWords().idioms)) return true;
  if (q.bound !== "exact" && q.bound !== "rounded" && q.bound !== "range") return false;
  const prev = tokens[from - 1];
  // "per second", "50 times a second": the unit of time, not the ordinal.
  if (q.unit === "ordinal" && first.kind === WORD && prev !== undefined && !first.newline && PER.has(prev.key)) return true;
  if (q.unit !== "count") return false;
  const { references, partitives, classifiers } = getWords();

  // Chinese numerals glued to a character that is no classifier: 四川, 三峡, 千岛湖 (scale characters
  // included, so before the scale-word test below).
  if (first.kind === HAN && hanNumeralsOnly(tokens, from, to)) {
    const next = tokens[to];
    return next !== undefined && next.kind === HAN && !next.space && !next.newline && !classifiers.has(next.key);
  }
  if (q.precision > 0) return false;

  if (first.kind === NUM && prev !== undefined && !first.newline) {
    if (prev.kind === SYM && prev.key === "№") return true;
    // "FTSE 100", "ASX 200", "CSI 300", "S&P 500": a number after an acronym names an index or a model.
    if (prev.kind === WORD && prev.script === LATIN && first.space && isAcronym(text, prev, tokens[from - 2])) return true;
    if (prev.kind === WORD && references.has(prev.key) && prev.key.length > MAX_BARE_ABBREVIATION) return true;
    const word = tokens[from - 2];
    if (prev.kind === SYM && prev.key === "." && !prev.space && word?.kind === WORD && references.has(word.key)) return true;
  }

  if (first.kind === WORD) {
    const next = tokens[to];
    if (to - from === 1 && q.value.eq(1)) {
      // "one of the largest", "один из": a pronoun before a partitive.
      if (next !== undefined && !next.newline && next.kind === WORD && partitives.has(next.key)) return true;
      // "the old one", "this one.": English "one" after a determiner or before punctuation stands for a noun.
      if (first.script === LATIN && ((prev !== undefined && !first.newline && ONE_DETERMINERS.has(prev.key)) || next === undefined || next.newline || next.kind === SYM)) return true;
    }
    // A capital inside a sentence: part of a name.
    const c = text[first.start] ?? "";
    if (isUpper(c) && prev !== undefined && !first.newline && !(prev.kind === SYM && SENTENCE_ENDS.has(prev.key))) return true;
  }

  return false;
};
