import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { compare } from "../../src/compare/compare.js";
import { isDiscrepancyError } from "../../src/errors.js";
import { parseQuantity, safeParseQuantity } from "../../src/quantity/parseQuantity.js";
import { scanQuantities } from "../../src/quantity/scan.js";
import { toQuantityJSON } from "../../src/quantity/toQuantityJSON.js";
import type { ScanOptions } from "../../src/quantity/scanOptions.js";

const DOLLARS = ["USD", "CAD", "AUD", "HKD", "SGD", "NZD", "TWD"];

/** [text, value, unit, bound, low, high] */
type Row = readonly [string, string, string, string, string | null, string | null];

const check = (rows: readonly Row[], options?: ScanOptions) =>
  it.each(rows)("%s → %s %s %s [%s, %s]", (text, value, unit, bound, low, high) => {
    const q = toQuantityJSON(parseQuantity(text, options));
    expect([q.value, q.unit, q.bound, q.low, q.high]).toEqual([value, unit, bound, low, high]);
    // The span is the quantity; a count's trailing words are its noun, outside the span.
    if (q.noun === undefined) expect(q.text).toBe(text.trim());
    else expect(`${q.text} ${q.noun}`.replace("70 项", "70项").replace("70 个", "70个")).toBe(text.trim());
  });

describe("parseQuantity: the seed articles' figures", () => {
  check([
    ["$41 billion", "41000000000", "USD", "rounded", "40500000000", "41500000000"],
    ["$31.5 billion", "31500000000", "USD", "rounded", "31450000000", "31550000000"],
    ["exceeding $41 billion", "41000000000", "USD", "moreThan", "41000000000", null],
    ["over $31 billion", "31000000000", "USD", "moreThan", "31000000000", null],
    ["more than $15 billion", "15000000000", "USD", "moreThan", "15000000000", null],
    ["$24 billion", "24000000000", "USD", "rounded", "23500000000", "24500000000"],
    ["$2 billion", "2000000000", "USD", "rounded", "1500000000", "2500000000"],
    ["$40 billion", "40000000000", "USD", "rounded", "36000000000", "44000000000"],
    ["$650 million", "650000000", "USD", "rounded", "645000000", "655000000"],
    ["$14.5 billion", "14500000000", "USD", "rounded", "14450000000", "14550000000"],
    ["$16.54 billion", "16540000000", "USD", "rounded", "16535000000", "16545000000"],
    ["$2.5 billion", "2500000000", "USD", "rounded", "2450000000", "2550000000"],
    ["$9.2 billion", "9200000000", "USD", "rounded", "9150000000", "9250000000"],
    ["$1.8 billion", "1800000000", "USD", "rounded", "1750000000", "1850000000"],
    ["$1.8bn", "1800000000", "USD", "rounded", "1750000000", "1850000000"],
    ["over 70", "70", "count", "moreThan", "70", null],
    ["70 agreements", "70", "count", "rounded", "65", "75"],
    ["eight agreements", "8", "count", "exact", "8", "8"],
    ["45 joint projects", "45", "count", "exact", "45", "45"],
    ["30 commercial agreements", "30", "count", "rounded", "27", "33"],
    ["1,700 kilometers", "1700", "km", "rounded", "1650", "1750"],
    ["more than 1,700 kilometers", "1700", "km", "moreThan", "1700", null],
    ["1,056 miles", "1056", "mi", "rounded", "1055.5", "1056.5"],
    ["16%", "16", "%", "rounded", "15.5", "16.5"],
    ["3.5%", "3.5", "%", "rounded", "3.45", "3.55"],
    ["31 per cent", "31", "%", "rounded", "30.5", "31.5"],
    ["3.5 per cent", "3.5", "%", "rounded", "3.45", "3.55"],
    ["about US$7 billion", "7000000000", "USD", "approx", "6300000000", "7700000000"],
    ["2–3 million", "2500000", "count", "range", "2000000", "3000000"],
    ["10 million tons", "10000000", "t", "rounded", "9000000", "11000000"],
    ["1.5 million tonnes", "1500000", "t", "rounded", "1450000", "1550000"],
    ["up to 6 million tonnes", "6000000", "t", "atMost", null, "6000000"],
    ["4.2 billion", "4200000000", "count", "rounded", "4150000000", "4250000000"],
  ]);

  it("keeps the stated precision apart from the value", () => {
    expect(parseQuantity("$41 billion").precision).toBe(9);
    expect(parseQuantity("$31.5 billion").precision).toBe(8);
    expect(parseQuantity("3.5%").precision).toBe(-1);
  });

  it("says which dollars a bare $ could be, and not for US$", () => {
    expect(parseQuantity("$41 billion").unitCandidates).toEqual(DOLLARS);
    expect(parseQuantity("15 billion dollars").unitCandidates).toEqual(DOLLARS);
    expect(parseQuantity("about US$7 billion").unitCandidates).toBeUndefined();
    expect(parseQuantity("USD 7 billion").unitCandidates).toBeUndefined();
    expect(parseQuantity("7 billion US dollars").unitCandidates).toBeUndefined();
  });

  it("reads $ as the dollar option, keeping the others as candidates", () => {
    const q = parseQuantity("$41 billion", { dollar: "HKD" });
    expect(q.unit).toBe("HKD");
    expect(q.unitCandidates?.[0]).toBe("HKD");
    expect([...(q.unitCandidates ?? [])].sort()).toEqual([...DOLLARS].sort());
    expect(parseQuantity("US$41 billion", { dollar: "HKD" }).unit).toBe("USD");
  });

  it("keeps tons ambiguous but tonnes metric", () => {
    expect(parseQuantity("10 million tons").unitCandidates).toEqual(["t", "short-ton", "long-ton"]);
    expect(parseQuantity("10 million tonnes").unitCandidates).toBeUndefined();
    expect(parseQuantity("10 млн тонн").unitCandidates).toBeUndefined();
  });

  it("takes the words after a count as its noun", () => {
    expect(parseQuantity("70 commercial agreements").noun).toBe("commercial agreements");
    expect(parseQuantity("понад 70 угод").noun).toBe("угод");
    expect(parseQuantity("eight agreements").noun).toBe("agreements");
    expect(parseQuantity("fifth official visit").noun).toBe("official visit");
    expect(parseQuantity("70").noun).toBeUndefined();
  });
});

describe("parseQuantity: Ukrainian", () => {
  check([
    ["понад 70 угод", "70", "count", "moreThan", "70", null],
    ["$650 млн", "650000000", "USD", "rounded", "645000000", "655000000"],
    ["понад 15 млрд доларів", "15000000000", "USD", "moreThan", "15000000000", null],
    ["10 млн тонн", "10000000", "t", "rounded", "9000000", "11000000"],
    ["2-3 млн", "2500000", "count", "range", "2000000", "3000000"],
    ["від 2 до 3 млн", "2500000", "count", "range", "2000000", "3000000"],
    ["31,5 млрд доларів", "31500000000", "USD", "rounded", "31450000000", "31550000000"],
    ["1 700 км", "1700", "km", "rounded", "1650", "1750"],
    ["1\u00a0700 км", "1700", "km", "rounded", "1650", "1750"],
    ["1\u202f700 км", "1700", "km", "rounded", "1650", "1750"],
    ["близько 7 млрд доларів США", "7000000000", "USD", "approx", "6300000000", "7700000000"],
    ["майже 2 млн", "2000000", "count", "approx", "1500000", "2000000"],
    ["щонайменше 5 тис. тонн", "5000", "t", "atLeast", "5000", null],
    ["до 6 млн тонн", "6000000", "t", "atMost", null, "6000000"],
    ["менше 10 відсотків", "10", "%", "lessThan", null, "10"],
    ["більш ніж 40 млрд гривень", "40000000000", "UAH", "moreThan", "40000000000", null],
    ["16 %", "16", "%", "rounded", "15.5", "16.5"],
    ["2,5 п.п.", "2.5", "pp", "rounded", "2.45", "2.55"],
    ["п'ять мільйонів тонн", "5000000", "t", "rounded", "4500000", "5500000"],
    ["двадцять п'ять", "25", "count", "exact", "25", "25"],
    ["сто двадцять тисяч", "120000", "count", "rounded", "115000", "125000"],
    ["півтора мільйона", "1500000", "count", "rounded", "1450000", "1550000"],
    ["вдвічі", "2", "x", "exact", "2", "2"],
    ["500 ₴", "500", "UAH", "rounded", "450", "550"],
    ["12 000 тенге", "12000", "KZT", "rounded", "11500", "12500"],
  ]);

  it.each([
    ["п'ятий", "5"],
    ["п’ятий", "5"],
    ["пʼятого", "5"],
    ["третій", "3"],
    ["третім", "3"],
    ["третього", "3"],
    ["24-й", "24"],
    ["двадцять п'ятий", "25"],
  ])("%s is the ordinal %s, exact", (text, value) => {
    const q = toQuantityJSON(parseQuantity(text));
    expect([q.unit, q.bound, q.value]).toEqual(["ordinal", "exact", value]);
  });

  it("reads a lone comma as decimal in Ukrainian, except before three digits with no scale word", () => {
    expect(parseQuantity("31,5", { lang: "uk" }).value.toString()).toBe("31.5");
    expect(parseQuantity("1,75 км").value.toString()).toBe("1.75");
    expect(parseQuantity("2,125 млрд").value.toString()).toBe("2125000000");
    expect(parseQuantity("2,125 billion").value.toString()).toBe("2125000000000");
    expect(parseQuantity("1,700 км").value.toString()).toBe("1700");
    expect(parseQuantity("20.000 руб.").value.toString()).toBe("20000");
    expect(parseQuantity("1.700", { lang: "en" }).value.toString()).toBe("1.7");
    expect(parseQuantity("1,700", { lang: "en" }).value.toString()).toBe("1700");
  });
});

describe("parseQuantity: Russian", () => {
  check([
    ["31,5 млрд долл.", "31500000000", "USD", "rounded", "31450000000", "31550000000"],
    ["более 70 соглашений", "70", "count", "moreThan", "70", null],
    ["свыше 15 млрд долларов", "15000000000", "USD", "moreThan", "15000000000", null],
    ["не менее 5 тыс. тонн", "5000", "t", "atLeast", "5000", null],
    ["около 7 млрд долларов США", "7000000000", "USD", "approx", "6300000000", "7700000000"],
    ["почти 2 млн", "2000000", "count", "approx", "1500000", "2000000"],
    ["от 2 до 3 млн", "2500000", "count", "range", "2000000", "3000000"],
    ["менее 10 процентов", "10", "%", "lessThan", null, "10"],
    ["до 6 млн тонн", "6000000", "t", "atMost", null, "6000000"],
    ["2,2 млн руб.", "2200000", "RUB", "rounded", "2150000", "2250000"],
    ["2,2 млн.руб.", "2200000", "RUB", "rounded", "2150000", "2250000"],
    ["124 451 рубль 50 копеек", "124451.5", "RUB", "rounded", "124451.495", "124451.505"],
    ["500 тыс. рублей", "500000", "RUB", "rounded", "450000", "550000"],
    ["1 500 000 тенге", "1500000", "KZT", "rounded", "1450000", "1550000"],
    ["10 млн т", "10000000", "t", "rounded", "9000000", "11000000"],
    ["3,5 процентных пункта", "3.5", "pp", "rounded", "3.45", "3.55"],
    ["сорок два", "42", "count", "exact", "42", "42"],
    ["полтора миллиона", "1500000", "count", "rounded", "1450000", "1550000"],
    ["100 ₽", "100", "RUB", "rounded", "90", "110"],
    ["425 ₽", "425", "RUB", "exact", "425", "425"],
  ]);

  it.each([
    ["пятый", "5"],
    ["третий", "3"],
    ["третьим", "3"],
    ["5-й", "5"],
    ["двадцать пятого", "25"],
  ])("%s is the ordinal %s", (text, value) => {
    const q = toQuantityJSON(parseQuantity(text));
    expect([q.unit, q.bound, q.value]).toEqual(["ordinal", "exact", value]);
  });
});

describe("parseQuantity: Chinese", () => {
  check([
    ["410亿美元", "41000000000", "USD", "rounded", "40500000000", "41500000000"],
    ["四百一十亿美元", "41000000000", "USD", "rounded", "40500000000", "41500000000"],
    ["315亿美元", "31500000000", "USD", "rounded", "31450000000", "31550000000"],
    ["1.5万", "15000", "count", "rounded", "14500", "15500"],
    ["超过410亿美元", "41000000000", "USD", "moreThan", "41000000000", null],
    ["逾70项", "70", "count", "moreThan", "70", null],
    ["70多", "70", "count", "moreThan", "70", null],
    ["约70亿美元", "7000000000", "USD", "approx", "6300000000", "7700000000"],
    ["近200万", "2000000", "count", "approx", "1800000", "2000000"],
    ["不到10%", "10", "%", "lessThan", null, "10"],
    ["至少5万吨", "50000", "t", "atLeast", "50000", null],
    ["2至3", "2.5", "count", "range", "2", "3"],
    ["2到3", "2.5", "count", "range", "2", "3"],
    ["200万至300万吨", "2500000", "t", "range", "2000000", "3000000"],
    ["1700公里", "1700", "km", "rounded", "1650", "1750"],
    ["百分之十六", "16", "%", "rounded", "15.5", "16.5"],
    ["百分之三点五", "3.5", "%", "rounded", "3.45", "3.55"],
    ["一亿五千万元", "150000000", "CNY", "rounded", "145000000", "155000000"],
    ["人民币500亿元", "50000000000", "CNY", "rounded", "45000000000", "55000000000"],
    ["36.57亿元", "3657000000", "CNY", "rounded", "3656500000", "3657500000"],
    ["1000万吨", "10000000", "t", "rounded", "9000000", "11000000"],
    ["两千万", "20000000", "count", "rounded", "15000000", "25000000"],
    ["十五", "15", "count", "exact", "15", "15"],
    ["一百零五", "105", "count", "exact", "105", "105"],
    ["翻一番", "2", "x", "exact", "2", "2"],
    ["一百五", "150", "count", "rounded", "145", "155"],
    ["一万三", "13000", "count", "rounded", "12500", "13500"],
    ["50元6角三分", "50.63", "CNY", "rounded", "50.625", "50.635"],
    ["负三十二", "-32", "count", "exact", "-32", "-32"],
    // Digits tight against place words, as one numeral.
    ["5万4千6百", "54600", "count", "rounded", "54550", "54650"],
    ["5亿1万4千6百", "500014600", "count", "rounded", "500014550", "500014650"],
    ["7万 5千 4百", "75400", "count", "rounded", "75350", "75450"],
    ["1千2百万美元", "12000000", "USD", "rounded", "11500000", "12500000"],
    // 几 after a round number is 多; 几十, 几百… are at least two of them.
    ["二十几万", "200000", "count", "moreThan", "200000", null],
    ["十几", "10", "count", "moreThan", "10", null],
    ["几十万", "200000", "count", "atLeast", "200000", null],
    ["几百亿美元", "20000000000", "USD", "atLeast", "20000000000", null],
  ]);

  it.each([
    ["第五", "5"],
    ["第24", "24"],
    ["第二十四", "24"],
  ])("%s is the ordinal %s", (text, value) => {
    const q = toQuantityJSON(parseQuantity(text));
    expect([q.unit, q.bound, q.value]).toEqual(["ordinal", "exact", value]);
  });
});

describe("parseQuantity: English", () => {
  check([
    ["between 40 and 45", "42.5", "count", "range", "40", "45"],
    ["40 to 45", "42.5", "count", "range", "40", "45"],
    ["$2–3 billion", "2500000000", "USD", "range", "2000000000", "3000000000"],
    ["$2 billion to $3 billion", "2500000000", "USD", "range", "2000000000", "3000000000"],
    ["5% to 10%", "7.5", "%", "range", "5", "10"],
    ["at least 5", "5", "count", "atLeast", "5", null],
    ["under 6 million tonnes", "6000000", "t", "lessThan", null, "6000000"],
    ["nearly 2 million", "2000000", "count", "approx", "1500000", "2000000"],
    ["roughly $7 billion", "7000000000", "USD", "approx", "6300000000", "7700000000"],
    ["some 70", "70", "count", "approx", "63", "77"],
    ["exactly 70", "70", "count", "exact", "70", "70"],
    ["70 or more", "70", "count", "atLeast", "70", null],
    ["70+", "70", "count", "atLeast", "70", null],
    ["€2 million", "2000000", "EUR", "rounded", "1500000", "2500000"],
    ["£8.10 million", "8100000", "GBP", "rounded", "8095000", "8105000"],
    ["C$16.4 million", "16400000", "CAD", "rounded", "16350000", "16450000"],
    ["HK$10.05 billion", "10050000000", "HKD", "rounded", "10045000000", "10055000000"],
    ["$94,000", "94000", "USD", "rounded", "93500", "94500"],
    ["$2.75", "2.75", "USD", "rounded", "2.745", "2.755"],
    ["$5m", "5000000", "USD", "rounded", "4500000", "5500000"],
    ["5 m", "5", "m", "rounded", "4.5", "5.5"],
    ["5k", "5000", "count", "rounded", "4500", "5500"],
    ["100 billion yuan", "100000000000", "CNY", "rounded", "90000000000", "110000000000"],
    ["323 million euros", "323000000", "EUR", "rounded", "322500000", "323500000"],
    ["five million yen", "5000000", "JPY", "rounded", "4500000", "5500000"],
    ["a billion dollars", "1000000000", "USD", "rounded", "500000000", "1500000000"],
    ["two hundred and fifty thousand", "250000", "count", "rounded", "245000", "255000"],
    ["twenty-five", "25", "count", "exact", "25", "25"],
    ["2.5 percentage points", "2.5", "pp", "rounded", "2.45", "2.55"],
    ["3-inch", "3", "in", "rounded", "2.5", "3.5"],
    ["10km", "10", "km", "rounded", "9", "11"],
    ["200lbs", "200", "lb", "rounded", "180", "220"],
    ["1.5e9 dollars", "1500000000", "USD", "rounded", "1450000000", "1550000000"],
    ["−3.5%", "-3.5", "%", "rounded", "-3.55", "-3.45"],
    ["USD 200", "200", "USD", "rounded", "180", "220"],
    ["3 dollars 50 cents", "3.5", "USD", "rounded", "3.495", "3.505"],
    ["thirteen dollars and forty-five cents", "13.45", "USD", "rounded", "13.445", "13.455"],
    ["361 million pounds", "361000000", "GBP", "rounded", "360500000", "361500000"],
    ["2,204.62 pounds", "2204.62", "lb", "rounded", "2204.615", "2204.625"],
    ["double", "2", "x", "exact", "2", "2"],
    ["twice", "2", "x", "exact", "2", "2"],
    ["more than double", "2", "x", "moreThan", "2", null],
    ["2x", "2", "x", "rounded", "1.5", "2.5"],
    ["USD 215", "215", "USD", "exact", "215", "215"],
  ]);

  it.each([
    ["fifth", "5"],
    ["5th", "5"],
    ["24th", "24"],
    ["third", "3"],
    ["twenty-first", "21"],
    ["1st", "1"],
  ])("%s is the ordinal %s", (text, value) => {
    const q = toQuantityJSON(parseQuantity(text));
    expect([q.unit, q.bound, q.value]).toEqual(["ordinal", "exact", value]);
  });

  it("widens 'about' by the approxTolerance option", () => {
    const q = toQuantityJSON(parseQuantity("about $7 billion", { approxTolerance: "0.2" }));
    expect([q.low, q.high]).toEqual(["5600000000", "8400000000"]);
  });
});

describe("parseQuantity: refusals", () => {
  it.each([
    ["banana", "no quantity found"],
    ["", "no quantity found"],
    ["$41 billion and $31.5 billion", "expected one quantity"],
    ["70 agreements worth $15 billion", "expected one quantity"],
    ["$41 billion in trade", "unexpected text"],
    ["trade of $41 billion", "unexpected text"],
    ["COVID-19", "no quantity found"],
    ["A380", "no quantity found"],
    ["19.05.2023", "no quantity found"],
    ["1234567890123456789012345678901234567890 dollars", "more than 30 significant digits"],
    ["1e99", "exponent beyond"],
  ])("%j → DiscrepancyError (%s)", (text, fragment) => {
    let caught: unknown;
    try {
      parseQuantity(text);
    } catch (error) {
      caught = error;
    }
    expect(isDiscrepancyError(caught)).toBe(true);
    expect((caught as Error).message).toContain(fragment);
    expect((caught as { code: string }).code).toBe("invalid-quantity");
  });

  it("names the text in the message", () => {
    expect(() => parseQuantity("banana")).toThrow(/"banana"/);
  });

  it.each([[42], [null], [undefined], [{}], [["$1"]], [Symbol("x")]])("non-string %s → DiscrepancyError, never TypeError", (value) => {
    expect(() => parseQuantity(value as unknown as string)).toThrow(expect.objectContaining({ name: "DiscrepancyError", code: "invalid-quantity" }));
  });

  it.each([
    [{ lang: "fr" }, "lang"],
    [{ dollar: "XYZ" }, "dollar"],
    [{ dollar: "km" }, "dollar"],
    [{ approxTolerance: "ten" }, "approxTolerance"],
    [{ approxTolerance: 0.1 }, "approxTolerance"],
    [{ approxTolerance: "2" }, "approxTolerance"],
  ])("bad option %j → invalid-argument naming %s", (options, name) => {
    expect(() => parseQuantity("$5", options as ScanOptions)).toThrow(expect.objectContaining({ code: "invalid-argument", message: expect.stringContaining(name) }));
  });

  it("safeParseQuantity returns the error instead of throwing", () => {
    const bad = safeParseQuantity("banana");
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe("invalid-quantity");
    const good = safeParseQuantity("понад 15 млрд доларів");
    expect(good.success && good.quantity.bound).toBe("moreThan");
    expect(safeParseQuantity(7 as unknown as string).success).toBe(false);
  });

  it("returns frozen results and does not care about surrounding punctuation", () => {
    const q = parseQuantity('  "$41 billion."  ');
    expect(Object.isFrozen(q)).toBe(true);
    expect(q.text).toBe("$41 billion");
  });
});

describe("parseQuantity: minor units are exact fractions of their currency", () => {
  check([
    ["50 cents", "0.5", "USD", "rounded", "0.45", "0.55"],
    ["470 pence", "4.7", "GBP", "rounded", "4.65", "4.75"],
    ["43c", "0.43", "USD", "exact", "0.43", "0.43"],
    ["10¢", "0.1", "USD", "rounded", "0.09", "0.11"],
    ["12-cent", "0.12", "USD", "exact", "0.12", "0.12"],
    ["2 satoshis", "0.00000002", "BTC", "exact", "0.00000002", "0.00000002"],
    ["10 копеек", "0.1", "RUB", "rounded", "0.09", "0.11"],
    ["50 копійок", "0.5", "UAH", "rounded", "0.45", "0.55"],
    ["a dollar", "1", "USD", "exact", "1", "1"],
    ["over a dollar and 42 cents", "1.42", "USD", "moreThan", "1.42", null],
    ["100 рублей 50 копеек", "100.5", "RUB", "rounded", "100.495", "100.505"],
    ["两美元又三美分", "2.03", "USD", "rounded", "2.025", "2.035"],
    ["10日元5日本銭", "10.05", "JPY", "rounded", "10.045", "10.055"],
  ]);
});

describe("parseQuantity: a bare number after money is its minor units", () => {
  check([
    ["15 dollars 50", "15.5", "USD", "rounded", "15.495", "15.505"],
    ["17 USD 25", "17.25", "USD", "rounded", "17.245", "17.255"],
    ["3 GBP and one", "3.01", "GBP", "rounded", "3.005", "3.015"],
    ["thirteen dollars forty five", "13.45", "USD", "rounded", "13.445", "13.455"],
    ["c $ 100 and fifty", "100.5", "CAD", "rounded", "100.495", "100.505"],
    ["20 долларов 43", "20.43", "USD", "rounded", "20.425", "20.435"],
    // Chinese counts place by place: a digit after 块 is 角, after 零 or 毛 it is 分.
    ["一块二", "1.2", "CNY", "rounded", "1.15", "1.25"],
    ["三块零四", "3.04", "CNY", "rounded", "3.035", "3.045"],
    ["五块七毛八", "5.78", "CNY", "rounded", "5.775", "5.785"],
    ["one kuai and five mao five", "1.55", "CNY", "rounded", "1.545", "1.555"],
  ]);

  it.each([
    ["$20 and 43 people", ["$20", "43"]],
    ["it was 15 dollars. 50 people came", ["15 dollars", "50"]],
    ["20 долларов 43 человека", ["20 долларов", "43"]],
    ["100 yen 50", ["100 yen", "50"]],
  ])("%j: a number with something after it stays apart", (text, spans) => {
    expect(scanQuantities(text).map((m) => text.slice(m.start, m.end))).toEqual(spans);
  });
});

describe("parseQuantity: fractions, compounds and scaled units", () => {
  check([
    ["half a million", "500000", "count", "rounded", "450000", "550000"],
    ["a quarter million US dollars", "250000", "USD", "rounded", "245000", "255000"],
    ["three quarters billion", "750000000", "count", "rounded", "745000000", "755000000"],
    ["two and a half million", "2500000", "count", "rounded", "2450000", "2550000"],
    ["1/4 mile", "0.25", "mi", "rounded", "0.245", "0.255"],
    ["½ teaspoon", "0.5", "tsp", "rounded", "0.45", "0.55"],
    ["2½ miles", "2.5", "mi", "rounded", "2.45", "2.55"],
    ["一吨半", "1.5", "t", "rounded", "1.45", "1.55"],
    ["半亿美元", "50000000", "USD", "rounded", "45000000", "55000000"],
    ["5 ft 2 in", "62", "in", "rounded", "61.5", "62.5"],
    ["5 feet and 2 inches", "62", "in", "rounded", "61.5", "62.5"],
    ["6 lb 3 oz", "99", "oz", "rounded", "98.5", "99.5"],
    ["20 (kg)", "20", "kg", "rounded", "18", "22"],
    ["30 MUSD", "30000000", "USD", "rounded", "27000000", "33000000"],
    ["MEUR 120", "120000000", "EUR", "rounded", "115000000", "125000000"],
    ["75 USD million", "75000000", "USD", "rounded", "74500000", "75500000"],
    ["20 т. р.", "20000", "RUB", "rounded", "18000", "22000"],
    ["$10К", "10000", "USD", "rounded", "9000", "11000"],
    ["10к$", "10000", "USD", "rounded", "9000", "11000"],
    ["0.9 trillion cubic feet", "900000000000", "ft3", "rounded", "850000000000", "950000000000"],
    ["3 Bcf", "3000000000", "ft3", "rounded", "2500000000", "3500000000"],
    ["四十九兆九千五百九十二億元", "49959200000000", "CNY", "rounded", "49959150000000", "49959250000000"],
    // A mixed number with or without a unit; its fraction is stated to its last digit, as "2.25" is.
    ["2 1/4", "2.25", "count", "rounded", "2.245", "2.255"],
    ["2 1/4 miles", "2.25", "mi", "rounded", "2.245", "2.255"],
    ["about 2 1/4 million tonnes", "2250000", "t", "approx", "2025000", "2475000"],
    ["1/2 million tonnes", "500000", "t", "rounded", "450000", "550000"],
  ]);

  it.each([
    // "half of" is a share (50 %), never half an amount.
    ["half of the 30 people", ["half", "30"]],
    ["open 24/7 with 1/4 of the votes", []],
    ["5 in 10 people agree", ["5", "10"]],
    ["a ton of work, a mile away", []],
    ["a dollar-based bond", []],
    ["500兆瓦的电站", ["500兆瓦"]],
    // A lone "1/2" may be a date or a score; "2 1/3" has no exact decimal, and its 2 alone is not the number.
    ["1/2", []],
    ["2 1/3 miles", []],
    ["2 1/3", []],
  ])("%j: no fraction, compound or article reading where none is meant", (text, spans) => {
    expect(scanQuantities(text).map((m) => text.slice(m.start, m.end))).toEqual(spans);
  });
});

describe("parseQuantity: shares of a whole, groups and added fractions", () => {
  // A fraction of a whole is a percentage: exact when it terminates, else stated to a hundredth of a per
  // cent (the true share lies inside); never the bare numerator.
  check([
    ["three-quarters", "75", "%", "exact", "75", "75"],
    ["two-thirds", "66.67", "%", "rounded", "66.665", "66.675"],
    ["one fifth", "20", "%", "exact", "20", "20"],
    ["five eighths", "62.5", "%", "exact", "62.5", "62.5"],
    ["one-half", "50", "%", "exact", "50", "50"],
    ["три четверти", "75", "%", "exact", "75", "75"],
    ["дві третини", "66.67", "%", "rounded", "66.665", "66.675"],
    ["треть", "33.33", "%", "rounded", "33.325", "33.335"],
    ["половина", "50", "%", "exact", "50", "50"],
    ["более трети", "33.33", "%", "moreThan", "33.33", null],
    ["менее трети", "33.34", "%", "lessThan", null, "33.34"],
    ["two dozen", "24", "count", "exact", "24", "24"],
    ["a dozen", "12", "count", "exact", "12", "12"],
    ["half a dozen", "6", "count", "exact", "6", "6"],
    ["3 dozens", "36", "count", "exact", "36", "36"],
    ["две дюжины", "24", "count", "exact", "24", "24"],
    ["дві дюжини", "24", "count", "exact", "24", "24"],
    ["dozens", "24", "count", "atLeast", "24", null],
    ["dozens of millions", "24000000", "count", "atLeast", "24000000", null],
    ["десятки тысяч", "20000", "count", "atLeast", "20000", null],
    ["десятків тисяч", "20000", "count", "atLeast", "20000", null],
    ["one and a half", "1.5", "count", "rounded", "1.45", "1.55"],
    ["five and a quarter", "5.25", "count", "rounded", "5.245", "5.255"],
    ["три с половиной миллиона", "3500000", "count", "rounded", "3450000", "3550000"],
    ["два з половиною", "2.5", "count", "rounded", "2.45", "2.55"],
    ["четверть миллиона долларов", "250000", "USD", "rounded", "245000", "255000"],
    ["half a million tonnes", "500000", "t", "rounded", "450000", "550000"],
    // A fraction of a unit or a scale is an amount.
    ["a quarter of a mile", "0.25", "mi", "rounded", "0.245", "0.255"],
    ["three quarters of a million", "750000", "count", "rounded", "745000", "755000"],
    ["tenth of a gallon", "0.1", "gal", "rounded", "0.05", "0.15"],
    ["half of a dozen", "6", "count", "exact", "6", "6"],
  ]);

  it.each([
    // Each of these read as its numerator (or a wrong sum) before: "three" = 3, "two" = 2, 103, 5000000003.
    // The scanner reads years as numbers; extraction drops them.
    ["three quarters of 2024", ["2024"]],
    ["two thirds of a million people", []],
    ["one hundred and three quarters", []],
    ["five billion and three quarters", []],
    ["twenty-three fifths", []],
    ["five thirds", []],
    ["three and a third", []],
    ["three-quarters billion", []],
    ["a third of a mile", []],
    ["three hundred and two dozens", []],
    ["for three quarters in a row", ["three"]],
    ["the twenty-third summit", ["twenty-third"]],
    ["a third term", ["third"]],
    ["a fifth-generation fighter", ["fifth"]],
    ["the first half of 2024", ["first", "2024"]],
    ["В первой половине года", ["первой"]],
  ])("%j: no numerator, sum or share where the fraction is something else", (text, spans) => {
    expect(scanQuantities(text).map((m) => text.slice(m.start, m.end))).toEqual(spans);
  });
});

describe("parseQuantity: bare decimal points, capital scale letters and stacked scales", () => {
  check([
    [".77", "0.77", "count", "rounded", "0.765", "0.775"],
    [".75 cups", "0.75", "cup", "rounded", "0.745", "0.755"],
    ["$.50", "0.5", "USD", "rounded", "0.495", "0.505"],
    ["-.5", "-0.5", "count", "rounded", "-0.55", "-0.45"],
    ["10M", "10000000", "count", "rounded", "9000000", "11000000"],
    ["1.2M", "1200000", "count", "rounded", "1150000", "1250000"],
    ["100К", "100000", "count", "rounded", "90000", "110000"],
    ["US$ 1MM", "1000000", "USD", "rounded", "500000", "1500000"],
    ["5 mm", "5", "mm", "rounded", "4.5", "5.5"],
    ["1m", "1", "m", "rounded", "0.5", "1.5"],
    ["10MW", "10", "MW", "rounded", "9", "11"],
    ["30 lkh", "3000000", "count", "rounded", "2700000", "3300000"],
    ["three thousand millions", "3000000000", "count", "rounded", "2500000000", "3500000000"],
    ["3 thousand million dollars", "3000000000", "USD", "rounded", "2500000000", "3500000000"],
    ["three lakh crore", "3000000000000", "count", "rounded", "2500000000000", "3500000000000"],
    ["322 hundred", "32200", "count", "rounded", "32150", "32250"],
    ["2.5 hundred", "250", "count", "rounded", "245", "255"],
    // Digits inside a numeral in words, as a whole.
    ["3 hundred and 21 yuan", "321", "CNY", "exact", "321", "321"],
    ["three hundred and 21 yuan", "321", "CNY", "exact", "321", "321"],
    ["3 hundred 21 yuan", "321", "CNY", "exact", "321", "321"],
    ["3 hundred and twenty-one yuan", "321", "CNY", "exact", "321", "321"],
    ["3 thousand and 21 yuan", "3021", "CNY", "exact", "3021", "3021"],
    ["4 thousand 3 hundred and 21", "4321", "count", "exact", "4321", "4321"],
    ["2 million 300 thousand", "2300000", "count", "rounded", "2250000", "2350000"],
    ["3 hundred and 21 million yuan", "321000000", "CNY", "rounded", "320500000", "321500000"],
    ["6 crore and two hundred", "60000200", "count", "rounded", "60000150", "60000250"],
    // A place word again ends the first end of a range: no 1,000,002 million.
    ["between one million and two million yuan", "1500000", "CNY", "range", "1000000", "2000000"],
    ["between 1 million and 2 million yuan", "1500000", "CNY", "range", "1000000", "2000000"],
    ["between three hundred and five hundred yuan", "400", "CNY", "range", "300", "500"],
  ]);

  it.each([
    ["...9", ["9"]],
    [".77e5", []],
    ["v.77", []],
    ["end.77 people", []],
    ["100к", []],
    ["5千米", ["5千米"]],
    // Two numerals, not one: the same place word again, a zero at the end, digits that join no numeral.
    ["one million two million", ["one million", "two million"]],
    ["one thousand and two million", ["one thousand", "two million"]],
    ["4 thousand 3 hundred and 0 are valid", ["4 thousand 3 hundred", "0"]],
    ["1 million 250 tonnes", ["1 million", "250 tonnes"]],
    ["one hundred 20-foot containers", ["one hundred", "20-foot"]],
    // 几乎 is "almost".
    ["几乎所有", []],
  ])("%j: a dot, a letter or a scale where it is no decimal point or scale", (text, spans) => {
    expect(scanQuantities(text).map((m) => text.slice(m.start, m.end))).toEqual(spans);
  });
});

describe("parseQuantity: a fraction of a scale, powers with a caret, loose hyphens and ratios", () => {
  check([
    // The fraction after a scale word is of the scale (it was dropped: "3 million and a half" was 3 million).
    ["3 million and a half", "3500000", "count", "rounded", "3450000", "3550000"],
    ["a million and a half", "1500000", "count", "rounded", "1450000", "1550000"],
    ["$3 million and a half", "3500000", "USD", "rounded", "3450000", "3550000"],
    ["3 million and a quarter tonnes", "3250000", "t", "rounded", "3245000", "3255000"],
    ["3 млн з половиною", "3500000", "count", "rounded", "3450000", "3550000"],
    ["two hundred million and a half", "200500000", "count", "rounded", "200450000", "200550000"],
    // Scientific notation with a caret, as "1.3e6" (it gave 6).
    ["1.3x10^6", "1300000", "count", "rounded", "1250000", "1350000"],
    ["1.3×10^6", "1300000", "count", "rounded", "1250000", "1350000"],
    ["1.3 x 10^6", "1300000", "count", "rounded", "1250000", "1350000"],
    ["1.3 × 10^6 tonnes", "1300000", "t", "rounded", "1250000", "1350000"],
    ["2.5·10^-3 m", "0.0025", "m", "rounded", "0.00245", "0.00255"],
    ["10^6", "1000000", "count", "rounded", "900000", "1100000"],
    // A hyphen written loose between tens and units (it gave 50).
    ["fifty - two", "52", "count", "exact", "52", "52"],
    ["twenty- three", "23", "count", "exact", "23", "23"],
    ["one hundred fifty - two", "152", "count", "exact", "152", "152"],
    ["twenty - thirty", "25", "count", "range", "20", "30"],
    // A ratio is a share (it gave the bare count 1).
    ["one out of three", "33.33", "%", "rounded", "33.325", "33.335"],
    ["3 out of 10", "30", "%", "exact", "30", "30"],
    ["more than 2 out of 3", "66.66", "%", "moreThan", "66.66", null],
    ["two out of five hundred", "0.4", "%", "exact", "0.4", "0.4"],
    ["1.3x10^-6", "0.0000013", "count", "rounded", "0.00000125", "0.00000135"],
  ]);

  it.each([
    // No honest reading: nothing, rather than a wrong value.
    ["3 million and a third", []],
    ["1.5 million and a half", []],
    ["one billion and a half million", ["one billion", "a half million"]],
    ["3 thousand million and a half", []],
    ["2 million and a half dozen", []],
    ["2^10", []],
    ["x^2", []],
    ["1,300x10^3", []],
    ["3x10^99", []],
    ["12 out of 10", []],
    ["3 out of 10 million", []],
    ["2.5 out of 10", []],
    ["two out of five hundreds tvs", []],
    ["1.1^23", []],
    ["-1.1^--23", []],
    ["1.3x10^--6", []],
    // A capital "M" apart from its number is no metre; a million or, in accounts, a thousand: no reading.
    ["1,674,200.5 M", []],
    ["10 M", []],
    ["5.5 M tonnes", []],
    ["10 MM", []],
    ["10 М", []],
    ["10M", ["10M"]],
    ["10 m", ["10 m"]],
    ["$10 M", ["$10 M"]],
    ["1.8 M dollars", ["1.8 M dollars"]],
    ["3 million and a half-hour", ["3 million"]],
    ["1.5x growth", ["1.5x"]],
  ])("%j", (text, spans) => {
    expect(scanQuantities(text).map((m) => text.slice(m.start, m.end))).toEqual(spans);
  });
});

describe("parseQuantity: more currencies and measures", () => {
  check([
    ["12,34,567.89 rupees", "1234567.89", "INR", "rounded", "1234567.885", "1234567.895"],
    ["1 599 059, 38 Евро", "1599059.38", "EUR", "rounded", "1599059.375", "1599059.385"],
    ["c $ 16.4 million", "16400000", "CAD", "rounded", "16350000", "16450000"],
    ["hk $ 10", "10", "HKD", "rounded", "9", "11"],
    ["US $ 10", "10", "USD", "rounded", "9", "11"],
    ["100 ₡", "100", "CRC", "rounded", "90", "110"],
    ["100,000 ₭", "100000", "LAK", "rounded", "90000", "110000"],
    ["6.25 BTC", "6.25", "BTC", "rounded", "6.245", "6.255"],
    ["42 ringgit", "42", "MYR", "exact", "42", "42"],
    ["RM 42", "42", "MYR", "exact", "42", "42"],
    ["42 KWD", "42", "KWD", "exact", "42", "42"],
    ["七蚊", "7", "HKD", "exact", "7", "7"],
    ["250 ml", "250", "ml", "rounded", "245", "255"],
    ["3 hectolitres", "3", "hl", "rounded", "2.5", "3.5"],
    ["188 miles an hour", "188", "mph", "rounded", "187.5", "188.5"],
    ["10kph", "10", "km/h", "rounded", "9", "11"],
    ["16-bit", "16", "bit", "rounded", "15.5", "16.5"],
    ["100 Mb", "100", "Mbit", "rounded", "90", "110"],
    ["100 MB", "100", "MB", "rounded", "90", "110"],
    ["120 μg", "120", "ug", "rounded", "115", "125"],
    ["500兆瓦", "500", "MW", "rounded", "450", "550"],
    ["七成", "70", "%", "rounded", "65", "75"],
    ["三成半", "35", "%", "rounded", "34.5", "35.5"],
    ["九折", "90", "%", "rounded", "85", "95"],
    ["75折", "75", "%", "rounded", "74.5", "75.5"],
    ["千分之2.4", "0.24", "%", "rounded", "0.235", "0.245"],
    ["万分之三", "0.03", "%", "rounded", "0.025", "0.035"],
  ]);

  it("reads no percentage in the idiom 一成不变", () => {
    expect(scanQuantities("政策并非一成不变")).toEqual([]);
  });

  it("keeps an ambiguous currency word's candidates visible", () => {
    expect(parseQuantity("10 dinars").unitCandidates).toEqual(["IQD", "KWD", "JOD", "BHD", "LYD", "TND", "DZD", "RSD"]);
    expect(parseQuantity("20 francs").unitCandidates).toContain("FRF");
  });

  it.each([
    ["ALL 5 solutions are wrong", ["5"]],
    ["TOP 10 films", ["10"]],
    ["a us $ 5 loan", ["$ 5"]],
    ["a $5 loan", ["$5"]],
    ["the temperature reached 43C", []],
    ["the 24703 L-202", []],
    ["1 $10 dollars bill", ["1", "$10 dollars"]],
    ["10 $ 30 $", ["10 $", "30 $"]],
  ])("%j: codes and symbols that are words or identifiers stay what they are", (text, spans) => {
    expect(scanQuantities(text).map((m) => text.slice(m.start, m.end))).toEqual(spans);
  });
});

describe("parseQuantity: dashes, ratios with 'in' and 'every', tolerances, digits with place words, powers of ten", () => {
  check([
    // An en dash between a tens word and a units word, as the hyphen (it gave 50 and 2).
    ["fifty – two", "52", "count", "exact", "52", "52"],
    ["fifty–two", "52", "count", "exact", "52", "52"],
    ["twenty – thirty", "25", "count", "range", "20", "30"],
    // "one in five" and "out of every" are ratios, as "one out of three" (they gave 1 and 5, or 5).
    ["one in five", "20", "%", "exact", "20", "20"],
    ["1 in 3", "33.33", "%", "rounded", "33.325", "33.335"],
    ["one in every four", "25", "%", "exact", "25", "25"],
    ["two out of every five", "40", "%", "exact", "40", "40"],
    ["two in every three", "66.67", "%", "rounded", "66.665", "66.675"],
    // A tolerance is the interval it states (it gave 5 and "± 2 kg" as about 2 kg).
    ["5±2 kg", "5", "kg", "range", "3", "7"],
    ["5 ± 2 kg", "5", "kg", "range", "3", "7"],
    ["5 kg ± 2 kg", "5", "kg", "range", "3", "7"],
    ["1.5 ± 0.25 m", "1.5", "m", "range", "1.25", "1.75"],
    ["5 ± 2 million", "5000000", "count", "range", "3000000", "7000000"],
    ["$5 ± 2 million", "5000000", "USD", "range", "3000000", "7000000"],
    // Digits, a place word and more digits are one amount (they gave 3000 and 500 RUB, 30,000 and 5).
    ["3 тысячи 500 рублей", "3500", "RUB", "rounded", "3450", "3550"],
    ["3 тисячі 500 гривень", "3500", "UAH", "rounded", "3450", "3550"],
    ["3万5", "35000", "count", "rounded", "34500", "35500"],
    ["between 3 hundred and 5 hundred yuan", "400", "CNY", "range", "300", "500"],
    // "hundred" closing the far end of a range is the bare near end's too, as a scale word is (it gave 2–300).
    ["between two and three hundred", "250", "count", "range", "200", "300"],
    ["two to three hundred", "250", "count", "range", "200", "300"],
    ["two–three hundred", "250", "count", "range", "200", "300"],
    ["2 to three hundred", "250", "count", "range", "200", "300"],
    ["twelve to fifteen hundred", "1350", "count", "range", "1200", "1500"],
    ["two to three hundred thousand", "250000", "count", "range", "200000", "300000"],
    ["2-3 hundred", "250", "count", "range", "200", "300"],
    ["between 20 and 30 thousand", "25000", "count", "range", "20000", "30000"],
    ["between 3 hundred and 5 hundred", "400", "count", "range", "300", "500"],
    ["between two hundred and three hundred", "250", "count", "range", "200", "300"],
    ["from 150 to three hundred", "225", "count", "range", "150", "300"],
    ["from 5 to 300 people", "152.5", "count", "range", "5", "300"],
    ["one to two hundred fifty", "125.5", "count", "range", "1", "250"],
    // Carried, the ends would run downwards: the near end keeps its own value.
    ["between two and one hundred", "51", "count", "range", "2", "100"],
    ["five to three hundred", "152.5", "count", "range", "5", "300"],
    ["one to a hundred", "50.5", "count", "range", "1", "100"],
    // A power of ten with a whole mantissa is the number written out (it allowed 0.5–1.5 million).
    ["1e6", "1000000", "count", "rounded", "900000", "1100000"],
    ["1,000,000", "1000000", "count", "rounded", "900000", "1100000"],
  ]);

  it.each([
    ["1,000,000", 0],
    ["1e6", 0],
    ["10^6", 0],
    ["1.3x10^6", 5],
    ["1.3e6", 5],
    ["1.0e6", 5],
    ["1 million", 6],
  ])("%s is stated to 10^%i", (text, precision) => {
    expect(parseQuantity(text).precision).toBe(precision);
  });

  it.each([
    // "in" is also a preposition: a year, a unit or a numerator other than one after it makes no ratio.
    ["1 in 2023", ["1", "2023"]],
    ["2 in 5 days", ["2", "5 days"]],
    ["one in 5 km", ["one", "5 km"]],
    // A tolerance that cannot be read exactly is nothing, never the centre alone.
    ["1 ± 2 kg", []],
    ["5 kg ± 2 lb", []],
    // ± 10 % may be ten points or a tenth of the value; a scale on the centre alone leaves "2" unscaled or not.
    ["50 ± 10 %", []],
    ["5 % ± 1 %", []],
    ["5 million ± 2", []],
    // A tolerance with no centre states no amount (it gave "± 2 kg" as about 2 kg).
    ["± 2 kg", []],
    ["±2 kg", []],
    ["± 2–3 kg", []],
    ["weighed ± 2 kg", []],
    ["3万5千", ["3万5千"]],
    ["3万50", []],
  ])("%j", (text, spans) => {
    expect(scanQuantities(text).map((m) => text.slice(m.start, m.end))).toEqual(spans);
  });
});

describe("parseQuantity: laws", () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.array(
      fc.constantFrom("$", "US$", "1,700", "31,5", "2", "–", "-", "3", " ", "million", "млн", "понад", "over", "亿", "美元", "多", "第", "五", "%", "tons", "between", "and", "від", "до", ".", "e", "9", "a", "one", "hundred", "二〇", "\n"),
      { maxLength: 12 },
    ).map((parts) => parts.join("")),
  );

  it("throws nothing but DiscrepancyError on arbitrary strings", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        try {
          parseQuantity(text);
        } catch (error) {
          return isDiscrepancyError(error);
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it("a parsed interval contains its value, or the value is the range's midpoint", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = safeParseQuantity(text);
        if (!result.success) return true;
        const { value, low, high, bound } = result.quantity;
        if (bound === "range") return low !== null && high !== null && value.eq(low.plus(high).div(2)) && low.lte(high);
        return (low === null || low.lte(value)) && (high === null || value.lte(high));
      }),
      { numRuns: 2000 },
    );
  });

  const group = (n: bigint, sep: string): string => {
    const digits = n.toString();
    let out = "";
    for (let i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
      out += digits[i];
    }
    return out;
  };

  it.each([
    ["en", ","],
    ["uk", "\u00a0"],
    ["uk", " "],
    ["ru", "\u202f"],
  ] as const)("an integer written with %s separators %j reads back exactly", (lang, sep) => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 24n }), (n) => {
        const q = parseQuantity(group(n, sep), { lang });
        return q.value.toFixed() === n.toString();
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseQuantity: signs are never dropped (issue 15)", () => {
  // Each gave +5 bn, or lost its currency, with the sign or currency left out of the mention as "filler".
  check([
    ["-$5 billion", "-5000000000", "USD", "rounded", "-5500000000", "-4500000000"],
    ["−$5 billion", "-5000000000", "USD", "rounded", "-5500000000", "-4500000000"],
    ["-US$5 billion", "-5000000000", "USD", "rounded", "-5500000000", "-4500000000"],
    ["€-5 billion", "-5000000000", "EUR", "rounded", "-5500000000", "-4500000000"],
    ["$–5 million", "-5000000", "USD", "rounded", "-5500000", "-4500000"],
    ["USD -5 billion", "-5000000000", "USD", "rounded", "-5500000000", "-4500000000"],
    ["($5 billion)", "-5000000000", "USD", "rounded", "-5500000000", "-4500000000"],
    ["–5%", "-5", "%", "rounded", "-5.5", "-4.5"],
    ["+5%", "5", "%", "rounded", "4.5", "5.5"],
    ["-5 млрд доларів", "-5000000000", "USD", "rounded", "-5500000000", "-4500000000"],
    ["−5 млрд руб.", "-5000000000", "RUB", "rounded", "-5500000000", "-4500000000"],
    ["(5 млрд грн)", "-5000000000", "UAH", "rounded", "-5500000000", "-4500000000"],
    ["-50亿美元", "-5000000000", "USD", "rounded", "-5500000000", "-4500000000"],
    ["-五十亿美元", "-5000000000", "USD", "rounded", "-5500000000", "-4500000000"],
    ["over -$5 billion", "-5000000000", "USD", "moreThan", "-5000000000", null],
    // "almost" falls short in size: a deficit of almost 5 bn is at least −5 bn.
    ["almost -$5 billion", "-5000000000", "USD", "approx", "-5000000000", "-4500000000"],
    ["почти -5%", "-5", "%", "approx", "-5", "-4.5"],
    ["почти 1 022 ₽", "1022", "RUB", "approx", "919.8", "1022"],
  ]);

  it.each(["- $5", "$5 -", "€-", "(5%)", "(12)"])("%s is refused: a sign or bracket that is no part of a reading", (text) => {
    expect(safeParseQuantity(text).success).toBe(false);
  });
});

describe("parseQuantity: scale letters after a currency (issue 15)", () => {
  // "$5T" was 5 tonnes.
  check([
    ["$5T", "5000000000000", "USD", "rounded", "4500000000000", "5500000000000"],
    ["$35T", "35000000000000", "USD", "rounded", "34500000000000", "35500000000000"],
    ["€5T", "5000000000000", "EUR", "rounded", "4500000000000", "5500000000000"],
    ["$1.5T", "1500000000000", "USD", "rounded", "1450000000000", "1550000000000"],
    ["US$2T", "2000000000000", "USD", "rounded", "1500000000000", "2500000000000"],
    ["£3T", "3000000000000", "GBP", "rounded", "2500000000000", "3500000000000"],
    ["5T USD", "5000000000000", "USD", "rounded", "4500000000000", "5500000000000"],
    ["5t", "5", "t", "rounded", "4.5", "5.5"],
  ]);

  it.each(["5T", "5 T"])("%s without money is refused: tonnes, teslas or trillions", (text) => {
    expect(safeParseQuantity(text).success).toBe(false);
  });

  it("compares $5T with tonnes as incompatible", () => {
    const of = (value: string) => claim({ metric: "exports", subject: ["Ruritania"], period: "2023", value, source: "A" });
    const c = compare(of("$5T"), of("5 tonnes"));
    expect([c.verdict, c.reasons]).toEqual(["not-comparable", ["incompatible-units"]]);
    expect(compare(of("-$5 billion"), of("$5 billion")).verdict).toBe("conflict");
  });
});

describe("parseQuantity: shares of a change (issue 15)", () => {
  // "fell by a third" was the ordinal 3, "三分之一" the count 3, "почти на треть" lost "почти".
  check([
    ["a third", "33.33", "%", "rounded", "33.325", "33.335"],
    ["almost a third", "33.34", "%", "approx", "30.006", "33.34"],
    ["two thirds", "66.67", "%", "rounded", "66.665", "66.675"],
    ["half", "50", "%", "exact", "50", "50"],
    ["三分之一", "33.33", "%", "rounded", "33.325", "33.335"],
    ["近三分之一", "33.34", "%", "approx", "30.006", "33.34"],
    ["五分之二", "40", "%", "exact", "40", "40"],
    ["三分之一以上", "33.33", "%", "atLeast", "33.33", null],
    ["почти на треть", "33.34", "%", "approx", "30.006", "33.34"],
    ["майже на третину", "33.34", "%", "approx", "30.006", "33.34"],
    ["более чем на 5%", "5", "%", "moreThan", "5", null],
  ]);

  it.each(["三分之五", "三分之一吨"])("%s is refused: no share of a whole", (text) => {
    expect(safeParseQuantity(text).success).toBe(false);
  });
});

describe("parseQuantity: grouped numbers are read whole or not at all (issue 15)", () => {
  // "1 234,5 million euros" and "1'234 million francs" were refused as two quantities; extraction read "1" and a fragment.
  check([
    ["1 234,5 million euros", "1234500000", "EUR", "rounded", "1234450000", "1234550000"],
    ["1\u00a0234,5 million euros", "1234500000", "EUR", "rounded", "1234450000", "1234550000"],
    ["1\u2009234,5 million euros", "1234500000", "EUR", "rounded", "1234450000", "1234550000"],
    ["1\u202f234,5 million euros", "1234500000", "EUR", "rounded", "1234450000", "1234550000"],
    ["1'234 million francs", "1234000000", "CHF", "rounded", "1233500000", "1234500000"],
    ["1’234’567 tonnes", "1234567", "t", "rounded", "1234566.5", "1234567.5"],
    ["1'234.5", "1234.5", "count", "rounded", "1234.45", "1234.55"],
    ["1.234,5 Mio. EUR", "1234500000", "EUR", "rounded", "1234450000", "1234550000"],
    ["2 Mrd. CHF", "2000000000", "CHF", "rounded", "1500000000", "2500000000"],
  ]);

  it.each(["1 234 km", "1 234.5 km", "5'10"])("%s is refused: one number or two", (text) => {
    expect(safeParseQuantity(text).success).toBe(false);
  });
});

// Chinese: "零下" (below zero) is a minus, as "负" is; before, "零下12摄氏度" was +12 °C (and "零" a count
// 0). A half after the classifier 个 is added to the whole: "一个半小时" was half an hour, "三个半小时" 3 h.
describe("parseQuantity: Chinese signs and halves after a classifier", () => {
  check([
    ["零下12摄氏度", "-12", "°C", "rounded", "-12.5", "-11.5"],
    ["零下5℃", "-5", "°C", "rounded", "-5.5", "-4.5"],
    ["零下3.5摄氏度", "-3.5", "°C", "rounded", "-3.55", "-3.45"],
    ["一个半小时", "1.5", "h", "rounded", "1.45", "1.55"],
    ["三个半小时", "3.5", "h", "rounded", "3.45", "3.55"],
    ["3个半小时", "3.5", "h", "rounded", "3.45", "3.55"],
    ["两个半百分点", "2.5", "pp", "rounded", "2.45", "2.55"],
    ["半个小时", "0.5", "h", "rounded", "0.45", "0.55"],
  ]);

  it.each([
    ["气温降至零下12摄氏度。", "零下12摄氏度", "-12"],
    ["会议持续了一个半小时。", "一个半小时", "1.5"],
    ["用了两个半小时", "两个半小时", "2.5"],
  ])("%s: extracted as %s = %s", (text, span, value) => {
    const found = scanQuantities(text).map((m) => [text.slice(m.start, m.end), m.quantity.value.toString()]);
    expect(found).toEqual([[span, value]]);
  });

  it("a half after 个 with no unit is still added: 两个半 is 2.5, never 2", () => {
    expect(parseQuantity("两个半月").value.toString()).toBe("2.5");
  });
});
