import { toPeriodLabel } from "../period/toPeriodLabel.js";
import type { Period } from "../period/types.js";

/**
 * How a report names the period of a group of claims: from the period itself ("2023", "2023-Q3",
 * "as of 2024-01-01"), never from one claim's words for it, which may be in another language ("в 2024
 * році" in an English report) or say less than the group ("last year"). English for now; the labels
 * are the canonical forms `parsePeriod` reads back.
 *
 * @internal
 */
export const groupPeriodLabel = (period: Period | undefined): string | undefined => (period === undefined ? undefined : toPeriodLabel(period));
