import { certainCore, type Extent } from "./extent.js";
import { toExtent } from "./toExtent.js";
import type { Period } from "./types.js";

/** Whether an extent holds a point: a flow holds its start and not its end. */
const holds = (x: Extent, point: number): boolean => (x.start === x.end ? x.start === point : x.start <= point && point < x.end);

/**
 * Whether two periods share some time. Flows overlap when each starts before the other ends (`end` is
 * exclusive, so 2023 and 2024 do not overlap). An instant overlaps a flow that holds it — from its start
 * up to, not including, its end: "as of 1 January 2024" overlaps 2024, not 2023 — and an equal instant.
 * A split year of unknown start overlaps what every placement of it overlaps (2023 and 2024 for
 * "2023/24", not 2023-Q1), and another split year only if it is the same.
 *
 * @example
 * ```ts
 * periodsOverlap(parsePeriod("2023"), parsePeriod("2023-Q3")); // true
 * periodsOverlap(parsePeriod("2023"), parsePeriod("2024")); // false
 * periodsOverlap(parsePeriod("as of 1 January 2024"), parsePeriod("2024")); // true
 * periodsOverlap(parsePeriod("2023/24"), parsePeriod("2023-Q1")); // false
 * ```
 */
export const periodsOverlap = (a: Period, b: Period): boolean => {
  const x0 = toExtent(a, "a");
  const y0 = toExtent(b, "b");
  if (x0.kind === "split-year" && y0.kind === "split-year") return x0.start === y0.start;
  const x = certainCore(x0);
  const y = certainCore(y0);
  if (x.start === x.end) return holds(y, x.start);
  if (y.start === y.end) return holds(x, y.start);
  return x.start < y.end && y.start < x.end;
};
