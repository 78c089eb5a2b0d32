import { isCjkIdeograph } from "./charClass.js";

/**
 * A word of free text: a run of Latin, Greek or Cyrillic letters (an apostrophe inside counts, as in
 * "п'ять", "China's"), or a run of CJK ideographs, which has no spaces to split it. `key` is the word in
 * lower case with every apostrophe written `'`; `cjk` marks an ideograph run.
 *
 * @internal
 */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly key: string;
  readonly cjk: boolean;
}

/** Letters of the alphabetic scripts the lexicons hold (Latin with its extensions, Greek, Cyrillic). */
const isLetter = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f);

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2bc;

/** Words longer than this are not words a lexicon holds: they are cut, so a hostile run stays cheap to compare. */
const MAX_WORD = 64;

/**
 * The words of a text, in order: one pass, each character looked at once (linear). Digits, spaces and
 * punctuation separate words; they are not words.
 *
 * @internal
 */
export const toWords = (text: string): Word[] => {
  const out: Word[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      const start = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLetter(d)) i++;
        else if (isApostrophe(d) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) i++;
        else break;
      }
      const word = text.slice(start, i);
      let key = word.toLowerCase();
      if (key.length > MAX_WORD) key = key.slice(0, MAX_WORD);
      if (key.includes("’") || key.includes("ʼ")) key = key.replaceAll("’", "'").replaceAll("ʼ", "'");
      out.push({ start, end: i, text: word, key, cjk: false });
    } else if (isCjkIdeograph(c)) {
      const start = i;
      i++;
      while (i < n && isCjkIdeograph(text.charCodeAt(i))) i++;
      const run = text.slice(start, i);
      out.push({ start, end: i, text: run, key: run, cjk: true });
    } else i++;
  }
  return out;
};
