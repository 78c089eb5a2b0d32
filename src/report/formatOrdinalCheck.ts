import { DiscrepancyError } from "../errors.js";
import { relationMessages } from "../messages/misuse/relations.js";
import { periodLabel } from "../messages/locale/periodLabel.js";
import { resolveLocale } from "../messages/locale/resolveLocale.js";
import { parsePeriod } from "../period/parsePeriod.js";
import type { Locale, LocaleOptions } from "../messages/en/types.js";
import type { OrdinalCheck } from "../timeline/types.js";
import { escapeControls } from "../text/escapeControls.js";

/**
 * One sentence that says whether an ordinal or count claim holds on the timeline, and what the timeline
 * counts, in the locale's words (`options.locale`, English by default).
 *
 * @example
 * ```ts
 * const visits = { events: [{ date: "2013-09-07" }, { date: "2015-05-07" }, { date: "2017-06-08" }, { date: "2018-06-09" },
 *   { date: "2022-09-14" }, { date: "2024-07-02" }, { date: "2025-06-16" }] };
 * formatOrdinalCheck(checkOrdinal({ ordinal: "third", event: "2025-06-16", since: "2020" }, visits));
 * // '"third" holds: it is event number 3 from 2020-01-01 to 2025-06-16 on the timeline.'
 * ```
 */
export const formatOrdinalCheck = (check: OrdinalCheck, options: LocaleOptions = {}): string =>
  escapeControls(sentenceOf(check, resolveLocale((options as LocaleOptions | null)?.locale)));

// The sentence; the stated ordinal and event labels come from the input, so the caller escapes it.
const sentenceOf = (check: OrdinalCheck, locale: Locale): string => {
  const c = check as Partial<OrdinalCheck> | null;
  if (
    typeof c !== "object" ||
    c === null ||
    typeof c.window !== "object" ||
    c.window === null ||
    typeof c.window.until !== "string" ||
    typeof c.stated?.text !== "string" ||
    typeof c.expected !== "number"
  )
    throw new DiscrepancyError("invalid-argument", relationMessages.notOrdinalCheck(check));
  const m = locale.relations;
  // English keeps ISO dates; other locales write the day in their words ("1 січня 2020 р.").
  const day = (iso: string): string => {
    if (locale.code === "en") return iso;
    try {
      return periodLabel(parsePeriod(iso), locale);
    } catch {
      return iso;
    }
  };
  const window = m.windowText(check.window.since === undefined ? undefined : day(check.window.since), day(check.window.until));
  const holds = check.verdict === "consistent";
  if (check.kind === "ordinal") return (holds ? m.ordinalHolds : m.ordinalFails)(check.stated.text, check.expected, window);
  return (holds ? m.countHolds : m.countFails)(check.stated.text, check.expected, window);
};
