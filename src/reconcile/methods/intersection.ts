import type { Prepared } from "../prepare.js";
import { centreOf } from "../toEstimate.js";
import type { Reconciliation } from "../types.js";
import { agreeingCore, result } from "./shared.js";

/**
 * The common part of all intervals; when not all agree, of the largest set that does (the others dissent).
 *
 * @internal
 */
export const byIntersection = (p: Prepared): Reconciliation => {
  const { interval, members, others } = agreeingCore(p.entries);
  const value = centreOf(interval);
  const ends = interval.low !== null && interval.high !== null ? { low: interval.low, high: interval.high } : {};
  const note =
    others.length === 0
      ? ({ code: "intersection-all", params: { agreeing: members.length, ...ends, unit: p.unit } } as const)
      : ({ code: "intersection-largest", params: { agreeing: members.length, total: p.entries.length, ...ends, unit: p.unit } } as const);
  return result(p, "intersection", value, interval, members, others, note);
};
