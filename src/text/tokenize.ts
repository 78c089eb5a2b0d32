/**
 * The one tokenizer of the library's text front end: quantities, periods and extraction read the same
 * tokens, cut by a hand-written character loop (no regular expressions), so that tokenising is linear
 * in the text and never throws.
 *
 * - `NUM`: a run of digits with the separators written inside numbers ("1,700", "31,5", "1 700" with
 *   a no-break space, "1'234", "1.5e9"); a separator counts only when a digit follows it. The period
 *   grammar reads digit runs: {@link toPeriodTokens} cuts these at their separators.
 * - `WORD`: letters (any alphabetic script but Han), with apostrophes between letters ("п'ять", "don't",
 *   "пʼять") and combining marks after them ("го́да").
 * - `HAN`: one CJK ideograph (or 〇); Chinese has no spaces, so every character is a token. A kana is
 *   a `WORD` of its own, and Han and kana end any word.
 * - `SYM`: any other single character ("$", "%", "–", ".").
 *
 * Keys fold what the lexicons need not list twice: letters to lower case, every apostrophe to `'`, "ё"
 * to "е", and the stress mark U+0301 away; full-width digits to ASCII.
 *
 * @internal
 */
import { digitValue, isCjkIdeograph, isKana, isSpace } from "./charClass.js";

export const NUM = 1;
export const WORD = 2;
export const HAN = 3;
export const SYM = 4;
export type TokenKind = typeof NUM | typeof WORD | typeof HAN | typeof SYM;

/** Script of a token, for choosing a language when none is given. */
export const LATIN = 1;
export const CYRILLIC = 2;
/** Cyrillic with one of і ї є ґ, which Russian does not use. */
export const CYRILLIC_UK = 3;
export const HAN_SCRIPT = 4;
export const OTHER = 5;
export type Script = 0 | typeof LATIN | typeof CYRILLIC | typeof CYRILLIC_UK | typeof HAN_SCRIPT | typeof OTHER;

/** One token. Offsets are UTF-16 code units into the text; `end` is exclusive. */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /**
   * The lookup form: lower case, one apostrophe (`'`), ASCII digits. For `NUM` the digits and
   * separators as written (separators kept, so the reader can decide which is the decimal point).
   */
  readonly key: string;
  /** Whitespace separates this token from the previous one. */
  readonly space: boolean;
  /** A line break separates this token from the previous one: mentions never cross it. */
  readonly newline: boolean;
  readonly script: Script;
  /** `NUM` only: the number has an exponent ("1.5e9"). Always present, so every token has one shape. */
  readonly exponent: boolean;
}

const isDigit = (c: number): boolean => digitValue(c) >= 0;

const isNewline = (c: number): boolean => c === 10 || c === 13 || c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029;

/**
 * Separators that may sit inside a number when a digit follows: , . the thin and no-break spaces, and
 * the Swiss apostrophes ("1'234", "1’234’567"), which only ever group thousands (readDigits).
 */
const isNumberSeparator = (c: number): boolean =>
  c === 44 || c === 46 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0xff0e || c === 39 || c === 0x2019;

// 〇 and ○ write zero in Chinese numerals ("二〇二三").
const isHan = (c: number): boolean => isCjkIdeograph(c) || c === 0x3007 || c === 0x25cb;

// Combining diacritics continue the word they follow ("го́да", "и\u0306").
const isCombining = (c: number): boolean => c >= 0x300 && c <= 0x36f;

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc;

/** Letters of alphabetic scripts. Punctuation and symbol blocks (U+2000–U+2BFF, CJK punctuation, fullwidth forms) are not letters. */
const scriptOfLetter = (c: number): Script => {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LATIN : 0;
  if (c < 0x250) return c === 0xaa || c === 0xba || c === 0xb5 || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? LATIN : 0;
  if (c >= 0x400 && c <= 0x52f) return c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404 || c === 0x490 ? CYRILLIC_UK : CYRILLIC;
  if (c >= 0x1e00 && c <= 0x1eff) return LATIN;
  if (c < 0x370) return 0;
  if (c >= 0x2000 && c <= 0x2bff) return 0;
  if (c >= 0x3000 && c <= 0x303f) return 0;
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  if (c >= 0xfe30 && c <= 0xffef) return 0;
  if (c === 0x37e || c === 0x387 || c === 0x589 || (c >= 0x55a && c <= 0x55f) || c === 0x5be || c === 0x60c || c === 0x61b || c === 0x61f || c === 0x6d4) return 0;
  return OTHER;
};

/**
 * Lower case, one apostrophe, "е" for "ё" and no stress mark, for lookups. Most words of prose are
 * plain lower-case ASCII and are only sliced.
 */
const wordKey = (text: string, start: number, end: number, plain: boolean, lower: boolean): string => {
  // Most words of prose are lower case already: `toLowerCase` costs more than the slice.
  const raw = lower ? text.slice(start, end) : text.slice(start, end).toLowerCase();
  if (plain) return raw;
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x301) continue;
    out += isApostrophe(c) ? "'" : c === 0x451 ? "е" : raw[i];
  }
  return out;
};

const numberKey = (text: string, start: number, end: number): string => {
  let wide = false;
  for (let i = start; i < end && !wide; i++) wide = text.charCodeAt(i) >= 0xff00;
  if (!wide) return text.slice(start, end);
  let out = "";
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    out += c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xff10 + 48) : c === 0xff0e ? "." : text[i];
  }
  return out;
};

/**
 * The token that starts at or after UTF-16 offset `from` (whitespace skipped, and noted in `space` and
 * `newline`), or `undefined` at the end. Every character is looked at a bounded number of times.
 *
 * @internal
 */
export const readToken = (text: string, from: number): Token | undefined => {
  const n = text.length;
  let i = from;
  let space = false;
  let newline = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) break;
    space = true;
    if (isNewline(c)) newline = true;
    i++;
  }
  if (i >= n) return undefined;
  const c = text.charCodeAt(i);
  const start = i;
  if (isDigit(c)) {
    let exponent = false;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isDigit(d)) i++;
      else if (isNumberSeparator(d) && i + 1 < n && isDigit(text.charCodeAt(i + 1)) && !exponent) i += 2;
      else if ((d === 101 || d === 69) && !exponent && i + 1 < n) {
        const e = text.charCodeAt(i + 1);
        if (isDigit(e)) i += 2;
        else if ((e === 43 || e === 45) && i + 2 < n && isDigit(text.charCodeAt(i + 2))) i += 3;
        else break;
        exponent = true;
      } else break;
    }
    return { kind: NUM, start, end: i, key: numberKey(text, start, i), space, newline, script: 0, exponent };
  }
  if (isHan(c)) return { kind: HAN, start, end: i + 1, key: text[start] ?? "", space, newline, script: HAN_SCRIPT, exponent: false };
  // Hiragana and katakana: one word each, so that no word of the lexicons runs into Japanese text as
  // if it were a letter ("Mayの"); words still, so a number glued to them stays part of what it is in.
  if (isKana(c)) return { kind: WORD, start, end: i + 1, key: text[start] ?? "", space, newline, script: OTHER, exponent: false };
  let script = scriptOfLetter(c);
  if (script !== 0) {
    // Whether the key is the text as written (but for case): no apostrophe, ё or mark to fold.
    let plain = c !== 0x451 && c !== 0x401;
    let lower = c >= 97 && c <= 122;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      // Lower-case ASCII letters, the bulk of English text, need no further look.
      if (d >= 97 && d <= 122) {
        i++;
        continue;
      }
      // Han and kana end a word: "USD美元" is "usd" "美" "元", as Chinese writes no spaces.
      const s = isHan(d) || isKana(d) ? 0 : scriptOfLetter(d);
      if (s !== 0) {
        if (d < 97 || d > 122) lower = false;
        if (d === 0x451 || d === 0x401) plain = false;
        if (s === CYRILLIC_UK) script = CYRILLIC_UK;
        else if (script === LATIN && s !== LATIN) script = s;
        i++;
      } else if (isCombining(d)) {
        lower = false;
        plain = false;
        i++;
      } else if (isApostrophe(d) && i + 1 < n && scriptOfLetter(text.charCodeAt(i + 1)) !== 0) {
        plain = false;
        i++;
      } else break;
    }
    return { kind: WORD, start, end: i, key: wordKey(text, start, i, plain, lower), space, newline, script, exponent: false };
  }
  // A surrogate pair is one symbol (or one Han character from the supplementary planes).
  const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  i += pair ? 2 : 1;
  const han = pair && c >= 0xd840 && c <= 0xd8bf;
  return { kind: han ? HAN : SYM, start, end: i, key: text.slice(start, i), space, newline, script: han ? HAN_SCRIPT : 0, exponent: false };
};

/**
 * Cuts `text` into tokens, skipping whitespace. Linear: every character is looked at a bounded number
 * of times.
 *
 * @internal
 * @example
 * ```ts
 * tokenize("$1.8bn").map((t) => t.key); // ["$", "1.8", "bn"]
 * ```
 */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  for (let token = readToken(text, 0); token !== undefined; token = readToken(text, token.end)) tokens.push(token);
  return tokens;
};
