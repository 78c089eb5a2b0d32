import { toPeriodLabel } from "../period/toPeriodLabel.js";
import type { Period } from "../period/types.js";
import type { Locale } from "./types.js";

/**
 * How a report names a period in its locale: English keeps the canonical labels `parsePeriod` reads
 * back ("2023-Q3", "as of 2024-01-01"); other locales name it in their words. @internal
 */
export const periodLabel = (period: Period, locale: Locale): string => (locale.code === "en" ? toPeriodLabel(period) : toPeriodLabel(period));
