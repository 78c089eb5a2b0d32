import { certainCore, possibleSpan } from "./extent.js";
import { toExtent } from "./toExtent.js";
import type { Period } from "./types.js";

/**
 * Whether `inner` lies wholly inside `outer`. Every period is within itself; an instant is within a
 * flow that holds it (from its start up to, not including, its end); a flow is never within an instant.
 * A split year of unknown start ("2023/24") holds what every placement of its months holds (December
 * 2023, January 2024) and is within what holds every placement (not 2023, not 2024).
 *
 * @example
 * ```ts
 * isPeriodWithin(parsePeriod("2023-07"), parsePeriod("2023-Q3")); // true
 * isPeriodWithin(parsePeriod("2023"), parsePeriod("2023-Q3")); // false
 * isPeriodWithin(parsePeriod("as of 2023-07-01"), parsePeriod("2023")); // true
 * isPeriodWithin(parsePeriod("2024-01"), parsePeriod("2023/24")); // true
 * isPeriodWithin(parsePeriod("2023/24"), parsePeriod("2023")); // false
 * ```
 */
export const isPeriodWithin = (inner: Period, outer: Period): boolean => {
  const x0 = toExtent(inner, "inner");
  const y0 = toExtent(outer, "outer");
  // A split year of unknown start: within what holds every placement of it; holds what every placement holds.
  if (x0.kind === "split-year" && y0.kind === "split-year") return x0.start === y0.start;
  const x = possibleSpan(x0);
  const y = certainCore(y0);
  if (y.start === y.end) return x.start === y.start && x.end === y.end;
  if (x.start === x.end) return y.start <= x.start && x.start < y.end;
  return y.start <= x.start && x.end <= y.end;
};
