import { Decimal } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { LANGS, type Lang } from "../lexicon/types.js";
import { messages } from "../messages/misuse/input.js";
import { getUnit } from "../units/registry.js";

/** How quantities are read from text. */
export interface ScanOptions {
  /**
   * The text's language. It decides the decimal separator ("31,5" is 31.5 in `uk`/`ru`; "1,700" is
   * 1700 in `en`) and which language's sense of a word wins. Without it each word's script decides
   * (Cyrillic with і/ї/є/ґ → `uk`, other Cyrillic → `ru`, Han → `zh`, else `en`), so mixed text such
   * as "$650 млн" reads as written.
   */
  readonly lang?: Lang;
  /** The currency a bare "$" or "dollars" means. Default `"USD"`; the other dollars stay in `unitCandidates`. */
  readonly dollar?: string;
  /** Relative half-width that "about"/"around" allow, as a decimal string. Default `"0.1"` (±10 %). */
  readonly approxTolerance?: string;
}

/** Options after validation. @internal */
export interface ResolvedScanOptions {
  readonly lang: Lang | undefined;
  readonly dollar: string;
  readonly approxTolerance: Decimal | undefined;
  /** The language of a mention that has no language-specific word ("70", "31,5"): extraction's document language. */
  readonly fallbackLang?: Lang;
}

const DEFAULTS: ResolvedScanOptions = /* @__PURE__ */ Object.freeze({ lang: undefined, dollar: "USD", approxTolerance: undefined });

/** Plain decimal text for a tolerance: digits, at most one point. Hand-written so it cannot backtrack. */
const isPlainDecimal = (text: string): boolean => {
  if (text.length === 0 || text.length > 40) return false;
  let dots = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) dots++;
    else if (c >= 48 && c <= 57) digits++;
    else return false;
  }
  return dots <= 1 && digits > 0;
};

/**
 * Validates scan options. Bad options are a programming error, so they throw even though scanning
 * text never does.
 *
 * @throws {DiscrepancyError} `invalid-argument` naming the option.
 * @internal
 */
export const resolveScanOptions = (options: unknown): ResolvedScanOptions => {
  if (options === undefined || options === null) return DEFAULTS;
  if (typeof options !== "object") throw new DiscrepancyError("invalid-argument", messages.badOption("options", options, "an object"));
  const { lang, dollar, approxTolerance } = options as Record<string, unknown>;
  if (lang !== undefined && !LANGS.includes(lang as Lang))
    throw new DiscrepancyError("invalid-argument", messages.badOption("lang", lang, `one of ${LANGS.join(", ")}`), [
      { path: ["lang"], message: "unknown language", input: lang },
    ]);
  if (dollar !== undefined && (typeof dollar !== "string" || getUnit(dollar)?.dimension !== "currency"))
    throw new DiscrepancyError("invalid-argument", messages.badOption("dollar", dollar, "an ISO 4217 currency code such as \"USD\""), [
      { path: ["dollar"], message: "not a currency code", input: dollar },
    ]);
  let tolerance: Decimal | undefined;
  if (approxTolerance !== undefined) {
    const ok = typeof approxTolerance === "string" && isPlainDecimal(approxTolerance) && new Decimal(approxTolerance).lte(1);
    if (!ok)
      throw new DiscrepancyError("invalid-argument", messages.badOption("approxTolerance", approxTolerance, 'a decimal string from "0" to "1"'), [
        { path: ["approxTolerance"], message: "not a tolerance", input: approxTolerance },
      ]);
    tolerance = new Decimal(approxTolerance);
  }
  return Object.freeze({ lang: lang as Lang | undefined, dollar: (dollar as string | undefined) ?? "USD", approxTolerance: tolerance });
};
