import { Decimal } from "../decimal.js";
import type { UnitWord } from "../lexicon/types.js";
import { getUnit } from "../units/registry.js";
import { decimalOf, type NumberPart } from "./numberPart.js";
import { readDigits } from "./readDigits.js";
import { readNumeral } from "./readNumeral.js";
import { find, unitWritten, type ScanContext } from "./scanContext.js";
import { NUM } from "../text/tokenize.js";

/**
 * A measure written in two units, the larger first: "5 ft 2 in", "5 feet and 2 inches", "6 lb 3 oz".
 * The result is in the smaller unit, exactly (5 ft 2 in = 62 in), stated to its last digit. The pairs
 * come from the lexicons' `compoundUnits`; "in" names an inch only here. Bounded lookahead.
 *
 * @internal
 */
export const readCompound = (
  ctx: ScanContext,
  k: number,
  major: NumberPart,
  larger: string,
): { readonly end: number; readonly number: NumberPart; readonly unit: UnitWord } | undefined => {
  const smaller = ctx.table.compoundUnits.get(larger);
  if (smaller === undefined) return undefined;
  const whole = decimalOf(major);
  if (whole === undefined || !whole.isInteger()) return undefined;
  const joiner = find(ctx, k, "minorJoiner");
  const at = joiner !== undefined ? joiner.end : k;
  const token = ctx.tokens[at];
  if (token === undefined || token.newline) return undefined;
  let amount: Decimal;
  let after: number;
  if (token.kind === NUM) {
    const reading = readDigits(token.key, false);
    if (typeof reading === "string" || reading.exponent !== 0) return undefined;
    amount = new Decimal(reading.digits);
    after = at + 1;
  } else {
    const numeral = readNumeral(ctx, at);
    if (numeral === undefined || "skipTo" in numeral || numeral.ordinal) return undefined;
    amount = numeral.value;
    after = numeral.end;
  }
  if (ctx.tokens[after]?.newline !== false) return undefined;
  const unit = find(ctx, after, "unitSuffix", (found) => smaller.includes(found.value.unit) && unitWritten(ctx, found));
  if (unit === undefined) return undefined;
  const big = getUnit(larger)?.factor;
  const small = getUnit(unit.value.unit)?.factor;
  if (big === null || big === undefined || small === null || small === undefined) return undefined;
  const ratio = big.div(small);
  // Only whole ratios (12 inches to the foot): the smaller part must be less than one larger unit.
  if (!ratio.isInteger() || amount.gte(ratio) || amount.isNegative()) return undefined;
  const total = whole.times(ratio).plus(amount);
  return { end: unit.end, number: { kind: "decimal", digits: total.toFixed(Math.max(0, amount.decimalPlaces())) }, unit: { unit: unit.value.unit } };
};
