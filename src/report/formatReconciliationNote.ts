import { DiscrepancyError } from "../errors.js";
import { explainMessages } from "../messages/misuse/explain.js";
import { renderContext, resolveLocale } from "../messages/locale/resolveLocale.js";
import type { LocaleOptions } from "../messages/en/types.js";
import type { Reconciliation } from "../reconcile/types.js";
import { escapeControls } from "../text/escapeControls.js";
import { noteText } from "./explain.js";

/**
 * A reconciliation's note (`Reconciliation.note`, coded data) in words, in the locale asked for; with why
 * the method asked for could not apply, when it could not. `undefined` when there is nothing to say.
 *
 * @throws {DiscrepancyError} `invalid-argument` when `reconciliation` is not one, or for an unknown locale.
 * @example
 * ```ts
 * const cn = claim({ id: "cn", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$41 billion", period: "2023",
 *   source: { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" } });
 * const kz = claim({ id: "kz", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$31.5 billion", period: "2023",
 *   source: { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" } });
 * const r = reconcile([cn, kz]);
 * r.note?.code;                                  // "attributed-range"
 * formatReconciliationNote(r);                   // "$31.5–41 billion: KZ vs CN reporting."
 * formatReconciliationNote(r, { locale: "uk" }); // "31,5–41 млрд дол. США: меншу цифру наводить Казахстан, більшу — Китай."
 * ```
 */
export const formatReconciliationNote = (reconciliation: Reconciliation, options: LocaleOptions = {}): string | undefined => {
  const r = reconciliation as Partial<Reconciliation> | null;
  if (typeof r !== "object" || r === null || typeof r.method !== "string" || typeof r.estimate !== "object")
    throw new DiscrepancyError("invalid-argument", explainMessages.notAFinding(reconciliation));
  const locale = resolveLocale((options as LocaleOptions | null)?.locale);
  const text = noteText(reconciliation, locale, renderContext(locale));
  return text === undefined ? undefined : escapeControls(text);
};
