import type { Decimal } from "../decimal.js";
import type { Quantity } from "../quantity/types.js";
import type { CorpusIndex } from "./groupBySeriesPeriod.js";
import { containsPoint, overlaps, within } from "../interval/algebra.js";
import { growFloat64, growInt32 } from "./growable.js";
import { toFloat } from "../util/toFloat.js";

/**
 * Which sources support each figure, and how much. A source supports the figure it states with a whole
 * vote; a figure it does not state but its interval holds ("820" allows 815–825, so it holds 816) gets
 * only a weak share, 1 / (the group's sources + 1), so that all the weak shares of a group together
 * weigh less than one stated vote: they break ties, never overturn what sources state. A source counts
 * once per figure however often it repeats itself (its strongest vote).
 *
 * Figures with both ends finite are the candidates for an estimate (`eligible`); a bound word alone
 * ("more than €60 billion") states no figure, and is a candidate only in a group where no claim states one.
 *
 * @internal
 */
export interface FigureSupport {
  /** Figure f's supporting sources are `sources[start[f]]` to `sources[start[f + 1]]` (exclusive), ascending. */
  readonly start: Int32Array;
  readonly sources: Int32Array;
  /** The weight of each entry of `sources`: 1 for a source that states the figure, a weak share otherwise. */
  readonly weights: Float64Array;
  /** Distinct sources per group. */
  readonly groupSources: Int32Array;
  /** Per figure: whether it can be an estimate. */
  readonly eligible: Uint8Array;
}

// Floats only rule out pairs that are clearly apart (beyond a margin far wider than their rounding error);
// anything near is decided by exact Decimal comparisons.
const clearlyBelow = (high: Decimal | null, low: Decimal | null): boolean => {
  if (high === null || low === null) return false;
  const h = toFloat(high);
  const l = toFloat(low);
  return h < l - 1e-9 * Math.max(Math.abs(h), Math.abs(l));
};

// A quantity is an interval (the one its words allow): the interval algebra decides, exactly.

/**
 * Whether two quantities' intervals share a point, decided exactly.
 *
 * @internal
 */
export const meets = (a: Quantity, b: Quantity): boolean => {
  if (clearlyBelow(a.high, b.low) || clearlyBelow(b.high, a.low)) return false;
  return overlaps(a, b);
};

/** Whether a quantity's interval holds a value, decided exactly. @internal */
export const holdsValue = (q: Quantity, v: Decimal): boolean => {
  if (clearlyBelow(q.high, v) || clearlyBelow(v, q.low)) return false;
  return containsPoint(q, v);
};

/** Whether `outer`'s interval holds all of `inner`'s, decided exactly. @internal */
export const holdsInterval = (outer: Quantity, inner: Quantity): boolean => within(inner, outer);

/**
 * Whether a claim can support an estimate: its interval holds the estimate's value (when the estimate
 * holds it too), or the estimate's whole interval (an open-ended estimate's value is a bound outside it). Supporters of
 * one estimate therefore share a point: none conflicts with the estimate or with another supporter.
 *
 * @internal
 */
export const supports = (claim: Quantity, estimate: Quantity): boolean =>
  (holdsValue(claim, estimate.value) && holdsValue(estimate, estimate.value)) || holdsInterval(claim, estimate);

/** Whether a quantity states a figure: both ends finite. @internal */
export const statesFigure = (q: Quantity): boolean => q.low !== null && q.high !== null;

/**
 * Builds {@link FigureSupport} group by group. A point claim supports only its own figure (no Decimal
 * touched); a claim with a width is checked against each figure of its group.
 *
 * @internal
 */
export const figureSupport = (index: CorpusIndex): FigureSupport => {
  const { views, point, source, groupStart, groupFigure, figureStart, figureOf } = index;
  const groupCount = groupStart.length - 1;
  const figureCount = figureStart.length - 1;
  const start = new Int32Array(figureCount + 1);
  const out = growInt32(views.length);
  const weightsOut = growFloat64(views.length);
  const groupSources = new Int32Array(groupCount);
  const eligible = new Uint8Array(figureCount);
  // mark[s] holds the last figure (or group, offset) that counted source s, and at[s] where, so no per-figure set is built.
  const mark = new Int32Array(index.sourceNames.length).fill(-1);
  const at = new Int32Array(index.sourceNames.length);
  const groupMark = new Int32Array(index.sourceNames.length).fill(-1);

  for (let g = 0; g < groupCount; g++) {
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    let distinct = 0;
    let allPoints = true;
    for (let k = from; k < to; k++) {
      const s = source[k]!;
      if (groupMark[s] !== g) {
        groupMark[s] = g;
        distinct++;
      }
      if (point[k] === 0) allPoints = false;
    }
    groupSources[g] = distinct;
    const weak = 1 / (distinct + 1);
    let anyFinite = false;
    for (let f = groupFigure[g]!; f < groupFigure[g + 1]!; f++) if (statesFigure(views[figureStart[f]!]!)) anyFinite = true;
    for (let f = groupFigure[g]!; f < groupFigure[g + 1]!; f++) {
      start[f] = out.length;
      const figure = views[figureStart[f]!]!;
      eligible[f] = !anyFinite || statesFigure(figure) ? 1 : 0;
      const pointFigure = point[figureStart[f]!] === 1;
      const lo = allPoints ? figureStart[f]! : from;
      const hi = allPoints ? figureStart[f + 1]! : to;
      for (let k = lo; k < hi; k++) {
        const s = source[k]!;
        const own = figureOf[k] === f;
        if (mark[s] === f) {
          // A source already counted: a claim stating the figure raises a weak share to a whole vote.
          if (own) weightsOut.view()[at[s]!] = 1;
          continue;
        }
        if (own || (!(pointFigure && point[k] === 1) && supports(views[k]!, figure))) {
          mark[s] = f;
          at[s] = out.length;
          out.push(s);
          weightsOut.push(own ? 1 : weak);
        }
      }
      // Sources were met in claim order; sort so that sums over them run in one order for any input.
      if (!allPoints) sortTail(out.view(), weightsOut.view(), start[f]!);
    }
  }
  start[figureCount] = out.length;
  return { start, sources: out.view(), weights: weightsOut.view(), groupSources, eligible };
};

const sortTail = (list: Int32Array, weights: Float64Array, from: number): void => {
  for (let k = from + 1; k < list.length; k++) {
    const item = list[k]!;
    const w = weights[k]!;
    let j = k - 1;
    while (j >= from && list[j]! > item) {
      list[j + 1] = list[j]!;
      weights[j + 1] = weights[j]!;
      j--;
    }
    list[j + 1] = item;
    weights[j + 1] = w;
  }
};
