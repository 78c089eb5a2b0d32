import * as z from "zod/mini";
import { messages } from "../messages/misuse/input.js";
import { BOUNDS } from "./types.js";

// The schemas use zod/mini, whose functions a bundler can leave out one by one, and each is built by a
// pure call so that a bundle that never names it drops it (and zod with it). They are zod schemas all the
// same: users' zod takes them in `z.object({ … })`, `z.toJSONSchema` and `.parse`/`.safeParse`.

/** A decimal amount as text: up to 40 digits on either side of the point. @internal */
export const AMOUNT_PATTERN = /^[+-]?(\d{1,40}(\.\d{0,40})?|\.\d{1,40})$/;

const decimalText = () => z.string().check(z.regex(AMOUNT_PATTERN, { error: (issue) => messages.badAmount(issue.input) }));

// A safe integer; a JavaScript number with a fraction is never trusted as an amount. A function, so each
// schema that uses it owns its instance (zod's JSON Schema output would otherwise turn a repeat into a $ref).
const integerAmount = () =>
  z.number().check(
    z.int({ error: (issue) => (typeof issue.input === "number" && Number.isFinite(issue.input) ? messages.fractionalNumber(issue.input) : messages.badAmount(issue.input)) }),
  );

const amount = () =>
  z.union([decimalText(), integerAmount()]);

/**
 * An amount in JSON: a decimal string ("31.5"), or a safe integer. A number with a fraction is refused.
 *
 * @example
 * ```ts
 * AmountSchema.safeParse("31.5").success; // true
 * AmountSchema.safeParse(31.5).success;   // false: a fraction in a JavaScript number is refused
 * ```
 */
export const AmountSchema = /* @__PURE__ */ amount();

/** Scale words a structured quantity may name, with their powers of ten. */
export const SCALES = /* @__PURE__ */ Object.freeze({ one: 0, thousand: 3, million: 6, billion: 9, trillion: 12 } as const);

const describedAmount = (description: string) => z.optional(AmountSchema.check(z.describe(description)));

const quantityObject = () =>
  z.strictObject({
    amount: AmountSchema,
    scale: z.optional(z.union([z.enum(Object.keys(SCALES) as [keyof typeof SCALES]), z.number().check(z.int(), z.gte(-30), z.lte(30))])),
    unit: z.optional(z.string().check(z.minLength(1), z.maxLength(20))),
    bound: z.optional(z.enum(BOUNDS)),
    precision: z.optional(z.number().check(z.int(), z.gte(-60), z.lte(60))),
    low: describedAmount("An explicit low bound, scaled like amount; an amount below it is refused."),
    high: describedAmount("An explicit high bound, scaled like amount; an amount above it is refused."),
    noun: z.optional(z.string().check(z.maxLength(200))),
    text: z.optional(z.string().check(z.maxLength(1000))),
  });

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
export const QuantityObjectSchema = /* @__PURE__ */ quantityObject();

const quantityInput = () =>
  z.union([
    z.string().check(z.minLength(1, { error: "must not be empty" }), z.maxLength(1000)),
    // A safe integer only, as for `amount`: a fraction in a JavaScript number is not the decimal meant.
    integerAmount(),
    QuantityObjectSchema,
  ]);

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
export const QuantityInputSchema = /* @__PURE__ */ quantityInput();

/** The structured input form of a quantity. */
export type QuantityObjectInput = z.input<typeof QuantityObjectSchema>;
/** Any input form of a quantity. */
export type QuantityInput = z.input<typeof QuantityInputSchema>;
