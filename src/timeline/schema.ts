import * as z from "zod/mini";
import { relationMessages } from "../messages/misuse/relations.js";
import { isIsoDay } from "./isoDate.js";

/**
 * A timeline as JSON: `{ "events": [{ "date": "2024-07-02", "label": "state visit" }] }`. Event dates
 * are calendar days (`YYYY-MM-DD`) and must exist; other fields of an event (kind, place) are kept.
 *
 * @example
 * ```ts
 * TimelineSchema.safeParse({ events: [{ date: "2024-07-02" }] }).success; // true
 * TimelineSchema.safeParse({ events: [{ date: "2023-02-29" }] }).success; // false
 * ```
 */
export const TimelineSchema = /* @__PURE__ */ timeline();

// Built by a pure call (see quantity/schema.ts), so a bundle that never names the schema drops it.
function timeline() {
  return z.looseObject({
    events: z
      .array(
        z.looseObject({
          date: z.string().check(z.refine(isIsoDay, { error: (issue) => relationMessages.badEventDate(issue.input), params: { code: "invalid-day" } })),
          label: z.optional(z.string().check(z.maxLength(2000))),
        }),
      )
      .check(z.maxLength(1_000_000)),
  });
}

/** A timeline as JSON, before validation. */
export type TimelineInput = z.input<typeof TimelineSchema>;
