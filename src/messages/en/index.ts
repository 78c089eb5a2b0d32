import type { Locale } from "./types.js";
import { explain } from "./explain.js";
import { issues } from "./issues.js";
import { number } from "../numbers/en.js";
import { relations } from "./relations.js";
import { report } from "./report.js";

/**
 * English, the default locale: the library's own words.
 *
 * @example
 * ```ts
 * en.code; // "en"
 * ```
 */
export const en: Locale = /* @__PURE__ */ Object.freeze({ code: "en", number, explain, report, relations, issues });
