import type { Modality } from "../claim/types.js";
import type { Period } from "../period/types.js";
import type { Quantity } from "../quantity/types.js";

/**
 * The closed list of {@link CorpusMethod} values.
 *
 * @example
 * ```ts
 * CORPUS_METHODS; // ["truth-discovery", "accu", "truth-finder", "majority", "median"]
 * ```
 */
export const CORPUS_METHODS = /* @__PURE__ */ Object.freeze(["truth-discovery", "accu", "truth-finder", "majority", "median"] as const);

/**
 * How {@link reconcileAll} picks one estimate per series, period and modality:
 *
 * - `truth-discovery` (default): source reliability and value confidence estimated together over the
 *   whole corpus and iterated to a fixed point, so a source that is usually right wins a close call.
 *   Accu's Bayesian vote (Dong et al., 2009): a source's accuracy A is a probability, its vote
 *   ln(n·A/(1 − A)) for n = 5 false values per item (never below 0), a figure's probability the softmax
 *   of the votes over its item's figures. Copying is judged against `truth-finder`'s fixed point, and a
 *   source's vote for a figure others state too loses the chance that it copied it; a source's prior is
 *   the accuracy of sources of its size. Best of the methods on city populations (85.0 % exact),
 *   flight times (94.3 %) and weather readings (77.5 %) (bench/README.md,
 *   docs/decisions/truth-discovery.md). `prior`, `maxIterations` and `copyDetection` apply.
 * - `accu`: Accu as published, with the corpus mean as every source's prior and copiers discounted once
 *   after the fixed point: 82.1, 94.0 and 72.8 % (a prolific bot's vote outweighs lone editors).
 * - `truth-finder`: TruthFinder's model (Yin et al., 2007), the default before: a figure's confidence is
 *   a dampened sigmoid of its supporters' trust, which keeps weights in a narrow band: 83.7, 89.0 and
 *   61.1 %. `dampening` applies to it alone.
 * - `majority`: the figure the most sources state (a source counts once per figure; a figure that only
 *   lies inside a source's interval gets a weak share of its vote, which breaks ties).
 * - `median`: the middle stated figure, as {@link reconcile}'s `median` computes it.
 */
export type CorpusMethod = (typeof CORPUS_METHODS)[number];

/** Options of {@link reconcileAll}. Tuning numbers are plain JavaScript numbers: they are weights, never amounts. */
export interface ReconcileAllOptions {
  /** Default `"truth-discovery"`. */
  readonly method?: CorpusMethod;
  /**
   * Pseudo-claims of prior evidence per source: a source is judged as if it had also made this many
   * claims at the corpus's average accuracy, so one figure cannot make or break it. Default `1`.
   */
  readonly prior?: number;
  /** `truth-finder`'s dampening factor γ: how fast support turns into confidence. Default `0.3`. */
  readonly dampening?: number;
  /** Truth discovery stops after this many rounds (per stage) if it has not reached its fixed point. Default `100`. */
  readonly maxIterations?: number;
  /**
   * Truth discovery: whether to discount sources that copy. Independent errors rarely coincide, so a
   * source whose losing figures are mostly stated by someone else too (a bot or re-publisher that
   * restates whatever figure it found) is judged a copier, and its vote for a figure that others also
   * state counts for less — the more it shares its errors, the less. `truth-discovery` judges copying
   * against `truth-finder`'s estimates and discounts inside its fixed point; `accu` and `truth-finder`
   * judge it against their own fixed point's estimates and count the votes once more. Default `true`.
   *
   * @example
   * ```ts
   * // Ten places where census, atlas and bureau agree and "mirror" repeats a different one-off source's
   * // wrong figure each time; ten where "blog" alone is wrong. Then place "E": census says 9000, blog
   * // 9500, and mirror repeats blog.
   * const e = (r: CorpusReconciliation) => r.results.find((x) => x.claimIds.includes("census-E"))!;
   * const tf = { method: "truth-finder" } as const;
   * e(reconcileAll(claims, tf)).estimate.value.toString();                          // "9000"
   * e(reconcileAll(claims, { ...tf, copyDetection: false })).estimate.value.toString(); // "9500"
   * ```
   */
  readonly copyDetection?: boolean;
}

/** One estimate of {@link reconcileAll}: the claims of one series, period and modality, and what they come to. */
export interface CorpusEstimate {
  /** A stable key of the series, period, modality and kind of unit (an opaque string; equal keys, same group). */
  readonly key: string;
  /** The claims' series key. */
  readonly seriesKey: string;
  readonly period?: Period;
  readonly modality: Modality;
  /** Ids of every claim in the group, sorted. */
  readonly claimIds: readonly string[];
  /** The estimate: a stated figure (`truth-discovery`, `majority`), or the median. */
  readonly estimate: Quantity;
  readonly method: CorpusMethod;
  /**
   * Ids of the claims that state the estimate or whose interval holds it (its value, or for an
   * open-ended estimate its whole interval), sorted: never a claim that conflicts with it.
   */
  readonly support: readonly string[];
  /** Ids of the other claims, sorted. */
  readonly dissent: readonly string[];
  /**
   * `truth-discovery`: the winning figure's confidence in [0, 1]; `accu`: its probability among the
   * item's figures; `majority`: the share of the group's
   * sources that support it. Absent for `median`.
   */
  readonly confidence?: number;
}

/** A source as the corpus judged it. */
export interface SourceReliability {
  readonly name: string;
  /**
   * In [0, 1]: how often the source's figures agree with the estimates where sources disagree, shrunk
   * towards the corpus average by the prior. A source never contradicted stays at the prior.
   */
  readonly reliability: number;
  /** How many claims it made. */
  readonly claims: number;
  /**
   * `truth-discovery` or `accu` with `copyDetection` (the default): how far the source behaves like a copier, in
   * [0, 1] — 0 when its losing figures are shared with other sources no more often than the corpus's
   * are, towards 1 the more of them someone else states too (independent errors rarely coincide; a bot
   * or re-publisher shares nearly all of them). Shrunk towards the corpus by ten pseudo-figures, so one
   * shared error says little. Its votes for figures others state too count for `1 − copying`. Absent for
   * the other methods.
   */
  readonly copying?: number;
}

/** The result of {@link reconcileAll}: frozen plain data. */
export interface CorpusReconciliation {
  /** One estimate per series, period, modality (and kind of unit), in key order. */
  readonly results: readonly CorpusEstimate[];
  /** Every source, by name. */
  readonly sources: readonly SourceReliability[];
  readonly method: CorpusMethod;
  /** Rounds of truth discovery (`truth-discovery`, `accu`) run (0 for the other methods). */
  readonly iterations: number;
  /** Whether truth discovery (`truth-discovery`, `accu`) reached its fixed point (true for the other methods). */
  readonly converged: boolean;
}
