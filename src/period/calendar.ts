/**
 * Calendar arithmetic on plain integers: a day is its number of days since 1970-01-01 (proleptic
 * Gregorian). No `Date` is ever built, so every answer is the same in every time zone.
 *
 * The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`.
 *
 * @internal
 */

/** A calendar date as integers. @internal */
export interface CivilDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The first and last years a period may have: ISO dates print the year with four digits. @internal */
export const MIN_YEAR = 1;
/** @internal */
export const MAX_YEAR = 9999;

/** @internal */
export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** @internal */
export const daysInMonth = (y: number, m: number): number => (m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0));

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
  d <= daysInMonth(y, m);

/** Days since 1970-01-01 of a (valid) civil date. @internal */
export const toDayNumber = (y: number, m: number, d: number): number => {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

/** The civil date of a day number. @internal */
export const fromDayNumber = (n: number): CivilDate => {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return { y, m, d };
};

/** Day number of the first day of month index `mi` (`y * 12 + m - 1`). @internal */
export const monthIndexToDay = (mi: number): number => toDayNumber(Math.floor(mi / 12), (mi % 12) + 1, 1);

/** `y * 12 + m - 1`: months as one integer, so month arithmetic is addition. @internal */
export const toMonthIndex = (y: number, m: number): number => y * 12 + m - 1;

/** Monday = 0 … Sunday = 6. 1970-01-01 was a Thursday. @internal */
export const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** The Monday that starts ISO week 1 of ISO week-year `y`: the week holding 4 January. @internal */
export const isoWeekOneStart = (y: number): number => {
  const jan4 = toDayNumber(y, 1, 4);
  return jan4 - weekday(jan4);
};

/** The number of ISO weeks (52 or 53) in ISO week-year `y`. @internal */
export const isoWeeksInYear = (y: number): number => (isoWeekOneStart(y + 1) - isoWeekOneStart(y)) / 7;

/** ISO week-year and week number of a day. @internal */
export const toIsoWeek = (day: number): { readonly year: number; readonly week: number } => {
  const thursday = day - weekday(day) + 3;
  const year = fromDayNumber(thursday).y;
  return { year, week: Math.floor((thursday - isoWeekOneStart(year)) / 7) + 1 };
};

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** `YYYY-MM-DD` of a day number. @internal */
export const formatDay = (day: number): string => {
  const { y, m, d } = fromDayNumber(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
};

/** `YYYY-MM` of a day number. @internal */
export const formatMonth = (day: number): string => formatDay(day).slice(0, 7);

const digit = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** The day number of a strict `YYYY-MM-DD` string, or undefined. @internal */
export const parseIsoDay = (text: unknown): number | undefined => {
  if (typeof text !== "string" || text.length !== 10 || text[4] !== "-" || text[7] !== "-") return undefined;
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
  return isValidDate(y, m, d) ? toDayNumber(y, m, d) : undefined;
};
