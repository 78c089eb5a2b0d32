import { en } from "../messages/en/index.js";
import { periodLabel } from "../messages/locale/periodLabel.js";
import type { Locale } from "../messages/en/types.js";
import type { Period } from "../period/types.js";

/**
 * How a report names the period of a group of claims: from the period itself ("2023", "2023-Q3",
 * "as of 2024-01-01"), never from one claim's words for it, which may be in another language ("в 2024
 * році" in an English report) or say less than the group ("last year"). The labels
 * are the canonical forms `parsePeriod` reads back in English, the locale's words in the others.
 *
 * @internal
 */
export const groupPeriodLabel = (period: Period | undefined, locale: Locale = en): string | undefined =>
  period === undefined ? undefined : periodLabel(period, locale);
