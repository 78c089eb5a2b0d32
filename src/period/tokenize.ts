/**
 * The period tokenizer: one pass over the text, one token per digit run, letter run, Han character or
 * other character; whitespace separates tokens and is not a token. A single hand-written loop, so it is
 * linear in the length of the text and never throws.
 *
 * @internal
 */
import { digitValue, isCjkIdeograph, isSpace } from "../text/charClass.js";

/** What a token is made of. `han` is one CJK character: Chinese writes no spaces between words. */
export type TokenKind = "num" | "word" | "han" | "punct";

/** @internal */
export interface Token {
  readonly kind: TokenKind;
  /** UTF-16 offsets in the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /**
   * The lookup key: ASCII digits for numbers (full-width digits folded), lower-cased words with "ё"
   * read as "е", and every dash folded to "-".
   */
  readonly key: string;
  /** The value of a number of at most 9 digits; -1 otherwise. */
  readonly value: number;
}

// Kana as well: a period word never runs into Japanese text as if it were a letter.
const isHan = (c: number): boolean => isCjkIdeograph(c) || (c >= 0x3040 && c <= 0x30ff);

// One character at a time: no quantifier, so no backtracking. Only for letters outside the ranges
// checked by hand (Greek, Armenian, Arabic, …), so that they still bound a number like letters do.
const OTHER_LETTER = /^\p{L}$/u;

const isLetter = (c: number, ch: string): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
  (c >= 0x400 && c <= 0x52f) ||
  (c >= 0x300 && c <= 0x36f) ||
  (c > 0x24f && !isHan(c) && c < 0xd800 && OTHER_LETTER.test(ch));

const isDash = (c: number): boolean => c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d;

/**
 * The token that starts at or after UTF-16 offset `from` (whitespace skipped), or undefined at the end.
 *
 * @internal
 */
export const readToken = (text: string, from: number): Token | undefined => {
  const n = text.length;
  let i = from;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i >= n) return undefined;
  const c = text.charCodeAt(i);
  const start = i;
  if (digitValue(c) >= 0) {
    let key = "";
    let value = 0;
    while (i < n) {
      const v = digitValue(text.charCodeAt(i));
      if (v < 0) break;
      key += String.fromCharCode(48 + v);
      value = value * 10 + v;
      i++;
    }
    return { kind: "num", start, end: i, key, value: key.length <= 9 ? value : -1 };
  }
  const ch = text[i] as string;
  if (isHan(c)) return { kind: "han", start, end: i + 1, key: ch, value: -1 };
  if (isLetter(c, ch)) {
    let lower = c >= 97 && c <= 122;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (digitValue(d) >= 0 || !isLetter(d, text[i] as string)) break;
      if (d < 97 || d > 122) lower = false;
      i++;
    }
    // Most words of prose are lower-case ASCII already: `toLowerCase` costs more than the slice.
    if (lower) return { kind: "word", start, end: i, key: text.slice(start, i), value: -1 };
    let key = text.slice(start, i).toLowerCase();
    if (key.includes("ё")) key = key.replaceAll("ё", "е");
    if (key.includes("\u0301")) key = key.replaceAll("\u0301", "");
    return { kind: "word", start, end: i, key, value: -1 };
  }
  return { kind: "punct", start, end: i + 1, key: isDash(c) ? "-" : c === 0x2019 ? "'" : ch, value: -1 };
};

/** Splits a (short) text into tokens: for lexicon phrases. @internal */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  for (let token = readToken(text, 0); token !== undefined; token = readToken(text, token.end)) tokens.push(token);
  return tokens;
};
