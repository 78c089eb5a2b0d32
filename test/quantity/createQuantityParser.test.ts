import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDiscrepancyError } from "../../src/errors.js";
import { en } from "../../src/lexicon/en.js";
import { ru } from "../../src/lexicon/ru.js";
import type { Lexicon } from "../../src/lexicon/types.js";
import { uk } from "../../src/lexicon/uk.js";
import { zh } from "../../src/lexicon/zh.js";
import { createQuantityParser } from "../../src/quantity/createQuantityParser.js";
import { parseQuantity, safeParseQuantity } from "../../src/quantity/parseQuantity.js";
import { toQuantityJSON } from "../../src/quantity/toQuantityJSON.js";

// A parser made with some lexicons reads what parseQuantity reads in those languages, exactly, and
// refuses the words of the others — never reading them as something else.

/** The result as comparable data: the quantity's JSON, or the error's code and message. */
const outcome = (read: () => unknown): unknown => {
  try {
    return toQuantityJSON(read() as Parameters<typeof toQuantityJSON>[0]);
  } catch (error) {
    if (isDiscrepancyError(error)) return { code: error.code, message: error.message };
    throw error;
  }
};

const SENTENCES: Readonly<Record<"en" | "uk" | "ru" | "zh", readonly string[]>> = {
  en: ["$41 billion", "exceeding $41 billion", "over 70 agreements", "2–3 million tons", "about seventy", "fifth", "one and a half million"],
  uk: ["понад 15 млрд доларів", "$650 млн", "2-3 млн тонн", "сімдесят угод", "п'ятий", "близько 10 млн тонн"],
  ru: ["31,5 млрд долл.", "более 70 соглашений", "около 3 тысяч", "пятый", "от 2 до 3 млн тонн"],
  zh: ["410亿美元", "第五", "七十项协议", "约300万吨", "2至3百万"],
};
const LEXICON: Readonly<Record<keyof typeof SENTENCES, Lexicon>> = { en, uk, ru, zh };

describe("createQuantityParser", () => {
  for (const lang of ["en", "uk", "ru", "zh"] as const) {
    it(`with the ${lang} lexicon alone reads ${lang} as parseQuantity does`, () => {
      const parse = createQuantityParser({ lexicons: [LEXICON[lang]] });
      for (const text of SENTENCES[lang]) {
        expect(safeParseQuantity(text).success, text).toBe(true);
        expect(outcome(() => parse(text)), text).toEqual(outcome(() => parseQuantity(text, { lang })));
      }
    });
  }

  it("takes a word of a left-out language in its own script for an unknown word, as parseQuantity does", () => {
    // Documented: Ukrainian alone does not know the Russian "долл.", so it is the counted noun here, as
    // an unknown word is after a count (a Belarusian "даляраў" reads so with all four lexicons).
    expect(createQuantityParser({ lexicons: [uk] })("31,5 млрд долл.").noun).toBe("долл");
    expect(parseQuantity("31,5 млрд даляраў").noun).toBe("даляраў");
  });

  it("refuses the words of a language it was not given", () => {
    const english = createQuantityParser({ lexicons: [en] });
    for (const text of ["понад 15 млрд доларів", "31,5 млрд долл.", "七十项协议", "сімдесят"]) {
      const result = outcome(() => english(text)) as { code?: string };
      expect(result.code, text).toBe("invalid-quantity");
    }
    const chinese = createQuantityParser({ lexicons: [zh] });
    expect((outcome(() => chinese("over 70")) as { code?: string }).code).toBe("invalid-quantity");
  });

  it("knows the language-neutral words with any lexicon: symbols, ISO codes, unit symbols", () => {
    const chinese = createQuantityParser({ lexicons: [zh] });
    for (const text of ["$5", "USD 5", "5 km", "12%", "€3.5"]) expect(outcome(() => chinese(text)), text).toEqual(outcome(() => parseQuantity(text)));
  });

  it("with all four lexicons is parseQuantity, on any text", () => {
    const all = createQuantityParser({ lexicons: [en, uk, ru, zh] });
    const words = [...Object.values(SENTENCES).flat(), "and", "-", " ", "bn", "$", "млн", "亿", "per cent", "1,700", "0.5"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 4 }), fc.constantFrom(undefined, "en", "uk", "ru", "zh"), (parts, lang) => {
        const text = parts.join(" ");
        const options = lang === undefined ? undefined : { lang };
        expect(outcome(() => all(text, options))).toEqual(outcome(() => parseQuantity(text, options)));
      }),
    );
  });

  // Ukrainian alone and Russian alone are left out: a word of the other, in the same script, is an unknown
  // word to them, as a word of a language with no lexicon is to parseQuantity (see the TSDoc).
  it("with fewer lexicons reads what parseQuantity reads, or refuses: never a different reading", () => {
    const parsers = [[en], [zh], [en, zh], [uk, ru], [en, uk, ru]].map((lexicons) => createQuantityParser({ lexicons }));
    const words = [...Object.values(SENTENCES).flat(), "70", "31,5", "млрд", "долл.", "доларів", "тонн", "agreements", "项", "万", "million", "тысяч"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: parsers.length - 1 }), fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), (which, parts) => {
        const text = parts.join(" ");
        const restricted = outcome(() => parsers[which]!(text)) as { code?: string };
        if (restricted.code === undefined) expect(restricted, text).toEqual(outcome(() => parseQuantity(text)));
      }),
      { numRuns: 500 },
    );
  });

  it("takes parseQuantity's options and checks them", () => {
    const english = createQuantityParser({ lexicons: [en] });
    expect(english("$5", { dollar: "CAD" }).unit).toBe("CAD");
    expect(() => english("5", { lang: "xx" as never })).toThrow(/lang/);
  });

  it("refuses options that are not a non-empty list of lexicons, naming the option", () => {
    for (const bad of [undefined, null, {}, { lexicons: [] }, { lexicons: ["en"] }, { lexicons: [{ lang: "kk", quantity: {} }] }, { lexicons: en }]) {
      const thrown = outcome(() => createQuantityParser(bad as never)) as { code?: string; message?: string };
      expect(thrown.code, JSON.stringify(bad)).toBe("invalid-argument");
      expect(thrown.message).toContain("lexicons");
    }
  });

  it("keeps its lexicons when the caller's list changes afterwards", () => {
    const list: Lexicon[] = [en];
    const parse = createQuantityParser({ lexicons: list });
    list.push(uk);
    expect((outcome(() => parse("понад 15")) as { code?: string }).code).toBe("invalid-quantity");
  });
});
