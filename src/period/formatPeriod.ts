import { DiscrepancyError } from "../errors.js";
import { LANGS, type Lang } from "../lexicon/types.js";
import { messages } from "../messages/misuse/input.js";
import { fromDayNumber } from "./calendar.js";
import { seasonOfStartMonth, type Extent } from "./extent.js";
import { PERIOD_LABEL_STYLES, type PeriodLabelStyle } from "./periodLabelStyles.js";
import { toExtent } from "./toExtent.js";
import type { Period } from "./types.js";

/** Options of {@link formatPeriod}. */
export interface FormatPeriodOptions {
  /** The language of the label: `"en"` (the default), `"uk"`, `"ru"` or `"zh"`. */
  readonly locale?: Lang | undefined;
}

const readLocale = (options: unknown): Lang => {
  if (options === undefined) return "en";
  if (typeof options !== "object" || options === null) {
    throw new DiscrepancyError("invalid-argument", messages.badPeriodOptions(options), [{ path: [], message: messages.badPeriodOptions(options), input: options }]);
  }
  const { locale } = options as { readonly locale?: unknown };
  if (locale === undefined) return "en";
  if (typeof locale === "string" && (LANGS as readonly string[]).includes(locale)) return locale as Lang;
  const message = `locale: ${messages.unknownLang(locale)}`;
  throw new DiscrepancyError("invalid-argument", message, [{ path: ["locale"], message, input: locale }]);
};

/** The label of a valid extent in one language's style. */
const formatExtent = (x: Extent, style: PeriodLabelStyle): string => {
  const s = fromDayNumber(x.start);
  switch (x.kind) {
    case "year":
      return style.year(s.y);
    case "half":
      return style.half(s.y, s.m === 1 ? 1 : 2);
    case "quarter":
      return style.quarter(x.start);
    case "season":
      return style.season(seasonOfStartMonth(s.m) ?? "spring", s.y);
    case "month":
      return style.month(x.start);
    case "week":
      return style.week(x.start);
    case "day":
      return style.day(x.start);
    case "instant":
      return style.instant(x.start);
    case "split-year":
      return style.splitYear(s.y);
    case "interval": {
      const e = fromDayNumber(x.end);
      const last = fromDayNumber(x.end - 1);
      // The coarsest words that say exactly this interval: whole years, whole months, or days.
      if (s.m === 1 && s.d === 1 && e.m === 1 && e.d === 1) return e.y - s.y === 1 ? style.year(s.y) : style.years(s.y, e.y - 1);
      if (s.d === 1 && e.d === 1) {
        return s.y === last.y && s.m === last.m ? style.month(x.start) : style.months(x.start, x.end - 1, s.y === last.y);
      }
      if (x.end - x.start === 1) return style.day(x.start);
      return style.days(x.start, x.end - 1, s.y !== last.y ? "years" : s.m !== last.m ? "year" : "month");
    }
  }
};

/**
 * A reader's label of a period, written from the period itself (never from the text it was read from)
 * in English, Ukrainian, Russian or Chinese, as each language's statistics write it: month names from
 * date-fns's locales, on `UTCDate`, so the machine's time zone never changes the answer.
 *
 * - Years, halves, quarters, seasons: "2024", "2024 р.", "2024 г.", "2024年"; "H1 2024", "I півріччя
 *   2024 р.", "I полугодие 2024 г.", "2024年上半年"; "Q3 2023", "III квартал 2023 р.", "2023年第三季度";
 *   "autumn 2023", "осінь 2023 р."; winter runs into the next year ("winter 2023/24", "2023/2024年冬季").
 * - Months stand alone in the nominative ("листопад 2024 р.", "ноябрь 2024 г."); after a day number
 *   they take the genitive ("1 січня 2024 р.", "1 января 2024 г.").
 * - Intervals in the coarsest words that say them exactly: whole years ("2013–2015 рр."), whole months
 *   ("January–September 2024", "січень–вересень 2024 р.", "2024年1—9月"; "July 2023 – June 2024" for a
 *   fiscal year), or days ("5–20 September 2023", "2023年9月5日—20日").
 * - ISO weeks by week number and ISO week-year ("week 5 of 2023", "5-й тиждень 2023 р.", "2023年第5周"),
 *   split years as "2023/24" ("2023/24 р.", "2023/24 г.", "2023/24年度").
 * - Instants are stocks at the start of a day: "as of 1 January 2024", "станом на 1 січня 2024 р.",
 *   "на 1 января 2024 г.", "截至2024年1月1日" ("by the end of 2023" is that same instant).
 *
 * For the text that {@link parsePeriod} reads back, use {@link toPeriodLabel}.
 *
 * @param period - A valid {@link Period}.
 * @param options - `locale`: `"en"` (default), `"uk"`, `"ru"` or `"zh"`.
 * @throws {@link DiscrepancyError} `invalid-period` when `period` is not a valid period;
 *   `invalid-argument` for an unknown locale.
 *
 * @example
 * ```ts
 * formatPeriod(parsePeriod("2024-11")); // "November 2024"
 * formatPeriod(parsePeriod("2024-11"), { locale: "uk" }); // "листопад 2024 р."
 * formatPeriod(parsePeriod("2024-11"), { locale: "ru" }); // "ноябрь 2024 г."
 * formatPeriod(parsePeriod("2024-11"), { locale: "zh" }); // "2024年11月"
 * formatPeriod(parsePeriod("the first nine months of 2024"), { locale: "uk" }); // "січень–вересень 2024 р."
 * formatPeriod(parsePeriod("2023-Q3"), { locale: "ru" }); // "III квартал 2023 г."
 * formatPeriod(parsePeriod("by the end of 2023")); // "as of 1 January 2024"
 * formatPeriod(parsePeriod("as of 1 January 2024"), { locale: "zh" }); // "截至2024年1月1日"
 * ```
 */
export const formatPeriod = (period: Period, options?: FormatPeriodOptions): string => {
  const x = toExtent(period, "period");
  return formatExtent(x, PERIOD_LABEL_STYLES[readLocale(options)]);
};
