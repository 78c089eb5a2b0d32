import { describe, expect, it } from "vitest";
import { digitValue, isCjkIdeograph, isSpace } from "../../src/text/charClass.js";

const code = (ch: string): number => ch.charCodeAt(0);

describe("character classes", () => {
  it.each([" ", "\t", "\n", "\r", "\u000b", "\u0001", "\u0085", "\u00a0", "\u2009", "\u200b", "\u202f", "\u3000", "\ufeff"])(
    "%j is a space",
    (ch) => expect(isSpace(code(ch))).toBe(true),
  );

  it.each(["a", "0", "$", "-", "\u00ad", "\u2010", "。", "中"])("%j is not a space", (ch) => expect(isSpace(code(ch))).toBe(false));

  it.each([
    ["0", 0],
    ["9", 9],
    ["０", 0],
    ["７", 7],
    ["a", -1],
    ["٣", -1], // Arabic-Indic digits are not read as digits
    ["七", -1], // a numeral word, not a digit
  ])("digitValue(%j) = %d", (ch, value) => expect(digitValue(code(ch))).toBe(value));

  it.each([
    ["中", true],
    ["亿", true],
    ["㐀", true],
    ["豈", true],
    ["〇", false], // zero is the quantity scanner's business, not every ideograph reader's
    ["あ", false],
    ["a", false],
  ])("isCjkIdeograph(%j) = %s", (ch, expected) => expect(isCjkIdeograph(code(ch))).toBe(expected));
});
