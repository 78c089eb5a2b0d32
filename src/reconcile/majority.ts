import type { FigureSupport } from "./figureSupport.js";
import type { CorpusIndex } from "./groupBySeriesPeriod.js";

/**
 * Majority vote per group: among the figures that can be an estimate (see {@link FigureSupport}), the
 * one with the most votes — a whole vote from each source that states it, a weak share from each whose
 * interval merely holds it, so a precise figure inside a round one wins only a tie. Ties go to the
 * smaller value — a fixed rule, so the answer never depends on input order.
 *
 * @internal
 */
export const majority = (index: CorpusIndex, support: FigureSupport): { winner: Int32Array; confidence: Float64Array } => {
  const { groupFigure } = index;
  const { start, weights, groupSources, eligible } = support;
  const groupCount = groupFigure.length - 1;
  const winner = new Int32Array(groupCount);
  const confidence = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    let best = -1;
    let votes = -1;
    for (let f = groupFigure[g]!; f < groupFigure[g + 1]!; f++) {
      if (eligible[f] === 0) continue;
      let n = 0;
      for (let k = start[f]!; k < start[f + 1]!; k++) n += weights[k]!;
      if (n > votes) {
        best = f;
        votes = n;
      }
    }
    winner[g] = best;
    confidence[g] = Math.min(1, votes / groupSources[g]!);
  }
  return { winner, confidence };
};
