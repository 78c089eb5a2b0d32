import { overlaps } from "../../interval/algebra.js";
import type { Entry, Prepared } from "../prepare.js";
import type { Reconciliation } from "../types.js";
import { canSupport, result, statesFigure } from "./shared.js";

/**
 * The median stated figure: the middle of the distinct figures (duplicates and copies counted once)
 * that state a value — a bound word alone ("over 40 million tonnes") states none, so it does not vote
 * on where the middle is, though it supports the result when it holds it. With an even count, of the
 * two middle figures the one more claims agree with (then the lower). The estimate is that figure as
 * written, never a value between two figures that no one stated; the claims that hold it support it.
 * `undefined` when no claim states a figure.
 *
 * @internal
 */
export const byMedian = (p: Prepared): Reconciliation | undefined => {
  const stated = p.entries.filter(statesFigure).sort((x, y) => x.value.cmp(y.value));
  const n = stated.length;
  if (n === 0) return undefined;
  const lower = stated[(n - 1) >> 1]!;
  const upper = stated[n >> 1]!;
  // Claims that agree with a figure: "over 40" agrees with 40.5, not with 36.
  const holders = (e: Entry): number => p.entries.filter((x) => overlaps(x.interval, e.interval)).length;
  const chosen = lower === upper || holders(lower) >= holders(upper) ? lower : upper;
  const support = p.entries.filter((x) => x === chosen || canSupport(x, chosen.value, chosen.interval));
  const dissent = p.entries.filter((x) => !support.includes(x));
  return result(p, "median", chosen.value, chosen.interval, support, dissent, { code: "median", params: { value: chosen.value, unit: p.unit, figures: n } });
};
