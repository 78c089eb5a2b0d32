import { toExtent } from "./toExtent.js";
import type { Period } from "./types.js";

/**
 * A cheap string key of the time a period covers: two periods have the same key exactly when they
 * cover the same time, whatever their kind or text ("2023-Q1" and "2023-01/2023-03" share a key). An
 * instant's key (`@2024-01-01`) differs from every flow's (`2024-01-01/2024-01-02`): a stock and a
 * flow are never the same period. A split year of unknown start ("2023/24", `~2023-01-01/2025-01-01`)
 * shares its key only with the same split year, never with the two calendar years it is stored as.
 *
 * @throws {@link DiscrepancyError} `invalid-period` when `period` is not a valid period.
 *
 * @example
 * ```ts
 * toPeriodKey(parsePeriod("2023")); // "2023-01-01/2024-01-01"
 * toPeriodKey(parsePeriod("as of 1 January 2024")); // "@2024-01-01"
 * toPeriodKey(parsePeriod("2023/24")); // "~2023-01-01/2025-01-01"
 * ```
 */
export const toPeriodKey = (period: Period): string => {
  toExtent(period, "period");
  if (period.kind === "instant") return `@${period.start}`;
  return period.kind === "split-year" ? `~${period.start}/${period.end}` : `${period.start}/${period.end}`;
};
