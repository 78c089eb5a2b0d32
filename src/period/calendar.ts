import { UTCDate, utc } from "@date-fns/utc";
import { addMonths } from "date-fns/addMonths";
import { addQuarters } from "date-fns/addQuarters";
import { addWeeks } from "date-fns/addWeeks";
import { addYears } from "date-fns/addYears";
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { getISODay } from "date-fns/getISODay";
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeekYear } from "date-fns/getISOWeekYear";
import { startOfISOWeek } from "date-fns/startOfISOWeek";
import { startOfMonth } from "date-fns/startOfMonth";
import { startOfQuarter } from "date-fns/startOfQuarter";
import { startOfYear } from "date-fns/startOfYear";

/**
 * The calendar of periods: date-fns on `UTCDate` (@date-fns/utc), so no answer depends on the machine's
 * time zone. A day is held as an integer, its number of days since 1970-01-01 (proleptic Gregorian):
 * periods compare and subtract as integers, and date-fns does the calendar work — days in a month,
 * month, quarter, year and week arithmetic, ISO weeks — on the UTC midnight of that day.
 *
 * A `UTCDate` is always built from a time value, never from a year, month and day: the multi-argument
 * form reads the years 0–99 as 1900–1999, as the platform's UTC constructor does.
 *
 * @internal
 */

/** A calendar date as integers (month 1–12). @internal */
export interface CivilDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** Milliseconds in a UTC day: a day number times this is the time value of that day's midnight. @internal */
export const DAY_MS = 86_400_000;

/** The first and last years a period may have: ISO dates print the year with four digits. @internal */
export const MIN_YEAR = 1;
/** @internal */
export const MAX_YEAR = 9999;

/** date-fns's context option: every argument and result is a `UTCDate`. @internal */
export const UTC = { in: utc } as const;

/** The UTC midnight of a day number. @internal */
export const toUTCDate = (day: number): UTCDate => new UTCDate(day * DAY_MS);

/** The day number of a UTC midnight (a date-fns result on `UTCDate`). @internal */
export const toDay = (date: Date): number => Math.floor(date.getTime() / DAY_MS);

// The conversions between day numbers and civil dates run for every candidate reading of every period
// phrase: they share one UTCDate rather than build one each (building a UTCDate reads the clock first).
// Nothing here calls out while it is set, so no caller can see it change.
const scratch = /* @__PURE__ */ new UTCDate(0);

/** Days since 1970-01-01 of the civil date `y-m-d` (a month or day past the end rolls over). @internal */
export const toDayNumber = (y: number, m: number, d: number): number =>
  // Floored: setFullYear keeps the time of day the shared date was left at (midnight, but whatever a
  // caller passed to fromDayNumber); an invalid time value counts as 1970-01-01 and is overwritten.
  Math.floor(scratch.setFullYear(y, m - 1, d) / DAY_MS);

/** The civil date of a day number. @internal */
export const fromDayNumber = (day: number): CivilDate => {
  scratch.setTime(day * DAY_MS);
  return { y: scratch.getFullYear(), m: scratch.getMonth() + 1, d: scratch.getDate() };
};

/** The number of days in month `m` of year `y`. @internal */
export const daysInMonth = (y: number, m: number): number => getDaysInMonth(toDayNumber(y, m, 1) * DAY_MS, UTC);

/** Whether `y-m-d` is a real calendar date within the supported years. @internal */
export const isValidDate = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) &&
  Number.isInteger(m) &&
  Number.isInteger(d) &&
  y >= MIN_YEAR &&
  y <= MAX_YEAR &&
  m >= 1 &&
  m <= 12 &&
  d >= 1 &&
  // Every month has 28 days; date-fns is asked only about the 29th to the 31st.
  (d <= 28 || d <= daysInMonth(y, m));

/** `day` plus `n` calendar months (the 31st becomes the month's last day). @internal */
export const addMonthsToDay = (day: number, n: number): number => toDay(addMonths(day * DAY_MS, n, UTC));

/** `day` plus `n` years (29 February becomes 28 February in a common year). @internal */
export const addYearsToDay = (day: number, n: number): number => toDay(addYears(day * DAY_MS, n, UTC));

/** A unit a reference can lie within. @internal */
export type CalendarUnit = "year" | "quarter" | "month" | "week";

/** The first day of the year, quarter, month or ISO week (Monday) that holds `day`. @internal */
export const startOfUnit = (unit: CalendarUnit, day: number): number => {
  const ms = day * DAY_MS;
  switch (unit) {
    case "year":
      return toDay(startOfYear(ms, UTC));
    case "quarter":
      return toDay(startOfQuarter(ms, UTC));
    case "month":
      return toDay(startOfMonth(ms, UTC));
    case "week":
      return toDay(startOfISOWeek(ms, UTC));
  }
};

/** `day` plus `n` years, quarters, months or weeks. @internal */
export const addUnits = (unit: CalendarUnit, day: number, n: number): number => {
  const ms = day * DAY_MS;
  switch (unit) {
    case "year":
      return toDay(addYears(ms, n, UTC));
    case "quarter":
      return toDay(addQuarters(ms, n, UTC));
    case "month":
      return toDay(addMonths(ms, n, UTC));
    case "week":
      return toDay(addWeeks(ms, n, UTC));
  }
};

/** Monday = 0 … Sunday = 6. @internal */
export const weekday = (day: number): number => getISODay(day * DAY_MS, UTC) - 1;

/** The Monday that starts ISO week 1 of ISO week-year `y`: the week that holds 4 January. @internal */
export const isoWeekOneStart = (y: number): number => toDay(startOfISOWeek(toDayNumber(y, 1, 4) * DAY_MS, UTC));

/**
 * The number of ISO weeks (52 or 53) in ISO week-year `y`: from its week 1 to the next year's. (What
 * `getISOWeeksInYear` answers, which finds both week-years' starts from scratch at three times the cost.)
 *
 * @internal
 */
export const isoWeeksInYear = (y: number): number => (isoWeekOneStart(y + 1) - isoWeekOneStart(y)) / 7;

/** ISO week-year and week number of a day. @internal */
export const toIsoWeek = (day: number): { readonly year: number; readonly week: number } => ({
  year: getISOWeekYear(day * DAY_MS, UTC),
  week: getISOWeek(day * DAY_MS, UTC),
});

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** `YYYY-MM-DD` of a day number in the years 0000–9999. @internal */
export const formatDay = (day: number): string => {
  // The fields, padded: a quarter of the cost of slicing toISOString, and the same text.
  const { y, m, d } = fromDayNumber(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
};

/** `YYYY-MM` of a day number. @internal */
export const formatMonth = (day: number): string => formatDay(day).slice(0, 7);

/** A valid `YYYY-MM-DD` read once: its day number, civil date and weekday (Monday = 0). @internal */
export interface IsoDay extends CivilDate {
  readonly day: number;
  readonly weekday: number;
}

const digit = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

const readIsoDayUncached = (text: string): IsoDay | undefined => {
  if (text.length !== 10 || text[4] !== "-" || text[7] !== "-") return undefined;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = digit(text, i);
    if (c < 0) return undefined;
    y = y * 10 + c;
  }
  const m1 = digit(text, 5);
  const m2 = digit(text, 6);
  const d1 = digit(text, 8);
  const d2 = digit(text, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return undefined;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (!isValidDate(y, m, d)) return undefined;
  const day = toDayNumber(y, m, d);
  return Object.freeze({ day, y, m, d, weekday: weekday(day) });
};

// Every function that takes a period validates it, and a corpus names few distinct days many times
// over: each is read through date-fns once. Bounded, so a stream of distinct dates cannot grow it.
const CACHE_SIZE = 4096;
const cache = /* @__PURE__ */ new Map<string, IsoDay | null>();

/** A strict `YYYY-MM-DD` of a real date in the years 0001–9999, read, or undefined. @internal */
export const readIsoDay = (text: unknown): IsoDay | undefined => {
  if (typeof text !== "string") return undefined;
  const known = cache.get(text);
  if (known !== undefined) return known ?? undefined;
  const read = readIsoDayUncached(text);
  if (text.length === 10) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(text, read ?? null);
  }
  return read;
};

/** The day number of a strict `YYYY-MM-DD` string, or undefined. @internal */
export const parseIsoDay = (text: unknown): number | undefined => readIsoDay(text)?.day;
