import { z } from "zod";
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
export const TimelineSchema = z.looseObject({
  events: z
    .array(
      z.looseObject({
        date: z.string().refine(isIsoDay, { error: (issue) => relationMessages.badEventDate(issue.input) }),
        label: z.string().max(2000).optional(),
      }),
    )
    .max(1_000_000),
});

/** A timeline as JSON, before validation. */
export type TimelineInput = z.input<typeof TimelineSchema>;
