import { meets, type FigureSupport } from "./figureSupport.js";
import type { CorpusIndex } from "./groupBySeriesPeriod.js";

// Pseudo-losses at the corpus's share per source: a source must lose this many figures before its own
// record moves its estimate halfway from the corpus's (one shared loss says little; a bot's dozens do).
const COPY_PRIOR = 10;

/**
 * Per source: how far it behaves like a copier, in [0, 1]. This is Accu's signal (Dong, Berti-Équille &
 * Srivastava, 2009) — sources that share *false* values are not independent, since independent errors
 * rarely coincide — pooled over all of a source's partners instead of pair by pair: of the figures the
 * source stated that lost (neither the group's `winner` nor a figure whose interval allows it), the
 * share that some other source stated too, against that share over the whole corpus. A bot or a
 * re-publisher that restates whatever figure it found shares nearly every error with the source it
 * took it from, while one-off partners (a different anonymous editor each time) would never add up to
 * evidence pair by pair.
 *
 * The share is shrunk towards the corpus's by {@link COPY_PRIOR} pseudo-losses, then rescaled so that
 * the corpus's share maps to 0 and always sharing maps to 1: the rate c at which the source copies. With
 * `posterior`, the result is instead the chance that a figure it shares with others was copied, by
 * Bayes: c / (c + (1 − c) · base), base being how often an independent error coincides with another's.
 * A bot that copies half its errors, where independent errors coincide one time in nine, gets 0.89 —
 * which is what its vote for a shared figure should lose. Loops over typed arrays in canonical
 * order, so the result does not depend on the input order.
 *
 * @internal
 */
export const copyRates = (index: CorpusIndex, support: FigureSupport, winner: Int32Array, posterior: boolean): Float64Array => {
  const { groupFigure, figureStart, views, point } = index;
  const { start, sources } = support;
  const sourceCount = index.sourceNames.length;
  const lost = new Float64Array(sourceCount);
  const lostShared = new Float64Array(sourceCount);
  let total = 0;
  let totalShared = 0;
  for (let g = 0; g < groupFigure.length - 1; g++) {
    const won = figureStart[winner[g]!]!;
    for (let f = groupFigure[g]!; f < groupFigure[g + 1]!; f++) {
      if (f === winner[g]) continue;
      // A figure that allows the winner ("about 12,000" beside 12,400) is no error to share. Two distinct
      // point figures never meet: only a figure with a width is compared, as reconcileAll compares.
      const at = figureStart[f]!;
      if (!(point[won] === 1 && point[at] === 1) && meets(views[at]!, views[won]!)) continue;
      const shared = start[f + 1]! - start[f]! > 1 ? 1 : 0;
      for (let k = start[f]!; k < start[f + 1]!; k++) {
        const s = sources[k]!;
        lost[s]!++;
        lostShared[s]! += shared;
      }
      total += start[f + 1]! - start[f]!;
      totalShared += shared * (start[f + 1]! - start[f]!);
    }
  }
  const base = total === 0 ? 0 : totalShared / total;
  const out = new Float64Array(sourceCount);
  if (base >= 1) return out;
  for (let s = 0; s < sourceCount; s++) {
    const share = (lostShared[s]! + COPY_PRIOR * base) / (lost[s]! + COPY_PRIOR);
    const rate = share > base ? (share - base) / (1 - base) : 0;
    // Given that a figure is shared, the chance it was copied rather than hit on independently.
    out[s] = posterior && rate > 0 ? rate / (rate + (1 - rate) * base) : rate;
  }
  return out;
};
