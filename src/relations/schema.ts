import { z } from "zod";
import { QuantityInputSchema } from "../quantity/schema.js";
import { TimelineSchema } from "../timeline/schema.js";

const text = (max: number) => z.string().trim().min(1, { error: "must not be empty" }).max(max);

/**
 * An operand in JSON: a claim id (`"border-km"`), a literal value (`{ "value": "16%" }`, `{ "value": 2 }`),
 * or `null` to leave it out and have it implied.
 *
 * @example
 * ```ts
 * OperandInputSchema.safeParse("border-length-km").success;          // true: a claim id
 * OperandInputSchema.safeParse({ value: "1,056 miles" }).success;    // true: a quantity
 * ```
 */
export const OperandInputSchema = z.union([text(200), z.strictObject({ value: QuantityInputSchema }), z.null()]);

const common = {
  id: text(200).optional(),
  note: z.string().max(2000).optional(),
  unit: text(20).optional(),
};
const operand = OperandInputSchema.optional();

/**
 * A relation in JSON, between claim ids or literal values. One operand may be left out (absent or
 * `null`) to be implied.
 *
 * @example
 * ```ts
 * RelationInputSchema.safeParse({ kind: "conversion", values: ["border-km", "border-mi"] }).success; // true
 * RelationInputSchema.safeParse({ kind: "multiple", base: "trade-2023", factor: { value: 2 } }).success; // true
 * ```
 */
export const RelationInputSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("conversion"), values: z.tuple([OperandInputSchema, OperandInputSchema]), ...common }),
  z.strictObject({ kind: z.literal("percent-change"), from: operand, to: operand, rate: operand, ...common }),
  z.strictObject({ kind: z.literal("share"), part: operand, whole: operand, share: operand, ...common }),
  z.strictObject({ kind: z.literal("sum"), parts: z.array(OperandInputSchema).min(1).max(1000), total: operand, ...common }),
  z.strictObject({ kind: z.literal("difference"), a: operand, b: operand, difference: operand, ...common }),
  z.strictObject({ kind: z.literal("multiple"), base: operand, result: operand, factor: operand, ...common }),
]);

/** A date, month or year as an ISO string; checked for existence when the ordinal is checked. */
const isoish = text(10);

/**
 * An ordinal or count check in JSON. The stated value is a claim (`claim`: its id; whether it is an
 * ordinal or a count follows from its unit) or literal text (`ordinal: "fifth"`, `count: 3`). `event`
 * may be left out when the claim has a period: the period's day, month or year is then the event.
 *
 * @example
 * ```ts
 * OrdinalInputSchema.safeParse({ claim: "visits-2025-third", event: "2025-06-16", since: "2020-01-01" }).success; // true
 * ```
 */
export const OrdinalInputSchema = z.strictObject({
  id: text(200).optional(),
  note: z.string().max(2000).optional(),
  claim: text(200).optional(),
  ordinal: z.union([text(200), z.number().int()]).optional(),
  count: z.union([text(200), z.number().int()]).optional(),
  event: text(2000).optional(),
  since: isoish.optional(),
  until: isoish.optional(),
});

/**
 * The relations part of a claims file (or a file of its own): `relations`, `ordinals`, and the
 * `timeline` the ordinals are checked against — inline events, or the name of a timeline file that
 * the caller reads and passes in. Other keys (such as `claims`) are allowed beside them.
 *
 * @example
 * ```ts
 * const input = {
 *   claims: [],
 *   relations: [{ kind: "conversion", values: ["border-km", "border-mi"] }],
 *   ordinals: [{ claim: "visits-2025-third", event: "2025-06-16", since: "2020-01-01" }],
 *   timeline: "timeline.json",
 * };
 * RelationsInputSchema.safeParse(input).success; // true
 * ```
 */
export const RelationsInputSchema = z.looseObject({
  relations: z.array(RelationInputSchema).max(100_000).optional(),
  ordinals: z.array(OrdinalInputSchema).max(100_000).optional(),
  timeline: z.union([text(1000), TimelineSchema]).optional(),
});

/** A relation in JSON, before validation. */
export type RelationInput = z.input<typeof RelationInputSchema>;
/** An ordinal check in JSON, before validation. */
export type OrdinalInput = z.input<typeof OrdinalInputSchema>;
/** The relations part of a claims file, before validation. */
export type RelationsInput = z.input<typeof RelationsInputSchema>;
