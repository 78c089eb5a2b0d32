import { Decimal } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { relationMessages } from "../messages.js";
import { assertQuantity } from "../quantity/assertQuantity.js";
import { assertInterval } from "../interval/assertInterval.js";
import { makeInterval } from "../interval/algebra.js";
import { toIntervalText } from "./toIntervalText.js";
import type { RelationCheck } from "./types.js";
import { escapeControls } from "../text/escapeControls.js";

/**
 * One sentence that says what a relation check found: the relation, the operands, the computed value and
 * the verdict (for a conflict, by how much; for an implied value, the value). All wording comes from
 * `relationMessages`.
 *
 * @example
 * ```ts
 * formatRelationCheck(checkRelation({ kind: "share", part: "$9.2 billion", share: "3.5%" }));
 * // 'Share of a whole: given part "$9.2 billion", share "3.5%", whole must be 257–269 billion USD.'
 * ```
 */
export const formatRelationCheck = (check: RelationCheck): string => escapeControls(sentenceOf(check));

// The sentence; figures come from the input as written, so the caller escapes what it prints.
const sentenceOf = (check: RelationCheck): string => {
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
  const label = relationMessages.kindLabel[check.kind] ?? check.kind;
  const others = check.operands
    .filter((operand) => !operand.implied && operand.name !== check.target)
    .map((operand) => relationMessages.operandText(operand.name, operand.quantity.text))
    .join(", ");
  const computed = toIntervalText(check.computed, check.unit);
  // "at least …": three significant digits, rounded toward zero.
  const byValue = check.by?.toSignificantDigits(3, Decimal.ROUND_DOWN);
  const by = byValue === undefined ? "" : toIntervalText(makeInterval(byValue, byValue, false, false), check.unit);
  const statedText = check.operands.find((operand) => operand.name === check.target && !operand.implied)?.quantity.text ?? "";
  switch (check.explanation.code) {
    case "relation-holds":
      return relationMessages.relationHolds(label, others, check.target, computed, statedText, check.withinRoundingOnly === true);
    case "relation-fails":
      return relationMessages.relationFails(label, others, check.target, computed, statedText, by);
    case "shares-fit":
      return relationMessages.sharesFit(
        label,
        others,
        computed,
        check.explanation.remainder === undefined ? "" : toIntervalText(check.explanation.remainder, check.unit),
      );
    case "shares-exceed-whole":
      return relationMessages.sharesExceed(label, others, computed, by);
    case "value-implied":
      return relationMessages.valueImplied(label, others, check.target, computed);
  }
};
