import { daysInMonth } from "../period/calendar.js";

/**
 * A calendar date or a whole month or year, as the days it covers: `"2024-07"` → 2024-07-01 … 2024-07-31.
 * Dates stay ISO strings (`YYYY-MM-DD`), so they compare as strings and never depend on a time zone.
 *
 * @internal
 */
export interface DateRange {
  readonly start: string;
  /** The last day, inclusive. */
  readonly end: string;
  readonly precision: "year" | "month" | "day";
}

const pad = (n: number): string => String(n).padStart(2, "0");

// Fixed-width shapes checked character by character: linear, no backtracking.
const digitsAt = (text: string, from: number, count: number): boolean => {
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return false;
  }
  return true;
};

/**
 * Whether `text` has the shape of an ISO date, month or year (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), valid
 * or not: such text is read as a date, never as an event label. @internal
 */
export const looksLikeIsoDate = (text: string): boolean =>
  (text.length === 4 || text.length === 7 || text.length === 10) &&
  digitsAt(text, 0, 4) &&
  (text.length === 4 || (text[4] === "-" && digitsAt(text, 5, 2) && (text.length === 7 || (text[7] === "-" && digitsAt(text, 8, 2)))));

/**
 * The days a valid ISO date, month or year covers, or `undefined` when the text is not one (a 13th
 * month, 30 February, 2023-02-29). @internal
 */
export const toDateRange = (text: string): DateRange | undefined => {
  if (!looksLikeIsoDate(text)) return undefined;
  const year = Number(text.slice(0, 4));
  if (text.length === 4) return { start: `${text}-01-01`, end: `${text}-12-31`, precision: "year" };
  const month = Number(text.slice(5, 7));
  if (month < 1 || month > 12) return undefined;
  if (text.length === 7) return { start: `${text}-01`, end: `${text}-${pad(daysInMonth(year, month))}`, precision: "month" };
  const day = Number(text.slice(8, 10));
  if (day < 1 || (day > 28 && day > daysInMonth(year, month))) return undefined;
  return { start: text, end: text, precision: "day" };
};

/** Whether `text` is a valid calendar date `YYYY-MM-DD`. @internal */
export const isIsoDay = (text: string): boolean => toDateRange(text)?.precision === "day";
