import type { FigureSupport } from "./figureSupport.js";
import type { CorpusIndex } from "./groupBySeriesPeriod.js";

/**
 * Majority vote per group: the figure the most sources support (a source counts once per figure, and
 * figures within each other's stated precision share supporters). Ties go to the smaller value — a
 * fixed rule, so the answer never depends on input order.
 *
 * @internal
 */
export const majority = (index: CorpusIndex, support: FigureSupport): { winner: Int32Array; confidence: Float64Array } => {
  const { groupFigure } = index;
  const { start, groupSources } = support;
  const groupCount = groupFigure.length - 1;
  const winner = new Int32Array(groupCount);
  const confidence = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    let best = groupFigure[g]!;
    let votes = start[best + 1]! - start[best]!;
    for (let f = best + 1; f < groupFigure[g + 1]!; f++) {
      const n = start[f + 1]! - start[f]!;
      if (n > votes) {
        best = f;
        votes = n;
      }
    }
    winner[g] = best;
    confidence[g] = votes / groupSources[g]!;
  }
  return { winner, confidence };
};
