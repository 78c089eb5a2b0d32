import type { Prepared } from "../prepare.js";
import { centreOf } from "../toEstimate.js";
import type { Reconciliation } from "../types.js";
import { agreeingCore, result, splitByInterval } from "./shared.js";

/**
 * The most recently published figure (ISO dates compare as text; a figure without a date is the
 * oldest); several of the same date give their common part. Claims that agree with it support it.
 *
 * @internal
 */
export const byLatestRevision = (p: Prepared): Reconciliation => {
  const dateOf = (i: number): string => p.entries[i]!.claim.reportedBy?.publishedAt ?? "";
  let latest = "";
  p.entries.forEach((_, i) => {
    if (dateOf(i) > latest) latest = dateOf(i);
  });
  const chosen = p.entries.filter((_, i) => dateOf(i) === latest);
  const { interval } = agreeingCore(chosen);
  const { support, dissent } = splitByInterval(p.entries, interval);
  return result(p, "latest-revision", centreOf(interval), interval, support, dissent, { code: "latest-revision", params: latest === "" ? {} : { date: latest } });
};
