import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanQuantities } from "../../src/quantity/scan.js";
import { toQuantityJSON } from "../../src/quantity/toQuantityJSON.js";
import { EN_ARTICLE, TRADE_ARTICLE, UK_ARTICLE } from "../fixtures/articles.js";

const spans = (text: string, options?: Parameters<typeof scanQuantities>[1]) =>
  scanQuantities(text, options).map((m) => text.slice(m.start, m.end));

describe("scanQuantities", () => {
  it("finds an English report's figures with bound words inside the span", () => {
    expect(spans(EN_ARTICLE)).toEqual(
      expect.arrayContaining(["over 70", "70", "more than $15 billion", "10 million tons", "2–3 million", "$650 million", "third"]),
    );
  });

  it("finds a Ukrainian report's figures", () => {
    const found = spans(UK_ARTICLE);
    expect(found).toEqual(expect.arrayContaining(["понад 70", "$650 млн", "10 млн тонн", "2-3 млн", "понад 15 млрд доларів", "третім"]));
    // "виросте до 10 млн тонн" is "will grow to", so "до" is no bound there.
    expect(found).not.toContain("до 10 млн тонн");
  });

  it("reads 'до' as 'up to' where no verb of change precedes it", () => {
    const [m] = scanQuantities("планують експортувати до 6 млн тонн");
    expect(m && toQuantityJSON(m.quantity)).toMatchObject({ bound: "atMost", high: "6000000", unit: "t" });
  });

  // "до" after a change stated "by" an amount is its target ("lowered by 50 bp to 16 %"), as after the
  // verb itself; before, only the word right before "до" was looked at and "до 16%" became "up to 16 %".
  it.each([
    ["Ставка снижена на 50 б.п. до 16%.", "16%", "16"],
    ["Ставка знижена на 50 б.п. до 16%.", "16%", "16"],
    ["НБУ підвищив облікову ставку на 1 п.п. до 15%.", "15%", "15"],
    ["Температура опустилась до -12 °С.", "-12 °С", "-12"],
    ["Добыча сократится на 3 млн т до 40 млн т в 2025 году.", "40 млн т", "40000000"],
    ["ЦБ повысил ставку на 200 базисных пунктов до 18 %", "18 %", "18"],
  ])("%s: the target is no bound", (text, span, value) => {
    const found = scanQuantities(text).map((m) => [text.slice(m.start, m.end), m.quantity.value.toString(), m.quantity.bound]);
    expect(found).toContainEqual([span, value, "rounded"]);
  });

  it.each([
    ["Цены выросли на 5%. Прогноз до 10 млрд рублей.", "до 10 млрд рублей"],
    ["Выручка выросла, но составит до 5 млрд рублей.", "до 5 млрд рублей"],
    ["Урожай составит до 5 млн т.", "до 5 млн т"],
  ])("%s: a new sentence or clause keeps 'up to'", (text, span) => {
    const found = scanQuantities(text).map((m) => [text.slice(m.start, m.end), m.quantity.bound]);
    expect(found).toContainEqual([span, "atMost"]);
  });

  // A change written high to low ("fell from 5 to 3 million") is no range; its near end was read alone
  // as a bare count ("5"), though it shares the far end's scale or unit. Now it is passed over.
  it.each([
    ["fell from 5 to 3 million", [["3 million", "3000000", "count"]]],
    ["fell from 5 to 3%", [["3%", "3", "%"]]],
    ["fell from $5 to $3 billion", [["$3 billion", "3000000000", "USD"]]],
    ["від 5 до 3 млрд грн", [["3 млрд грн", "3000000000", "UAH"]]],
    ["5 to 3 km", [["3 km", "3", "km"]]],
    ["-1.5 to -2 %", [["-2 %", "-2", "%"]]],
    ["між -3 та -5 %", [["-5 %", "-5", "%"]]],
    ["from 5% to 3%", [["5%", "5", "%"], ["3%", "3", "%"]]],
    ["from 5 million to 3 million", [["5 million", "5000000", "count"], ["3 million", "3000000", "count"]]],
  ])("%s: no near end read without the far end's scale or unit", (text, expected) => {
    const found = scanQuantities(text).map((m) => [text.slice(m.start, m.end), m.quantity.value.toString(), m.quantity.unit]);
    expect(found).toEqual(expected);
  });

  it.each([
    ["вырос с 3 до 5 млн т", [["5 млн т", "5000000", "t"]]],
    ["Ставка снижена с 16 до 15 %.", [["15 %", "15", "%"]]],
    ["зріс з 3 до 5 млрд грн", [["5 млрд грн", "5000000000", "UAH"]]],
    ["план до 5 млн т", [["до 5 млн т", "5000000", "t"]]],
    ["从5降至3亿元", [["3亿元", "300000000", "CNY"]]],
    ["利率从4下降到3.5%", [["3.5%", "3.5", "%"]]],
    ["从3增至5亿元", [["5亿元", "500000000", "CNY"]]],
    ["出口从5亿美元降至3亿美元", [["5亿美元", "500000000", "USD"], ["3亿美元", "300000000", "USD"]]],
  ])("%s: a bare number before a change's target ('до', '降至') is not read alone", (text, expected) => {
    const found = scanQuantities(text).map((m) => [text.slice(m.start, m.end), m.quantity.value.toString(), m.quantity.unit]);
    expect(found).toEqual(expected);
  });

  // "rose from 3 to 5 million tonnes" was the range 3–5 million (nominally 4 million): after a verb of
  // change "from … to" names the start and the end of a change, no range.
  it.each([
    ["Exports rose from 3 to 5 million tonnes.", [["5 million tonnes", "5000000", "t", "rounded"]]],
    ["Exports rose from 3 million to 5 million tonnes.", [["5 million tonnes", "5000000", "t", "rounded"]]],
    ["Output rose sharply from 3 to 5 million tonnes", [["5 million tonnes", "5000000", "t", "rounded"]]],
    ["Експорт зріс від 3 до 5 млн тонн.", [["5 млн тонн", "5000000", "t", "rounded"]]],
    ["Экспорт вырос от 3 до 5 млн тонн.", [["5 млн тонн", "5000000", "t", "rounded"]]],
    ["出口从3增长到5亿元", [["5亿元", "500000000", "CNY", "rounded"]]],
    ["Prices went from $3 to $5.", [["$3", "3", "USD", "exact"], ["$5", "5", "USD", "exact"]]],
    ["grew from two to three hundred", [["three hundred", "300", "count", "rounded"]]],
    // No verb of change right before the opener, or "between": still a range.
    ["The forecast is 3 to 5 million tonnes.", [["3 to 5 million tonnes", "4000000", "t", "range"]]],
    ["rose between 40 and 45 per cent", [["between 40 and 45 per cent", "42.5", "%", "range"]]],
    ["Revenue rose in 2023 and is expected to range from 3 to 5 billion dollars", [["2023", "2023", "count", "exact"], ["from 3 to 5 billion dollars", "4000000000", "USD", "range"]]],
  ])("%s", (text, expected) => {
    const found = scanQuantities(text).map((m) => [text.slice(m.start, m.end), m.quantity.value.toString(), m.quantity.unit, m.quantity.bound]);
    expect(found).toEqual(expected);
  });

  // "one-and-a-half percent" gave "one", a count 1: a hyphenated mixed number is not taken apart.
  it.each(["fell by one-and-a-half percent", "two-and-a-half million", "a one-and-a-half-hour delay", "one-and-a-half"])("%s: no fragment read", (text) => {
    expect(spans(text)).toEqual([]);
  });

  it.each([["fell by one and a half percent", "one and a half percent"], ["twenty-one projects", "twenty-one"], ["sixty-five percent", "sixty-five percent"]])(
    "%s: still read",
    (text, span) => {
      expect(spans(text)).toEqual([span]);
    },
  );

  it("property: in 'from A to B <scale/unit>' with A > B, A is never read as a bare number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 999 }), fc.integer({ min: 1, max: 998 }), fc.constantFrom("million", "%", "km", "billion dollars", "млн т", "%"), (a, b, tail) => {
        fc.pre(a > b);
        const text = `fell from ${a} to ${b} ${tail}`;
        for (const m of scanQuantities(text)) expect(text.slice(m.start, m.end)).not.toBe(String(a));
      }),
    );
  });

  it("gives UTF-16 offsets with an exclusive end", () => {
    const text = "Trade 💹 exceeding $41 billion.";
    const [m] = scanQuantities(text);
    expect(m).toBeDefined();
    expect(text.slice(m?.start, m?.end)).toBe("exceeding $41 billion");
    expect(m?.start).toBe(9);
  });

  it("reads every figure of a trade report", () => {
    expect(spans(TRADE_ARTICLE)).toEqual(
      expect.arrayContaining([
        "$41 billion", "$31.5 billion", "fifth", "24th", "45", "$14.5 billion", "16%", "$1.8 billion", "$9.2 billion",
        "3.5%", "30", "$16.54 billion", "eight", "$2.5 billion", "31 per cent", "17 per cent", "3.5 per cent",
        "exceeding $41 billion", "more than 1,700 kilometers", "1,056 miles", "about US$7 billion",
        "$24 billion", "$2 billion", "$40 billion", "over $31 billion", "1.5 million tonnes", "up to 6 million tonnes",
      ]),
    );
  });

  it("tells the language of each mention by its words when none is given", () => {
    const langs = scanQuantities("$650 млн; понад 70; 410亿美元; over 70").map((m) => m.lang);
    expect(langs).toEqual(["ru", "uk", "zh", "en"]);
    expect(scanQuantities("понад 70", { lang: "ru" })[0]?.lang).toBe("ru");
  });

  it("skips identifiers, dates and times", () => {
    expect(spans("COVID-19, A380, 5G, B-52, 2024-01-15, 15/01/2024, 10:30, v2")).toEqual([]);
  });

  it("does not cross a line break", () => {
    expect(spans("70\n-\n3 million")).toEqual(["70", "3 million"]);
  });

  it("keeps mentions apart when their units differ", () => {
    expect(spans("a 16% increase to $1.8 billion")).toEqual(["16%", "$1.8 billion"]);
    expect(spans("1,700 kilometers (1,056 miles)")).toEqual(["1,700 kilometers", "1,056 miles"]);
  });

  it("reads mixed Chinese text", () => {
    expect(spans("2023年中哈贸易额达410亿美元，同比增长32%。")).toEqual(["2023", "410亿美元", "32%"]);
  });

  it("returns frozen matches in order, without overlaps", () => {
    const found = scanQuantities(TRADE_ARTICLE);
    expect(Object.isFrozen(found)).toBe(true);
    for (let i = 1; i < found.length; i++) expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
  });

  it("never throws and keeps spans inside the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(undefined, "en", "uk", "ru", "zh" as const), (text, lang) => {
        const found = scanQuantities(text, lang === undefined ? undefined : { lang });
        return found.every((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws on text built from its own vocabulary", () => {
    const word = fc.constantFrom(
      "$", "US$", "1,700", "31,5", "2", "–", "-", "3", "million", "млн", "понад", "over", "亿", "美元", "多", "第", "五", "十",
      "%", "tons", "between", "and", "від", "до", ".", "e5", "a", "one", "hundred", "二〇", "\n", "twenty", "-й", "th", "点",
      "百分之", "or more", "+", "виросте", "1 000", "\u00a0", "йде", "cents", "½", "/", "4", "half", "quarter", "ft", "in",
      "(", "kg", ")", "MUSD", "т. р.", "块", "毛", "零", "kph", "и", "43", "dollars", ", 38", "12,34,567", "半",
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(fc.constantFrom(" ", ""), { maxLength: 30 }), (words, gaps) => {
        const text = words.map((w, i) => w + (gaps[i] ?? " ")).join("");
        scanQuantities(text);
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});
