import { DiscrepancyError, type DiscrepancyIssue } from "../errors.js";
import { quote } from "../messages/misuse/quote.js";
import { resolveLocale } from "../messages/locale/resolveLocale.js";
import type { LocaleOptions } from "../messages/en/types.js";
import { escapeControls } from "../text/escapeControls.js";

/**
 * A validation issue in words, in the locale asked for: rendered from its `code` and `params` where the
 * locale's issue catalogue knows the code, else its English `message`. English is always the message.
 *
 * @throws {DiscrepancyError} `invalid-argument` when `issue` is not an issue, or for an unknown locale.
 * @example
 * ```ts
 * const { issues } = parseClaims([{ metric: "trade turnover", value: "$41 billion", source: "MFA", unit: "XYZ" }]);
 * issues[0]?.code;                               // "unknown-unit"
 * formatIssue(issues[0]!);                       // 'unknown unit "XYZ"'
 * formatIssue(issues[0]!, { locale: "uk" });     // "невідома одиниця виміру «XYZ»"
 * ```
 */
export const formatIssue = (issue: DiscrepancyIssue, options: LocaleOptions = {}): string => {
  const locale = resolveLocale((options as LocaleOptions | null)?.locale);
  const i = issue as Partial<DiscrepancyIssue> | null;
  if (typeof i !== "object" || i === null || typeof i.message !== "string")
    throw new DiscrepancyError("invalid-argument", `expected an issue of a DiscrepancyError or parseClaims(), got ${quote(issue)}`);
  const message = i.message;
  if (locale.code === "en" || typeof i.code !== "string" || !Object.hasOwn(locale.issues, i.code)) return escapeControls(message);
  const params = typeof i.params === "object" && i.params !== null ? i.params : {};
  try {
    return escapeControls(locale.issues[i.code]!(params, i.input));
  } catch {
    // Parameters a renderer cannot read (an issue built by hand): the English words still say it.
    return escapeControls(message);
  }
};
