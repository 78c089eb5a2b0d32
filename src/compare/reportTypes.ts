import type { Modality } from "../claim/types.js";
import type { Period } from "../period/types.js";
import type { Reconciler, Reconciliation } from "../reconcile/types.js";
import type { RelationsReport } from "../relations/checkRelations.js";
import type { Timeline } from "../timeline/types.js";
import type { CompareOptions } from "../explain/resolveOptions.js";
import type { Comparison } from "./types.js";
import type { ConflictCluster } from "./clusterGroup.js";

/** Options for {@link findDiscrepancies}. */
export interface FindDiscrepanciesOptions extends CompareOptions {
  /** How close (relative) two ratios must be to count as the same systematic gap. Default `"0.05"`. */
  readonly ratioTolerance?: string;
  /**
   * Above this many distinct figures in one period group, each is compared with the group's leading
   * figure, and each figure in conflict with the figure it is farthest from, rather than with every
   * other: a group costs O(n log n) and its verdict and `clusters` stay exact. Default 16.
   */
  readonly maxPairsPerGroup?: number;
  /** At most this many not-comparable notes per series (and per family of series for scope). Default 6. */
  readonly maxNotesPerSeries?: number;
  /** Reconciles each period group that has a conflict. Default: {@link reconcile}; `false` for none. */
  readonly reconcile?: Reconciler | false;
  /**
   * Relations and ordinal claims between these claims, as a claims file declares them beside `claims`:
   * `{ relations: [...], ordinals: [...], timeline }` (or a bare list of relations), operands as claim ids.
   * They are checked with `checkRelations`, and the report gets `relations`.
   */
  readonly relations?: unknown;
  /** The events ordinal checks count; needed when `relations.timeline` names a file. */
  readonly timeline?: Timeline;
  /**
   * `"all"` (default): every series and comparison. `"conflicts"`: the summary, the conflicts and the
   * series that have one (`comparisons` empty), with `omitted` counting what was left out — what a corpus
   * of thousands of claims needs, at a fraction of the size.
   */
  readonly only?: "all" | "conflicts";
}

/** The claims of one series about one period and modality. */
export interface PeriodGroup {
  /** Absent for claims that state no period. */
  readonly period?: Period;
  readonly modality: Modality;
  readonly claims: readonly string[];
  /** Distinct sources once duplicates and copies are folded: how many independent voices agree or disagree. */
  readonly independentSources: number;
  /** `single` when the group has one distinct figure (its repetitions do not make it corroborated). */
  readonly verdict: "consistent" | "conflict" | "single";
  /**
   * For a group with a conflict: the conflicting figures by unit, as clusters with their extreme
   * figures (which lie below or above another figure, and how many figure pairs conflict). Exact at
   * any group size, though a group of more than `maxPairsPerGroup` distinct figures lists only some
   * of those pairs in `comparisons`.
   */
  readonly clusters?: readonly ConflictCluster[];
  /** For a group with a conflict: the default reconciliation (attributed range unless all agree). */
  readonly reconciliation?: Reconciliation;
}

/** One series: claims with the same metric, subject and qualifiers. */
export interface SeriesReport {
  readonly key: string;
  readonly metric: string;
  readonly subject: readonly string[];
  readonly direction: boolean;
  readonly qualifiers: Readonly<Record<string, string>>;
  readonly claims: readonly string[];
  /** The period groups, oldest first (claims without a period first). */
  readonly periods: readonly PeriodGroup[];
  /** How the comparisons touching this series came out (repeated conflicts counted once). */
  readonly verdicts: { readonly consistent: number; readonly conflict: number; readonly notComparable: number };
}

/**
 * Counts over the whole report. `comparisons = consistent + conflicts + notComparable`: every
 * comparison in the report's `comparisons` is counted once, except a conflict that repeats another
 * (see {@link Comparison.repeats}), which is the same disagreement seen through another figure and is
 * counted in `repeats` instead. So `report.comparisons.length = comparisons + (repeats ?? 0)`.
 */
export interface ReportSummary {
  readonly claims: number;
  readonly series: number;
  /** The comparisons counted: `consistent + conflicts + notComparable`. */
  readonly comparisons: number;
  readonly consistent: number;
  /** Disagreements: conflicts that repeat another (see {@link Comparison.repeats}) are not counted again. */
  readonly conflicts: number;
  readonly notComparable: number;
  /** When some conflicts repeat a counted one: how many (listed in `comparisons`, not counted above). */
  readonly repeats?: number;
  /** When relations were given: the failed relations and ordinal checks (not counted in `conflicts`). */
  readonly relationConflicts?: number;
}

/** The result of {@link findDiscrepancies}: frozen plain data. */
export interface Report {
  readonly summary: ReportSummary;
  readonly series: readonly SeriesReport[];
  /** Every comparison made, series by series. */
  readonly comparisons: readonly Comparison[];
  /**
   * The conflicts, with their explanations — each disagreement once: a conflict that repeats another
   * stays in `comparisons` with `repeats` set.
   */
  readonly conflicts: readonly Comparison[];
  /**
   * Present when the report keeps only the conflicts (`only: "conflicts"`): how many series and
   * comparisons were left out. The summary still counts everything.
   */
  readonly omitted?: { readonly series: number; readonly comparisons: number };
  /**
   * When `options.relations` was given: every relation and ordinal check with its verdict and explanation,
   * and the values the relations imply.
   */
  readonly relations?: RelationsReport;
}
