import { explainMessages as m } from "../../messages.js";
import { formatAmount } from "../../explain/format.js";
import type { Prepared } from "../prepare.js";
import type { Reconciliation } from "../types.js";
import { result, splitByPoint } from "./shared.js";

/**
 * The median of the distinct figures (duplicates and copies counted once). The estimate's interval runs
 * between the two middle figures (a point for an odd count); claims whose interval holds the median
 * support it.
 *
 * @internal
 */
export const byMedian = (p: Prepared): Reconciliation => {
  const values = p.entries.map((e) => e.value).sort((x, y) => x.cmp(y));
  const n = values.length;
  const lower = values[(n - 1) >> 1]!;
  const upper = values[n >> 1]!;
  const median = lower.plus(upper).div(2);
  const { support, dissent } = splitByPoint(p.entries, median);
  const interval = { low: lower, high: upper, lowOpen: false, highOpen: false };
  return result(p, "median", median, interval, support, dissent, m.median(formatAmount(median, p.unit), n));
};
