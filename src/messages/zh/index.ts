import type { Locale } from "../en/types.js";
import { explain } from "./explain.js";
import { issues } from "./issues.js";
import { number } from "../numbers/zh.js";
import { relations } from "./relations.js";
import { report } from "./report.js";

/**
 * Chinese (Simplified): reports, explanations and relation checks in Chinese, amounts with 万 and 亿
 * ("95亿美元"), no plural forms.
 *
 * @example
 * ```ts
 * zh.code;                           // "zh"
 * zh.explain.conflictsHeading;       // "分歧"
 * ```
 */
export const zh: Locale = /* @__PURE__ */ Object.freeze({ code: "zh", number, explain, report, relations, issues });
