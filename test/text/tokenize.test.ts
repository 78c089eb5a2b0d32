import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPeriods } from "../../src/extract/findPeriods.js";
import { periodAnchors } from "../../src/extract/periodAnchors.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { scanPeriods } from "../../src/period/scanPeriods.js";
import { toPeriodTokens, type PeriodToken } from "../../src/period/toPeriodTokens.js";
import { scanQuantities } from "../../src/quantity/scan.js";
import { HAN, NUM, OTHER, SYM, WORD, tokenize } from "../../src/text/tokenize.js";

const keys = (text: string): string[] => tokenize(text).map((t) => t.key);
const periodKeys = (text: string): string[] => {
  const out: PeriodToken[] = [];
  for (const token of tokenize(text)) toPeriodTokens(text, token, out);
  return out.map((t) => `${t.kind}:${t.key}`);
};

describe("the one tokenizer", () => {
  // Each row is a folding the quantity and period tokenizers used to do differently.
  it.each([
    ["ё is read as е, Ё too", "трёх ЧЕТВЁРТОГО", ["трех", "четвертого"]],
    ["the stress mark is dropped and continues the word", "два́дцать", ["двадцать"]],
    ["other combining marks continue the word and stay", "и\u0306x", ["и\u0306x"]],
    ["every apostrophe between letters is one ' inside the word", "п’ять пʼять п'ять don‘t", ["п'ять", "п'ять", "п'ять", "don't"]],
    ["kana are one token each", "Mayの", ["may", "の"]],
    ["〇 is Han", "二〇二三", ["二", "〇", "二", "三"]],
    ["dashes keep their own keys", "2–3 −5", ["2", "–", "3", "−", "5"]],
  ])("%s", (_name, text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it("makes each kana a word of its own, of no Chinese script, and Han to the period grammar", () => {
    const [may, no] = tokenize("May の");
    expect([may?.kind, no?.kind, no?.script]).toEqual([WORD, WORD, OTHER]);
    expect(periodKeys("Mayの")).toEqual(["word:may", "han:の"]);
  });

  it("ends a word at Han", () => {
    expect(keys("USD美元")).toEqual(["usd", "美", "元"]);
  });

  it("keeps a surrogate pair whole", () => {
    expect(tokenize("𠀀😀").map((t) => [t.kind, t.end - t.start])).toEqual([[HAN, 2], [SYM, 2]]);
  });

  it("notes space and line breaks before a token, also at the start of the text", () => {
    expect(tokenize(" a\nb c").map((t) => [t.key, t.space, t.newline])).toEqual([["a", true, false], ["b", true, true], ["c", true, false]]);
  });

  it("cuts numbers at their separators for the period grammar, and keys every dash '-'", () => {
    expect(periodKeys("19.05.2023")).toEqual(["num:19", "punct:.", "num:05", "punct:.", "num:2023"]);
    expect(periodKeys("1\u00a0700 1.5e9")).toEqual(["num:1", "num:700", "num:1", "punct:.", "num:5", "word:e", "num:9"]);
    expect(periodKeys("２０２３–24")).toEqual(["num:2023", "punct:-", "num:24"]);
    expect(tokenize("19.05.2023").map((t) => t.kind)).toEqual([NUM]);
  });
});

describe("readings the reconciled folding fixes", () => {
  it("reads an amount after Han glued to Latin letters", () => {
    // Before, "GDP增长5%" was one word "gdp增长" with the 5 glued to it: an identifier, nothing read.
    expect(scanQuantities("GDP增长5%").map((m) => m.quantity.text)).toEqual(["5%"]);
  });

  it("still reads no number glued to kana", () => {
    expect(scanQuantities("の5ドル")).toEqual([]);
  });

  it("reads a numeral with a stress mark whole, not its first letters as another number", () => {
    // Before, "два́дцати" was "два" + a mark + "дцати": "около два", 2.
    const [m] = scanQuantities("около два́дцати тысяч");
    expect([m?.quantity.text, m?.quantity.value.toString()]).toEqual(["около два́дцати тысяч", "20000"]);
  });

  it("reads a count written with the modifier-letter apostrophe in a period", () => {
    expect(parsePeriod("перші пʼять місяців 2024 року")).toMatchObject({ start: "2024-01-01", end: "2024-06-01" });
  });
});

describe("periods read from extraction's tokens", () => {
  const pieces = ["in 2023", "Q3 2024", "last year", "19.05.2023", "у 2023 році", "2023年", "1,2023", "$41 billion", "5%", "—", ", ", ". ", "\n", "May", "2023-07-03", "3 July", "пʼять"];
  it("are the periods scanPeriods reads from the text (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join(" ");
        const options = { reference: "2024-07-01" };
        const tokens = tokenize(text);
        const found = findPeriods(text, [{ start: 0, end: text.length }], undefined, options.reference, tokens);
        // A text with no anchor (a year, a month…) is not read at all; it has no period either.
        expect(found).toEqual(periodAnchors(tokens).length === 0 ? [] : scanPeriods(text, options));
        if (periodAnchors(tokens).length === 0) expect(scanPeriods(text, options)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
