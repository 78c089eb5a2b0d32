/** A sentence's span in a text (UTF-16 offsets, end exclusive). @internal */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;
const isBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The sentences of a text: ended by a line break, "!", "?", the Chinese stops 。！？, or a full stop
 * before a space — unless the next word starts with a lower-case letter or a digit ("Sept. 5",
 * "U.S. exports", "approx. 5"), which an abbreviation's stop is followed by and a sentence's is not.
 * Blank stretches are not sentences. One pass: linear.
 *
 * @internal
 */
export const splitSentences = (text: string): Span[] => {
  const out: Span[] = [];
  let start = 0;
  const close = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && (isSpaceCode(text.charCodeAt(s)) || isBreak(text.charCodeAt(s)))) s++;
    while (e > s && (isSpaceCode(text.charCodeAt(e - 1)) || isBreak(text.charCodeAt(e - 1)))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      close(i);
      start = i + 1;
    } else if (c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      close(i + 1);
      start = i + 1;
    } else if (c === 46 && i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
      const next = text.charAt(j);
      if (next !== "" && (isLower(next) || isDigit(text.charCodeAt(j)))) continue;
      close(i + 1);
      start = i + 1;
    }
  }
  close(text.length);
  return out;
};
