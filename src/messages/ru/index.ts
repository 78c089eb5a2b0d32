import type { Locale } from "../en/types.js";
import { explain } from "./explain.js";
import { issues } from "./issues.js";
import { number } from "../numbers/ru.js";
import { relations } from "./relations.js";
import { report } from "./report.js";

/**
 * Russian: reports, explanations and relation checks in Russian, numbers with a decimal comma
 * ("9,5 млрд долл. США"), nouns that agree with their counts (1 расхождение, 2 расхождения, 5 расхождений).
 *
 * @example
 * ```ts
 * ru.code;                           // "ru"
 * ru.explain.conflictsHeading;       // "Расхождения"
 * ```
 */
export const ru: Locale = /* @__PURE__ */ Object.freeze({ code: "ru", number, explain, report, relations, issues });
