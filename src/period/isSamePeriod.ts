import { toExtent } from "./toExtent.js";
import type { Period } from "./types.js";

/**
 * Whether two periods cover the same time: same start and end, and both instants or both flows.
 * Kind and text do not matter: "Q1 2023" is the same period as "January–March 2023". A split year of
 * unknown start ("2023/24", "FY2023-24", "2023/2024") is the same period only as the same split year.
 *
 * @example
 * ```ts
 * isSamePeriod(parsePeriod("2023-Q1"), parsePeriod("2023-01/2023-03")); // true
 * isSamePeriod(parsePeriod("2024-01-01"), parsePeriod("as of 2024-01-01")); // false
 * isSamePeriod(parsePeriod("2023/24"), parsePeriod("FY2023-24")); // true
 * isSamePeriod(parsePeriod("2023/24"), parsePeriod("2023")); // false
 * ```
 */
export const isSamePeriod = (a: Period, b: Period): boolean => {
  const x = toExtent(a, "a");
  const y = toExtent(b, "b");
  return x.start === y.start && x.end === y.end && (x.kind === "split-year") === (y.kind === "split-year");
};
