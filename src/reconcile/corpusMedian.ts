import type { Quantity } from "../quantity/types.js";
import { meets, statesFigure } from "./figureSupport.js";
import type { CorpusIndex } from "./groupBySeriesPeriod.js";

/**
 * The median of one group, as {@link reconcile}'s `median` computes it: the middle of the figures that
 * state a value (a bound word alone states none, unless no claim in the group states one), each
 * counted once per source; with an even count, of the two middle figures the one more of the group's
 * sources agree with (then the lower). The estimate is that figure as written, never a value no one stated.
 *
 * @internal
 */
export const corpusMedian = (index: CorpusIndex, g: number): { estimate: Quantity; figure: number } => {
  const { views, source, groupStart, groupFigure, figureStart } = index;
  const firstFigure = groupFigure[g]!;
  const endFigure = groupFigure[g + 1]!;
  let anyStated = false;
  for (let f = firstFigure; f < endFigure; f++) if (statesFigure(views[figureStart[f]!]!)) anyStated = true;
  const counts = (f: number): boolean => !anyStated || statesFigure(views[figureStart[f]!]!);
  // Each figure's distinct sources (claims in a figure are sorted by source), and their total.
  const distinct = (f: number): number => {
    let n = 0;
    for (let k = figureStart[f]!; k < figureStart[f + 1]!; k++) if (k === figureStart[f] || source[k - 1] !== source[k]) n++;
    return n;
  };
  let total = 0;
  for (let f = firstFigure; f < endFigure; f++) if (counts(f)) total += distinct(f);
  const lowerRank = (total - 1) >> 1;
  const upperRank = total >> 1;
  let lower = -1;
  let upper = -1;
  let seen = 0;
  for (let f = firstFigure; f < endFigure && upper < 0; f++) {
    if (!counts(f)) continue;
    seen += distinct(f);
    if (lower < 0 && seen > lowerRank) lower = f;
    if (seen > upperRank) upper = f;
  }
  if (lower === upper) return { estimate: views[figureStart[lower]!]!, figure: lower };
  // Sources that agree with a figure: "over 40" agrees with 40.5, not with 36.
  const holders = (f: number): number => {
    const figure = views[figureStart[f]!]!;
    const agreeing = new Set<number>();
    for (let k = groupStart[g]!; k < groupStart[g + 1]!; k++) if (meets(views[k]!, figure)) agreeing.add(source[k]!);
    return agreeing.size;
  };
  const figure = holders(lower) >= holders(upper) ? lower : upper;
  return { estimate: views[figureStart[figure]!]!, figure };
};
