import { LEXICONS } from "../lexicon/index.js";
import { LANGS, type PeriodWords } from "../lexicon/types.js";
import { phraseKey } from "../quantity/phraseTable.js";
import { NUM, type Token } from "../text/tokenize.js";

/**
 * The words without which no period can be read: every reading of the period grammar holds a year (four
 * digits), or a month, season, quarter or half word, a unit after "last"/"this", a relative phrase
 * ("торік", "去年"), a month suffix ("7月", "1-9月"), the months or quarters after a count ("the first
 * nine *months*", "перші 9 *місяців*", "前三*季度*") or the letters of "Q3"/"H1". Prepositions, articles and
 * "as of" only wrap one of these. So a stretch of text with no such token has no period, and the period
 * reader need not run over it. From the period lexicons (one source), keyed as the one tokenizer keys
 * words ("ё" read as "е").
 */
let anchors: ReadonlySet<string> | undefined;

const anchorWords = (): ReadonlySet<string> => {
  if (anchors !== undefined) return anchors;
  const words = new Set<string>(["q", "h"]);
  const add = (phrase: string): void => {
    for (const key of phraseKey(phrase).split(" ")) if (key !== "") words.add(key);
  };
  for (const lang of LANGS) {
    const period: PeriodWords = LEXICONS[lang].period;
    for (const names of period.months) names.forEach(add);
    for (const names of Object.values(period.seasons)) names.forEach(add);
    const lists = [period.quarterWords, period.halfWords, period.monthSuffixes, period.monthsWords, period.quartersWords, ...period.halfPhrases];
    for (const list of lists) list.forEach(add);
    for (const names of Object.values(period.unitWords)) names.forEach(add);
    for (const phrase of period.relativePhrases) add(phrase.text);
  }
  return (anchors = words);
};

/** Whether a number token holds a run of exactly four digits: a year, alone or in a date ("19.05.2023"). */
const holdsYear = (key: string): boolean => {
  let run = 0;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : -1;
    if (c >= 48 && c <= 57) run++;
    else {
      if (run === 4) return true;
      run = 0;
    }
  }
  return false;
};

/**
 * The UTF-16 offsets of the tokens that may anchor a period, in order. One pass, one Set lookup per
 * word: linear.
 *
 * @internal
 */
export const periodAnchors = (tokens: readonly Token[]): number[] => {
  const words = anchorWords();
  const out: number[] = [];
  for (const token of tokens) {
    const anchor = token.kind === NUM ? holdsYear(token.key) : words.has(token.key);
    if (anchor) out.push(token.start);
  }
  return out;
};
