import type { Claim } from "../claim/types.js";
import { periodSortKey } from "../period/samePeriod.js";
import { valueKey } from "../claim/keys.js";

/** The sort key behind {@link canonicalOrder} (findDiscrepancies orders the claims of a group by its tail, kept per run). @internal */
export const orderKey = (c: Claim): string =>
  [c.seriesKey, periodSortKey(c.period), c.modality, valueKey(c), c.source.name, c.reportedBy?.publishedAt ?? "", c.id].join("\u0000");

/**
 * The two claims in a fixed order that does not depend on the order given, so that every comparison is
 * computed one way only and `compare(a, b)` equals `compare(b, a)` up to the order of the claims.
 *
 * @internal
 */
export const canonicalOrder = (a: Claim, b: Claim): { first: Claim; second: Claim; swapped: boolean } =>
  orderKey(b) < orderKey(a) ? { first: b, second: a, swapped: true } : { first: a, second: b, swapped: false };
