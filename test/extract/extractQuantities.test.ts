import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLang } from "../../src/extract/detectLang.js";
import { extractQuantities } from "../../src/extract/extractQuantities.js";
import { toQuantityJSON } from "../../src/quantity/toQuantityJSON.js";
import { EN_ARTICLE, UK_ARTICLE } from "../fixtures/articles.js";
import { find, sideBySide } from "./sideBySide.js";

// Our own English and Ukrainian reports of one event (test/fixtures/articles.ts); the seed articles
// themselves are read by extractQuantities.shared.test.ts.
const EN = EN_ARTICLE;
const UK = UK_ARTICLE;

describe("extractQuantities: an English and a Ukrainian report side by side", () => sideBySide(EN, UK));

describe("extractQuantities: free text", () => {
  it("finds one amount in 'In 2023, 2.7 million people'", () => {
    const found = extractQuantities("In 2023, 2.7 million people");
    expect(found.map((m) => m.text)).toEqual(["2.7 million"]);
    expect(found[0]?.noun).toBe("people");
    expect(found[0]?.period?.start).toBe("2023-01-01");
  });

  it.each([
    ["As of January 1, 2024, the debt stood at $9.2 billion.", ["$9.2 billion"]],
    ["On 19th May 2023, Xi held the first summit.", ["first"]],
    ["Updated: Oct 10, 2023", []],
    ["2023年中哈贸易额达410亿美元。", ["410亿美元"]],
    ["У 2023 році товарообіг склав 31,5 млрд доларів.", ["31,5 млрд доларів"]],
    ["В 2023 году товарооборот составил 31,5 млрд долл.", ["31,5 млрд долл."]],
    ["COVID-19 cost A380 makers $2 billion", ["$2 billion"]],
    ["between 2020 and 2023 trade grew", []],
    ["2020–2023", []],
    ["over 2000 people", ["over 2000"]],
    ["“一带一路”倡议下签署了一百多项协议", ["一百多"]],
    // A reversed month range is no period, and neither of its months a count.
    ["2024年6-4月", []],
    ["2024年6至4月", []],
    ["2024年6~4月", []],
    // "первой"/"першій" open a half-year, as "first" does in "the first half of 2024".
    ["В первой половине 2024 года экспорт вырос на 5%.", ["5%"]],
    ["У першій половині 2024 року експорт зріс на 5%.", ["5%"]],
    ["I can give you 3 hundred and 21 yuan.", ["3 hundred and 21 yuan"]],
    ["about 2 1/4 million tonnes", ["about 2 1/4 million tonnes"]],
    // A fraction of a scale word, a power with a caret, a loose hyphen, a ratio; a capital "M" apart: nothing.
    ["Some 3 million and a half people live there.", ["Some 3 million and a half"]],
    ["The sample held 1.3x10^6 cells.", ["1.3x10^6"]],
    ["They signed fifty - two agreements.", ["fifty - two"]],
    ["One out of three firms exports.", ["One out of three"]],
    ["Revenue: 1,674,200.5 M in 2023", []],
    // An en dash inside a numeral, a ratio with "in", a tolerance, digits around a place word: one mention each.
    ["They signed fifty – two agreements.", ["fifty – two"]],
    ["One in five adults smokes; in 2023 one in every four did.", ["One in five", "one in every four"]],
    ["The parcel weighed 5 ± 2 kg in 2023.", ["5 ± 2 kg"]],
    ["Он заплатил 3 тысячи 500 рублей.", ["3 тысячи 500 рублей"]],
    ["Він заплатив 3 тисячі 500 гривень.", ["3 тисячі 500 гривень"]],
    ["月薪3万5。", ["3万5"]],
    ["Prices ran between 3 hundred and 5 hundred yuan.", ["between 3 hundred and 5 hundred yuan"]],
    // A tolerance with no centre is no amount; a range closed by "hundred" is one mention.
    ["The parcel weighed ± 2 kg in 2023.", []],
    ["Between two and three hundred people came.", ["Between two and three hundred"]],
  ])("%s → %j", (text, expected) => {
    expect(extractQuantities(text).map((m) => m.text)).toEqual(expected);
  });

  it.each([
    ["Two dozen projects were signed.", "Two dozen", "24", "count", "exact", "24", "24"],
    ["A dozen agreements were signed.", "A dozen", "12", "count", "exact", "12", "12"],
    ["Dozens of agreements were signed.", "Dozens", "24", "count", "atLeast", "24", null],
    ["Three-quarters of exports go to China.", "Three-quarters", "75", "%", "exact", "75", "75"],
    ["A third of exports go to China.", "A third", "33.33", "%", "rounded", "33.325", "33.335"],
    ["Half of exports go to China.", "Half", "50", "%", "exact", "50", "50"],
    ["Exports fell by two-thirds.", "two-thirds", "66.67", "%", "rounded", "66.665", "66.675"],
    ["More than half of the trade is oil.", "More than half", "50", "%", "moreThan", "50", null],
    ["Less than a third of the trade is oil.", "Less than a third", "33.34", "%", "lessThan", null, "33.34"],
    ["Три четверти экспорта идёт в Китай.", "Три четверти", "75", "%", "exact", "75", "75"],
    ["Дві третини експорту йде до Китаю.", "Дві третини", "66.67", "%", "rounded", "66.665", "66.675"],
    ["Треть экспорта идёт в Китай.", "Треть", "33.33", "%", "rounded", "33.325", "33.335"],
    ["Подписаны десятки соглашений.", "десятки", "20", "count", "atLeast", "20", null],
    ["Протестовали десятки тысяч людей.", "десятки тысяч", "20000", "count", "atLeast", "20000", null],
    ["Підписано дві дюжини угод.", "дві дюжини", "24", "count", "exact", "24", "24"],
    // "all" is no Albanian lek in lower case: the share of all people, not half a lek.
    ["That is about half of all people on the planet.", "about half", "50", "%", "approx", "45", "55"],
    // "a dozen" after a price is a rate, not a count.
    ["Egg prices averaged 64.2 cents a dozen.", "64.2 cents", "0.642", "USD", "rounded", "0.6415", "0.6425"],
    // "hundred" after the far end is the bare near end's too (it gave 2–300).
    ["Between two and three hundred people came.", "Between two and three hundred", "250", "count", "range", "200", "300"],
  ])("%s → %s", (text, span, value, unit, bound, low, high) => {
    const found = extractQuantities(text);
    expect(found.map((m) => m.text)).toEqual([span]);
    const q = toQuantityJSON(found[0]!.quantity);
    expect([q.value, q.unit, q.bound, q.low, q.high]).toEqual([value, unit, bound, low, high]);
  });

  it("keeps the counted noun after a group", () => {
    expect(extractQuantities("Two dozen projects were signed.")[0]?.noun).toBe("projects");
  });

  it("attaches a period only when no amount of the same kind stands between", () => {
    const text = "a promise to target $40 billion in annual two-way trade, up from over $31 billion in 2022.";
    const found = extractQuantities(text);
    expect(find(found, "$40 billion").period).toBeUndefined();
    expect(find(found, "over $31 billion").period?.start).toBe("2022-01-01");
  });

  it("reads relative periods against publishedAt", () => {
    const [m] = extractQuantities("Last year, two-way trade exceeded $41 billion.", { publishedAt: "2024-07-03" });
    expect(m?.period?.start).toBe("2023-01-01");
    expect(extractQuantities("Last year, two-way trade exceeded $41 billion.")[0]?.period).toBeUndefined();
  });

  it("attaches the first n months of a year, not the year, and reads the months in windows of long texts too", () => {
    const at = (text: string, publishedAt?: string) =>
      extractQuantities(text, publishedAt === undefined ? {} : { publishedAt }).map((m) => [m.text, m.period?.text, m.period?.start, m.period?.end]);
    expect(at("Exports reached $9 billion in the first nine months of 2024.")).toEqual([
      ["$9 billion", "in the first nine months of 2024", "2024-01-01", "2024-10-01"],
    ]);
    // Past 800 characters only windows holding a period's anchor are read: "months" is one.
    const filler = "The ministry said the figures were preliminary and would be revised. ".repeat(15);
    expect(at(`${filler}Exports reached $9 billion in the first nine months.`, "2024-11-05")).toEqual([
      ["$9 billion", "in the first nine months", "2024-01-01", "2024-10-01"],
    ]);
    expect(at(`${filler}За перші 9 місяців товарообіг склав 9 млрд доларів.`, "2024-11-05")).toEqual([
      ["9 млрд доларів", "За перші 9 місяців", "2024-01-01", "2024-10-01"],
    ]);
    expect(at("In January–September, exports reached $9 billion.", "2024-11-05")).toEqual([
      ["$9 billion", "In January–September", "2024-01-01", "2024-10-01"],
    ]);
    expect(at("2024年前三季度，中哈贸易额达410亿美元。")).toEqual([["410亿美元", "2024年前三季度", "2024-01-01", "2024-10-01"]]);
    expect(at("2024年4-6月，中哈贸易额达110亿美元。")).toEqual([["110亿美元", "2024年4-6月", "2024-04-01", "2024-07-01"]]);
    // Halves in every language, as the first nine months are.
    expect(at("In the first half of 2024, exports grew by 5%.")).toEqual([["5%", "In the first half of 2024", "2024-01-01", "2024-07-01"]]);
    expect(at("В первой половине 2024 года экспорт вырос на 5%.")).toEqual([["5%", "В первой половине 2024 года", "2024-01-01", "2024-07-01"]]);
    expect(at("У першій половині 2024 року експорт зріс на 5%.")).toEqual([["5%", "У першій половині 2024 року", "2024-01-01", "2024-07-01"]]);
    expect(at("2024年上半年，出口增长5%。")).toEqual([["5%", "2024年上半年", "2024-01-01", "2024-07-01"]]);
  });

  it("detects the language", () => {
    expect(detectLang(UK)).toBe("uk");
    expect(detectLang(EN)).toBe("en");
    expect(detectLang("В прошлом году товарооборот составил 31,5 млрд долларов")).toBe("ru");
    expect(detectLang("中哈贸易额达410亿美元")).toBe("zh");
    expect(extractQuantities("31,5", { lang: "uk" })[0]?.quantity.value.toString()).toBe("31.5");
  });

  it("ignores bad options instead of throwing, but refuses a language it does not read", () => {
    expect(extractQuantities("$5 million", { dollar: "XYZ", approxTolerance: "wide", publishedAt: "yesterday" } as never)[0]?.quantity.unit).toBe("USD");
    // German would otherwise be read as English: "1.700" as 1.7, "Mrd." as nothing.
    for (const lang of ["de", "xx", "EN", 5])
      expect(() => extractQuantities("1.700 Tonnen", { lang } as never)).toThrow(expect.objectContaining({ code: "invalid-argument", message: expect.stringContaining("lang") }));
    expect(extractQuantities(42 as unknown as string)).toEqual([]);
    expect(extractQuantities("$5", null as never)).toHaveLength(1);
  });

  it("never throws on arbitrary text, and its spans are the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(undefined, "2024-12", "2025-09-05"), (text, publishedAt) => {
        const found = extractQuantities(text, publishedAt === undefined ? {} : { publishedAt });
        return found.every((m) => text.slice(m.start, m.end) === m.text && m.start < m.end);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("extractQuantities: issue 15 readings in free text", () => {
  const read = (text: string) => extractQuantities(text).map((m) => [m.text, m.quantity.value.toFixed(), m.quantity.unit, m.quantity.bound]);

  it.each([
    // A sign before or after a currency is part of the mention.
    ["The deficit was -$5 billion in 2023.", [["-$5 billion", "-5000000000", "USD", "rounded"]]],
    ["The deficit was −$5 billion in 2023.", [["−$5 billion", "-5000000000", "USD", "rounded"]]],
    ["The balance was €-5 billion.", [["€-5 billion", "-5000000000", "EUR", "rounded"]]],
    ["Growth was –5% last year.", [["–5%", "-5", "%", "rounded"]]],
    ["该数字为-50亿美元。", [["-50亿美元", "-5000000000", "USD", "rounded"]]],
    ["Сальдо склало -5 млрд доларів.", [["-5 млрд доларів", "-5000000000", "USD", "rounded"]]],
    // An en dash between amounts is a range, never a sign.
    ["Growth was 3 –5% last year.", [["3 –5%", "4", "%", "range"]]],
    // Accounting brackets where a cell starts; in prose, brackets gloss the amount before them.
    ["Net income: ($5 billion)", [["($5 billion)", "-5000000000", "USD", "rounded"]]],
    ["It cost €4.6 billion ($5 billion) last year.", [["€4.6 billion", "4600000000", "EUR", "rounded"], ["$5 billion", "5000000000", "USD", "rounded"]]],
    // Scale letters after a currency; a bare "5T" is no reading.
    ["a $35T economy and a 3T scanner", [["$35T", "35000000000000", "USD", "rounded"]]],
    // A capital letter that begins a compound word is no scale; "$5m-a-year" still is millions.
    ["a $1,000 T-bill and a $5m-a-year deal", [["$1,000", "1000", "USD", "rounded"], ["$5m", "5000000", "USD", "rounded"]]],
    // Shares of a change.
    ["Exports fell by a third.", [["a third", "33.33", "%", "rounded"]]],
    ["Exports fell by almost a third.", [["almost a third", "33.34", "%", "approx"]]],
    ["Costs were cut by half.", [["half", "50", "%", "exact"]]],
    ["出口减少了三分之一。", [["三分之一", "33.33", "%", "rounded"]]],
    ["出口减少了一半。", [["一半", "50", "%", "exact"]]],
    ["Экспорт сократился почти на треть.", [["почти на треть", "33.34", "%", "approx"]]],
    ["Експорт скоротився на дві третини.", [["дві третини", "66.67", "%", "rounded"]]],
    // A bare comparative before "на" compares: "higher by 5 %", the 5 % unbounded.
    ["Цена выше на 5%.", [["5%", "5", "%", "rounded"]]],
    // Grouped numbers, whole or not at all.
    ["Revenue was 1 234,5 million euros.", [["1 234,5 million euros", "1234500000", "EUR", "rounded"]]],
    ["Revenue was 1'234 million francs.", [["1'234 million francs", "1234000000", "CHF", "rounded"]]],
    ["Output was 1’234’567 tonnes.", [["1’234’567 tonnes", "1234567", "t", "rounded"]]],
    ["Revenue was 1.234,5 Mio. EUR.", [["1.234,5 Mio. EUR", "1234500000", "EUR", "rounded"]]],
    ["Revenue was 1 234 million euros.", []],
    ["the 3 100-metre races", []],
  ] as const)("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each(["He is seeking a third term.", "The launch was delayed by a quarter."])("%s: no share", (text) => {
    expect(read(text).filter((m) => m[2] === "%")).toEqual([]);
  });
});

describe("extractQuantities: a negative near end of a range (issue 15)", () => {
  // "-5 to 10%" was the count -5 and 10 %; "-$5 to -$3 billion" was -$5 and -$3 billion: the unit or
  // scale of the far end was lost to the near end.
  it.each([
    ["growth of -5 to 10%", [["-5 to 10%", "2.5", "%", "range"]]],
    ["-5–10%", [["-5–10%", "2.5", "%", "range"]]],
    ["between -5% and 10%", [["between -5% and 10%", "2.5", "%", "range"]]],
    ["-$5 to -$3 billion", [["-$5 to -$3 billion", "-4000000000", "USD", "range"]]],
    ["−5–−3", [["−5–−3", "-4", "count", "range"]]],
    ["-5-3", []],
  ] as const)("%s", (text, expected) => {
    expect(extractQuantities(text, { lang: "en" }).map((m) => [m.text, m.quantity.value.toFixed(), m.quantity.unit, m.quantity.bound])).toEqual(expected);
  });
});
