import * as z from "zod/mini";
import { QuantityInputSchema } from "../quantity/schema.js";
import { TimelineSchema } from "../timeline/schema.js";

// Each schema is built by a pure call (see quantity/schema.ts), so a bundle that never names it drops it.
const text = (max: number) => z.string().check(z.trim(), z.minLength(1, { error: "must not be empty" }), z.maxLength(max));

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
export const OperandInputSchema = /* @__PURE__ */ (() =>
  z.union([text(200), z.strictObject({ value: QuantityInputSchema }), z.null()]))();

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
export const RelationInputSchema = /* @__PURE__ */ (() => {
  const common = {
    id: z.optional(text(200)),
    note: z.optional(z.string().check(z.maxLength(2000))),
    unit: z.optional(text(20)),
  };
  const operand = z.optional(OperandInputSchema);
  return z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("conversion"), values: z.tuple([OperandInputSchema, OperandInputSchema]), ...common }),
    z.strictObject({ kind: z.literal("percent-change"), from: operand, to: operand, rate: operand, ...common }),
    z.strictObject({ kind: z.literal("share"), part: operand, whole: operand, share: operand, ...common }),
    z.strictObject({ kind: z.literal("sum"), parts: z.array(OperandInputSchema).check(z.minLength(1), z.maxLength(1000)), total: operand, ...common }),
    z.strictObject({ kind: z.literal("difference"), a: operand, b: operand, difference: operand, ...common }),
    z.strictObject({ kind: z.literal("multiple"), base: operand, result: operand, factor: operand, ...common }),
  ]);
})();


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
export const OrdinalInputSchema = /* @__PURE__ */ (() => {
  /** A date, month or year as an ISO string; checked for existence when the ordinal is checked. */
  const isoish = text(10);
  return z.strictObject({
    id: z.optional(text(200)),
    note: z.optional(z.string().check(z.maxLength(2000))),
    claim: z.optional(text(200)),
    ordinal: z.optional(z.union([text(200), z.number().check(z.int())])),
    count: z.optional(z.union([text(200), z.number().check(z.int())])),
    event: z.optional(text(2000)),
    since: z.optional(isoish),
    until: z.optional(isoish),
  });
})();

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
export const RelationsInputSchema = /* @__PURE__ */ (() =>
  z.looseObject({
    relations: z.optional(z.array(RelationInputSchema).check(z.maxLength(100_000))),
    ordinals: z.optional(z.array(OrdinalInputSchema).check(z.maxLength(100_000))),
    timeline: z.optional(z.union([text(1000), TimelineSchema])),
  }))();

/** A relation in JSON, before validation. */
export type RelationInput = z.input<typeof RelationInputSchema>;
/** An ordinal check in JSON, before validation. */
export type OrdinalInput = z.input<typeof OrdinalInputSchema>;
/** The relations part of a claims file, before validation. */
export type RelationsInput = z.input<typeof RelationsInputSchema>;
