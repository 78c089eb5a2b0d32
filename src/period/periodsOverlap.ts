import type { Extent } from "./extent.js";
import { toExtent } from "./toExtent.js";
import type { Period } from "./types.js";

/** Whether an extent holds a point: a flow holds its start and not its end. */
const holds = (x: Extent, point: number): boolean => (x.start === x.end ? x.start === point : x.start <= point && point < x.end);

/**
 * Whether two periods share some time. Flows overlap when each starts before the other ends (`end` is
 * exclusive, so 2023 and 2024 do not overlap). An instant overlaps a flow that holds it — from its start
 * up to, not including, its end: "as of 1 January 2024" overlaps 2024, not 2023 — and an equal instant.
 *
 * @example
 * ```ts
 * periodsOverlap(parsePeriod("2023"), parsePeriod("2023-Q3")); // true
 * periodsOverlap(parsePeriod("2023"), parsePeriod("2024")); // false
 * periodsOverlap(parsePeriod("as of 1 January 2024"), parsePeriod("2024")); // true
 * ```
 */
export const periodsOverlap = (a: Period, b: Period): boolean => {
  const x = toExtent(a, "a");
  const y = toExtent(b, "b");
  if (x.start === x.end) return holds(y, x.start);
  if (y.start === y.end) return holds(x, y.start);
  return x.start < y.end && y.start < x.end;
};
