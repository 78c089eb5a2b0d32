import { formatDay, formatMonth, fromDayNumber, toIsoWeek } from "./calendar.js";
import { seasonOfStartMonth, type Extent } from "./extent.js";
import { toExtent } from "./toExtent.js";
import type { Period } from "./types.js";

const pad4 = (y: number): string => String(y).padStart(4, "0");

/** The canonical label of a valid extent. @internal */
export const labelOfExtent = (x: Extent): string => {
  const s = fromDayNumber(x.start);
  switch (x.kind) {
    case "year":
      return pad4(s.y);
    case "half":
      return `${pad4(s.y)}-H${s.m === 1 ? 1 : 2}`;
    case "quarter":
      return `${pad4(s.y)}-Q${(s.m + 2) / 3}`;
    case "season":
      return `${seasonOfStartMonth(s.m) ?? "season"} ${pad4(s.y)}`;
    case "month":
      return formatMonth(x.start);
    case "week": {
      const { year, week } = toIsoWeek(x.start);
      return `${pad4(year)}-W${String(week).padStart(2, "0")}`;
    }
    case "day":
      return formatDay(x.start);
    case "instant":
      return `as of ${formatDay(x.start)}`;
    case "split-year":
      return `${pad4(s.y)}/${String((s.y + 1) % 100).padStart(2, "0")}`;
    case "interval": {
      const e = fromDayNumber(x.end);
      const last = x.end - 1;
      // The coarsest ISO form that says exactly this interval; its end is inclusive.
      // Two years in a row as "2023/2024" would read back as a split year: they are written by month.
      if (s.m === 1 && s.d === 1 && e.m === 1 && e.d === 1 && e.y - s.y !== 2) return `${pad4(s.y)}/${pad4(e.y - 1)}`;
      if (s.d === 1 && e.d === 1) return `${formatMonth(x.start)}/${formatMonth(last)}`;
      return `${formatDay(x.start)}/${formatDay(last)}`;
    }
  }
};

/**
 * The canonical text of a period, which {@link parsePeriod} reads back to the same period: "2023",
 * "2023-H1", "2023-Q3", "autumn 2023", "2023-07", "2023-W05", "2024-01-01", "as of 2024-01-01", the
 * split year "2023/24", and intervals in the coarsest ISO form with an inclusive end ("2013/2015", "2023-09/2023-11",
 * "2023-09-05/2023-11-20").
 *
 * @throws {@link DiscrepancyError} `invalid-period` when `period` is not a valid period.
 *
 * @example
 * ```ts
 * toPeriodLabel(parsePeriod("Q3 2023")); // "2023-Q3"
 * toPeriodLabel(parsePeriod("by the end of 2021")); // "as of 2022-01-01"
 * toPeriodLabel(parsePeriod("September–November 2023")); // "2023-09/2023-11"
 * ```
 */
export const toPeriodLabel = (period: Period): string => labelOfExtent(toExtent(period, "period"));
