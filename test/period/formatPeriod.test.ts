import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DiscrepancyError } from "../../src/errors.js";
import type { Lang } from "../../src/lexicon/types.js";
import { formatPeriod } from "../../src/period/formatPeriod.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { toPeriodKey } from "../../src/period/toPeriodKey.js";
import type { Period, PeriodKind } from "../../src/period/types.js";

// Every expected label is a fixed string, and `npm run test:dates` runs this file under several TZ
// values: a label that depended on the machine's time zone would fail there.

type Row = readonly [text: string, en: string, uk: string, ru: string, zh: string];

const rows: readonly Row[] = [
  // years
  ["2024", "2024", "2024 р.", "2024 г.", "2024年"],
  ["у 2023 році", "2023", "2023 р.", "2023 г.", "2023年"],
  // halves
  ["2023-H1", "H1 2023", "I півріччя 2023 р.", "I полугодие 2023 г.", "2023年上半年"],
  ["2023-H2", "H2 2023", "II півріччя 2023 р.", "II полугодие 2023 г.", "2023年下半年"],
  // quarters
  ["2023-Q1", "Q1 2023", "I квартал 2023 р.", "I квартал 2023 г.", "2023年第一季度"],
  ["Q3 2023", "Q3 2023", "III квартал 2023 р.", "III квартал 2023 г.", "2023年第三季度"],
  ["2024年第四季度", "Q4 2024", "IV квартал 2024 р.", "IV квартал 2024 г.", "2024年第四季度"],
  // seasons (winter runs into the next year)
  ["spring 2024", "spring 2024", "весна 2024 р.", "весна 2024 г.", "2024年春季"],
  ["summer 2024", "summer 2024", "літо 2024 р.", "лето 2024 г.", "2024年夏季"],
  ["autumn 2023", "autumn 2023", "осінь 2023 р.", "осень 2023 г.", "2023年秋季"],
  ["winter 2023", "winter 2023/24", "зима 2023/24 р.", "зима 2023/24 г.", "2023/2024年冬季"],
  ["winter 1999", "winter 1999/00", "зима 1999/00 р.", "зима 1999/00 г.", "1999/2000年冬季"],
  // months: standalone nominative forms
  ["2024-11", "November 2024", "листопад 2024 р.", "ноябрь 2024 г.", "2024年11月"],
  ["у березні 2024 року", "March 2024", "березень 2024 р.", "март 2024 г.", "2024年3月"],
  ["2024-05", "May 2024", "травень 2024 р.", "май 2024 г.", "2024年5月"],
  // month ranges within a year, across years, and whole years
  ["January–September 2024", "January–September 2024", "січень–вересень 2024 р.", "январь–сентябрь 2024 г.", "2024年1—9月"],
  ["the first nine months of 2024", "January–September 2024", "січень–вересень 2024 р.", "январь–сентябрь 2024 г.", "2024年1—9月"],
  ["2024年4-6月", "April–June 2024", "квітень–червень 2024 р.", "апрель–июнь 2024 г.", "2024年4—6月"],
  ["2023-11/2024-02", "November 2023 – February 2024", "листопад 2023 р. – лютий 2024 р.", "ноябрь 2023 г. – февраль 2024 г.", "2023年11月—2024年2月"],
  ["2024-07/2024-07", "July 2024", "липень 2024 р.", "июль 2024 г.", "2024年7月"],
  ["2013–2015", "2013–2015", "2013–2015 рр.", "2013–2015 гг.", "2013—2015年"],
  ["2023/2023", "2023", "2023 р.", "2023 г.", "2023年"],
  // day ranges: in one month, one year, across years (the day takes the genitive month)
  ["2023-09-05/2023-09-20", "5–20 September 2023", "5–20 вересня 2023 р.", "5–20 сентября 2023 г.", "2023年9月5日—20日"],
  ["2023-09-05/2023-11-20", "5 September – 20 November 2023", "5 вересня – 20 листопада 2023 р.", "5 сентября – 20 ноября 2023 г.", "2023年9月5日—11月20日"],
  ["2023-12-05/2024-01-20", "5 December 2023 – 20 January 2024", "5 грудня 2023 р. – 20 січня 2024 р.", "5 декабря 2023 г. – 20 января 2024 г.", "2023年12月5日—2024年1月20日"],
  ["2024-03-01/2024-03-01", "1 March 2024", "1 березня 2024 р.", "1 марта 2024 г.", "2024年3月1日"],
  // split years
  ["2023/24", "2023/24", "2023/24 р.", "2023/24 г.", "2023/24年度"],
  ["FY1999/2000", "1999/00", "1999/00 р.", "1999/00 г.", "1999/00年度"],
  // ISO weeks: the ISO week-year, which may differ from the calendar year of the first day
  ["2023-W05", "week 5 of 2023", "5-й тиждень 2023 р.", "5-я неделя 2023 г.", "2023年第5周"],
  ["2020-W53", "week 53 of 2020", "53-й тиждень 2020 р.", "53-я неделя 2020 г.", "2020年第53周"],
  // days: the month in the genitive
  ["2021-01-03", "3 January 2021", "3 січня 2021 р.", "3 января 2021 г.", "2021年1月3日"],
  ["3 липня 2024 року", "3 July 2024", "3 липня 2024 р.", "3 июля 2024 г.", "2024年7月3日"],
  ["2024-02-29", "29 February 2024", "29 лютого 2024 р.", "29 февраля 2024 г.", "2024年2月29日"],
  // instants: stocks at the start of a day
  ["as of 1 January 2024", "as of 1 January 2024", "станом на 1 січня 2024 р.", "на 1 января 2024 г.", "截至2024年1月1日"],
  ["by the end of 2023", "as of 1 January 2024", "станом на 1 січня 2024 р.", "на 1 января 2024 г.", "截至2024年1月1日"],
  ["на кінець 2021 року", "as of 1 January 2022", "станом на 1 січня 2022 р.", "на 1 января 2022 г.", "截至2022年1月1日"],
];

const LOCALES: readonly Lang[] = ["en", "uk", "ru", "zh"];

describe("formatPeriod", () => {
  it.for(rows.flatMap(([text, ...labels]) => LOCALES.map((locale, i) => [text, locale, labels[i]!] as const)))(
    "%s in %s → %s under TZ=" + (process.env.TZ ?? "unset"),
    ([text, locale, label]) => {
      expect(formatPeriod(parsePeriod(text), { locale })).toBe(label);
    },
  );

  it("writes English by default", () => {
    expect(formatPeriod(parsePeriod("2024-11"))).toBe("November 2024");
    expect(formatPeriod(parsePeriod("2024-11"), {})).toBe("November 2024");
    expect(formatPeriod(parsePeriod("2024-11"), { locale: undefined })).toBe("November 2024");
  });

  it("labels the twelve months of a fiscal year read with fiscalYearStart", () => {
    const fy = parsePeriod("FY2023-24", { fiscalYearStart: 7 });
    expect(LOCALES.map((locale) => formatPeriod(fy, { locale }))).toEqual([
      "July 2023 – June 2024",
      "липень 2023 р. – червень 2024 р.",
      "июль 2023 г. – июнь 2024 г.",
      "2023年7月—2024年6月",
    ]);
  });

  it("labels from the period, never from its text", () => {
    const p: Period = { kind: "month", start: "2024-11-01", end: "2024-12-01", text: "в ноябре прошлого года" };
    expect(formatPeriod(p, { locale: "uk" })).toBe("листопад 2024 р.");
    expect(formatPeriod(p)).toBe("November 2024");
  });

  it("writes years before 1000 and up to 9999 without padding or the two-digit-year rule", () => {
    const year99: Period = { kind: "year", start: "0099-01-01", end: "0100-01-01", text: "" };
    expect(LOCALES.map((locale) => formatPeriod(year99, { locale }))).toEqual(["99", "99 р.", "99 г.", "99年"]);
    const feb50: Period = { kind: "month", start: "0050-02-01", end: "0050-03-01", text: "" };
    expect(formatPeriod(feb50, { locale: "ru" })).toBe("февраль 50 г.");
    const last: Period = { kind: "instant", start: "9999-12-31", end: "9999-12-31", text: "" };
    expect(formatPeriod(last, { locale: "zh" })).toBe("截至9999年12月31日");
  });

  it("refuses what is not a period, and an unknown locale, with a DiscrepancyError naming it", () => {
    expect(() => formatPeriod({ kind: "quarter", start: "2023-02-01", end: "2023-05-01", text: "" })).toThrow(/period is not a valid period/);
    expect(() => formatPeriod(parsePeriod("2023"), { locale: "de" as Lang })).toThrow(DiscrepancyError);
    expect(() => formatPeriod(parsePeriod("2023"), { locale: "de" as Lang })).toThrow(/locale: unknown language "de"/);
    expect(() => formatPeriod(parsePeriod("2023"), "uk" as never)).toThrow(/options: expected an object, got string/);
  });
});

// Any valid period, 0001–9999, from an oracle independent of the library (the platform's UTC calendar).
const DAY = 86_400_000;
const FIRST = Date.UTC(2000, 0, 1) - 730_119 * DAY; // 0001-01-01
const LAST = Date.UTC(9999, 11, 31);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const firstOf = (y: number, m: number): number => {
  const d = new Date(0);
  d.setUTCFullYear(y + Math.floor((m - 1) / 12), (m - 1) % 12, 1);
  return d.getTime();
};
const make = (kind: PeriodKind, start: number, end: number): Period => ({ kind, start: iso(start), end: iso(end), text: "" });
const year = fc.integer({ min: 1, max: 9997 });
const dayMs = fc.integer({ min: FIRST / DAY, max: LAST / DAY - 400 }).map((n) => n * DAY);

const anyPeriod: fc.Arbitrary<Period> = fc.oneof(
  year.map((y) => make("year", firstOf(y, 1), firstOf(y + 1, 1))),
  fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => make("half", firstOf(y, h * 6 - 5), firstOf(y, h * 6 + 1))),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => make("quarter", firstOf(y, q * 3 - 2), firstOf(y, q * 3 + 1))),
  fc.tuple(year, fc.constantFrom(3, 6, 9, 12)).map(([y, m]) => make("season", firstOf(y, m), firstOf(y, m + 3))),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => make("month", firstOf(y, m), firstOf(y, m + 1))),
  dayMs.map((ms) => {
    const monday = ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY + 7 * DAY;
    return make("week", monday, monday + 7 * DAY);
  }),
  dayMs.map((ms) => make("day", ms, ms + DAY)),
  dayMs.map((ms) => make("instant", ms, ms)),
  fc.tuple(dayMs, fc.integer({ min: 1, max: 400 })).map(([ms, n]) => make("interval", ms, ms + n * DAY)),
  fc.tuple(fc.integer({ min: 1, max: 9990 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 40 })).map(([y, m, n]) =>
    make("interval", firstOf(y, m), firstOf(y, m + n)),
  ),
  fc.tuple(fc.integer({ min: 1, max: 9970 }), fc.integer({ min: 1, max: 20 })).map(([y, n]) => make("interval", firstOf(y, 1), firstOf(y + n, 1))),
  year.map((y) => make("split-year", firstOf(y, 1), firstOf(y + 2, 1))),
);

describe("formatPeriod laws", () => {
  it("labels every valid period in every locale: no throw, no Invalid Date, no ISO date, only the locale's script", () => {
    fc.assert(
      fc.property(anyPeriod, fc.constantFrom(...LOCALES), (period, locale) => {
        const label = formatPeriod(period, { locale });
        expect(label).not.toMatch(/Invalid|NaN|undefined|\d-\d\d|W\d/);
        // Ukrainian and Russian use Latin letters only for Roman quarter and half numbers.
        if (locale === "uk" || locale === "ru") expect(label).toMatch(/^[\d\sа-яіїєґ'’.,/–IV-]+$/);
        if (locale === "zh") expect(label).not.toMatch(/[A-Za-zА-Яа-я]/);
        if (locale === "uk") expect(label).not.toMatch(/[ыэъё]/);
        if (locale === "ru") expect(label).not.toMatch(/[іїєґ]/);
      }),
      { numRuns: 2000 },
    );
  });

  it("never gives two different periods the same label", () => {
    fc.assert(
      fc.property(anyPeriod, anyPeriod, fc.constantFrom(...LOCALES), (a, b, locale) => {
        if (formatPeriod(a, { locale }) === formatPeriod(b, { locale })) expect(toPeriodKey(a)).toBe(toPeriodKey(b));
      }),
      { numRuns: 2000 },
    );
    // Neighbours of the same kind, where a collision is likeliest.
    fc.assert(
      fc.property(anyPeriod, fc.constantFrom(...LOCALES), (a, locale) => {
        const b: Period = { ...a, kind: "interval", end: iso(Date.parse(a.end) + DAY) };
        if (a.kind !== "instant") expect(formatPeriod(a, { locale })).not.toBe(formatPeriod(b, { locale }));
      }),
    );
  });
});
