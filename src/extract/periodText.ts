import { isLang } from "./readOptions.js";
import { safeParsePeriod } from "../period/safeParsePeriod.js";
import { toPeriodLabel } from "../period/toPeriodLabel.js";
import type { Period } from "../period/types.js";

/**
 * The period as claim input writes it: its canonical label ("2023", "2024-07", "as of 2024-01-01") when
 * the claim's language reads the label back to the same period, else the words it was read from ("на 1
 * января 2024 года"), which read back the same against the same publication date.
 *
 * @internal
 */
export const periodText = (period: Period, lang: string | undefined, reference: string): string => {
  const label = toPeriodLabel(period);
  const options = { reference, ...(isLang(lang) ? { lang } : {}) };
  const back = safeParsePeriod(label, options);
  if (back.success && back.period.start === period.start && back.period.end === period.end && back.period.kind === period.kind) return label;
  return period.text;
};

/**
 * The year a period falls in (its start's), as a period.
 *
 * @internal
 */
export const yearPeriod = (year: number): Period | undefined => {
  const parsed = safeParsePeriod(String(year).padStart(4, "0"));
  return parsed.success ? parsed.period : undefined;
};

/** @internal */
export const yearOf = (period: Period): number => Number(period.start.slice(0, 4));
