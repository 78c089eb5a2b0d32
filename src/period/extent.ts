import type { PeriodSeason } from "../lexicon/types.js";
import {
  MAX_YEAR,
  MIN_YEAR,
  fromDayNumber,
  isValidDate,
  isoWeekOneStart,
  isoWeeksInYear,
  toDayNumber,
} from "./calendar.js";
import type { PeriodKind } from "./types.js";

/**
 * A period as integers: its kind and its start and end as day numbers (end exclusive; an instant has
 * `start === end`). The parser and the helpers compute on extents and print ISO dates once.
 *
 * @internal
 */
export interface Extent {
  readonly kind: PeriodKind;
  readonly start: number;
  readonly end: number;
}

/** The first month of each meteorological season (northern hemisphere). @internal */
export const SEASON_START_MONTH: Readonly<Record<PeriodSeason, number>> = /* @__PURE__ */ Object.freeze({
  spring: 3,
  summer: 6,
  autumn: 9,
  winter: 12,
});

/** The season that starts in month `m` (3, 6, 9 or 12). @internal */
export const seasonOfStartMonth = (m: number): PeriodSeason | undefined =>
  m === 3 ? "spring" : m === 6 ? "summer" : m === 9 ? "autumn" : m === 12 ? "winter" : undefined;

const inYears = (y: number): boolean => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

/** `count` months from the first of month `m` of year `y`, when both ends are printable dates. @internal */
export const monthsExtent = (kind: PeriodKind, y: number, m: number, count: number): Extent | undefined => {
  // The end is exclusive, so a period that ends with MAX_YEAR would end in a year ISO cannot print.
  if (!inYears(y) || !inYears(y + Math.floor((m - 1 + count) / 12))) return undefined;
  // From the first of a month, adding months is the UTC calendar's own month roll-over (what addMonths
  // does, without its clamping of the 31st, which cannot arise here) at a fifth of the cost: this runs
  // for every candidate year of every period phrase.
  return { kind, start: toDayNumber(y, m, 1), end: toDayNumber(y, m + count, 1) };
};
const months = monthsExtent;

/** @internal */
export const yearExtent = (y: number): Extent | undefined => months("year", y, 1, 12);
/** @internal */
export const halfExtent = (y: number, h: number): Extent | undefined =>
  h === 1 || h === 2 ? months("half", y, h * 6 - 5, 6) : undefined;
/** @internal */
export const quarterExtent = (y: number, q: number): Extent | undefined =>
  Number.isInteger(q) && q >= 1 && q <= 4 ? months("quarter", y, q * 3 - 2, 3) : undefined;
/** @internal */
export const monthExtent = (y: number, m: number): Extent | undefined =>
  Number.isInteger(m) && m >= 1 && m <= 12 ? months("month", y, m, 1) : undefined;
/**
 * Meteorological seasons of the northern hemisphere: spring is March–May, summer June–August, autumn
 * September–November, and winter `y` is December `y` – February `y + 1`.
 *
 * @internal
 */
export const seasonExtent = (y: number, s: PeriodSeason): Extent | undefined =>
  months("season", y, SEASON_START_MONTH[s], 3);
/** @internal */
export const dayExtent = (y: number, m: number, d: number): Extent | undefined => {
  if (!isValidDate(y, m, d)) return undefined;
  const start = toDayNumber(y, m, d);
  return { kind: "day", start, end: start + 1 };
};
/** ISO week `w` of ISO week-year `y` (weeks start on Monday). @internal */
export const weekExtent = (y: number, w: number): Extent | undefined => {
  if (!inYears(y) || !inYears(y + 1) || !Number.isInteger(w) || w < 1 || w > isoWeeksInYear(y)) return undefined;
  const start = isoWeekOneStart(y) + (w - 1) * 7;
  return { kind: "week", start, end: start + 7 };
};
/**
 * The split year `y`/`y + 1` with an unknown first month: the two calendar years it may touch.
 *
 * @internal
 */
export const splitYearExtent = (y: number): Extent | undefined =>
  inYears(y) && inYears(y + 2) ? { kind: "split-year", start: toDayNumber(y, 1, 1), end: toDayNumber(y + 2, 1, 1) } : undefined;

/**
 * What time a split year certainly covers, wherever in `y` (February to December) its first month
 * falls: December of `y` and January of `y + 1`. Another period overlaps every placement of the split
 * year exactly when it overlaps this core. Other extents are returned as they are.
 *
 * @internal
 */
export const certainCore = (x: Extent): Extent => {
  if (x.kind !== "split-year") return x;
  const y = fromDayNumber(x.start).y;
  return { kind: "interval", start: toDayNumber(y, 12, 1), end: toDayNumber(y + 1, 2, 1) };
};

/**
 * The time some placement of a split year may cover: February of `y` to November of `y + 1`. Other
 * extents are returned as they are.
 *
 * @internal
 */
export const possibleSpan = (x: Extent): Extent => {
  if (x.kind !== "split-year") return x;
  const y = fromDayNumber(x.start).y;
  return { kind: "interval", start: toDayNumber(y, 2, 1), end: toDayNumber(y + 1, 12, 1) };
};

/** @internal */
export const instantExtent = (day: number): Extent => ({ kind: "instant", start: day, end: day });
/** @internal */
export const intervalExtent = (start: number, end: number): Extent => ({ kind: "interval", start, end });
