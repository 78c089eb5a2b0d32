import { digitValue, isKana, isSpace } from "../text/charClass.js";
import { HAN, SYM, WORD, type Token } from "../text/tokenize.js";

/** What a period token is made of. `han` is one CJK character: Chinese writes no spaces between words. */
export type PeriodTokenKind = "num" | "word" | "han" | "punct";

/**
 * A token as the period grammar reads it: a token of the one tokenizer (`text/tokenize.ts`), with a
 * number cut into its digit runs and separators ("19.05.2023" is five tokens, "1,700" three) and every
 * dash keyed as "-". @internal
 */
export interface PeriodToken {
  readonly kind: PeriodTokenKind;
  /** UTF-16 offsets in the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The lookup key: the token's, ASCII digits for numbers, "-" for every dash, "'" for "’". */
  readonly key: string;
  /** The value of a number of at most 9 digits; -1 otherwise. */
  readonly value: number;
}

const isDash = (c: number): boolean => c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d;

const punctKey = (text: string, start: number, end: number): string => {
  const c = text.charCodeAt(start);
  return end - start !== 1 ? text.slice(start, end) : isDash(c) ? "-" : c === 0x2019 ? "'" : (text[start] as string);
};

const digitRun = (text: string, start: number, end: number): PeriodToken => {
  let value = 0;
  let ascii = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 57) ascii = false;
    value = value * 10 + digitValue(c);
  }
  let key = ascii ? text.slice(start, end) : "";
  if (!ascii) for (let i = start; i < end; i++) key += String.fromCharCode(48 + digitValue(text.charCodeAt(i)));
  return { kind: "num", start, end, key, value: end - start <= 9 ? value : -1 };
};

/**
 * The period token of `token` when it is one (all but numbers written with separators or an
 * exponent), else `undefined`: the lazy stream's fast path. @internal
 */
export const toPeriodToken = (text: string, token: Token): PeriodToken | undefined => {
  const { start, end } = token;
  switch (token.kind) {
    case WORD:
      // A kana stands apart from letters, as Han does.
      return { kind: end - start === 1 && isKana(text.charCodeAt(start)) ? "han" : "word", start, end, key: token.key, value: -1 };
    case HAN:
      return { kind: "han", start, end, key: token.key, value: -1 };
    case SYM:
      return { kind: "punct", start, end, key: punctKey(text, start, end), value: -1 };
    default: {
      for (let i = start; i < end; i++) if (digitValue(text.charCodeAt(i)) < 0) return undefined;
      return digitRun(text, start, end);
    }
  }
};

/**
 * Appends the period tokens of `token` to `out`: one, or for a number written with separators or an
 * exponent its digit runs and what stands between them (spaces inside "1 700" separate, as elsewhere).
 * Bounded by the token's length. @internal
 */
export const toPeriodTokens = (text: string, token: Token, out: PeriodToken[]): void => {
  const one = toPeriodToken(text, token);
  if (one !== undefined) {
    out.push(one);
    return;
  }
  const { start, end } = token;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (digitValue(c) >= 0) {
      let j = i + 1;
      while (j < end && digitValue(text.charCodeAt(j)) >= 0) j++;
      out.push(digitRun(text, i, j));
      i = j;
    } else {
      // "e" of an exponent is a letter; a no-break or thin space between groups is a space.
      if (c === 101 || c === 69) out.push({ kind: "word", start: i, end: i + 1, key: "e", value: -1 });
      else if (!isSpace(c)) out.push({ kind: "punct", start: i, end: i + 1, key: punctKey(text, i, i + 1), value: -1 });
      i++;
    }
  }
};
