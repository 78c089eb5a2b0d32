import { describe, expect, it } from "vitest";
import { commonQuantityWords } from "../../src/lexicon/common.js";
import { LEXICONS } from "../../src/lexicon/index.js";
import { LANGS, type QuantityWords, type UnitWord } from "../../src/lexicon/types.js";
import { phraseKey, phraseTable } from "../../src/quantity/phraseTable.js";
import { getUnit } from "../../src/units/registry.js";

const unitWords = (words: QuantityWords): [string, UnitWord][] => [
  ...Object.entries(words.currencyPrefixes ?? {}),
  ...Object.entries(words.currencySuffixes ?? {}),
  ...Object.entries(words.unitSuffixes ?? {}),
  ...Object.entries(words.unitPrefixes ?? {}),
];

const all: [string, QuantityWords][] = [["common", commonQuantityWords], ...LANGS.map((lang) => [lang, LEXICONS[lang].quantity] as [string, QuantityWords])];

describe("quantity lexicons", () => {
  it.each(all)("%s names only units of the registry", (_lang, words) => {
    for (const [word, unit] of unitWords(words)) {
      expect(getUnit(unit.unit), word).toBeDefined();
      for (const candidate of unit.candidates ?? []) expect(getUnit(candidate), `${word} → ${candidate}`).toBeDefined();
    }
  });

  it.each(all)("%s: minor units name registry currencies, and compounds pair units of one dimension", (_lang, words) => {
    for (const [word, minor] of Object.entries(words.minorUnits ?? {})) {
      expect(Number.isInteger(minor.power) && minor.power < 0, word).toBe(true);
      if (minor.currency !== undefined) expect(getUnit(minor.currency.unit)?.dimension, word).toBe("currency");
    }
    for (const [larger, smaller] of Object.entries(words.compoundUnits ?? {}))
      for (const code of smaller) {
        expect(getUnit(code)?.dimension, `${larger} → ${code}`).toBe(getUnit(larger)?.dimension);
        const ratio = getUnit(larger)?.factor?.div(getUnit(code)?.factor ?? 1);
        expect(ratio?.isInteger(), `${larger} → ${code} is a whole ratio`).toBe(true);
      }
    for (const [word, value] of Object.entries(words.fractions ?? {})) expect(value, word).toMatch(/^0\.\d+$/);
  });

  it.each(all)("%s has currency words only for currencies and unit words only for measures", (_lang, words) => {
    for (const [word, unit] of [...Object.entries(words.currencyPrefixes ?? {}), ...Object.entries(words.currencySuffixes ?? {})])
      expect(getUnit(unit.unit)?.dimension, word).toBe("currency");
    for (const [word, unit] of [...Object.entries(words.unitSuffixes ?? {}), ...Object.entries(words.unitPrefixes ?? {})])
      expect(getUnit(unit.unit)?.dimension, word).not.toBe("currency");
  });

  it.each(all)("%s: every phrase has a lookup key and every number is a plain decimal", (_lang, words) => {
    const phrases = [
      ...Object.keys(words.numbers ?? {}),
      ...Object.keys(words.scales ?? {}),
      ...Object.keys(words.ordinals ?? {}),
      ...Object.keys(words.boundPrefixes ?? {}),
      ...Object.keys(words.boundSuffixes ?? {}),
      ...unitWords(words).map(([w]) => w),
      ...(words.rangeSeparators ?? []),
    ];
    for (const phrase of phrases) expect(phraseKey(phrase), phrase).not.toBe("");
    for (const [word, value] of [...Object.entries(words.numbers ?? {}), ...Object.entries(words.ordinals ?? {})])
      expect(value, word).toMatch(/^\d+(\.\d+)?$/);
  });

  it("gives no phrase two different values for one role in one language", () => {
    for (const [key, entry] of phraseTable().phrases)
      for (const [role, senses] of Object.entries(entry) as [string, { lang: string; value: unknown }[]][]) {
        if (role === "mask") continue;
        const byLang = new Map<string, string>();
        for (const sense of senses) {
          // Symbols that differ only in case are distinct phrases ("MW", "mW"): each spelling has one value.
          const cased = (sense.value as { cased?: string } | null)?.cased;
          const slot = cased === undefined ? sense.lang : `${sense.lang} ${cased}`;
          const value = JSON.stringify(sense.value);
          const seen = byLang.get(slot);
          if (seen !== undefined) expect(value, `${key} (${slot})`).toBe(seen);
          byLang.set(slot, value);
        }
      }
  });

  it("reads a symbol only in its case: no phrase is both a symbol and a word of any case", () => {
    // A word sense accepts any case, so beside a symbol it would read "mw" as the symbol "MW" again.
    for (const [key, entry] of phraseTable().phrases) {
      const senses = (entry.unitSuffix ?? []) as { lang: string; value: { cased?: string } }[];
      const cased = senses.filter((s) => s.value.cased !== undefined);
      if (cased.length === 0) continue;
      expect(senses.filter((s) => s.value.cased === undefined).map((s) => s.lang), key).toEqual([]);
    }
  });

  it("knows the words of the brief in every language", () => {
    const known = (phrase: string) => phraseTable().phrases.has(phraseKey(phrase));
    for (const phrase of [
      "$", "US$", "USD", "dollars", "доларів", "долара", "долари", "долларов", "доллара", "долл.", "美元", "₸", "KZT", "tenge",
      "тенге", "теңге", "¥", "CNY", "yuan", "元", "人民币", "юаней", "₽", "руб.", "рублей", "RUB", "₴", "грн", "гривень", "UAH",
      "€", "EUR", "euro", "euros", "євро", "евро", "欧元", "t", "tonnes", "tons", "тонн", "т", "吨", "km", "kilometres",
      "kilometers", "км", "公里", "miles", "kg", "кг", "公斤", "m", "metres", "%", "per cent", "percent", "відсотків",
      "процентов", "％", "百分之", "percentage points", "п.п.", "процентных пунктов", "over", "more than", "exceeding", "above",
      "at least", "up to", "under", "below", "less than", "almost", "nearly", "about", "around", "roughly", "approximately",
      "some", "понад", "більше", "більш ніж", "щонайменше", "близько", "майже", "до", "менше", "приблизно", "более", "больше",
      "свыше", "не менее", "около", "почти", "менее", "меньше", "примерно", "超过", "逾", "多", "余", "约", "大约", "近", "将近",
      "不到", "至少", "thousand", "million", "billion", "trillion", "k", "mn", "bn", "tn", "тис.", "тис", "тисяч", "тисячі",
      "млн", "мільйони", "мільйонів", "млрд", "мільярди", "мільярдів", "трлн", "тыс.", "тыс", "тысяч", "миллиона",
      "миллионов", "миллиарда", "миллиардов", "千", "万", "亿", "万亿", "fifth", "п'ятий", "третій", "третім", "третього",
      "пятый", "третий", "третьим", "第", "两", "between", "to", "至", "到", "від", "от",
    ])
      expect(known(phrase), phrase).toBe(true);
  });
});
