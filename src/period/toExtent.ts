import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { formatDay, readIsoDay } from "./calendar.js";
import type { Extent } from "./extent.js";
import type { Period, PeriodKind } from "./types.js";

const KINDS: ReadonlySet<string> = new Set<PeriodKind>([
  "year",
  "half",
  "quarter",
  "season",
  "month",
  "week",
  "day",
  "interval",
  "instant",
  "split-year",
]);

/** Builds the frozen public {@link Period} of an extent. @internal */
export const toPeriod = (extent: Extent, text: string): Period => {
  const period: Period = Object.freeze({
    kind: extent.kind,
    start: formatDay(extent.start),
    end: formatDay(extent.end),
    text,
  });
  return period;
};

/** The months a month-aligned kind spans, and the months it may start in. */
const MONTH_SHAPES: Partial<Record<PeriodKind, { readonly length: number; readonly starts: readonly number[] }>> = {
  year: { length: 12, starts: [1] },
  half: { length: 6, starts: [1, 7] },
  quarter: { length: 3, starts: [1, 4, 7, 10] },
  season: { length: 3, starts: [3, 6, 9, 12] },
  month: { length: 1, starts: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
  // Stored as the two calendar years a split year of unknown start may touch.
  "split-year": { length: 24, starts: [1] },
};

/**
 * Why `value` is not a valid period, or its extent. Two day lookups (each distinct date is read through
 * date-fns once, see `readIsoDay`) and a few comparisons: cheap enough to run on every call, so no cache
 * of known periods is kept (a WeakMap of every period made costs more in GC).
 *
 * @internal
 */
export const checkPeriod = (value: unknown): Extent | string => {
  const P = messages.periodProblem;
  if (typeof value !== "object" || value === null) return P.notObject(value);
  const { kind, start, end, text } = value as Record<string, unknown>;
  if (typeof kind !== "string" || !KINDS.has(kind)) return P.unknownKind(kind);
  if (typeof text !== "string") return P.textNotString;
  const sd = readIsoDay(start);
  if (sd === undefined) return P.badDate("start", start);
  const ed = readIsoDay(end);
  if (ed === undefined) return P.badDate("end", end);
  const s = sd.day;
  const e = ed.day;
  const k = kind as PeriodKind;
  const extent: Extent = { kind: k, start: s, end: e };
  if (k === "instant") return s === e ? extent : P.instantEnds;
  if (s >= e) return P.endsBeforeStart(String(start), String(end));
  if (k === "interval") return extent;
  if (k === "day") return e === s + 1 ? extent : P.dayLength;
  if (k === "week") return sd.weekday === 0 && e === s + 7 ? extent : P.weekShape;
  const shape = MONTH_SHAPES[k];
  if (shape === undefined || sd.d !== 1 || !shape.starts.includes(sd.m)) return P.kindStart(k);
  // Both ends were read through the calendar once (and are cached); counting the months between two
  // firsts of a month is then subtraction.
  return ed.d === 1 && ed.y * 12 + ed.m - (sd.y * 12 + sd.m) === shape.length ? extent : P.kindEnd(k);
};

/**
 * The extent of a period given by a caller, validated (kind, ISO dates, and that start and end fit
 * the kind), or a {@link DiscrepancyError} naming the argument.
 *
 * @internal
 */
export const toExtent = (value: unknown, name: string): Extent => {
  const result = checkPeriod(value);
  if (typeof result === "string") {
    throw new DiscrepancyError("invalid-period", messages.notAPeriod(name, result), [
      { path: [name], message: result },
    ]);
  }
  return result;
};
