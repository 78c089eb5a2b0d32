import { toExtent } from "./toExtent.js";
import type { Period } from "./types.js";

/**
 * Sort order of periods: by start, then by end, so an instant comes before the flows that start on its
 * day and a month before the year that starts with it. Returns 0 exactly when {@link isSamePeriod}
 * holds, so it can be passed to `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * ["2024", "2023-Q3", "2023"].map((t) => parsePeriod(t)).sort(comparePeriods).map((p) => p.text);
 * // ["2023", "2023-Q3", "2024"]
 * comparePeriods(parsePeriod("2023"), parsePeriod("2023-01/2023-12")); // 0
 * ```
 */
export const comparePeriods = (a: Period, b: Period): -1 | 0 | 1 => {
  const x = toExtent(a, "a");
  const y = toExtent(b, "b");
  if (x.start !== y.start) return x.start < y.start ? -1 : 1;
  if (x.end !== y.end) return x.end < y.end ? -1 : 1;
  // A split year after the two calendar years it is stored as: the same span, not the same period.
  const sx = x.kind === "split-year";
  return sx === (y.kind === "split-year") ? 0 : sx ? 1 : -1;
};
