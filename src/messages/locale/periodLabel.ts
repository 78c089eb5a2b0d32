import { formatPeriod } from "../../period/formatPeriod.js";
import { toPeriodLabel } from "../../period/toPeriodLabel.js";
import type { Period } from "../../period/types.js";
import type { Locale } from "../en/types.js";

/**
 * How a report names a period in its locale: English keeps the canonical labels `parsePeriod` reads
 * back ("2023-Q3", "as of 2024-01-01"), as its reports always have; other locales name the period in
 * their words ("листопад 2024 р.", "ноябрь 2024 г.", "2024年11月"). @internal
 */
export const periodLabel = (period: Period, locale: Locale): string =>
  locale.code === "en" ? toPeriodLabel(period) : formatPeriod(period, { locale: locale.code });
