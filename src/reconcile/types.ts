import type { Decimal } from "../decimal.js";
import type { Quantity } from "../quantity/types.js";
import type { ExchangeRate } from "../quantity/convert.js";
import type { Claim } from "../claim/types.js";

/**
 * The closed list of {@link ReconcileMethod} values.
 *
 * @example
 * ```ts
 * RECONCILE_METHODS.includes("mirror-statistics"); // true
 * ```
 */
export const RECONCILE_METHODS = /* @__PURE__ */ Object.freeze([
  "intersection",
  "attributed-range",
  "preferred-source",
  "latest-revision",
  "median",
  "reliability-weighted",
  "mirror-statistics",
] as const);

/**
 * How claims of one series and period become one estimate:
 *
 * - `intersection`: the common part of the intervals (of the largest agreeing set when not all agree).
 * - `attributed-range`: every party's figure kept: "$31.5–41 billion: KZ vs CN reporting".
 * - `preferred-source`: the figure of the best-ranked source in `ranking`.
 * - `latest-revision`: the most recently published figure.
 * - `median`: the median stated figure (each figure counted once; a bound word alone states none).
 * - `reliability-weighted`: the mean weighted by the caller's `reliabilities`.
 * - `mirror-statistics`: a bilateral flow reported by both partners: CIF figures brought to FOB with the
 *   `cifFob` band, then weighted by `reporterWeights`; the raw values are kept beside the result.
 */
export type ReconcileMethod = (typeof RECONCILE_METHODS)[number];

/** A weight or reliability: a decimal string (`"0.8"`) or an integer. */
export type Weight = string | number;

/** Options of {@link reconcile} and {@link createReconciler}. */
export interface ReconcileOptions {
  /** Default: `intersection` when all claims agree, else `attributed-range`. */
  readonly method?: ReconcileMethod;
  /** The unit of the estimate. Default: the unit most claims use. */
  readonly unit?: string;
  /** Exchange rates, for claims in different currencies. */
  readonly rates?: readonly ExchangeRate[];
  /** For `preferred-source`: source names or ISO country codes, most preferred first. */
  readonly ranking?: readonly string[];
  /** For `reliability-weighted`: reliability in (0, 1] by source name or country code. */
  readonly reliabilities?: Readonly<Record<string, Weight>>;
  /** For `reliability-weighted`: the reliability of a source not listed. Default `"0.5"`. */
  readonly defaultReliability?: Weight;
  /** For `mirror-statistics`: the CIF/FOB factor. Default `"1.06"` (IMF DOTS). */
  readonly cifFob?: string;
  /** For `mirror-statistics`: weight by reporter country code. Default: equal. */
  readonly reporterWeights?: Readonly<Record<string, Weight>>;
  /**
   * For `mirror-statistics`: the importing country, whose figures are CIF and are brought to FOB.
   * Default: for a directed subject `[exporter, importer]`, the importer; none for a two-way turnover.
   */
  readonly importer?: string;
}

/** One party's figure as a reconciliation used it. */
export interface ReconciledValue {
  readonly claim: string;
  readonly source: string;
  readonly country?: string;
  /** The nominal value in the estimate's unit. */
  readonly value: Decimal;
  /** For `mirror-statistics`: the value brought to FOB. */
  readonly adjusted?: Decimal;
  /** The weight it carried, for weighted methods. */
  readonly weight?: Decimal;
}

/**
 * Why a method asked for by name could not apply: `no-ranked-source` (`preferred-source`: no source
 * is in the ranking), `no-mirror-pair` (`mirror-statistics`: the subject is not two parties or a
 * party's own figure is missing), `no-stated-figure` (`median`, `reliability-weighted`: every claim is a bound word alone).
 */
export type FallbackCode = "no-ranked-source" | "no-mirror-pair" | "no-stated-figure";

/**
 * How a reconciliation reached its estimate, as a code and its parameters (decimals print as strings in
 * JSON); the message catalogues turn it into a sentence: `attributed-range` with `{ low, high, unit,
 * lowParties, highParties }` reads "$31.5–41 billion: KZ vs CN reporting." in English.
 */
export type ReconciliationNote =
  | { readonly code: "intersection-all"; readonly params: { readonly agreeing: number; readonly low?: Decimal; readonly high?: Decimal; readonly unit: string } }
  | {
      readonly code: "intersection-largest";
      readonly params: { readonly agreeing: number; readonly total: number; readonly low?: Decimal; readonly high?: Decimal; readonly unit: string };
    }
  | {
      readonly code: "attributed-range";
      readonly params: { readonly low: Decimal; readonly high: Decimal; readonly unit: string; readonly lowParties: readonly string[]; readonly highParties: readonly string[] };
    }
  | { readonly code: "attributed-agree"; readonly params: { readonly value: Decimal; readonly unit: string } }
  | { readonly code: "preferred-source"; readonly params: { readonly source: string } }
  | { readonly code: "latest-revision"; readonly params: { readonly date?: string } }
  | { readonly code: "median"; readonly params: { readonly value: Decimal; readonly unit: string; readonly figures: number } }
  | { readonly code: "reliability-weighted"; readonly params: { readonly value: Decimal; readonly unit: string; readonly sources: number } }
  | {
      readonly code: "mirror-statistics";
      readonly params: {
        readonly figures: readonly { readonly country: string; readonly value: Decimal }[];
        readonly estimate: Decimal;
        readonly unit: string;
        /** The importer whose CIF figure was brought to FOB. */
        readonly importer?: string;
        readonly cifFob: Decimal;
        readonly ratio?: Decimal;
        readonly beyondTypical: boolean;
        readonly trade: boolean;
      };
    };

/** The code of a {@link ReconciliationNote}. */
export type ReconciliationNoteCode = ReconciliationNote["code"];

/** The result of a reconciliation: frozen plain data. */
export interface Reconciliation {
  readonly estimate: Quantity;
  /** The method actually used: the one asked for, unless `fallback` says otherwise. */
  readonly method: ReconcileMethod;
  /**
   * When the method asked for could not apply and the default was used instead (`method` says which):
   * the method asked for and why, as a code.
   */
  readonly fallback?: { readonly requested: ReconcileMethod; readonly code: FallbackCode };
  /** Ids of the claims the estimate agrees with, sorted. */
  readonly support: readonly string[];
  /** Ids of the claims it does not agree with, sorted. */
  readonly dissent: readonly string[];
  /**
   * How the estimate was reached, as coded data (`code` and `params`); `explainSentences` and the reports
   * put it into words in the reader's language (see {@link ReconciliationNote}).
   */
  readonly note?: ReconciliationNote;
  /** The figures the method weighed, each with its party. */
  readonly raw?: readonly ReconciledValue[];
}

/** A configured reconciliation function: claims of one series and period in, a {@link Reconciliation} out. */
export type Reconciler = (claims: Iterable<Claim>, options?: ReconcileOptions) => Reconciliation;
