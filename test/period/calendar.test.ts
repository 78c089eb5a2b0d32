import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonthsToDay,
  addUnits,
  addYearsToDay,
  daysInMonth,
  formatDay,
  fromDayNumber,
  isValidDate,
  isoWeekOneStart,
  isoWeeksInYear,
  parseIsoDay,
  readIsoDay,
  startOfUnit,
  toDayNumber,
  toIsoWeek,
  weekday,
} from "../../src/period/calendar.js";

// The calendar is date-fns on UTCDate. The oracle here is independent of both the platform's Date and
// date-fns: integer arithmetic (Howard Hinnant's days_from_civil / civil_from_days, the calendar this
// library used before date-fns). Each test runs under the TZ values of `npm run test:dates`.
const oracle = {
  isLeap: (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0,
  daysInMonth: (y: number, m: number): number => (m === 2 ? (oracle.isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31),
  toDay: (y: number, m: number, d: number): number => {
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  },
  fromDay: (n: number): { y: number; m: number; d: number } => {
    const z = n + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const m = mp < 10 ? mp + 3 : mp - 9;
    return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
  },
  weekday: (n: number): number => (((n + 3) % 7) + 7) % 7,
  weekOne: (y: number): number => oracle.toDay(y, 1, 4) - oracle.weekday(oracle.toDay(y, 1, 4)),
};

const FIRST = oracle.toDay(1, 1, 1);
const LAST = oracle.toDay(9999, 12, 31);
const day = fc.integer({ min: FIRST, max: LAST - 800 });
const year = fc.integer({ min: 1, max: 9998 });
const pad = (n: number, w: number): string => String(n).padStart(w, "0");

describe("the calendar (date-fns on UTCDate) agrees with integer arithmetic", () => {
  it("day numbers and civil dates, both ways, and their ISO text", () => {
    fc.assert(
      fc.property(day, (n) => {
        const c = oracle.fromDay(n);
        expect(fromDayNumber(n)).toEqual(c);
        expect(toDayNumber(c.y, c.m, c.d)).toBe(n);
        const text = `${pad(c.y, 4)}-${pad(c.m, 2)}-${pad(c.d, 2)}`;
        expect(formatDay(n)).toBe(text);
        expect(parseIsoDay(text)).toBe(n);
        expect(readIsoDay(text)).toEqual({ day: n, ...c, weekday: oracle.weekday(n) });
        expect(weekday(n)).toBe(oracle.weekday(n));
      }),
      { numRuns: 500 },
    );
  });

  it("the shared UTCDate of the conversions cannot carry a bad value from one call to the next", () => {
    for (const bad of [Number.NaN, 100.7, -0.5, 1e20]) {
      fromDayNumber(bad);
      expect(toDayNumber(2024, 1, 1)).toBe(oracle.toDay(2024, 1, 1));
      expect(fromDayNumber(oracle.toDay(99, 12, 31))).toEqual({ y: 99, m: 12, d: 31 });
    }
  });

  it("days in a month and valid dates, years 0001–9999", () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        expect(daysInMonth(y, m)).toBe(oracle.daysInMonth(y, m));
        expect(isValidDate(y, m, d)).toBe(d >= 1 && d <= oracle.daysInMonth(y, m));
      }),
      { numRuns: 500 },
    );
    for (const [y, m, d, valid] of [
      [2024, 2, 29, true],
      [2023, 2, 29, false],
      [1900, 2, 29, false],
      [2000, 2, 29, true],
      [4, 2, 29, true],
      [100, 2, 29, false],
      [99, 12, 31, true],
      [0, 1, 1, false],
      [10000, 1, 1, false],
      [2024, 13, 1, false],
      [2024, 4, 31, false],
      [2024, 1.5, 1, false],
    ] as const)
      expect(isValidDate(y, m, d), `${y}-${m}-${d}`).toBe(valid);
  });

  it("month and year arithmetic: whole months from the first, 31st clamped, 29 February to the 28th", () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: -1200, max: 1200 }), (y, m, n) => {
        const target = y * 12 + m - 1 + n;
        fc.pre(target >= 12 && target < 120_000);
        expect(addMonthsToDay(oracle.toDay(y, m, 1), n)).toBe(oracle.toDay(Math.floor(target / 12), (target % 12) + 1, 1));
      }),
      { numRuns: 500 },
    );
    expect(formatDay(addMonthsToDay(toDayNumber(2024, 1, 31), 1))).toBe("2024-02-29");
    expect(formatDay(addYearsToDay(toDayNumber(2024, 2, 29), 1))).toBe("2025-02-28");
    expect(formatDay(addYearsToDay(toDayNumber(2024, 2, 29), -4))).toBe("2020-02-29");
    expect(formatDay(addYearsToDay(toDayNumber(101, 3, 1), -100))).toBe("0001-03-01");
  });

  it("the start of a year, quarter, month or ISO week, and stepping by them", () => {
    fc.assert(
      fc.property(day, (n) => {
        const c = oracle.fromDay(n);
        expect(startOfUnit("year", n)).toBe(oracle.toDay(c.y, 1, 1));
        expect(startOfUnit("quarter", n)).toBe(oracle.toDay(c.y, Math.floor((c.m - 1) / 3) * 3 + 1, 1));
        expect(startOfUnit("month", n)).toBe(oracle.toDay(c.y, c.m, 1));
        expect(startOfUnit("week", n)).toBe(n - oracle.weekday(n));
        expect(addUnits("week", n, -3)).toBe(n - 21);
        expect(addUnits("quarter", startOfUnit("quarter", n), 1)).toBe(addMonthsToDay(startOfUnit("quarter", n), 3));
      }),
      { numRuns: 500 },
    );
  });

  it("ISO weeks: week 1 holds 4 January; 52 or 53 weeks; the week-year of a day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9997 }), (y) => {
        expect(isoWeekOneStart(y)).toBe(oracle.weekOne(y));
        expect(isoWeeksInYear(y)).toBe((oracle.weekOne(y + 1) - oracle.weekOne(y)) / 7);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.integer({ min: oracle.toDay(2, 1, 1), max: LAST - 800 }), (n) => {
        const thursday = n - oracle.weekday(n) + 3;
        const y = oracle.fromDay(thursday).y;
        expect(toIsoWeek(n)).toEqual({ year: y, week: Math.floor((thursday - oracle.weekOne(y)) / 7) + 1 });
      }),
      { numRuns: 300 },
    );
    expect(toIsoWeek(toDayNumber(2021, 1, 3))).toEqual({ year: 2020, week: 53 });
    expect(toIsoWeek(toDayNumber(2024, 12, 30))).toEqual({ year: 2025, week: 1 });
  });

  it("refuses what is not a strict YYYY-MM-DD of a real date, and remembers the answer", () => {
    for (const text of ["2023-02-29", "2023-13-01", "0000-01-01", "2023-1-01", "2023/01/01", "２０２３-01-01", "", "2023-01-01T00:00", 20230101, null])
      for (let i = 0; i < 2; i++) expect(parseIsoDay(text), String(text)).toBeUndefined();
    for (let i = 0; i < 5000; i++) expect(parseIsoDay(formatDay(i))).toBe(i);
  });
});
