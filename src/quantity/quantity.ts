import { Decimal } from "../decimal.js";
import { errorFromIssues } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { getUnit } from "../units/registry.js";
import { buildQuantity, type Qualifier } from "./build.js";
import type { z } from "zod";
import { QuantityObjectSchema, SCALES, type QuantityObjectInput } from "./schema.js";
import type { Bound, Quantity } from "./types.js";
import { toIssues } from "../zodIssues.js";
import { PARSE_OPTIONS } from "../schemaLocale.js";

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
  const parsed = QuantityObjectSchema.safeParse(init, PARSE_OPTIONS);
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
        { path: [field], code: "too-many-digits", params: { amount: String(amount), maximum: MAX_DIGITS }, message: messages.tooManyDigits(String(amount), MAX_DIGITS), input: amount },
      ]);
  }
  const unit = input.unit ?? "count";
  if (getUnit(unit) === undefined)
    throw errorFromIssues("invalid-quantity", "invalid quantity", [{ path: ["unit"], code: "unknown-unit", params: { unit }, message: messages.unknownUnit(unit), input: unit }]);
  const scale = typeof input.scale === "number" ? input.scale : SCALES[input.scale ?? "one"];
  const bound: Bound = input.bound ?? (input.low !== undefined && input.high !== undefined ? "range" : "rounded");
  const { negative, digits } = splitSign(input.amount);
  const scaleWord = input.scale === undefined || input.scale === "one" ? "" : ` ${typeof input.scale === "number" ? `e${input.scale}` : input.scale}`;
  const text = input.text ?? `${negative ? "-" : ""}${digits}${scaleWord} ${unit}`;

  const fail = (field: "amount" | "low" | "high", message: string, given: unknown): never => {
    throw errorFromIssues("invalid-quantity", "invalid quantity", [{ path: [field], message, input: given }]);
  };
  // low and high are scaled like the amount ("41" billion with low "38" is 38 billion): one reading of
  // every number of the object.
  const scaled = (amount: string | number): Decimal => {
    const { negative: minus, digits: d } = splitSign(amount);
    return new Decimal(`${minus ? "-" : ""}${d}e${scale}`);
  };
  const amountValue = scaled(input.amount);
  const low = input.low === undefined ? undefined : scaled(input.low);
  const high = input.high === undefined ? undefined : scaled(input.high);
  if (low !== undefined && high !== undefined && low.gt(high)) fail("high", messages.reversedRange(String(input.low), String(input.high)), input.high);

  if (bound === "range") {
    if (input.low === undefined || input.high === undefined)
      throw errorFromIssues("invalid-quantity", "invalid quantity", [{ path: ["low"], message: "a range needs both low and high" }]);
    const lo = splitSign(input.low);
    const hi = splitSign(input.high);
    // The amount is the figure stated, the bounds what it allows: an amount outside them is refused,
    // never moved to the middle.
    if (amountValue.lt(low!)) fail("amount", messages.outsideBounds(String(input.amount), "low", String(input.low)), input.amount);
    if (amountValue.gt(high!)) fail("amount", messages.outsideBounds(String(input.amount), "high", String(input.high)), input.amount);
    const range = buildQuantity({
      text,
      written: { digits: lo.digits, scale },
      writtenHigh: { digits: hi.digits, scale },
      unit,
      qualifier: "plain",
      ...(input.noun !== undefined ? { noun: input.noun } : {}),
    });
    // The ends as given, signs included ("-5 to -2" °C): the parts above only read their precision.
    return Object.freeze({ ...range, value: amountValue, low: low!, high: high! });
  }
  const built = buildQuantity({
    text,
    written: { digits, scale },
    unit,
    qualifier: input.bound === undefined ? "plain" : QUALIFIER_OF[bound],
    negative,
    rounded: bound === "rounded" && input.bound !== undefined,
    ...(input.precision !== undefined ? { precision: input.precision } : {}),
    ...(input.noun !== undefined ? { noun: input.noun } : {}),
  });
  if (low === undefined && high === undefined) return built;
  return withExplicitBounds(built, bound, low, high, input, fail);
};

/**
 * Explicit `low`/`high` replace the sides the policy would give: `{ amount: "41", bound: "approx",
 * low: "38", high: "44" }` (billion) allows 38–44 bn, not 41 ± 10 %. An amount outside its own bounds,
 * an exact amount with other bounds, and a bound on the open side of a one-sided bound ("atLeast" with
 * `high`) are refused, naming the field: each would silently change what the caller stated.
 */
const withExplicitBounds = (
  built: Quantity,
  bound: Bound,
  low: Decimal | undefined,
  high: Decimal | undefined,
  input: QuantityObjectOutput,
  fail: (field: "amount" | "low" | "high", message: string, given: unknown) => never,
): Quantity => {
  const amount = String(input.amount);
  const value = built.value;
  if (bound === "exact") {
    if (low !== undefined && !low.eq(value)) fail("low", messages.exactWithBounds(amount, "low", String(input.low)), input.low);
    if (high !== undefined && !high.eq(value)) fail("high", messages.exactWithBounds(amount, "high", String(input.high)), input.high);
    return built;
  }
  if (high !== undefined && (bound === "atLeast" || bound === "moreThan")) fail("high", messages.oneSidedBound(bound, "high"), input.high);
  if (low !== undefined && (bound === "atMost" || bound === "lessThan")) fail("low", messages.oneSidedBound(bound, "low"), input.low);
  if (low !== undefined && value.lt(low)) fail("amount", messages.outsideBounds(amount, "low", String(input.low)), input.amount);
  if (high !== undefined && value.gt(high)) fail("amount", messages.outsideBounds(amount, "high", String(input.high)), input.amount);
  // "Over 41 billion" with low 38 billion: the bound stated is the low end, open as the word says.
  return Object.freeze({
    ...built,
    low: low ?? built.low,
    high: high ?? built.high,
    lowOpen: low !== undefined ? bound === "moreThan" : built.lowOpen,
    highOpen: high !== undefined ? bound === "lessThan" : built.highOpen,
  });
};
