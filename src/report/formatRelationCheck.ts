import { Decimal } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { relationMessages } from "../messages/misuse/relations.js";
import { renderContext, resolveLocale } from "../messages/locale/resolveLocale.js";
import type { Locale, LocaleOptions } from "../messages/en/types.js";
import { assertQuantity } from "../quantity/assertQuantity.js";
import { assertInterval } from "../interval/assertInterval.js";
import { makeInterval } from "../interval/algebra.js";
import type { RelationCheck } from "../relations/types.js";
import { escapeControls } from "../text/escapeControls.js";

/**
 * One sentence that says what a relation check found: the relation, the operands, the computed value and
 * the verdict (for a conflict, by how much; for an implied value, the value), in the locale's words.
 *
 * @example
 * ```ts
 * formatRelationCheck(checkRelation({ kind: "share", part: "$9.2 billion", share: "3.5%" }));
 * // 'Share of a whole: given part "$9.2 billion", share "3.5%", whole must be 257–269 billion USD.'
 * ```
 */
export const formatRelationCheck = (check: RelationCheck, options: LocaleOptions = {}): string =>
  escapeControls(sentenceOf(check, resolveLocale((options as LocaleOptions | null)?.locale)));

// The sentence; figures come from the input as written, so the caller escapes what it prints.
const sentenceOf = (check: RelationCheck, locale: Locale): string => {
  const c = check as Partial<RelationCheck> | null;
  if (
    typeof c !== "object" ||
    c === null ||
    typeof c.kind !== "string" ||
    typeof c.unit !== "string" ||
    !Array.isArray(c.operands) ||
    typeof c.explanation !== "object" ||
    c.explanation === null
  )
    throw new DiscrepancyError("invalid-argument", relationMessages.notRelationCheck(check));
  assertInterval(c.computed, "check.computed");
  for (const operand of c.operands) assertQuantity((operand as { quantity?: unknown } | null)?.quantity, "check.operands[].quantity");
  const m = locale.relations;
  const { n } = renderContext(locale);
  const toIntervalText = n.interval;
  const label = m.kindLabel[check.kind] ?? check.kind;
  const others = check.operands
    .filter((operand) => !operand.implied && operand.name !== check.target)
    .map((operand) => m.operandText(m.operandName(check.kind, operand.name), operand.quantity.text))
    .join(m.listSeparator);
  const target = m.operandName(check.kind, check.target);
  const computed = toIntervalText(check.computed, check.unit);
  // "at least …": three significant digits, rounded toward zero.
  const byValue = check.by?.toSignificantDigits(3, Decimal.ROUND_DOWN);
  const by = byValue === undefined ? "" : toIntervalText(makeInterval(byValue, byValue, false, false), check.unit);
  const statedText = check.operands.find((operand) => operand.name === check.target && !operand.implied)?.quantity.text ?? "";
  switch (check.explanation.code) {
    case "relation-holds":
      return m.relationHolds(label, others, target, computed, statedText, check.withinRoundingOnly === true);
    case "relation-fails":
      return m.relationFails(label, others, target, computed, statedText, by);
    case "shares-fit":
      return m.sharesFit(
        label,
        others,
        computed,
        check.explanation.remainder === undefined ? "" : toIntervalText(check.explanation.remainder, check.unit),
      );
    case "shares-exceed-whole":
      return m.sharesExceed(label, others, computed, by);
    case "value-implied":
      return m.valueImplied(label, others, target, computed);
  }
};
