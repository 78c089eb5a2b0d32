import { DiscrepancyError } from "../../errors.js";
import { createNumberFormat } from "../numbers/createNumberFormat.js";
import { en } from "../en/index.js";
import { ru } from "../ru/index.js";
import { uk } from "../uk/index.js";
import { zh } from "../zh/index.js";
import { quote } from "../misuse/quote.js";
import type { Locale, LocaleCode, RenderContext } from "../en/types.js";

const BY_CODE: Readonly<Record<LocaleCode, Locale>> = { en, uk, ru, zh };

/** The closed list of built-in locale codes. @internal */
export const LOCALE_CODES: readonly LocaleCode[] = /* @__PURE__ */ Object.freeze(["en", "uk", "ru", "zh"]);

const isLocale = (value: unknown): value is Locale =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Locale).code === "string" &&
  typeof (value as Locale).explain === "object" &&
  typeof (value as Locale).report === "object" &&
  typeof (value as Locale).relations === "object" &&
  typeof (value as Locale).number === "object";

/**
 * The locale an option names: a code (`"uk"`) or a {@link Locale} object; English when left out.
 * @internal
 */
export const resolveLocale = (option: unknown, name = "options.locale"): Locale => {
  if (option === undefined) return en;
  if (typeof option === "string" && Object.hasOwn(BY_CODE, option)) return BY_CODE[option as LocaleCode];
  if (isLocale(option)) return option;
  throw new DiscrepancyError("invalid-argument", `${name} must be one of "en", "uk", "ru", "zh" or a locale object, got ${quote(option)}`, [
    { path: [name.startsWith("options.") ? name.slice("options.".length) : name], message: `must be one of "en", "uk", "ru", "zh" or a locale object`, code: "invalid_value", params: { values: LOCALE_CODES }, ...(typeof option === "string" ? { input: option } : {}) },
  ]);
};

const CONTEXTS = /* @__PURE__ */ new WeakMap<Locale, RenderContext>();

/**
 * What renderers need besides the catalogues: the locale's numbers, and parties named by code through
 * `Intl.DisplayNames` (English keeps the code, as its sentences always have). Built once per locale.
 * @internal
 */
export const renderContext = (locale: Locale): RenderContext => {
  let ctx = CONTEXTS.get(locale);
  if (ctx === undefined) {
    const n = createNumberFormat(locale.number);
    let party = (code: string): string => code;
    if (locale.code !== "en") {
      const regions = new Intl.DisplayNames([locale.number.tag], { type: "region", fallback: "code" });
      party = (code: string): string => {
        try {
          return regions.of(code) ?? code;
        } catch {
          return code;
        }
      };
    }
    ctx = Object.freeze({ n, party });
    CONTEXTS.set(locale, ctx);
  }
  return ctx;
};
