/*
 * Character classes shared by the quantity and period tokenizers and by extraction, read from UTF-16
 * code units so that scanning allocates nothing. One definition each, so the scanners agree on where a
 * word or a number ends.
 */

/**
 * Whitespace: every control character, the Unicode spaces and line separators, the ideographic space and
 * the byte-order mark. @internal
 */
export const isSpace = (c: number): boolean =>
  c <= 32 ||
  c === 0x85 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** The value of an ASCII or full-width digit, or -1. @internal */
export const digitValue = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1);

/** CJK unified ideographs (with extension A) and compatibility ideographs. @internal */
export const isCjkIdeograph = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

/** Hiragana and katakana. @internal */
export const isKana = (c: number): boolean => c >= 0x3040 && c <= 0x30ff;
