import { format } from "date-fns/format";
import type { Locale } from "date-fns/locale";
import { enGB } from "date-fns/locale/en-GB";
import { ru } from "date-fns/locale/ru";
import { uk } from "date-fns/locale/uk";
import { zhCN } from "date-fns/locale/zh-CN";
import type { Lang, PeriodSeason } from "../lexicon/types.js";
import { toUTCDate } from "./calendar.js";

/**
 * How one language writes the parts of a period label. Month and day names come from date-fns's
 * locale through `format` (standalone `LLLL` where a month stands alone — "листопад", "ноябрь" — and
 * the in-context `MMMM` after a day number — "1 січня", "1 января"); the words around them follow the
 * usage of each language's statistics offices (Держстат, Росстат, 国家统计局).
 *
 * Parameters are day numbers; `last` is the last day of a range (inclusive).
 *
 * @internal
 */
export interface PeriodLabelStyle {
  readonly year: (y: number) => string;
  /** Whole years `a` to `b` (inclusive), `a < b`. */
  readonly years: (a: number, b: number) => string;
  readonly half: (y: number, h: 1 | 2) => string;
  readonly quarter: (first: number) => string;
  /** A season; winter runs into the next year. */
  readonly season: (s: PeriodSeason, y: number) => string;
  readonly month: (first: number) => string;
  /** Whole months from the month of `first` to the month of `last`, within one year or across years. */
  readonly months: (first: number, last: number, sameYear: boolean) => string;
  readonly day: (day: number) => string;
  /** Days `first` to `last`, in one month, one year, or across years. */
  readonly days: (first: number, last: number, span: "month" | "year" | "years") => string;
  /** ISO week starting on Monday `first`. */
  readonly week: (first: number) => string;
  readonly instant: (day: number) => string;
  /** The split year `y`/`y + 1` of unknown first month. */
  readonly splitYear: (y: number) => string;
}

const fmt = (locale: Locale) => (day: number, pattern: string): string => format(toUTCDate(day), pattern, { locale });
const twoDigits = (y: number): string => String((y + 1) % 100).padStart(2, "0");
const ROMAN = ["I", "II", "III", "IV"] as const;

const en = /* @__PURE__ */ ((): PeriodLabelStyle => {
  const f = fmt(enGB);
  const SEASON: Readonly<Record<PeriodSeason, string>> = { spring: "spring", summer: "summer", autumn: "autumn", winter: "winter" };
  return {
    year: (y) => String(y),
    years: (a, b) => `${a}–${b}`,
    half: (y, h) => `H${h} ${y}`,
    quarter: (first) => f(first, "QQQ y"),
    season: (s, y) => (s === "winter" ? `winter ${y}/${twoDigits(y)}` : `${SEASON[s]} ${y}`),
    month: (first) => f(first, "LLLL y"),
    months: (first, last, sameYear) => (sameYear ? `${f(first, "LLLL")}–${f(last, "LLLL y")}` : `${f(first, "LLLL y")} – ${f(last, "LLLL y")}`),
    day: (day) => f(day, "d MMMM y"),
    days: (first, last, span) =>
      span === "month"
        ? `${f(first, "d")}–${f(last, "d MMMM y")}`
        : span === "year"
          ? `${f(first, "d MMMM")} – ${f(last, "d MMMM y")}`
          : `${f(first, "d MMMM y")} – ${f(last, "d MMMM y")}`,
    week: (first) => f(first, "'week' I 'of' R"),
    instant: (day) => `as of ${f(day, "d MMMM y")}`,
    splitYear: (y) => `${y}/${twoDigits(y)}`,
  };
})();

/** Ukrainian and Russian write periods alike: the year word after the figure, Roman quarters. */
const cyrillic = (
  locale: Locale,
  words: {
    readonly y: string;
    readonly yy: string;
    readonly half: string;
    readonly quarter: string;
    readonly week: string;
    readonly asOf: string;
    readonly seasons: Readonly<Record<PeriodSeason, string>>;
  },
): PeriodLabelStyle => {
  const f = fmt(locale);
  const y = ` ${words.y}`;
  return {
    year: (n) => `${n}${y}`,
    years: (a, b) => `${a}–${b} ${words.yy}`,
    half: (n, h) => `${ROMAN[h - 1]} ${words.half} ${n}${y}`,
    quarter: (first) => `${ROMAN[Number(f(first, "Q")) - 1]} ${words.quarter} ${f(first, "y")}${y}`,
    season: (s, n) => (s === "winter" ? `${words.seasons.winter} ${n}/${twoDigits(n)}${y}` : `${words.seasons[s]} ${n}${y}`),
    month: (first) => `${f(first, "LLLL y")}${y}`,
    months: (first, last, sameYear) =>
      sameYear ? `${f(first, "LLLL")}–${f(last, "LLLL y")}${y}` : `${f(first, "LLLL y")}${y} – ${f(last, "LLLL y")}${y}`,
    day: (day) => `${f(day, "d MMMM y")}${y}`,
    days: (first, last, span) =>
      span === "month"
        ? `${f(first, "d")}–${f(last, "d MMMM y")}${y}`
        : span === "year"
          ? `${f(first, "d MMMM")} – ${f(last, "d MMMM y")}${y}`
          : `${f(first, "d MMMM y")}${y} – ${f(last, "d MMMM y")}${y}`,
    week: (first) => `${f(first, "I")}-${words.week} ${f(first, "R")}${y}`,
    instant: (day) => `${words.asOf} ${f(day, "d MMMM y")}${y}`,
    splitYear: (n) => `${n}/${twoDigits(n)}${y}`,
  };
};

const ukStyle = /* @__PURE__ */ cyrillic(uk, {
  y: "р.",
  yy: "рр.",
  half: "півріччя",
  quarter: "квартал",
  week: "й тиждень",
  asOf: "станом на",
  seasons: { spring: "весна", summer: "літо", autumn: "осінь", winter: "зима" },
});

const ruStyle = /* @__PURE__ */ cyrillic(ru, {
  y: "г.",
  yy: "гг.",
  half: "полугодие",
  quarter: "квартал",
  week: "я неделя",
  asOf: "на",
  seasons: { spring: "весна", summer: "лето", autumn: "осень", winter: "зима" },
});

// Chinese writes ranges with the long dash of GB/T 15834 ("1—9月", "2013—2015年").
const zh = /* @__PURE__ */ ((): PeriodLabelStyle => {
  const f = fmt(zhCN);
  const SEASON: Readonly<Record<PeriodSeason, string>> = { spring: "春季", summer: "夏季", autumn: "秋季", winter: "冬季" };
  return {
    year: (y) => `${y}年`,
    years: (a, b) => `${a}—${b}年`,
    half: (y, h) => `${y}年${h === 1 ? "上" : "下"}半年`,
    quarter: (first) => f(first, "y'年'QQQQ"),
    season: (s, y) => (s === "winter" ? `${y}/${y + 1}年冬季` : `${y}年${SEASON[s]}`),
    month: (first) => f(first, "y'年'M'月'"),
    months: (first, last, sameYear) => (sameYear ? `${f(first, "y'年'M")}—${f(last, "M'月'")}` : `${f(first, "y'年'M'月'")}—${f(last, "y'年'M'月'")}`),
    day: (day) => f(day, "y'年'M'月'd'日'"),
    days: (first, last, span) =>
      `${f(first, "y'年'M'月'd'日'")}—${f(last, span === "month" ? "d'日'" : span === "year" ? "M'月'd'日'" : "y'年'M'月'd'日'")}`,
    week: (first) => f(first, "R'年第'I'周'"),
    instant: (day) => `截至${f(day, "y'年'M'月'd'日'")}`,
    splitYear: (y) => `${y}/${twoDigits(y)}年度`,
  };
})();

/** The label style of each language. @internal */
export const PERIOD_LABEL_STYLES: Readonly<Record<Lang, PeriodLabelStyle>> = /* @__PURE__ */ Object.freeze({ en, uk: ukStyle, ru: ruStyle, zh });
