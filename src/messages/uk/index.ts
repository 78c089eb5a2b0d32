import type { Locale } from "../en/types.js";
import { explain } from "./explain.js";
import { issues } from "./issues.js";
import { number } from "../numbers/uk.js";
import { relations } from "./relations.js";
import { report } from "./report.js";

/**
 * Ukrainian: reports, explanations and relation checks in Ukrainian, numbers with a decimal comma
 * ("9,5 млрд дол. США"), nouns that agree with their counts (1 розбіжність, 2 розбіжності, 5 розбіжностей).
 *
 * @example
 * ```ts
 * uk.code;                           // "uk"
 * uk.explain.conflictsHeading;       // "Розбіжності"
 * ```
 */
export const uk: Locale = /* @__PURE__ */ Object.freeze({ code: "uk", number, explain, report, relations, issues });
