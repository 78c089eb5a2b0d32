import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scanPeriods } from "../../src/period/scanPeriods.js";
import type { PeriodOptions } from "../../src/period/periodOptions.js";

/** [text, options, expected spans as [matched text, kind, start, end]]. */
type Row = readonly [text: string, options: PeriodOptions | undefined, spans: readonly (readonly [string, string, string, string])[]];

const scan = (text: string, options?: PeriodOptions) =>
  scanPeriods(text, options).map(({ start, end, period }) => {
    // The span is where the period's text was read.
    expect(text.slice(start, end)).toBe(period.text);
    return [period.text, period.kind, period.start, period.end] as const;
  });

describe("scanPeriods: the period phrases of the seed articles", () => {
  it.for<Row>([
    // 000 (English, published 2025-09-05)
    ["Earlier this summer, Chinese President Xi Jinping visited Kazakhstan.", { reference: "2025-09-05" }, [["Earlier this summer", "season", "2025-06-01", "2025-09-01"]]],
    ["Xi Jinping’s visit to Kazakhstan was already the third since 2020, highlighting", { reference: "2025-09-05" }, [["since 2020", "interval", "2020-01-01", "2025-09-06"]]],
    ["Xi Jinping’s visit to Kazakhstan was already the third since 2020, highlighting", undefined, [["2020", "year", "2020-01-01", "2021-01-01"]]],
    ["Last month, the leaders of Ukraine and Kazakhstan discussed", { reference: "2025-09-05" }, [["Last month", "month", "2025-08-01", "2025-09-01"]]],
    ["expected to grow to 10 million tons in the coming years, compared to the current 2–3 million.", { reference: "2025-09-05" }, []],
    // 001 (Ukrainian, 2025-09-05)
    [" date 2025-09-05 Казахстан активізує співпрацю з Китаєм, підписавши понад 70 угод.", undefined, [["2025-09-05", "day", "2025-09-05", "2025-09-06"]]],
    ["Зауважимо, що ще на початку літа президента Китаю Сі Цзіньпін здійснив візит", { reference: "2025-09-05" }, [["на початку літа", "season", "2025-06-01", "2025-09-01"]]],
    ["візит Сі Цзіньпіна до Казахстану став вже третім із 2020 року, що свідчить", { reference: "2025-09-05" }, [["із 2020 року", "interval", "2020-01-01", "2025-09-06"]]],
    ["Зауважимо також, що минулого місяця лідери України та Казахстану обговорили", { reference: "2025-09-05" }, [["минулого місяця", "month", "2025-08-01", "2025-09-01"]]],
    ["Очікується, що в найближчі роки обсяг перевезень виросте до 10 млн тонн проти нинішніх 2-3 млн.", { reference: "2025-09-05" }, []],
    ["70 комерційних угод на понад 15 млрд доларів, а \"Dalian Group\" інвестує $650 млн", { reference: "2025-09-05" }, []],
    // 002 (English, published 2024-12)
    ["This July, Xi Jinping held his fifth official visit as President to Kazakhstan", { reference: "2024-12" }, [["This July", "month", "2024-07-01", "2024-08-01"]]],
    ["China and Kazakhstan established diplomatic relations in January 1992, shortly after", undefined, [["in January 1992", "month", "1992-01-01", "1992-02-01"]]],
    ["bilateral trade reached a record $41 billion in 2023. However, the Ministry", undefined, [["in 2023", "year", "2023-01-01", "2024-01-01"]]],
    ["In September 2022, Xi visited Kazakhstan as his first trip post-COVID-19, marking the 30th anniversary", undefined, [["In September 2022", "month", "2022-09-01", "2022-10-01"]]],
    ["During Xi’s visit this summer, Kazakhstan President Kassym-Jomart Tokayev stressed that Kazakhstan and China are realizing 45 joint projects worth $14.5 billion", { reference: "2024-12" }, [["this summer", "season", "2024-06-01", "2024-09-01"]]],
    ["a 16% increase in Chinese investments in Kazakhstan’s economy in 2023, reaching $1.8 billion.", undefined, [["in 2023", "year", "2023-01-01", "2024-01-01"]]],
    ["As of January 1, 2024, the country’s external debt to China stood at $9.2 billion, which represents only 3.5% of Kazakhstan’s GDP.", undefined, [["As of January 1, 2024", "instant", "2024-01-01", "2024-01-01"]]],
    ["In autumn 2023, China and Kazakhstan signed 30 commercial agreements totaling $16.54 billion (which are all listed here). In November 2024, during Kazakhstan’s Prime Minister Olzhas Bektenov visit", undefined, [["In autumn 2023", "season", "2023-09-01", "2023-12-01"], ["In November 2024", "month", "2024-11-01", "2024-12-01"]]],
    ["However, since the early 2000s, as Kazakhstan’s economic ties with China have deepened", undefined, [["early 2000s", "interval", "2000-01-01", "2010-01-01"]]],
    ["USA (31 per cent) and our national company ‘KazMunaiGaz’ (31 per cent) have the biggest share", undefined, []],
    // 003 (English, published 2024-07)
    ["Putin and Xi vowed in May to deepen China-Russia “comprehensive strategic partnership”", { reference: "2024-07" }, [["in May", "month", "2024-05-01", "2024-06-01"]]],
    ["Last year, China overtook Russia to become Kazakhstan’s largest trading partner, with two-way trade exceeding $41 billion.", { reference: "2024-07" }, [["Last year", "year", "2023-01-01", "2024-01-01"]]],
    ["Kazakhstan shares more than 1,700 kilometers (1,056 miles) of border with China’s northwestern Xinjiang", undefined, []],
    ["According to China’s Ministry of Commerce, by the end of 2021, total Chinese direct investment in Kazakhstan reached about US$7 billion.", undefined, [["by the end of 2021", "instant", "2022-01-01", "2022-01-01"]]],
    ["President Xi expressed his support for the route in 2022 and vowed to speed up", undefined, [["in 2022", "year", "2022-01-01", "2023-01-01"]]],
    ["one of the original five countries in the “Shanghai Five” bloc that formed the SCO in 2001, when Uzbekistan joined.", undefined, [["in 2001", "year", "2001-01-01", "2002-01-01"]]],
    // 004 (English, updated 2023-10-10)
    ["Updated: Oct 10, 2023", undefined, [["Oct 10, 2023", "day", "2023-10-10", "2023-10-11"]]],
    ["On 19th May 2023, President Xi Jinping held the first in-person China-Central Asia summit", undefined, [["On 19th May 2023", "day", "2023-05-19", "2023-05-20"]]],
    ["the call by Kazakh President Tokayev for assistance from the Russia-led CSTO in January 2022 to quell", undefined, [["in January 2022", "month", "2022-01-01", "2022-02-01"]]],
    ["evidenced by the $24 billion of trade between the two nations in 2022, only $2 billion behind trade between Kazakhstan and Russia.", undefined, [["in 2022", "year", "2022-01-01", "2023-01-01"]]],
    ["up from over $31 billion in 2022. In terms of oil, from January 2023, 1.5 million tonnes of oil will be shipped", undefined, [["in 2022", "year", "2022-01-01", "2023-01-01"], ["January 2023", "month", "2023-01-01", "2023-02-01"]]],
    ["claiming the title of Kazakhstan’s largest buyer of exports in 2021, and second only to Russia", undefined, [["in 2021", "year", "2021-01-01", "2022-01-01"]]],
    ["2024 The Year of Elections: Change and Uncertainty", undefined, [["2024", "year", "2024-01-01", "2025-01-01"]]],
  ])("%s", ([text, options, spans]) => {
    expect(scan(text, options)).toEqual(spans);
  });
});

describe("scanPeriods: free text in four languages", () => {
  it.for<Row>([
    ["Trade grew in 2023 and 2024.", undefined, [["in 2023", "year", "2023-01-01", "2024-01-01"], ["2024", "year", "2024-01-01", "2025-01-01"]]],
    ["In Q3 2023 exports fell; in the first half of 2024 they rose.", undefined, [["In Q3 2023", "quarter", "2023-07-01", "2023-10-01"], ["in the first half of 2024", "half", "2024-01-01", "2024-07-01"]]],
    ["The ministry may 3 times revise it; in March it did.", { reference: "2025-09-05" }, [["in March", "month", "2025-03-01", "2025-04-01"]]],
    ["They may publish it. Spring is near. Prices fall.", { reference: "2025-09-05" }, []],
    ["У 2023 році товарообіг склав 41 млрд доларів, а минулого року — 31,5 млрд.", { reference: "2025-09-05" }, [["У 2023 році", "year", "2023-01-01", "2024-01-01"], ["минулого року", "year", "2024-01-01", "2025-01-01"]]],
    ["станом на 1 січня 2024 року борг становив 9,2 млрд доларів", undefined, [["станом на 1 січня 2024 року", "instant", "2024-01-01", "2024-01-01"]]],
    ["В прошлом году товарооборот вырос, а в июле 2024 года — упал.", { reference: "2025-01" }, [["В прошлом году", "year", "2024-01-01", "2025-01-01"], ["в июле 2024 года", "month", "2024-07-01", "2024-08-01"]]],
    ["на 1 января 2024 года долг составил 9,2 млрд долларов", undefined, [["на 1 января 2024 года", "instant", "2024-01-01", "2024-01-01"]]],
    ["2023年中哈贸易额达410亿美元，去年同比增长。", { reference: "2025" }, [["2023年", "year", "2023-01-01", "2024-01-01"], ["去年", "year", "2024-01-01", "2025-01-01"]]],
    ["截至2023年底，中国对哈投资达到70亿美元。", undefined, [["截至2023年底", "instant", "2024-01-01", "2024-01-01"]]],
    ["last year and last month", undefined, []],
    ["last month", { reference: "2024" }, []],
    ["FY2023 revenue and FY 2024 revenue", undefined, []],
    // A fiscal year named by one year is refused; a split year is one period of its own kind.
    ["revenue in fiscal 2023 rose; fiscal year 2024 and 2023/24 too", undefined, [["2023/24", "split-year", "2023-01-01", "2025-01-01"]]],
    ["Exports reached $9 billion in the first nine months of 2024.", undefined, [["in the first nine months of 2024", "interval", "2024-01-01", "2024-10-01"]]],
    ["In the first three quarters, trade grew; in January–September it grew.", { reference: "2024-11-05" }, [["In the first three quarters", "interval", "2024-01-01", "2024-10-01"], ["in January–September", "interval", "2024-01-01", "2024-10-01"]]],
    ["The first months of the war were hard; it will double in nine months.", { reference: "2024-11-05" }, []],
    ["За перші дев'ять місяців 2024 року товарообіг зріс на 16%.", undefined, [["За перші дев'ять місяців 2024 року", "interval", "2024-01-01", "2024-10-01"]]],
    ["За 9 месяцев прошлого года товарооборот вырос.", { reference: "2025-01-20" }, [["За 9 месяцев прошлого года", "interval", "2024-01-01", "2024-10-01"]]],
    ["2024年前三季度，中哈贸易额增长。今年前7个月继续增长。", { reference: "2025-09-05" }, [["2024年前三季度", "interval", "2024-01-01", "2024-10-01"], ["今年前7个月", "interval", "2025-01-01", "2025-08-01"]]],
    ["2024年1-9月，中哈贸易额增长。", undefined, [["2024年1-9月", "interval", "2024-01-01", "2024-10-01"]]],
    ["2024年4-6月，中哈贸易额增长。", undefined, [["2024年4-6月", "interval", "2024-04-01", "2024-07-01"]]],
    ["Shipments May–June rose; in May–June they rose.", { reference: "2024-11-05" }, [["in May–June", "interval", "2024-05-01", "2024-07-01"]]],
    ["$2023 or 2023% or 2023.5 or 2,023 or 12023 or A2023 or 2023B", undefined, []],
    ["2023-02-30 was not a day, 2023-13 not a month", undefined, []],
    ["the interval 2023-09/2023-11 and 2013/2015", undefined, [["2023-09/2023-11", "interval", "2023-09-01", "2023-12-01"], ["2013/2015", "interval", "2013-01-01", "2016-01-01"]]],
    ["at 2024-07-03T10:00:00Z the feed stopped", undefined, []],
    ["Sales: 2023: 5; 2024: 7.", undefined, [["2023", "year", "2023-01-01", "2024-01-01"], ["2024", "year", "2024-01-01", "2025-01-01"]]],
  ])("%s", ([text, options, spans]) => {
    expect(scan(text, options)).toEqual(spans);
  });

  it("reports UTF-16 offsets past astral characters", () => {
    const text = "😀 in 2023";
    const [span] = scanPeriods(text);
    expect(span).toMatchObject({ start: 3, end: 10 });
  });

  it("returns frozen results", () => {
    const spans = scanPeriods("in 2023");
    expect(Object.isFrozen(spans)).toBe(true);
    expect(Object.isFrozen(spans[0])).toBe(true);
    expect(Object.isFrozen(spans[0]?.period)).toBe(true);
  });

  it("never throws on bad input or options", () => {
    expect(scanPeriods(42 as unknown as string)).toEqual([]);
    expect(scanPeriods("in 2023", { lang: "fr" as never })).toHaveLength(1);
    expect(scanPeriods("last year in 2023", { reference: "garbage" })).toHaveLength(1);
    expect(scanPeriods("in 2023", null as never)).toHaveLength(1);
  });

  it("reads one language with lang", () => {
    expect(scanPeriods("у 2023 році", { lang: "uk" })[0]?.period.text).toBe("у 2023 році");
    expect(scanPeriods("у 2023 році", { lang: "en" })[0]?.period.text).toBe("2023");
  });
});

// A year glued by "/" to another number or word ("2024/03", "03/2024", "Q3/2023", "12/31/2023",
// "2024/Q1", "2023年/2024年") is part of a date, month or split year the grammar does not read: before,
// the bare year was reported, a different period than the words name. Split years stay read whole.
describe("scanPeriods: a year glued by a slash is never read alone", () => {
  it.each(["2024/03", "2022/3", "Sales in 2022/3 rose", "03/2024", "1/2023", "12/31/2023", "Q3/2023", "H1/2024", "2024/Q1", "Jan/2024", "2023年/2024年", "2023/24/25"])(
    "%s: no period",
    (text) => {
      expect(scan(text, { reference: "2024-03-01" })).toEqual([]);
    },
  );

  it.each([
    ["2022/23", [["2022/23", "split-year", "2022-01-01", "2024-01-01"]]],
    ["in 2023/2024 and 2024/25", [["in 2023/2024", "split-year", "2023-01-01", "2025-01-01"], ["2024/25", "split-year", "2024-01-01", "2026-01-01"]]],
    ["from 2019/20 to 2023/24", [["2019/20", "split-year", "2019-01-01", "2021-01-01"], ["2023/24", "split-year", "2023-01-01", "2025-01-01"]]],
    ["in 2023/", [["in 2023", "year", "2023-01-01", "2024-01-01"]]],
  ] as const)("%s: split years and a trailing slash are still read", (text, spans) => {
    expect(scan(text)).toEqual(spans);
  });

  it("property: no year is reported from Y/T or T/Y with T a number or word", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.constantFrom("3", "03", "12", "Q1", "H2", "Jan", "x", "年"), fc.boolean(), (y, t, yearFirst) => {
        const text = yearFirst ? `${y}/${t}` : `${t}/${y}`;
        for (const span of scanPeriods(text)) expect(span.period.kind === "year" && span.period.text === String(y)).toBe(false);
      }),
    );
  });
});

// A year after a part of a year the grammar does not read whole ("Q3-2023", "third-quarter 2023",
// "в 3-м квартале 2023", "во 2-м полугодии 2023 г.") was reported as the whole year: a longer period
// than the words name. Now nothing is read there; the Russian and Ukrainian abbreviations "кв." and
// "пол." are read as quarter and half.
describe("scanPeriods: a year after an unread part of it is not the whole year", () => {
  it.each(["Q3-2023", "H1-2024", "Jan-2024", "pre-2020 levels", "third-quarter 2023 profit", "в 3-м квартале 2023", "у 3-му кварталі 2023 року", "во 2-м полугодии 2023 г.", "1-й квартал 2024", "в 1-й половине 2024 года", "9M 2023", "9М 2023", "12M 2023", "1П 2023"])(
    "%s: no period",
    (text) => {
      expect(scan(text, { reference: "2024-03-01" })).toEqual([]);
    },
  );

  it.each([
    ["3 кв. 2023", [["3 кв. 2023", "quarter", "2023-07-01", "2023-10-01"]]],
    ["III кв. 2023 г.", [["III кв. 2023 г.", "quarter", "2023-07-01", "2023-10-01"]]],
    ["в 1 пол. 2024 г.", [["в 1 пол. 2024 г.", "half", "2024-01-01", "2024-07-01"]]],
    ["mid-2023", [["mid-2023", "year", "2023-01-01", "2024-01-01"]]],
    ["2020-2023", [["2020-2023", "interval", "2020-01-01", "2024-01-01"]]],
    ["in the third quarter of 2023", [["in the third quarter of 2023", "quarter", "2023-07-01", "2023-10-01"]]],
    ["2Q 2024", [["2Q 2024", "quarter", "2024-04-01", "2024-07-01"]]],
  ] as const)("%s: read whole", (text, spans) => {
    expect(scan(text)).toEqual(spans);
  });

  it("property: no bare year is reported from T-Y with T a word or number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.constantFrom("Q1", "H2", "Jan", "pre", "x", "3"), (y, t) => {
        for (const span of scanPeriods(`${t}-${y}`)) expect(span.period.kind === "year" && span.period.text === String(y)).toBe(false);
      }),
    );
  });
});
