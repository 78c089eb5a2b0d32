import type { SkipReason } from "./claimTypes.js";
import { findMetric } from "./findMetric.js";
import { findSubjects } from "./findSubjects.js";
import { pickPeriod } from "./pickPeriod.js";
import { LOOK_BACK } from "./reaches.js";
import { has, type Context, type MutableOrigin, type Reading } from "./readingTypes.js";
import type { Span } from "./splitSentences.js";
import type { Mention } from "./types.js";
import { dimensionOf } from "./unitKinds.js";

// A figure is read in three steps, each in its own file: its metric, its parties, its period. The
// steps run in this order because each may stop the reading ("no-metric", "no-subject") or use what
// the one before settled, and the origin they fill in keeps that order.

/**
 * What a mention is about, or why it cannot be read.
 *
 * @internal
 */
export const readMention = (mention: Mention, clause: Span, c: Context): Reading | SkipReason => {
  const unit = mention.quantity.unit;
  const dimension = dimensionOf(unit);
  const origin: MutableOrigin = {};
  const found = findMetric(mention, c, origin);
  if (typeof found === "string") return found;
  const { metric, bilateral, referent } = found;
  const subjects = findSubjects(mention, clause, c, found, origin);
  if (typeof subjects === "string") return subjects;
  const { subject, subjectIds, direction } = subjects;
  const { period, window } = pickPeriod(mention, c, metric, referent, origin);

  // A bare number compared with an amount before it takes the amount's unit: "10 million tons,
  // against the current 2–3 million".
  let borrowedUnit: string | undefined;
  if (unit === "count" && mention.noun === undefined) {
    const compared = referent ?? (c.cues.some((x) => has(x, "baseline") && x.end <= mention.start) ? c.readings.slice(-LOOK_BACK).reverse().find((r) => r.dimension !== "count") : undefined);
    if (compared !== undefined && compared.dimension !== "count" && compared.unit !== undefined) {
      borrowedUnit = compared.unit;
      origin.unit = "comparison";
    }
  }
  return { metric, bilateral, subject, subjectIds, direction, period, window, dimension: borrowedUnit !== undefined ? dimensionOf(borrowedUnit) : dimension, unit: borrowedUnit ?? (unit === "count" ? undefined : unit), origin };
};
