import { Decimal } from "../decimal.js";
import { errorFromIssues } from "../errors.js";
import { messages } from "../messages.js";
import { getUnit } from "../units/registry.js";
import { buildQuantity, type Qualifier } from "./build.js";
import type { z } from "zod";
import { QuantityObjectSchema, SCALES, type QuantityObjectInput } from "./schema.js";
import type { Bound, Quantity } from "./types.js";
import { toIssues } from "../zodIssues.js";

const QUALIFIER_OF: Readonly<Record<Bound, Qualifier>> = {
  exact: "exact",
  rounded: "plain",
  approx: "about",
  atLeast: "atLeast",
  moreThan: "moreThan",
  atMost: "atMost",
  lessThan: "lessThan",
  range: "plain",
};

/** Amounts keep at most this many significant digits, so every sum and product stays exact at 60. */
const MAX_DIGITS = 40;

// A character loop: the pattern /0+$/ tries every start position, so it is quadratic on a long run of zeros.
const significantDigits = (amount: string): number => {
  let first = -1;
  let last = -1;
  let count = 0;
  for (let i = 0; i < amount.length; i++) {
    const c = amount.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (c !== 48 && first === -1) first = count;
    if (c !== 48) last = count;
    count++;
  }
  return first === -1 ? 0 : last - first + 1;
};

const splitSign = (amount: string | number): { negative: boolean; digits: string } => {
  const text = String(amount).trim().replace(/^\+/, "");
  const negative = text.startsWith("-");
  let digits = negative ? text.slice(1) : text;
  if (digits.startsWith(".")) digits = `0${digits}`;
  if (digits.endsWith(".")) digits = digits.slice(0, -1);
  return { negative, digits };
};

/**
 * Builds a {@link Quantity} from parts — the structured form of a claim's `value` — applying the same
 * precision policy as text. Amounts are decimal strings or safe integers; a JavaScript number with a
 * fraction is refused because it cannot be trusted to be the decimal the caller meant.
 *
 * @throws {DiscrepancyError} `invalid-quantity` naming the field at fault.
 * @example
 * ```ts
 * const q = quantity({ amount: "41", scale: "billion", unit: "USD" });
 * JSON.stringify(q);
 * // {"text":"41 billion USD","value":"41000000000","unit":"USD","bound":"rounded","precision":9,
 * //  "low":"40500000000","high":"41500000000","lowOpen":false,"highOpen":false}
 * ```
 */
export const quantity = (init: QuantityObjectInput): Quantity => {
  const parsed = QuantityObjectSchema.safeParse(init);
  if (!parsed.success) throw errorFromIssues("invalid-quantity", "invalid quantity", toIssues(parsed.error, init));
  return quantityFromValidParts(parsed.data);
};

type QuantityObjectOutput = z.output<typeof QuantityObjectSchema>;

/**
 * {@link quantity} for parts already validated by its schema (a claim's value, checked with the whole
 * claim): the same checks that remain and the same result, without validating twice.
 *
 * @internal
 */
export const quantityFromValidParts = (input: QuantityObjectOutput): Quantity => {
  for (const field of ["amount", "low", "high"] as const) {
    const amount = input[field];
    if (amount !== undefined && significantDigits(String(amount)) > MAX_DIGITS)
      throw errorFromIssues("invalid-quantity", "invalid quantity", [
        { path: [field], message: messages.tooManyDigits(String(amount), MAX_DIGITS), input: amount },
      ]);
  }
  const unit = input.unit ?? "count";
  if (getUnit(unit) === undefined)
    throw errorFromIssues("invalid-quantity", "invalid quantity", [{ path: ["unit"], message: messages.unknownUnit(unit), input: unit }]);
  const scale = typeof input.scale === "number" ? input.scale : SCALES[input.scale ?? "one"];
  const bound: Bound = input.bound ?? (input.low !== undefined && input.high !== undefined ? "range" : "rounded");
  const { negative, digits } = splitSign(input.amount);
  const scaleWord = input.scale === undefined || input.scale === "one" ? "" : ` ${typeof input.scale === "number" ? `e${input.scale}` : input.scale}`;
  const text = input.text ?? `${negative ? "-" : ""}${digits}${scaleWord} ${unit}`;

  if (bound === "range") {
    if (input.low === undefined || input.high === undefined)
      throw errorFromIssues("invalid-quantity", "invalid quantity", [{ path: ["low"], message: "a range needs both low and high" }]);
    const lo = splitSign(input.low);
    const hi = splitSign(input.high);
    if (lo.negative || hi.negative || new Decimal(input.low).gt(new Decimal(input.high)))
      throw errorFromIssues("invalid-quantity", "invalid quantity", [
        { path: ["high"], message: messages.reversedRange(String(input.low), String(input.high)) },
      ]);
    return buildQuantity({
      text,
      written: { digits: lo.digits, scale },
      writtenHigh: { digits: hi.digits, scale },
      unit,
      qualifier: "plain",
      ...(input.noun !== undefined ? { noun: input.noun } : {}),
    });
  }
  return buildQuantity({
    text,
    written: { digits, scale },
    unit,
    qualifier: input.bound === undefined ? "plain" : QUALIFIER_OF[bound],
    negative,
    rounded: bound === "rounded" && input.bound !== undefined,
    ...(input.precision !== undefined ? { precision: input.precision } : {}),
    ...(input.noun !== undefined ? { noun: input.noun } : {}),
  });
};
