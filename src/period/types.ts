/**
 * The granularity of a period. `instant` is a point in time — a stock such as debt "as of 1 January
 * 2024" or investment "by the end of 2021" — rather than a flow over an interval.
 *
 * `split-year` is a year that straddles two calendar years and whose first month is not known:
 * "2023/24", "FY2023-24", "2023/24 marketing year". It is stored as the two calendar years it may touch
 * (`2023-01-01`–`2025-01-01`) and is the same period only as the same split year: never calendar 2023,
 * 2024, or the two of them. (With `fiscalYearStart` the reader gives the twelve months instead.)
 */
export type PeriodKind =
  | "year"
  | "half"
  | "quarter"
  | "season"
  | "month"
  | "week"
  | "day"
  | "interval"
  | "instant"
  | "split-year";

/**
 * What time a number is about. Dates are ISO calendar dates (`YYYY-MM-DD`), so periods compare as
 * strings and never depend on the machine's time zone. `end` is exclusive: the year 2023 is
 * `2023-01-01`–`2024-01-01`. An instant has `start === end`, the start of that day: "as of 1 January
 * 2024" and "by the end of 2023" are the same instant, `2024-01-01`.
 */
export interface Period {
  readonly kind: PeriodKind;
  readonly start: string;
  readonly end: string;
  /** The text it was parsed from, or a canonical label such as `2023-Q3`. */
  readonly text: string;
}
