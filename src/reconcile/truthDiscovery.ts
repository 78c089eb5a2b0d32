import type { CorpusIndex } from "./groupBySeriesPeriod.js";
import type { FigureSupport } from "./figureSupport.js";
import { copyRates } from "./copyRates.js";
import { growFloat64, growInt32 } from "./growable.js";
import { toFloat } from "../util/toFloat.js";

/*
 * Three models share this fixed point; the why, the variants tried and their figures are in
 * docs/decisions/truth-discovery.md. Every model counts a source only where another speaks, shrinks its
 * score towards a prior, and votes whole for a stated figure and weakly for one an interval holds.
 * Everything runs over typed arrays in canonical order, so sums are the same for any input order; no
 * Decimal is touched here.
 */

/** The outcome of {@link truthDiscovery}. @internal */
export interface TruthDiscoveryResult {
  /** Per group: the winning figure. */
  readonly winner: Int32Array;
  /** Per group: the winning figure's confidence in [0, 1]. */
  readonly confidence: Float64Array;
  /** Per source: its reliability in [0, 1]. */
  readonly reliability: Float64Array;
  /** Per source: how far it behaves like a copier, in [0, 1] (see copyRates.ts); absent without copy detection. */
  readonly copying?: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Tuning of {@link truthDiscovery}. @internal */
export interface TruthDiscoveryOptions {
  /**
   * `truth-finder`: a figure's confidence is a dampened sigmoid of its supporters' −ln(1 − trust) (Yin et
   * al., 2007). `accu`: a source's accuracy A is a probability, its vote ln(n·A/(1 − A)), and a figure's
   * probability the softmax of the votes over its item's figures and the domain's unstated ones (Dong et
   * al., 2009), copiers discounted once after the fixed point. `truth-discovery`: Accu's vote, with copying
   * judged against TruthFinder's fixed point and discounted inside the loop, and each source's prior the
   * accuracy of sources of its size.
   */
  readonly model: "accu" | "truth-finder" | "truth-discovery";
  readonly prior: number;
  readonly dampening: number;
  readonly maxIterations: number;
  /** Discount the votes of sources that share their losing figures with others (see copyRates.ts). */
  readonly copyDetection: boolean;
}

// TruthFinder's starting trust.
const INITIAL_TRUST = 0.9;
// Stop when no source's reliability moves by more than this in a round.
const TOLERANCE = 1e-9;
// A near miss 1 % away keeps e⁻¹ of the credit; closeness below 1 % of full credit is dropped.
const CLOSENESS_SCALE = 0.01;
const MIN_CLOSENESS = 0.01;
// Accu's starting accuracy (Dong et al.'s), n, the false values of an item's domain (3, 5 and 10 were
// measured: docs/decisions/truth-discovery.md), and the clamp that keeps `accu`'s ln(n·A/(1 − A)) finite;
// `truth-discovery`'s accuracy is a Beta posterior that stays inside (0, 1), so it needs only a guard.
const ACCU_INITIAL = 0.8;
const ACCU_EPSILON = 1e-3;
const GUARD = 1e-12;
const ACCU_FALSE_VALUES = 5;
// Trust of exactly 1 would make −ln(1 − t) infinite.
const MAX_TRUST = 1 - 1e-12;
// `truth-discovery`: pseudo-claims at the size class's accuracy behind each class's prior, and the stop
// rule: the winners unchanged for STABLE_ROUNDS rounds while no accuracy moves by STABLE_DELTA a round.
const CLASS_PRIOR = 5;
const CLASS_COUNT = 32;
const STABLE_ROUNDS = 10;
const STABLE_DELTA = 1e-6;

/**
 * Estimates source reliability and figure confidence together and iterates to a fixed point; returns the
 * most confident figure of each group (ties: more supporting sources, then the narrower interval, then the smaller value).
 *
 * @internal
 */
export const truthDiscovery = (index: CorpusIndex, support: FigureSupport, options: TruthDiscoveryOptions): TruthDiscoveryResult => {
  const { source, groupStart, groupFigure, figureStart, floats } = index;
  const groupCount = groupStart.length - 1;
  const figureCount = figureStart.length - 1;
  const sourceCount = index.sourceNames.length;
  const { prior, dampening, maxIterations } = options;

  // Votes: one per (figure, source) in groups where at least two sources speak. Claims of a figure are
  // sorted by source, so repeats of one source are neighbours.
  const voteFigure = growInt32(source.length);
  const voteSource = growInt32(source.length);
  const nearStart = growInt32(source.length + 1);
  const nearFigure = growInt32();
  const nearWeight = growFloat64();
  const contested = new Int32Array(sourceCount);
  for (let g = 0; g < groupCount; g++) {
    if (support.groupSources[g]! < 2) continue;
    const firstFigure = groupFigure[g]!;
    const endFigure = groupFigure[g + 1]!;
    for (let f = firstFigure; f < endFigure; f++) {
      for (let k = figureStart[f]!; k < figureStart[f + 1]!; k++) {
        const s = source[k]!;
        if (k > figureStart[f]! && source[k - 1] === s) continue;
        voteFigure.push(f);
        voteSource.push(s);
        contested[s]!++;
        nearStart.push(nearFigure.length);
        const x = floats[figureStart[f]!]!;
        for (let j = firstFigure; j < endFigure; j++) {
          if (j === f) continue;
          const y = floats[figureStart[j]!]!;
          const scale = Math.max(Math.abs(x), Math.abs(y));
          const closeness = scale === 0 ? 1 : Math.exp(-Math.abs(x - y) / scale / CLOSENESS_SCALE);
          if (closeness >= MIN_CLOSENESS) {
            nearFigure.push(j);
            nearWeight.push(closeness);
          }
        }
      }
    }
  }
  const votes = voteFigure.length;
  nearStart.push(nearFigure.length);
  const vFigure = voteFigure.view();
  const vSource = voteSource.view();
  const nStart = nearStart.view();
  const nFigure = nearFigure.view();
  const nWeight = nearWeight.view();

  // `truth-discovery` first runs TruthFinder without copy detection, to judge copying against its winners.
  const combined = options.model === "truth-discovery";
  const accu = options.model !== "truth-finder";
  let copied: Float64Array | undefined;
  let firstRounds = 0;
  let firstConverged = true;
  if (combined && options.copyDetection && votes > 0) {
    const first = truthDiscovery(index, support, { ...options, model: "truth-finder", copyDetection: false });
    copied = copyRates(index, support, first.winner, true);
    firstRounds = first.iterations;
    firstConverged = first.converged;
  }

  const trust = new Float64Array(sourceCount).fill(accu ? ACCU_INITIAL : INITIAL_TRUST);
  const score = new Float64Array(sourceCount);
  const credit = new Float64Array(sourceCount);
  const prev = new Float64Array(sourceCount);
  const confidence = new Float64Array(figureCount);
  const { start, sources, weights, eligible } = support;
  // `copied`: per source, the share of its vote withheld from a figure someone else states too.

  // `truth-discovery`'s prior for a source is the accuracy of the sources with about as many contested
  // claims (the same power of two), not the corpus's: a one-edit source is judged first as one-edit
  // sources are, a prolific one by its own record.
  const sizeClass = new Int32Array(sourceCount);
  for (let s = 0; s < sourceCount; s++) sizeClass[s] = Math.min(CLASS_COUNT - 1, Math.floor(Math.log2(Math.max(1, contested[s]!))));
  const classCredit = new Float64Array(CLASS_COUNT);
  const classVotes = new Float64Array(CLASS_COUNT);
  const n = ACCU_FALSE_VALUES;
  const epsilon = combined ? GUARD : ACCU_EPSILON;
  // Accu credits a source with its own figure's probability: the near-miss credit, measured on all three
  // data sets, cost 0–8 points on flight and weather and gained at most one population value.
  const useNear = !accu;
  const updateConfidence = (): void => {
    if (accu) {
      for (let s = 0; s < sourceCount; s++) {
        const a = Math.min(Math.max(trust[s]!, epsilon), 1 - epsilon);
        const vote = Math.log((n * a) / (1 - a));
        // A source no better than a random pick among the n + 1 values (a ≤ 1/(n + 1)) would vote against
        // its own figure; `truth-discovery` lets it vote nothing instead.
        score[s] = combined && vote < 0 ? 0 : vote;
      }
    } else for (let s = 0; s < sourceCount; s++) score[s] = -Math.log(1 - Math.min(trust[s]!, MAX_TRUST));
    for (let f = 0; f < figureCount; f++) {
      let sigma = 0;
      // A source that states the figure votes whole; one whose interval merely holds it, a weak share.
      if (copied !== undefined && start[f + 1]! - start[f]! > 1)
        for (let k = start[f]!; k < start[f + 1]!; k++) sigma += score[sources[k]!]! * weights[k]! * (1 - copied[sources[k]!]!);
      else for (let k = start[f]!; k < start[f + 1]!; k++) sigma += score[sources[k]!]! * weights[k]!;
      confidence[f] = accu ? sigma : 1 / (1 + Math.exp(-dampening * sigma));
    }
    if (!accu) return;
    // Accu: a value's probability is the softmax of the vote counts over the item's values, the n + 1
    // values of its domain that nobody states counting exp(0) each.
    for (let g = 0; g < groupCount; g++) {
      const from = groupFigure[g]!;
      const to = groupFigure[g + 1]!;
      let top = 0;
      for (let f = from; f < to; f++) if (confidence[f]! > top) top = confidence[f]!;
      let sum = Math.max(0, n + 1 - (to - from)) * Math.exp(-top);
      for (let f = from; f < to; f++) sum += Math.exp(confidence[f]! - top);
      for (let f = from; f < to; f++) confidence[f] = Math.exp(confidence[f]! - top) / sum;
    }
  };

  const iterate = (limit: number): { iterations: number; converged: boolean } => {
    let iterations = 0;
    let converged = votes === 0;
    // `truth-discovery` also stops once the winners have not changed for STABLE_ROUNDS rounds while no
    // accuracy moves by STABLE_DELTA: what is left would only polish confidences.
    let stable = 0;
    let delta = Infinity;
    let last = combined ? new Int32Array(groupCount).fill(-1) : undefined;
    let now = combined ? new Int32Array(groupCount) : undefined;
    while (!converged && iterations < limit) {
      iterations++;
      updateConfidence();
      if (last !== undefined && now !== undefined) {
        pick(now);
        stable = delta < STABLE_DELTA && sameWinners(now, last) ? stable + 1 : 0;
        [last, now] = [now, last];
        if (stable >= STABLE_ROUNDS) {
          converged = true;
          break;
        }
      }
      credit.fill(0);
      let total = 0;
      for (let v = 0; v < votes; v++) {
        let c = confidence[vFigure[v]!]!;
        if (useNear) for (let k = nStart[v]!; k < nStart[v + 1]!; k++) {
          const near = confidence[nFigure[k]!]! * nWeight[k]!;
          if (near > c) c = near;
        }
        credit[vSource[v]!]! += c;
        total += c;
      }
      const mean = total / votes;
      if (combined) {
        classCredit.fill(0);
        classVotes.fill(0);
        for (let s = 0; s < sourceCount; s++) {
          classCredit[sizeClass[s]!]! += credit[s]!;
          classVotes[sizeClass[s]!]! += contested[s]!;
        }
      }
      const previousDelta = delta;
      delta = 0;
      prev.set(trust);
      for (let s = 0; s < sourceCount; s++) {
        const n = contested[s]!;
        const c = sizeClass[s]!;
        const m = combined ? (classCredit[c]! + CLASS_PRIOR * mean) / (classVotes[c]! + CLASS_PRIOR) : mean;
        const next = n + prior > 0 ? (prior * m + credit[s]!) / (prior + n) : m;
        delta = Math.max(delta, Math.abs(next - trust[s]!));
        trust[s] = next;
      }
      converged = delta < TOLERANCE;
      // Aitken's extrapolation along the slowest mode: the accuracies shrink their step by about ρ a round,
      // so every third round they jump by ρ / (1 − ρ) steps; the fixed point is the same, reached sooner.
      if (combined && !converged && iterations % 3 === 0 && iterations > 3) {
        const rho = delta / previousDelta;
        if (rho > 0 && rho < 1) {
          const k = rho / (1 - rho);
          for (let s = 0; s < sourceCount; s++) trust[s] = Math.min(1, Math.max(0, trust[s]! + k * (trust[s]! - prev[s]!)));
        }
      }
    }
    updateConfidence();
    return { iterations, converged };
  };

  // A tie between figures with the same supporters is one within the other's stated precision ("2.1
  // million" and 2,103,000): the narrower says more, so it wins; equal widths go to the smaller value.
  // Only ties reach this, so Decimals are read here and nowhere in the loop.
  const width = (f: number): number => {
    const k = figureStart[f]!;
    if (index.point[k] === 1) return 0;
    const { low, high } = index.views[k]!;
    return low === null || high === null ? Infinity : toFloat(high) - toFloat(low);
  };

  const pick = (winner = new Int32Array(groupCount)): Int32Array => {
    for (let g = 0; g < groupCount; g++) {
      // Only a figure someone states can win, unless no one states one (see FigureSupport.eligible).
      let best = groupFigure[g]!;
      while (eligible[best] === 0) best++;
      for (let f = best + 1; f < groupFigure[g + 1]!; f++) {
        if (eligible[f] === 0) continue;
        const c = confidence[f]! - confidence[best]!;
        if (c > 0) best = f;
        else if (c === 0) {
          const more = start[f + 1]! - start[f]! - (start[best + 1]! - start[best]!);
          if (more > 0 || (more === 0 && width(f) < width(best))) best = f;
        }
      }
      winner[g] = best;
    }
    return winner;
  };

  const { iterations, converged } = iterate(maxIterations);
  if (options.copyDetection && votes > 0 && !combined) {
    // Copying is judged against the fixed point's winners, and the votes are counted once more with each
    // copier's share withheld from figures others state too; the reliabilities stay as the fixed point
    // learnt them. Re-running the fixed point with the discount gave the same winners on both corpora
    // at twice the rounds, and judging copying inside the loop lets the verdicts feed on each other.
    copied = copyRates(index, support, pick(), false);
    updateConfidence();
  }
  const winner = pick();

  const groupConfidence = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) groupConfidence[g] = confidence[winner[g]!]!;
  return {
    winner,
    confidence: groupConfidence,
    reliability: trust,
    ...(copied !== undefined ? { copying: copied } : {}),
    iterations: firstRounds + iterations,
    converged: firstConverged && converged,
  };
};

const sameWinners = (a: Int32Array, b: Int32Array): boolean => {
  for (let g = 0; g < a.length; g++) if (a[g] !== b[g]) return false;
  return true;
};
