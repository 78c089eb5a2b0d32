import type { Decimal } from "../decimal.js";
import type { Quantity } from "../quantity/types.js";
import type { CorpusIndex } from "./groupBySeriesPeriod.js";
import { compareDecimals } from "./compareDecimals.js";
import { growInt32 } from "./growable.js";
import { toFloat } from "./toFloat.js";

/**
 * Which sources support each figure: those with a claim whose interval meets the figure's interval.
 * Values within each other's stated precision ("$41 billion" and "$41.2 billion") therefore support each
 * other, and a source counts once per figure however often it repeats itself.
 *
 * @internal
 */
export interface FigureSupport {
  /** Figure f's supporting sources are `sources[start[f]]` to `sources[start[f + 1]]` (exclusive), ascending. */
  readonly start: Int32Array;
  readonly sources: Int32Array;
  /** Distinct sources per group. */
  readonly groupSources: Int32Array;
}

const below = (low: Decimal | null, lowOpen: boolean, high: Decimal | null, highOpen: boolean): boolean => {
  if (low === null || high === null) return true;
  const c = compareDecimals(low, high);
  return c < 0 || (c === 0 && !lowOpen && !highOpen);
};

// Floats only rule out pairs that are clearly apart (beyond a margin far wider than their rounding error);
// anything near is decided by exact Decimal comparisons.
const clearlyBelow = (high: Decimal | null, low: Decimal | null): boolean => {
  if (high === null || low === null) return false;
  const h = toFloat(high);
  const l = toFloat(low);
  return h < l - 1e-9 * Math.max(Math.abs(h), Math.abs(l));
};

/**
 * Whether two quantities' intervals share a point, decided exactly.
 *
 * @internal
 */
export const meets = (a: Quantity, b: Quantity): boolean => {
  if (clearlyBelow(a.high, b.low) || clearlyBelow(b.high, a.low)) return false;
  return below(a.low, a.lowOpen, b.high, b.highOpen) && below(b.low, b.lowOpen, a.high, a.highOpen);
};

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
  const groupSources = new Int32Array(groupCount);
  // mark[s] holds the last figure (or group, offset) that counted source s, so no per-figure set is built.
  const mark = new Int32Array(index.sourceNames.length).fill(-1);
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
    for (let f = groupFigure[g]!; f < groupFigure[g + 1]!; f++) {
      start[f] = out.length;
      const figure = views[figureStart[f]!]!;
      const pointFigure = point[figureStart[f]!] === 1;
      const lo = allPoints ? figureStart[f]! : from;
      const hi = allPoints ? figureStart[f + 1]! : to;
      for (let k = lo; k < hi; k++) {
        const s = source[k]!;
        if (mark[s] === f) continue;
        const own = figureOf[k] === f;
        if (own || (!(pointFigure && point[k] === 1) && meets(views[k]!, figure))) {
          mark[s] = f;
          out.push(s);
        }
      }
      // Sources were met in claim order; sort so that sums over them run in one order for any input.
      if (!allPoints) sortTail(out.view(), start[f]!);
    }
  }
  start[figureCount] = out.length;
  return { start, sources: out.view(), groupSources };
};

const sortTail = (list: Int32Array, from: number): void => {
  for (let k = from + 1; k < list.length; k++) {
    const item = list[k]!;
    let j = k - 1;
    while (j >= from && list[j]! > item) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
};
