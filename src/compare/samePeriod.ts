import type { Period } from "../period/types.js";

/**
 * Whether two claims are about the same time. Periods are the same when they cover the same span,
 * whatever their kind (the year 2023 and the interval 2023-01-01–2024-01-01 are one period); two claims
 * without a period are taken to be about the same (unstated) time, one without and one with are not.
 * The one place that decides it, so it can follow the period module's own rule later.
 *
 * @internal
 */
export const isSamePeriodSpan = (a: Period | undefined, b: Period | undefined): boolean => {
  if (a === undefined || b === undefined) return a === b;
  return a.start === b.start && a.end === b.end;
};

/** A sortable key of a claim's period: undefined periods sort first. @internal */
export const periodSortKey = (p: Period | undefined): string => (p === undefined ? "" : `${p.start}/${p.end}`);
