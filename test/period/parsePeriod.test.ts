import { describe, expect, it } from "vitest";
import { isDiscrepancyError } from "../../src/errors.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import type { PeriodOptions } from "../../src/period/periodOptions.js";
import type { PeriodKind } from "../../src/period/types.js";

type Row = readonly [text: string, kind: PeriodKind, start: string, end: string, options?: PeriodOptions];

const check = (text: string, kind: PeriodKind, start: string, end: string, options?: PeriodOptions): void => {
  const period = parsePeriod(text, options);
  expect({ ...period }).toEqual({ kind, start, end, text: text.trim() });
  expect(Object.isFrozen(period)).toBe(true);
};

describe("parsePeriod: ISO and language-neutral forms", () => {
  it.for<Row>([
    ["2023", "year", "2023-01-01", "2024-01-01"],
    ["  2023 ", "year", "2023-01-01", "2024-01-01"],
    ["2023-Q3", "quarter", "2023-07-01", "2023-10-01"],
    ["2023-Q4", "quarter", "2023-10-01", "2024-01-01"],
    ["Q3 2023", "quarter", "2023-07-01", "2023-10-01"],
    ["2023 Q3", "quarter", "2023-07-01", "2023-10-01"],
    ["3Q23", "quarter", "2023-07-01", "2023-10-01"],
    ["3Q 2023", "quarter", "2023-07-01", "2023-10-01"],
    ["H1 2023", "half", "2023-01-01", "2023-07-01"],
    ["2023-H2", "half", "2023-07-01", "2024-01-01"],
    ["1H24", "half", "2024-01-01", "2024-07-01"],
    ["2023-07", "month", "2023-07-01", "2023-08-01"],
    ["2023-12", "month", "2023-12-01", "2024-01-01"],
    ["2024-07-03", "day", "2024-07-03", "2024-07-04"],
    ["2024-02-29", "day", "2024-02-29", "2024-03-01"],
    ["2023-W05", "week", "2023-01-30", "2023-02-06"],
    ["2020-W53", "week", "2020-12-28", "2021-01-04"],
    ["2023-09/2023-11", "interval", "2023-09-01", "2023-12-01"],
    ["2013/2015", "interval", "2013-01-01", "2016-01-01"],
    ["2023-09-05/2023-11-20", "interval", "2023-09-05", "2023-11-21"],
    ["2022–2023", "interval", "2022-01-01", "2024-01-01"],
    ["2013 - 2015", "interval", "2013-01-01", "2016-01-01"],
    ["2000s", "interval", "2000-01-01", "2010-01-01"],
    ["03.07.2024", "day", "2024-07-03", "2024-07-04"],
  ])("%s → %s from %s to %s", (row) => check(...row));
});

describe("parsePeriod: English", () => {
  it.for<Row>([
    ["in 2023", "year", "2023-01-01", "2024-01-01"],
    ["July 2024", "month", "2024-07-01", "2024-08-01"],
    ["In November 2024", "month", "2024-11-01", "2024-12-01"],
    ["Sept. 2022", "month", "2022-09-01", "2022-10-01"],
    ["3 July 2024", "day", "2024-07-03", "2024-07-04"],
    ["July 3, 2024", "day", "2024-07-03", "2024-07-04"],
    ["on 19th May 2023", "day", "2023-05-19", "2023-05-20"],
    ["3rd of July 2024", "day", "2024-07-03", "2024-07-04"],
    ["Oct 10, 2023", "day", "2023-10-10", "2023-10-11"],
    ["autumn 2023", "season", "2023-09-01", "2023-12-01"],
    ["In autumn 2023", "season", "2023-09-01", "2023-12-01"],
    ["fall 2023", "season", "2023-09-01", "2023-12-01"],
    ["summer of 2023", "season", "2023-06-01", "2023-09-01"],
    ["winter 2023", "season", "2023-12-01", "2024-03-01"],
    ["early summer 2025", "season", "2025-06-01", "2025-09-01"],
    ["mid-2023", "year", "2023-01-01", "2024-01-01"],
    ["late 2021", "year", "2021-01-01", "2022-01-01"],
    ["early 2000s", "interval", "2000-01-01", "2010-01-01"],
    ["the third quarter of 2023", "quarter", "2023-07-01", "2023-10-01"],
    ["in the 3rd quarter 2023", "quarter", "2023-07-01", "2023-10-01"],
    ["the first half of 2024", "half", "2024-01-01", "2024-07-01"],
    ["as of 1 January 2024", "instant", "2024-01-01", "2024-01-01"],
    ["As of January 1, 2024", "instant", "2024-01-01", "2024-01-01"],
    ["as of 2024-01-01", "instant", "2024-01-01", "2024-01-01"],
    ["by the end of 2021", "instant", "2022-01-01", "2022-01-01"],
    ["end of 2021", "instant", "2022-01-01", "2022-01-01"],
    ["end-2021", "instant", "2022-01-01", "2022-01-01"],
    ["at the end of Q3 2023", "instant", "2023-10-01", "2023-10-01"],
    ["as of the end of 2021", "instant", "2022-01-01", "2022-01-01"],
    ["September–November 2023", "interval", "2023-09-01", "2023-12-01"],
    ["December 2023 - February 2024", "interval", "2023-12-01", "2024-03-01"],
    ["between 2013 and 2015", "interval", "2013-01-01", "2016-01-01"],
    ["from 2013 to 2015", "interval", "2013-01-01", "2016-01-01"],
    ["from September to November 2023", "interval", "2023-09-01", "2023-12-01"],
  ])("%s → %s from %s to %s", (row) => check(...row));
});

describe("parsePeriod: English relative phrases", () => {
  it.for<Row>([
    ["last year", "year", "2023-01-01", "2024-01-01", { reference: "2024-07" }],
    ["Last year", "year", "2023-01-01", "2024-01-01", { reference: "2024-07" }],
    ["this year", "year", "2025-01-01", "2026-01-01", { reference: "2025" }],
    ["next year", "year", "2026-01-01", "2027-01-01", { reference: "2025-09-05" }],
    ["This July", "month", "2024-07-01", "2024-08-01", { reference: "2024-12" }],
    ["July", "month", "2024-07-01", "2024-08-01", { reference: "2024-12" }],
    ["in May", "month", "2024-05-01", "2024-06-01", { reference: "2024-07" }],
    ["in December", "month", "2024-12-01", "2025-01-01", { reference: "2025-01-10" }],
    ["in July last year", "month", "2024-07-01", "2024-08-01", { reference: "2025-03" }],
    ["last month", "month", "2025-08-01", "2025-09-01", { reference: "2025-09-05" }],
    ["Last month", "month", "2024-12-01", "2025-01-01", { reference: "2025-01" }],
    ["this month", "month", "2025-09-01", "2025-10-01", { reference: "2025-09-05" }],
    ["last quarter", "quarter", "2025-04-01", "2025-07-01", { reference: "2025-09-05" }],
    ["last week", "week", "2025-08-25", "2025-09-01", { reference: "2025-09-05" }],
    ["this summer", "season", "2024-06-01", "2024-09-01", { reference: "2024-12" }],
    ["earlier this summer", "season", "2025-06-01", "2025-09-01", { reference: "2025-09-05" }],
    ["Earlier this summer", "season", "2025-06-01", "2025-09-01", { reference: "2025-09-05" }],
    ["last summer", "season", "2024-06-01", "2024-09-01", { reference: "2025-09-05" }],
    ["this winter", "season", "2024-12-01", "2025-03-01", { reference: "2025-01-15" }],
    ["this winter", "season", "2025-12-01", "2026-03-01", { reference: "2025-11" }],
    ["since 2020", "interval", "2020-01-01", "2025-09-06", { reference: "2025-09-05" }],
    ["since 2020", "interval", "2020-01-01", "2026-01-01", { reference: "2025" }],
    ["by the end of this year", "instant", "2026-01-01", "2026-01-01", { reference: "2025-09-05" }],
    ["last year", "year", "2024-01-01", "2025-01-01", { reference: { kind: "day", start: "2025-09-05", end: "2025-09-06", text: "5 Sept" } }],
    ["last year", "year", "2024-01-01", "2025-01-01", { reference: "5 September 2025" }],
  ])("%s → %s from %s to %s, %j", (row) => check(...row));
});

describe("parsePeriod: Ukrainian", () => {
  const ref = { reference: "2025-09-05" } as const;
  it.for<Row>([
    ["у 2023 році", "year", "2023-01-01", "2024-01-01"],
    ["в 2023 році", "year", "2023-01-01", "2024-01-01"],
    ["2023 року", "year", "2023-01-01", "2024-01-01"],
    ["за 2023 рік", "year", "2023-01-01", "2024-01-01"],
    ["2023 р.", "year", "2023-01-01", "2024-01-01"],
    ["на 2024 рік", "year", "2024-01-01", "2025-01-01"],
    ["липень 2024", "month", "2024-07-01", "2024-08-01"],
    ["липня 2024 року", "month", "2024-07-01", "2024-08-01"],
    ["у липні 2024 року", "month", "2024-07-01", "2024-08-01"],
    ["в листопаді 2024", "month", "2024-11-01", "2024-12-01"],
    ["3 липня 2024 року", "day", "2024-07-03", "2024-07-04"],
    ["3-го липня 2024 року", "day", "2024-07-03", "2024-07-04"],
    ["1 січня 2024 р.", "day", "2024-01-01", "2024-01-02"],
    ["станом на 1 січня 2024", "instant", "2024-01-01", "2024-01-01"],
    ["станом на 1 січня 2024 року", "instant", "2024-01-01", "2024-01-01"],
    ["на 1 січня 2024 року", "instant", "2024-01-01", "2024-01-01"],
    ["на кінець 2021 року", "instant", "2022-01-01", "2022-01-01"],
    ["станом на кінець 2021 року", "instant", "2022-01-01", "2022-01-01"],
    ["на початок 2024 року", "instant", "2024-01-01", "2024-01-01"],
    ["до кінця 2025 року", "instant", "2026-01-01", "2026-01-01"],
    ["восени 2023 року", "season", "2023-09-01", "2023-12-01"],
    ["осінь 2023", "season", "2023-09-01", "2023-12-01"],
    ["взимку 2023 року", "season", "2023-12-01", "2024-03-01"],
    ["у третьому кварталі 2023 року", "quarter", "2023-07-01", "2023-10-01"],
    ["III квартал 2023 року", "quarter", "2023-07-01", "2023-10-01"],
    ["ІІІ квартал 2023 року", "quarter", "2023-07-01", "2023-10-01"],
    ["I півріччя 2023 року", "half", "2023-01-01", "2023-07-01"],
    ["у першому півріччі 2024 року", "half", "2024-01-01", "2024-07-01"],
    ["у першій половині 2024 року", "half", "2024-01-01", "2024-07-01"],
    ["у другій половині 2024 року", "half", "2024-07-01", "2025-01-01"],
    ["першої половини 2024 року", "half", "2024-01-01", "2024-07-01"],
    ["наприкінці 2021 року", "year", "2021-01-01", "2022-01-01"],
    ["з 2020 по 2023 рік", "interval", "2020-01-01", "2024-01-01"],
    ["у 2022-2023 роках", "interval", "2022-01-01", "2024-01-01"],
    ["минулого року", "year", "2024-01-01", "2025-01-01", ref],
    ["торік", "year", "2024-01-01", "2025-01-01", ref],
    ["цього року", "year", "2025-01-01", "2026-01-01", ref],
    ["у цьому році", "year", "2025-01-01", "2026-01-01", ref],
    ["наступного року", "year", "2026-01-01", "2027-01-01", ref],
    ["минулого місяця", "month", "2025-08-01", "2025-09-01", ref],
    ["цього місяця", "month", "2025-09-01", "2025-10-01", ref],
    ["минулого тижня", "week", "2025-08-25", "2025-09-01", ref],
    ["цього літа", "season", "2025-06-01", "2025-09-01", ref],
    ["на початку літа", "season", "2025-06-01", "2025-09-01", ref],
    ["у липні", "month", "2025-07-01", "2025-08-01", ref],
    ["у липні минулого року", "month", "2024-07-01", "2024-08-01", ref],
    ["із 2020 року", "interval", "2020-01-01", "2025-09-06", ref],
    ["з 2020 року", "interval", "2020-01-01", "2025-09-06", ref],
  ])("%s → %s from %s to %s", (row) => check(...row));
});

describe("parsePeriod: Russian", () => {
  const ref = { reference: "2025-09-05" } as const;
  it.for<Row>([
    ["в 2023 году", "year", "2023-01-01", "2024-01-01"],
    ["2023 года", "year", "2023-01-01", "2024-01-01"],
    ["в 2023 г.", "year", "2023-01-01", "2024-01-01"],
    ["за 2023 год", "year", "2023-01-01", "2024-01-01"],
    ["июль 2024", "month", "2024-07-01", "2024-08-01"],
    ["в июле 2024 года", "month", "2024-07-01", "2024-08-01"],
    ["3 июля 2024 года", "day", "2024-07-03", "2024-07-04"],
    ["3-го июля 2024 года", "day", "2024-07-03", "2024-07-04"],
    ["1-е января 2024 года", "day", "2024-01-01", "2024-01-02"],
    ["1 янв. 2024", "day", "2024-01-01", "2024-01-02"],
    ["на 1 января 2024 года", "instant", "2024-01-01", "2024-01-01"],
    ["по состоянию на 1 января 2024 года", "instant", "2024-01-01", "2024-01-01"],
    ["на конец 2021 года", "instant", "2022-01-01", "2022-01-01"],
    ["к концу 2021 года", "instant", "2022-01-01", "2022-01-01"],
    ["на начало 2024 года", "instant", "2024-01-01", "2024-01-01"],
    ["осенью 2023 года", "season", "2023-09-01", "2023-12-01"],
    ["в третьем квартале 2023 года", "quarter", "2023-07-01", "2023-10-01"],
    ["в первом полугодии 2024 года", "half", "2024-01-01", "2024-07-01"],
    ["В первой половине 2024 года", "half", "2024-01-01", "2024-07-01"],
    ["во второй половине 2024 года", "half", "2024-07-01", "2025-01-01"],
    ["первой половины 2024 года", "half", "2024-01-01", "2024-07-01"],
    ["в конце 2021 года", "year", "2021-01-01", "2022-01-01"],
    ["с 2020 по 2023 год", "interval", "2020-01-01", "2024-01-01"],
    ["в 2022–2023 годах", "interval", "2022-01-01", "2024-01-01"],
    ["в прошлом году", "year", "2024-01-01", "2025-01-01", ref],
    ["прошлого года", "year", "2024-01-01", "2025-01-01", ref],
    ["в этом году", "year", "2025-01-01", "2026-01-01", ref],
    ["в следующем году", "year", "2026-01-01", "2027-01-01", ref],
    ["в прошлом месяце", "month", "2025-08-01", "2025-09-01", ref],
    ["на прошлой неделе", "week", "2025-08-25", "2025-09-01", ref],
    ["этим летом", "season", "2025-06-01", "2025-09-01", ref],
    ["прошлой зимой", "season", "2024-12-01", "2025-03-01", ref],
    ["в июле", "month", "2025-07-01", "2025-08-01", ref],
    ["в июле прошлого года", "month", "2024-07-01", "2024-08-01", ref],
    ["с 2020 года", "interval", "2020-01-01", "2025-09-06", ref],
  ])("%s → %s from %s to %s", (row) => check(...row));
});

describe("parsePeriod: Chinese", () => {
  const ref = { reference: "2025-09-05" } as const;
  it.for<Row>([
    ["2023年", "year", "2023-01-01", "2024-01-01"],
    ["在2023年", "year", "2023-01-01", "2024-01-01"],
    ["2023年度", "year", "2023-01-01", "2024-01-01"],
    ["2023年7月", "month", "2023-07-01", "2023-08-01"],
    ["2023年七月", "month", "2023-07-01", "2023-08-01"],
    ["2024年7月3日", "day", "2024-07-03", "2024-07-04"],
    ["2023年第三季度", "quarter", "2023-07-01", "2023-10-01"],
    ["2023年三季度", "quarter", "2023-07-01", "2023-10-01"],
    ["2023年上半年", "half", "2023-01-01", "2023-07-01"],
    ["2023年秋季", "season", "2023-09-01", "2023-12-01"],
    ["2023年底", "instant", "2024-01-01", "2024-01-01"],
    ["截至2023年底", "instant", "2024-01-01", "2024-01-01"],
    ["截至2024年1月1日", "instant", "2024-01-01", "2024-01-01"],
    ["2023年初", "year", "2023-01-01", "2024-01-01"],
    ["从2020年到2023年", "interval", "2020-01-01", "2024-01-01"],
    ["２０２３年", "year", "2023-01-01", "2024-01-01"],
    ["去年", "year", "2024-01-01", "2025-01-01", ref],
    ["今年", "year", "2025-01-01", "2026-01-01", ref],
    ["明年", "year", "2026-01-01", "2027-01-01", ref],
    ["上个月", "month", "2025-08-01", "2025-09-01", ref],
    ["本月", "month", "2025-09-01", "2025-10-01", ref],
    ["今年7月", "month", "2025-07-01", "2025-08-01", ref],
    ["去年第三季度", "quarter", "2024-07-01", "2024-10-01", ref],
    ["去年底", "instant", "2025-01-01", "2025-01-01", ref],
    ["2020年以来", "interval", "2020-01-01", "2025-09-06", ref],
    ["自2020年以来", "interval", "2020-01-01", "2025-09-06", ref],
  ])("%s → %s from %s to %s", (row) => check(...row));
});

describe("parsePeriod: one language only", () => {
  it("reads Ukrainian words with lang uk and not with lang en", () => {
    expect(parsePeriod("у 2023 році", { lang: "uk" }).kind).toBe("year");
    expect(() => parsePeriod("у 2023 році", { lang: "en" })).toThrow(/not a period/);
    expect(parsePeriod("2023-Q3", { lang: "zh" }).kind).toBe("quarter");
  });
});

describe("parsePeriod: the first n months of a year (year to date)", () => {
  const ref = { reference: "2025-09-05" } as const;
  it.for<Row>([
    ["in the first nine months of 2024", "interval", "2024-01-01", "2024-10-01"],
    ["first 9 months of 2024", "interval", "2024-01-01", "2024-10-01"],
    ["the first three quarters of 2024", "interval", "2024-01-01", "2024-10-01"],
    ["the first two quarters of 2024", "interval", "2024-01-01", "2024-07-01"],
    // Like "January–March 2024", an interval; the same period as Q1 2024 (isSamePeriod ignores the kind).
    ["the first three months of 2024", "interval", "2024-01-01", "2024-04-01"],
    ["the first twelve months of 2023", "interval", "2023-01-01", "2024-01-01"],
    ["first 11 months of 2023", "interval", "2023-01-01", "2023-12-01"],
    ["nine months 2024", "interval", "2024-01-01", "2024-10-01"],
    // Without a year, the latest that has ended by the reference: on 5 September 2025 the first nine
    // months of 2025 are not over, the first eight are.
    ["in the first nine months", "interval", "2024-01-01", "2024-10-01", ref],
    ["in the first eight months", "interval", "2025-01-01", "2025-09-01", ref],
    ["the first seven months of last year", "interval", "2024-01-01", "2024-08-01", ref],
    ["in January–September", "interval", "2024-01-01", "2024-10-01", ref],
    ["in January–August", "interval", "2025-01-01", "2025-09-01", ref],
    ["in January–September", "interval", "2024-01-01", "2024-10-01", { reference: "2025-05-05" }],
    ["January–September 2024", "interval", "2024-01-01", "2024-10-01"],
    ["за 9 місяців 2024 року", "interval", "2024-01-01", "2024-10-01"],
    ["за перші дев'ять місяців 2024 року", "interval", "2024-01-01", "2024-10-01"],
    ["за перші три квартали 2024 року", "interval", "2024-01-01", "2024-10-01"],
    ["за 9 місяців минулого року", "interval", "2024-01-01", "2024-10-01", ref],
    ["у січні–вересні 2024 року", "interval", "2024-01-01", "2024-10-01"],
    ["за девять месяцев 2024 года", "interval", "2024-01-01", "2024-10-01"],
    ["за первые 9 месяцев 2024 года", "interval", "2024-01-01", "2024-10-01"],
    ["за три квартала 2024 года", "interval", "2024-01-01", "2024-10-01"],
    ["в январе-сентябре 2024 года", "interval", "2024-01-01", "2024-10-01"],
    ["2024年前三季度", "interval", "2024-01-01", "2024-10-01"],
    ["2024年前两个季度", "interval", "2024-01-01", "2024-07-01"],
    ["2024年前11个月", "interval", "2024-01-01", "2024-12-01"],
    ["2023年前十一个月", "interval", "2023-01-01", "2023-12-01"],
    ["今年前7个月", "interval", "2025-01-01", "2025-08-01", ref],
    ["2024年1-9月", "interval", "2024-01-01", "2024-10-01"],
    ["2024年1至9月", "interval", "2024-01-01", "2024-10-01"],
    ["今年1-7月", "interval", "2025-01-01", "2025-08-01", ref],
    // Months within a year, not from January: "4-6月" is April to June.
    ["2024年4-6月", "interval", "2024-04-01", "2024-07-01"],
    ["2024年7至9月", "interval", "2024-07-01", "2024-10-01"],
    ["2024年11-12月", "interval", "2024-11-01", "2025-01-01"],
    ["今年4-6月", "interval", "2025-04-01", "2025-07-01", ref],
  ])("%s → %s from %s to %s", (row) => check(...row));

  it.for<readonly [text: string, message: RegExp, options?: PeriodOptions]>([
    // A count without "first" and without a year is a duration ("in nine months"), not a period.
    ["nine months", /not a period: "nine months"/],
    ["in 9 months", /not a period/],
    ["за 9 місяців", /not a period/],
    ["девять месяцев", /not a period/],
    ["the first months of the war", /not a period/],
    ["the first 13 months of 2024", /not a period/],
    ["2024年6-4月", /not a period/],
    ["2024年4-13月", /not a period/],
    ["the first five quarters of 2024", /not a period/],
    ["the first 0 months of 2024", /not a period/],
    // "The last nine months" is a trailing window, not the months from January.
    ["the last nine months", /not a period/, ref],
    ["in the first nine months", /needs a reference date/],
    ["May–June", /needs a reference date/],
  ])("refuses %s", ([text, message, options]) => {
    expect(() => parsePeriod(text, options)).toThrow(message);
  });
});

type BadRow = readonly [input: unknown, message: RegExp, options?: unknown];

describe("parsePeriod: bad input", () => {
  it.for<BadRow>([
    ["2023-13", /not a valid date: "2023-13"/],
    ["2023-00", /not a valid date: "2023-00"/],
    ["2023-02-30", /not a valid date: "2023-02-30"/],
    ["2023-02-29", /not a valid date: "2023-02-29"/],
    ["2023-Q5", /not a valid date: "2023-Q5"/],
    ["FY2023", /"FY2023" is a fiscal year/],
    ["2023 fiscal year", /"2023 fiscal year" is a fiscal year/],
    ["2023 маркетинговий рік", /is a fiscal year/],
    ["since 2023/24", /split year whose first month is unknown/],
    ["by the end of FY2023-24", /split year whose first month is unknown/],
    ["2023/25", /not a period/],
    ["2023–07", /unexpected text/],
    ["2023-W54", /not a valid date: "2023-W54"/],
    ["30 February 2024", /not a valid date: "30 February 2024"/],
    ["32.01.2024", /not a valid date: "32.01.2024"/],
    ["2023-09/2023-13", /not a valid date: "2023-13"/],
    ["2023-11/2023-09", /the period "2023-11\/2023-09" ends before it starts/],
    ["2015/2013", /"2015\/2013" ends before it starts/],
    ["from 2015 to 2013", /ends before it starts/],
    ["", /not a period: ""/],
    ["   ", /not a period/],
    ["banana", /not a period: "banana"/],
    ["2023 foo", /unexpected text "foo" in period "2023 foo"/],
    ["2023 2024", /unexpected text "2024"/],
    ["1,700", /not a period: "1,700"/],
    ["2023.5", /not a period: "2023.5"/],
    ["$2023", /not a period/],
    ["99", /not a period/],
    ["FY2023", /"FY2023" is a fiscal year/],
    ["FY 2023", /fiscal year/],
    ["fiscal 2023", /"fiscal 2023" is a fiscal year/],
    ["fiscal year 2024", /"fiscal year 2024" is a fiscal year/],
    ["as of 2023", /needs a day after "as of"/],
    ["last year", /the relative period "last year" needs a reference date/],
    ["минулого місяця", /needs a reference date/],
    ["去年", /needs a reference date/],
    ["since 2020", /needs a reference date/],
    ["in May", /needs a reference date/],
    ["last month", /"last month" cannot be resolved against the reference "2024": it does not fix the month/, { reference: "2024" }],
    ["last week", /does not fix the week/, { reference: "2024-07" }],
    ["since 2026", /ends before it starts/, { reference: "2025-09-05" }],
    [2023, /expected a period as text, such as "2023-Q3", got 2023/],
    [null, /got null/],
    [undefined, /got undefined/],
    [{ kind: "year" }, /got an object/],
  ])("%s", ([input, message, options]) => {
    let error: unknown;
    try {
      parsePeriod(input as string, options as PeriodOptions);
    } catch (e) {
      error = e;
    }
    expect(isDiscrepancyError(error)).toBe(true);
    expect((error as { code: string }).code).toBe("invalid-period");
    expect((error as Error).message).toMatch(message);
  });

  it.each<readonly [unknown, RegExp]>([
    [{ lang: "fr" }, /unknown language "fr"/],
    [{ reference: "last year" }, /the reference "last year" is not a usable period: .*needs a reference/],
    [{ reference: "2024-13" }, /not a valid date: "2024-13"/],
    [{ reference: { kind: "year", start: "2024-01-01", end: "2024-12-31", text: "2024" } }, /year does not end where a year ends/],
    ["en", /options: expected an object/],
    [{ fiscalYearStart: 1 }, /fiscalYearStart must be a month number from 2 to 12/],
    [{ fiscalYearStart: 13 }, /fiscalYearStart must be a month number from 2 to 12/],
    [{ fiscalYearStart: "7" }, /fiscalYearStart must be a month number from 2 to 12/],
  ])("rejects options %j", (options: unknown, message: RegExp) => {
    let error: unknown;
    try {
      parsePeriod("2023", options as PeriodOptions);
    } catch (e) {
      error = e;
    }
    expect(isDiscrepancyError(error)).toBe(true);
    expect((error as { code: string }).code).toBe("invalid-argument");
    expect((error as Error).message).toMatch(message);
  });
});
