import { z } from "zod";
import { QuantityInputSchema } from "../quantity/schema.js";
import { ReportedBySchema, SourceInputSchema } from "../source/schema.js";
import { MODALITIES } from "./types.js";

const text = (max: number) => z.string().trim().min(1, { error: "must not be empty" }).max(max);

// Keys that would reach Object.prototype if a consumer copied the record naively.
const safeKey = z
  .string()
  .min(1)
  .max(100)
  .regex(/^(?!(?:__proto__|constructor|prototype)$)/, { error: "this key is reserved" });

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
export const ClaimInputSchema = z.strictObject({
  id: text(200).optional(),
  metric: text(300),
  subject: z.union([text(200), z.array(text(200)).max(50)]).optional(),
  direction: z.boolean().optional(),
  qualifiers: z.record(safeKey, z.string().max(500)).optional(),
  value: QuantityInputSchema,
  /**
   * The unit when the value leaves it out: a number (`value: 41000000000, unit: "USD"`), or text that
   * leaves it to the context ("the current 2–3 million" after "10 million tons"). A registry code in its
   * exact case: "MW" is a megawatt, "mW" a milliwatt.
   */
  unit: z
    .string()
    .min(1)
    .max(20)
    .describe('The unit of a numeric value, or of text that leaves it out: a registry code in its exact case ("MW", not "mw").')
    .optional(),
  period: text(200).optional(),
  modality: z.enum(MODALITIES).optional(),
  source: SourceInputSchema,
  reportedBy: ReportedBySchema.optional(),
  quote: z.string().max(20_000).optional(),
  meta: z.record(safeKey, z.unknown()).optional(),
});

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
