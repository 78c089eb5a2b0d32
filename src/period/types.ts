/**
 * The granularity of a period. `instant` is a point in time — a stock such as debt "as of 1 January
 * 2024" or investment "by the end of 2021" — rather than a flow over an interval.
 */
export type PeriodKind = "year" | "half" | "quarter" | "season" | "month" | "week" | "day" | "interval" | "instant";

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
