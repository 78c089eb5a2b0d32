import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/decimal.js";
import { extractQuantities } from "../../src/extract/extractQuantities.js";
import type { Lang } from "../../src/lexicon/types.js";
import { toQuantityJSON } from "../../src/quantity/toQuantityJSON.js";

// The kinds of misreading that real news showed (issue 19, "Extraction quality on real news"), each
// with sentences of its own — not those of the evaluation set in realNews/ — and, where a value can be
// generated, a property: write a value as people write it, read it back.

/** The mentions of a text as [text, value, unit, bound]; a range as "low..high". */
const read = (text: string, lang?: Lang) =>
  extractQuantities(text, { ...(lang !== undefined ? { lang } : {}), publishedAt: "2025-09-05" }).map((m) => {
    const q = toQuantityJSON(m.quantity);
    return [m.text, q.bound === "range" ? `${q.low}..${q.high}` : q.value, q.unit, q.bound] as const;
  });

type Row = readonly [string, readonly (readonly [string, string, string, string])[]];

describe("the $US prefix: the code after the sign, and a scale letter after a currency", () => {
  it.each<Row>([
    ["The miner raised $US 3.4bn from investors.", [["$US 3.4bn", "3400000000", "USD", "rounded"]]],
    ["A further $US 75m went to the port.", [["$US 75m", "75000000", "USD", "rounded"]]],
    ["The grant of $A 12m was approved.", [["$A 12m", "12000000", "AUD", "rounded"]]],
    ["Kiwi exporters earned $NZ 8.1bn.", [["$NZ 8.1bn", "8100000000", "NZD", "rounded"]]],
    ["It rose to $US480m.", [["$US480m", "480000000", "USD", "rounded"]]],
  ])("%s", (text, expected) => {
    expect(read(text, "en")).toEqual(expected);
  });

  it("reads any amount written '$US n(m|bn)' back as USD, never metres", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom(["m", 6], ["bn", 9]), (whole, tenth, [letter, power]) => {
        const digits = tenth === 0 ? `${whole}` : `${whole}.${tenth}`;
        const [m] = extractQuantities(`The company paid $US ${digits}${letter} for it.`, { lang: "en" });
        expect(m?.quantity.unit).toBe("USD");
        expect(m?.quantity.value.toFixed()).toBe(new Decimal(`${digits}e${power}`).toFixed());
      }),
      { numRuns: 100 },
    );
  });
});

describe("verbs of exceeding are lower bounds", () => {
  it.each<Row>([
    ["Exports topped $3 billion.", [["topped $3 billion", "3000000000", "USD", "moreThan"]]],
    ["Output surged past 40 million tonnes.", [["surged past 40 million tonnes", "40000000", "t", "moreThan"]]],
    ["Імпорт перевищив 12 млрд грн.", [["перевищив 12 млрд грн.", "12000000000", "UAH", "moreThan"]]],
    ["Витрати перевищили $4 млрд.", [["перевищили $4 млрд", "4000000000", "USD", "moreThan"]]],
    ["Доходы превысили 820 млрд руб.", [["превысили 820 млрд руб.", "820000000000", "RUB", "moreThan"]]],
    ["Кредитный портфель превысила 2 трлн руб.", [["превысила 2 трлн руб.", "2000000000000", "RUB", "moreThan"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each<Row>([
    // "exceeded it by 12 %": the difference, no bound on it.
    ["Видобуток перевищив план на 12%.", [["12%", "12", "%", "rounded"]]],
    ["Экспорт превысил прогноз на 5%.", [["5%", "5", "%", "rounded"]]],
  ])("no bound on a difference after 'на': %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("reads 'перевищив N млн грн' as more than N million for any N", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
        const [m] = extractQuantities(`Обсяг перевищив ${n} млн грн.`, { lang: "uk" });
        expect(m?.quantity.bound).toBe("moreThan");
        expect(m?.quantity.unit).toBe("UAH");
        expect(m?.quantity.value.toFixed()).toBe(`${n}000000`);
      }),
      { numRuns: 50 },
    );
  });
});

describe("areas, speeds and volumes as written in news", () => {
  it.each<Row>([
    ["Сад закладуть на 30 гектарах.", [["30 гектарах", "30", "ha", "rounded"]]],
    ["Поля раскинулись на 80 гектарах.", [["80 гектарах", "80", "ha", "rounded"]]],
    ["Склад площею 14 тис. кв. м здали в оренду.", [["14 тис. кв. м", "14000", "m2", "rounded"]]],
    ["Офис на 3,5 тыс. кв. м продан.", [["3,5 тыс. кв. м", "3500", "m2", "rounded"]]],
    ["Корпус площею 8 тис. м² відкрили.", [["8 тис. м²", "8000", "m2", "rounded"]]],
    ["新建厂房8万平米。", [["8万平米", "80000", "m2", "rounded"]]],
    ["Поїзд їде зі швидкістю 120 км/год.", [["120 км/год", "120", "km/h", "rounded"]]],
    ["Скорость составила 90 км/ч.", [["90 км/ч", "90", "km/h", "rounded"]]],
    ["Потужність сховища — 20 млрд м3/рік.", [["20 млрд м3/рік", "20000000000", "m3", "rounded"]]],
    ["Пропускная способность — 33 млрд м3/год.", [["33 млрд м3/год", "33000000000", "m3", "rounded"]]],
    ["管道年输气量约为300亿立方米。", [["约为300亿立方米", "30000000000", "m3", "approx"]]],
    ["Capacity is 66 bcm/y.", [["66 bcm/y", "66000000000", "m3", "rounded"]]],
    ["The train runs at 160 km an hour.", [["160 km an hour", "160", "km/h", "rounded"]]],
    ["Автобус ехал 70 км в час.", [["70 км в час", "70", "km/h", "rounded"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("half-a-billion", () => {
  it.each<Row>([
    ["They pledged half-a-billion pounds.", [["half-a-billion pounds", "500000000", "GBP", "rounded"]]],
    ["Half-a-million visitors came.", [["Half-a-million", "500000", "count", "rounded"]]],
    ["Уряд виділив півмільярда доларів.", [["півмільярда доларів", "500000000", "USD", "rounded"]]],
    ["Потрачено полмиллиарда рублей.", [["полмиллиарда рублей", "500000000", "RUB", "rounded"]]],
    // Only before a scale word: "half-a-dozen" stays words here, and a loose hyphen joins nothing.
    ["They ate half-a-dozen eggs.", []],
    ["It cost half-a- billion.", []],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("vague Chinese amounts are bounds, never one number", () => {
  it.each<Row>([
    ["损失达数十亿美元。", [["数十亿美元", "2000000000", "USD", "atLeast"]]],
    ["上百万人受灾。", [["上百万", "1000000", "count", "atLeast"]]],
    ["上千家企业参展。", [["上千", "1000", "count", "atLeast"]]],
    ["成千上万的游客。", []],
    ["日均发送旅客1500万人次以上。", [["1500万人次以上", "15000000", "count", "atLeast"]]],
    ["参会企业2000家左右。", [["2000家左右", "2000", "count", "approx"]]],
    ["2023届毕业生达1158万人。", [["1158万", "11580000", "count", "rounded"]]],
    ["比上年增长5%。", [["5%", "5", "%", "rounded"]]],
  ])("%s", (text, expected) => {
    expect(read(text, "zh")).toEqual(expected);
  });
});

describe("a year-like number with a scale word is an amount", () => {
  it.each<Row>([
    ["全年接待游客1980万人次。", [["1980万", "19800000", "count", "rounded"]]],
    ["Some 1200 million doses were shipped.", [["Some 1200 million", "1200000000", "count", "approx"]]],
    ["Ще 2020 тис. осіб отримали допомогу.", [["2020 тис.", "2020000", "count", "rounded"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("still skips a bare year", () => {
    expect(read("In 1999 the plant closed.", "en")).toEqual([]);
  });
});

describe("numerals inside names and references are no counts", () => {
  it.each<Row>([
    ["See Table 4 and page 210 of the report.", []],
    ["The rule is in Art. 9 (see p. 14).", []],
    ["See pp. 12-15 and Sections 3–5.", []],
    ["The Airbus 320 and a Boeing 787 landed.", []],
    ["The Big Four firms audited it.", []],
    ["The Seven Sisters cliffs eroded.", []],
    ["It is one of the busiest ports.", []],
    ["Відповідно до ст. 5 та пункту 7 закону.", []],
    ["Unit 4 of the plant and Terminal 5 reopened.", []],
    ["The FTSE 100 and the S&P 500 fell, the Nikkei 225 too.", []],
    ["Енергоблок 4 зупинили, рейс 752 скасували.", []],
    ["Это одна из крупнейших сделок, см. рис. 3.", []],
    ["Згідно з розділом 4, одна з найбільших угод.", []],
    ["浙江千岛湖和四川九寨沟迎来游客。", []],
    ["五一期间，零售额增长。", []],
    ["The fee was waived 2 times per second.", [["2 times", "2", "x", "rounded"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each<Row>([
    // The same words around real counts keep them.
    ["One company and 3 banks signed.", [["One", "1", "count", "exact"], ["3", "3", "count", "exact"]]],
    ["Three people were hurt.", [["Three", "3", "count", "exact"]]],
    ["In the UK 5 people died and in the USA 12 were hurt.", [["5", "5", "count", "exact"], ["12", "12", "count", "exact"]]],
    ["只有两个项目。", [["两", "2", "count", "exact"]]],
    ["双方签署了三项协议。", [["三", "3", "count", "exact"]]],
  ])("keeps counts: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("'до' after a change is 'to', not 'up to'", () => {
  it.each<Row>([
    ["Експорт зріс на 9%, до 4,1 млрд доларів.", [["9%", "9", "%", "rounded"], ["4,1 млрд доларів", "4100000000", "USD", "rounded"]]],
    ["Тарифи підвищать на 15% — до 7,9 грн.", [["15%", "15", "%", "rounded"], ["7,9 грн.", "7.9", "UAH", "rounded"]]],
    ["Прибыль сократилась на 12 млрд руб., до 88 млрд руб.", [["12 млрд руб.", "12000000000", "RUB", "rounded"], ["88 млрд руб.", "88000000000", "RUB", "rounded"]]],
    ["Инфляция ускорилась до 8,6%.", [["8,6%", "8.6", "%", "rounded"]]],
    ["Інфляція сповільнилася до 4,8%.", [["4,8%", "4.8", "%", "rounded"]]],
    ["Кількість зменшилась — до 12 тис.", [["12 тис.", "12000", "count", "rounded"]]],
    ["Ціни підскочили до 50 грн.", [["50 грн.", "50", "UAH", "rounded"]]],
    ["Курс рухнул до 100 руб.", [["100 руб.", "100", "RUB", "rounded"]]],
    // Words between the verb and the comma: the clause ended, "до" is "up to".
    ["Выручка выросла, но штраф составит до 2 млн руб.", [["до 2 млн руб.", "2000000", "RUB", "atMost"]]],
    ["Швидкість до 90 км/год.", [["до 90 км/год", "90", "km/h", "atMost"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("compound amounts of two scales are one amount", () => {
  it.each<Row>([
    ["Виділено 3 млрд 250 млн грн.", [["3 млрд 250 млн грн.", "3250000000", "UAH", "rounded"]]],
    ["Собрано 7 млн 420 тыс. руб.", [["7 млн 420 тыс. руб.", "7420000", "RUB", "rounded"]]],
    ["项目投资5亿6000万元。", [["5亿6000万元", "560000000", "CNY", "rounded"]]],
    ["Витрачено 4 млрд. 120 млн. грн на ремонт.", [["4 млрд. 120 млн. грн", "4120000000", "UAH", "rounded"]]],
    ["Фонд отримав 2 млрд 35 млн 400 тис. грн.", [["2 млрд 35 млн 400 тис. грн.", "2035400000", "UAH", "rounded"]]],
    // The rest must be smaller than one unit of the larger scale, and no comma may part them.
    ["Виділено 3 млрд, 250 млн грн піде на дороги.", [["3 млрд", "3000000000", "count", "rounded"], ["250 млн грн", "250000000", "UAH", "rounded"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("reads 'W млрд R млн грн' as W × 10⁹ + R × 10⁶ for any W and R < 1000", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 9 }), (whole, rest, tenth) => {
        const restText = tenth === 0 ? `${rest}` : `${rest},${tenth}`;
        const mentions = extractQuantities(`Уряд виділив ${whole} млрд ${restText} млн грн на ремонт.`, { lang: "uk" });
        expect(mentions).toHaveLength(1);
        expect(mentions[0]?.quantity.unit).toBe("UAH");
        expect(mentions[0]?.quantity.value.toFixed()).toBe(new Decimal(whole).times(1e9).plus(new Decimal(`${rest}.${tenth}`).times(1e6)).toFixed());
      }),
      { numRuns: 100 },
    );
  });
});

describe("from … to: a range, a change, or days", () => {
  it.each<Row>([
    ["Навчання триває з 4 до 6 років.", [["з 4 до 6", "4..6", "count", "range"]]],
    ["Срок службы составляет с 10 до 12 лет.", [["с 10 до 12", "10..12", "count", "range"]]],
    ["Заявки приймають з 1 по 15 число.", []],
    ["Фестиваль пройдёт с 3 до 9 июня.", []],
    ["Акція триватиме з 10 по 20 березня.", []],
    // After a verb of change: a start and an end, no range.
    ["Ставка выросла с 6% до 8%.", [["6%", "6", "%", "rounded"], ["8%", "8", "%", "rounded"]]],
    // "з"/"с" as "with" stays a preposition.
    ["Зустріч з 5 делегаціями відбулася.", [["5", "5", "count", "exact"]]],
    ["Термін — 5 років.", [["5", "5", "count", "exact"]]],
    ["Это случилось в 98 году.", []],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("时速: a speed written before the number", () => {
  it.each<Row>([
    ["列车时速250公里。", [["时速250公里", "250", "km/h", "rounded"]]],
    ["设计时速160。", [["时速160", "160", "km/h", "rounded"]]],
    ["最快时速达320公里。", [["时速达320公里", "320", "km/h", "rounded"]]],
    ["船速每小时12公里。", [["每小时12公里", "12", "km/h", "rounded"]]],
    // Another unit after it would make another rate: no reading; "每小时" alone is no speed.
    ["时速350米。", []],
    ["每小时300人次。", [["300", "300", "count", "rounded"]]],
  ])("%s", (text, expected) => {
    expect(read(text, "zh")).toEqual(expected);
  });
});

describe("properties of 'до' and 'з … до'", () => {
  it("reads 'зріс на X%, до Y млрд грн' as X % and exactly Y billion, for any X and Y", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 999 }), fc.constantFrom(",", " —"), (x, y, mark) => {
        const mentions = extractQuantities(`Експорт зріс на ${x}%${mark} до ${y} млрд грн.`, { lang: "uk" });
        expect(mentions.map((m) => [m.quantity.unit, m.quantity.bound])).toEqual([
          ["%", "rounded"],
          ["UAH", "rounded"],
        ]);
        expect(mentions[1]?.quantity.value.toFixed()).toBe(`${y}000000000`);
      }),
      { numRuns: 60 },
    );
  });

  // Written low to high, as a span of years is; a reversed one ("з 5 до 3") is read as "від 5 до 3" is.
  it("reads 'з A до B років' (A ≤ B) as the range A–B, never as a count and an upper bound", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 40 }), (a, d) => {
        const b = a + d;
        const mentions = extractQuantities(`Термін становить з ${a} до ${b} років.`, { lang: "uk" });
        expect(mentions).toHaveLength(1);
        expect(mentions[0]?.quantity.bound).toBe("range");
        expect([mentions[0]?.quantity.low?.toFixed(), mentions[0]?.quantity.high?.toFixed()]).toEqual([`${a}`, `${b}`]);
      }),
      { numRuns: 60 },
    );
  });
});
