import type { Decimal } from "../decimal.js";
import type { Quantity } from "../quantity/types.js";
import type { CorpusIndex } from "./groupBySeriesPeriod.js";
import { toEstimate } from "./toEstimate.js";

/**
 * The median of one group, as {@link reconcile}'s `median` computes it: over distinct figures per source
 * (a source repeating itself counts once), the mean of the two middle values, with the interval between
 * them. When both middles are one stated figure, that figure is the estimate as written, and no Decimal
 * is created.
 *
 * @internal
 */
export const corpusMedian = (index: CorpusIndex, g: number): { estimate: Quantity; point: Decimal } => {
  const { views, source, groupStart, groupFigure, figureStart } = index;
  // Each figure's distinct sources, and their total (claims in a figure are sorted by source).
  let total = 0;
  for (let k = groupStart[g]!; k < groupStart[g + 1]!; k++) if (k === figureStartOf(index, k) || source[k - 1] !== source[k]) total++;
  const lowerRank = (total - 1) >> 1;
  const upperRank = total >> 1;
  let lower = -1;
  let upper = -1;
  let seen = 0;
  for (let f = groupFigure[g]!; f < groupFigure[g + 1]! && upper < 0; f++) {
    for (let k = figureStart[f]!; k < figureStart[f + 1]!; k++) if (k === figureStart[f] || source[k - 1] !== source[k]) seen++;
    if (lower < 0 && seen > lowerRank) lower = f;
    if (seen > upperRank) upper = f;
  }
  const low = views[figureStart[lower]!]!;
  const high = views[figureStart[upper]!]!;
  if (lower === upper) return { estimate: low, point: low.value };
  const point = low.value.plus(high.value).div(2);
  let precision = low.precision;
  for (let k = groupStart[g]!; k < groupStart[g + 1]!; k++) precision = Math.min(precision, views[k]!.precision);
  const estimate = toEstimate(point, { low: low.value, high: high.value, lowOpen: false, highOpen: false }, low.unit, precision);
  return { estimate, point };
};

const figureStartOf = (index: CorpusIndex, k: number): number => index.figureStart[index.figureOf[k]!]!;
