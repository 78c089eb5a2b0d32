import type { Lang } from "../lexicon/types.js";
import { scanPeriods, type PeriodSpan } from "../period/scanPeriods.js";

/**
 * The periods of a text, read by the period module's scanner (the same grammar as `parsePeriod`), with
 * relative phrases resolved against `publishedAt`. The one place extraction touches the period module.
 * Never throws: the period scanner does not, and an unusable `publishedAt` counts as none.
 *
 * @internal
 */
export const findPeriods = (text: string, lang: Lang | undefined, publishedAt: string | undefined): readonly PeriodSpan[] =>
  scanPeriods(text, {
    ...(lang !== undefined ? { lang } : {}),
    ...(publishedAt !== undefined ? { reference: publishedAt } : {}),
  });
