import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { readPeriodOptions, type PeriodOptions } from "./periodOptions.js";
import { readWholePeriod } from "./readWholePeriod.js";
import { toPeriod } from "./toExtent.js";
import type { Period } from "./types.js";

/** Longer text is refused before reading: a period is a short phrase, and a megabyte should fail at once. */
export const MAX_PERIOD_TEXT = 1000;

/**
 * Reads one period from text: ISO forms ("2023", "2023-Q3", "2023-H1", "2023-07", "2024-07-03",
 * "2023-W05", "2023-09/2023-11", "2013/2015") and the phrases news writes in English, Ukrainian,
 * Russian and Chinese ("Q3 2023", "July 3, 2024", "3 липня 2024 року", "в 2023 году", "2023年第三季度",
 * "the first nine months of 2024", "за 9 місяців 2024 року", "2024年前三季度",
 * "autumn 2023", "as of 1 January 2024", "by the end of 2021", "last year", "минулого місяця",
 * "去年"). It is the scanner of {@link scanPeriods} required to find exactly one period covering the
 * whole text.
 *
 * - `end` is exclusive; "2023-09/2023-11" ends on 2023-12-01.
 * - "As of" a day and "by the end of" a period are instants (`start === end`): "by the end of 2021" is
 *   the instant 2022-01-01, the same as "as of 1 January 2022".
 * - Seasons are meteorological, northern hemisphere: spring March–May, summer June–August, autumn
 *   September–November, and winter 2023 is December 2023 – February 2024.
 * - Vague words keep the period they qualify: "early summer 2025" is summer 2025, "mid-2023" is 2023.
 * - The year to date — "the first nine months of 2024", "first 9 months", "the first three quarters",
 *   "за (перші) 9 місяців 2024 року", "за (первые) девять месяцев 2024 года", "2024年前三季度", "今年前7个月",
 *   "2024年1-9月", "January–September 2024" — is the interval from 1 January to the start of the month
 *   after the last (2024-01-01 to 2024-10-01), for one to twelve months. A count without "first" is a
 *   period only with a year after it ("9 місяців 2024 року"): "in nine months" is a duration. Months
 *   within a year written with numbers — "2024年4-6月", "2024年7至9月" — run from the first to the end of
 *   the last (2024-04-01 to 2024-07-01).
 * - Relative phrases are resolved against `reference` (the publication date): "this July" is July of
 *   the reference year; a period without a year ("in May", "Q3", "the first nine months", "前三季度")
 *   is the latest such period that has ended by the reference date (refused when a month or year
 *   reference leaves that open); "since 2020" runs to the end of the reference.
 * - Split years — "2023/24", "2023-24", "2023–24", "2023/2024", "FY2023-24", "FY2023/24",
 *   "2023/24 marketing year", "2023/24 маркетинговий рік", "2023/24 г.", "2023/24年度" — are one period of
 *   kind `split-year`, stored as the two calendar years it may touch (2023-01-01 to 2025-01-01) and
 *   the same period only as the same split year. With `fiscalYearStart` (a month, 2–12) they are the
 *   twelve months from that month instead: `{ fiscalYearStart: 7 }` reads "2023/24" as 2023-07-01 to
 *   2024-07-01. A fiscal year named by one year ("FY2023", "fiscal 2023", "2023 fiscal year") is
 *   refused: which twelve months it means depends on the country.
 *
 * @param text - The period, such as `"2023-Q3"` or `"as of January 1, 2024"`.
 * @param options - `reference` for relative phrases, and `lang` to read one language's words only.
 * @returns A frozen {@link Period} whose `text` is the trimmed input.
 * @throws {@link DiscrepancyError} `invalid-period` naming the text when it is not exactly one period,
 *   names an impossible date ("2023-02-30") or a reversed interval, or is relative and the reference
 *   is missing or too coarse ("last month" against "2024"), or is longer than 1,000 characters;
 *   `invalid-argument` for a bad option.
 *
 * @example
 * ```ts
 * parsePeriod("2023-Q3");
 * // { kind: "quarter", start: "2023-07-01", end: "2023-10-01", text: "2023-Q3" }
 * parsePeriod("by the end of 2021");
 * // { kind: "instant", start: "2022-01-01", end: "2022-01-01", text: "by the end of 2021" }
 * parsePeriod("the first nine months of 2024");
 * // { kind: "interval", start: "2024-01-01", end: "2024-10-01", text: "the first nine months of 2024" }
 * parsePeriod("минулого місяця", { reference: "2025-09-05" });
 * // { kind: "month", start: "2025-08-01", end: "2025-09-01", text: "минулого місяця" }
 * parsePeriod("FY2023-24");
 * // { kind: "split-year", start: "2023-01-01", end: "2025-01-01", text: "FY2023-24" }
 * ```
 */
export const parsePeriod = (text: string, options?: PeriodOptions): Period => {
  if (typeof text !== "string") {
    throw new DiscrepancyError("invalid-period", messages.periodNotText(text), [
      { path: [], message: messages.periodNotText(text), input: text },
    ]);
  }
  const { lang, ref, fiscalYearStart } = readPeriodOptions(options, true);
  if (text.length > MAX_PERIOD_TEXT) {
    const message = messages.textTooLong("the period", text, MAX_PERIOD_TEXT);
    throw new DiscrepancyError("invalid-period", message, [{ path: [], message, input: text }]);
  }
  const read = readWholePeriod(text, lang, ref, fiscalYearStart);
  if (!read.ok) {
    throw new DiscrepancyError("invalid-period", read.message, [{ path: [], message: read.message, input: text }]);
  }
  return toPeriod(read.x, read.text);
};
