import * as z from "zod/mini";
import { QuantityInputSchema } from "../quantity/schema.js";
import { ReportedBySchema, SourceInputSchema } from "../source/schema.js";
import { MODALITIES } from "./types.js";

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, { error: "must not be empty" }), z.maxLength(max));

// Keys that would reach Object.prototype if a consumer copied the record naively.
const safeKey = /* @__PURE__ */ (() => z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^(?!(?:__proto__|constructor|prototype)$)/, { error: "this key is reserved" })))();

/**
 * The claim input as JSON — the one source of truth for {@link ClaimInput} and for the JSON Schema that
 * {@link toClaimInputJSONSchema} prints. Only `metric`, `value` and `source` are required.
 *
 * @example
 * ```ts
 * ClaimInputSchema.safeParse({ metric: "trade turnover", value: "$41 billion", source: "MFA of China" }).success;
 * // true
 * ```
 */
export const ClaimInputSchema = /* @__PURE__ */ claimInput();

// Built by a pure call (see quantity/schema.ts), so a bundle that never names the schema drops it.
function claimInput() {
  return z.strictObject({
    id: z.optional(text(200)),
    metric: text(300),
    subject: z.optional(z.union([text(200), z.array(text(200)).check(z.maxLength(50))])),
    direction: z.optional(z.boolean()),
    qualifiers: z.optional(z.record(safeKey, z.string().check(z.maxLength(500)))),
    value: QuantityInputSchema,
    /**
     * The unit when the value leaves it out: a number (`value: 41000000000, unit: "USD"`), or text that
     * leaves it to the context ("the current 2–3 million" after "10 million tons"). A registry code in its
     * exact case: "MW" is a megawatt, "mW" a milliwatt.
     */
    unit: z.optional(
      z
        .string()
        .check(
          z.minLength(1),
          z.maxLength(20),
          z.describe('The unit of a numeric value, or of text that leaves it out: a registry code in its exact case ("MW", not "mw").'),
        ),
    ),
    period: z.optional(text(200)),
    modality: z.optional(z.enum(MODALITIES)),
    source: SourceInputSchema,
    reportedBy: z.optional(ReportedBySchema),
    quote: z.optional(z.string().check(z.maxLength(20_000))),
    meta: z.optional(z.record(safeKey, z.unknown())),
  });
}

/**
 * A claim as JSON, before validation (what {@link claim} and {@link parseClaims} accept). Read-only all
 * the way down: the library never writes to its input, so `as const` objects are welcome.
 */
export type ClaimInput = DeepReadonly<z.input<typeof ClaimInputSchema>>;

/** `T` with every property and array read-only, recursively. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
