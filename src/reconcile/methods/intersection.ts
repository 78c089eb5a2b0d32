import { explainMessages as m } from "../../messages.js";
import { formatRange } from "../../explain/format.js";
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
  const text = interval.low !== null && interval.high !== null ? formatRange(interval.low, interval.high, p.unit) : undefined;
  const note = others.length === 0 ? m.intersectionAll(members.length, text) : m.intersectionLargest(members.length, p.entries.length, text);
  return result(p, "intersection", value, interval, members, others, note);
};
