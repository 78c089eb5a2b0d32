import { z } from "zod";
import { messages } from "../messages/misuse/input.js";
import { BOUNDS } from "./types.js";

/** A decimal amount as text: up to 40 digits on either side of the point. @internal */
export const AMOUNT_PATTERN = /^[+-]?(\d{1,40}(\.\d{0,40})?|\.\d{1,40})$/;

/**
 * An amount in JSON: a decimal string ("31.5"), or a safe integer. A number with a fraction is refused.
 *
 * @example
 * ```ts
 * AmountSchema.safeParse("31.5").success; // true
 * AmountSchema.safeParse(31.5).success;   // false: a fraction in a JavaScript number is refused
 * ```
 */
export const AmountSchema = z.union([
  z.string().regex(AMOUNT_PATTERN, { error: (issue) => messages.badAmount(issue.input) }),
  integerAmount(),
]);

// A safe integer; a JavaScript number with a fraction is never trusted as an amount. A function, so each
// schema that uses it owns its instance (zod's JSON Schema output would otherwise turn a repeat into a $ref).
function integerAmount() {
  return z.number().int({ error: (issue) => (typeof issue.input === "number" && Number.isFinite(issue.input) ? messages.fractionalNumber(issue.input) : messages.badAmount(issue.input)) });
}

/** Scale words a structured quantity may name, with their powers of ten. */
export const SCALES = Object.freeze({ one: 0, thousand: 3, million: 6, billion: 9, trillion: 12 } as const);

/**
 * A quantity given as parts instead of text:
 * `{ "amount": "41", "scale": "billion", "unit": "USD", "bound": "rounded" }`.
 * `low`/`high` give a range or explicit bounds, scaled like `amount` (`{ amount: "41", scale: "billion",
 * bound: "approx", low: "38", high: "44" }` allows 38–44 billion). An amount outside its own bounds,
 * `low` above `high`, other bounds on an exact amount, and `high` with `atLeast`/`moreThan` (`low` with
 * `atMost`/`lessThan`) are refused.
 *
 * @example
 * ```ts
 * QuantityObjectSchema.safeParse({ amount: "41", scale: "billion", unit: "USD" }).success; // true
 * QuantityObjectSchema.safeParse({ amount: "41", colour: "red" }).success;                // false
 * ```
 */
export const QuantityObjectSchema = z.strictObject({
  amount: AmountSchema,
  scale: z.union([z.enum(Object.keys(SCALES) as [keyof typeof SCALES]), z.number().int().min(-30).max(30)]).optional(),
  unit: z.string().min(1).max(20).optional(),
  bound: z.enum(BOUNDS).optional(),
  precision: z.number().int().min(-60).max(60).optional(),
  low: AmountSchema.describe("An explicit low bound, scaled like amount; an amount below it is refused.").optional(),
  high: AmountSchema.describe("An explicit high bound, scaled like amount; an amount above it is refused.").optional(),
  noun: z.string().max(200).optional(),
  text: z.string().max(1000).optional(),
});

/**
 * A quantity in JSON: text in any supported language, a safe integer (a number with a fraction is
 * refused here, as by {@link claim}, so the JSON Schema says `integer`), or parts.
 *
 * @example
 * ```ts
 * QuantityInputSchema.safeParse("$41 billion").success;                       // true
 * QuantityInputSchema.safeParse({ amount: "41", scale: "billion", unit: "USD" }).success; // true
 * ```
 */
export const QuantityInputSchema = z.union([
  z.string().min(1, { error: "must not be empty" }).max(1000),
  // A safe integer only, as for `amount`: a fraction in a JavaScript number is not the decimal meant.
  integerAmount(),
  QuantityObjectSchema,
]);

/** The structured input form of a quantity. */
export type QuantityObjectInput = z.input<typeof QuantityObjectSchema>;
/** Any input form of a quantity. */
export type QuantityInput = z.input<typeof QuantityInputSchema>;
