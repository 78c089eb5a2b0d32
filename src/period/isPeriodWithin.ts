import { toExtent } from "./toExtent.js";
import type { Period } from "./types.js";

/**
 * Whether `inner` lies wholly inside `outer`. Every period is within itself; an instant is within a
 * flow that holds it (from its start up to, not including, its end); a flow is never within an instant.
 *
 * @example
 * ```ts
 * isPeriodWithin(parsePeriod("2023-07"), parsePeriod("2023-Q3")); // true
 * isPeriodWithin(parsePeriod("2023"), parsePeriod("2023-Q3")); // false
 * isPeriodWithin(parsePeriod("as of 2023-07-01"), parsePeriod("2023")); // true
 * ```
 */
export const isPeriodWithin = (inner: Period, outer: Period): boolean => {
  const x = toExtent(inner, "inner");
  const y = toExtent(outer, "outer");
  if (y.start === y.end) return x.start === y.start && x.end === y.end;
  if (x.start === x.end) return y.start <= x.start && x.start < y.end;
  return y.start <= x.start && x.end <= y.end;
};
