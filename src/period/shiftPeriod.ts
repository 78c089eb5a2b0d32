import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { differenceInCalendarMonths } from "date-fns/differenceInCalendarMonths";
import { MAX_YEAR, MIN_YEAR, DAY_MS, UTC, addMonthsToDay, addYearsToDay, fromDayNumber } from "./calendar.js";
import type { Extent } from "./extent.js";
import { labelOfExtent } from "./toPeriodLabel.js";
import { toExtent, toPeriod } from "./toExtent.js";
import type { Period } from "./types.js";

// A split year moves a year at a time ("2023/24" → "2024/25"), though it is stored as two.
const MONTHS: Partial<Record<Extent["kind"], number>> = { year: 12, half: 6, quarter: 3, season: 3, month: 1, "split-year": 12 };

const shiftMonths = (x: Extent, months: number): Extent => ({
  kind: x.kind,
  start: addMonthsToDay(x.start, months),
  end: addMonthsToDay(x.end, months),
});

const shift = (x: Extent, n: number): Extent => {
  const step = MONTHS[x.kind];
  if (step !== undefined) return shiftMonths(x, step * n);
  switch (x.kind) {
    case "week":
    case "day":
      return { kind: x.kind, start: x.start + (x.end - x.start) * n, end: x.end + (x.end - x.start) * n };
    case "instant": {
      // Stocks are compared year on year: the neighbour of "as of 2024-01-01" is "as of 2023-01-01".
      const day = addYearsToDay(x.start, n);
      return { kind: "instant", start: day, end: day };
    }
    default: {
      // An interval moves by its own length, in whole months when it is aligned to them.
      if (fromDayNumber(x.start).d === 1 && fromDayNumber(x.end).d === 1) {
        return shiftMonths(x, differenceInCalendarMonths(x.end * DAY_MS, x.start * DAY_MS, UTC) * n);
      }
      const length = x.end - x.start;
      return { kind: x.kind, start: x.start + length * n, end: x.end + length * n };
    }
  }
};

/**
 * The period `n` periods of the same kind and length away: `2023` → `2024` (n = 1) or `2022`
 * (n = −1); `2023-Q4` → `2024-Q1`; `autumn 2023` → `winter 2023`; an interval moves by its own length,
 * in whole months when it runs from a 1st to a 1st (`2023-09/2023-11` → `2023-12/2024-02`), else in
 * days; a split year moves by a year (`2023/24` → `2024/25`); an instant moves by whole years, because
 * stocks are compared year on year. Shifting back returns the original except in two cases: 29 February
 * becomes 28 February in a common year, and an interval of days may land on a 1st to a 1st, from where
 * it moves in months. Used to spot "period-shift" errors: a figure that belongs to the neighbouring
 * period.
 *
 * @throws {@link DiscrepancyError} `invalid-period` for an invalid period, `invalid-argument` when `n`
 *   is not a whole number or the result leaves the years 0001–9999.
 *
 * @example
 * ```ts
 * shiftPeriod(parsePeriod("2023"), -1);
 * // { kind: "year", start: "2022-01-01", end: "2023-01-01", text: "2022" }
 * shiftPeriod(parsePeriod("2023-Q4"), 1).text; // "2024-Q1"
 * shiftPeriod(parsePeriod("2023/24"), 1).text; // "2024/25"
 * ```
 */
export const shiftPeriod = (period: Period, n: number): Period => {
  const x = toExtent(period, "period");
  if (typeof n !== "number" || !Number.isSafeInteger(n)) {
    throw new DiscrepancyError("invalid-argument", messages.badShift(n), [{ path: ["n"], message: messages.badShift(n), input: n }]);
  }
  // Keep the arithmetic inside the calendar before moving: beyond ±10,000 years nothing is printable.
  const outOfRange = () => new DiscrepancyError("invalid-argument", messages.periodOutOfRange(labelOfExtent(x), n));
  if (Math.abs(n) * Math.max(1, x.end - x.start) > 3_660_000) throw outOfRange();
  const moved = shift(x, n);
  const first = fromDayNumber(moved.start).y;
  const last = fromDayNumber(moved.end).y;
  // Written so that NaN (a date beyond what a Date can hold) is out of range too.
  if (!(first >= MIN_YEAR && last <= MAX_YEAR)) throw outOfRange();
  return toPeriod(moved, labelOfExtent(moved));
};
