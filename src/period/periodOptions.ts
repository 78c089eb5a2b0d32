import { DiscrepancyError } from "../errors.js";
import { LANGS, type Lang } from "../lexicon/types.js";
import { messages } from "../messages/misuse/input.js";
import type { Reference } from "./resolveSpec.js";
import { toReference } from "./toReference.js";
import type { Period } from "./types.js";

/** Options of {@link parsePeriod} and {@link scanPeriods}. */
export interface PeriodOptions {
  /**
   * What relative phrases ("last year", "this July", "минулого місяця", "去年") are resolved against,
   * usually the publication date: a {@link Period}, or period text such as `"2025-09-05"`, `"2024-12"`
   * or `"2024"` when the date is known only to the month or the year.
   */
  readonly reference?: Period | string | undefined;
  /** The language of the text; by default the words of every lexicon are read. */
  readonly lang?: Lang | undefined;
  /**
   * The first month (2–12) of a split year such as "2023/24" or "FY2023-24": with `7`, "2023/24" is
   * July 2023 – June 2024, an interval. By default the month is unknown and the split year is a
   * period of its own kind (`split-year`), comparable only with the same split year.
   */
  readonly fiscalYearStart?: number | undefined;
}

/**
 * The language and reference of the options. Strict: misuse throws a {@link DiscrepancyError} naming
 * the option. Lenient (for scanning, which never throws): an unknown language reads every lexicon and
 * an unusable reference counts as none.
 *
 * @internal
 */
export const readPeriodOptions = (
  options: unknown,
  strict: boolean,
): {
  readonly lang: Lang | undefined;
  readonly ref: Reference | undefined;
  readonly fiscalYearStart: number | undefined;
} => {
  if (options === undefined || options === null || typeof options !== "object") {
    if (strict && options !== undefined) {
      throw new DiscrepancyError("invalid-argument", messages.badPeriodOptions(options));
    }
    return { lang: undefined, ref: undefined, fiscalYearStart: undefined };
  }
  const { lang, reference, fiscalYearStart: fy } = options as Record<string, unknown>;
  let fiscalYearStart: number | undefined;
  if (fy !== undefined) {
    if (typeof fy === "number" && Number.isInteger(fy) && fy >= 2 && fy <= 12) fiscalYearStart = fy;
    // Lenient: an unusable month leaves the split year's start unknown, which is never wrong.
    else if (strict) {
      const message = messages.badFiscalYearStart(fy);
      throw new DiscrepancyError("invalid-argument", message, [{ path: ["fiscalYearStart"], message, input: fy }]);
    }
  }
  let readLang: Lang | undefined;
  if (lang !== undefined) {
    if (typeof lang === "string" && (LANGS as readonly string[]).includes(lang)) readLang = lang as Lang;
    else if (strict) throw new DiscrepancyError("invalid-argument", messages.unknownLang(lang), [{ path: ["lang"], message: messages.unknownLang(lang), input: lang }]);
  }
  const ref = toReference(reference);
  if (ref !== undefined && "error" in ref) {
    if (strict) throw new DiscrepancyError("invalid-argument", ref.error, [{ path: ["reference"], message: ref.error }]);
    return { lang: readLang, ref: undefined, fiscalYearStart };
  }
  return { lang: readLang, ref, fiscalYearStart };
};
