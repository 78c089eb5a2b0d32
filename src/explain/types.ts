import type { Decimal } from "../decimal.js";
import type { ExplanationCode, RuledOutReason, Strength } from "./vocabulary.js";

/** Fields every explanation has: its code and how strongly the evidence supports it. */
interface ExplanationBase<Code extends ExplanationCode, Evidence> {
  readonly code: Code;
  readonly strength: Strength;
  /** The numbers and ids that support the hypothesis (decimals print as strings in JSON). */
  readonly evidence: Evidence;
}

/** The figures may differ by more rounding than their digits admit: the gap is within one step of the coarser one. */
export type RoundingExplanation = ExplanationBase<"rounding", { readonly distance: Decimal; readonly step: Decimal; readonly unit: string }>;

/** The gap is within what "about" usually allows, so one figure may be an approximation. */
export type ApproximationExplanation = ExplanationBase<"approximation", { readonly relativeToLarger: Decimal; readonly tolerance: Decimal }>;

/** The ratio is close to 10³, 10⁶ or 10⁹: a thousand/million/billion slip. */
export type ScaleSlipExplanation = ExplanationBase<"scale-slip", { readonly ratio: Decimal; readonly factor: Decimal; readonly power: number }>;

/** The ratio is close to the factor between two units of the dimension (km/mi 1.609344). */
export type UnitSlipExplanation = ExplanationBase<
  "unit-slip",
  { readonly ratio: Decimal; readonly factor: Decimal; readonly units: readonly [larger: string, smaller: string] }
>;

/** The ratio is close to an exchange rate the caller gave, or the currency sign was ambiguous. */
export type CurrencyConfusionExplanation = ExplanationBase<
  "currency-confusion",
  {
    readonly ratio: Decimal;
    readonly currencies: readonly string[];
    /** The matching rate, when one matched. */
    readonly rate?: Decimal;
  }
>;

/**
 * Each partner of a bilateral flow reports it itself (importers CIF, exporters FOB, different
 * partner attribution and timing). `typicalRatio` is the usual CIF/FOB factor (IMF DOTS: 1.06).
 */
export type MirrorStatisticsExplanation = ExplanationBase<
  "mirror-statistics",
  {
    /** ISO country codes of the reporters: the one with the larger figure first. */
    readonly reporters: readonly [higher: string, lower: string];
    readonly ratio: Decimal;
    readonly typicalRatio: Decimal;
    /** Whether the gap is beyond the usual CIF/FOB margin (then re-exports, timing, classification, under-invoicing). */
    readonly beyondTypical: boolean;
    /** Whether the metric reads as trade (so CIF/FOB margins apply). */
    readonly trade: boolean;
    /** When one side has no country of its own: the partner claim its figure agrees with. */
    readonly follows?: string;
  }
>;

/** The same two reporting bases differ by a similar ratio in other periods of the series. */
export type SystematicSourceGapExplanation = ExplanationBase<
  "systematic-source-gap",
  {
    readonly ratio: Decimal;
    /** The reporters when known (larger figure first). */
    readonly reporters?: readonly [higher: string, lower: string];
    /** The other periods' gaps. */
    readonly others: readonly {
      readonly period: string;
      readonly ratio: Decimal;
      readonly claims: readonly [string, string];
      readonly reporters?: readonly [higher: string, lower: string];
    }[];
  }
>;

/** The same source published a later figure: the later one likely revises the earlier. */
export type RevisionExplanation = ExplanationBase<
  "revision",
  { readonly earlier: string; readonly later: string; readonly earlierPublished?: string; readonly laterPublished?: string }
>;

/** One claim repeats another: its agreement is no independent corroboration. */
export type CopyExplanation = ExplanationBase<
  "copy",
  { readonly original: string; readonly copy: string; readonly via: boolean; readonly samePublication: boolean }
>;

/** One figure matches a neighbouring period of the series: it may be that period's figure. */
export type PeriodShiftExplanation = ExplanationBase<
  "period-shift",
  { readonly claim: string; readonly matches: string; readonly period: string }
>;

/** The figures may be counted on different bases. */
export type DifferentBasisExplanation = ExplanationBase<
  "different-basis",
  {
    /** `same-publication`: one source gives two figures in one text; `nouns`: what is counted differs. */
    readonly basis: "same-publication" | "nouns";
    readonly detail: readonly string[];
  }
>;

/** A ranked hypothesis for a disagreement, with its evidence. Discriminated by `code`. */
export type Explanation =
  | MirrorStatisticsExplanation
  | SystematicSourceGapExplanation
  | RevisionExplanation
  | CopyExplanation
  | ScaleSlipExplanation
  | UnitSlipExplanation
  | CurrencyConfusionExplanation
  | PeriodShiftExplanation
  | DifferentBasisExplanation
  | RoundingExplanation
  | ApproximationExplanation;

/** A hypothesis that was considered and rejected, with why and the numbers that say so. */
export interface RuledOut {
  readonly code: ExplanationCode;
  readonly reason: RuledOutReason;
  readonly evidence: Readonly<Record<string, Decimal | string | number | boolean>>;
}

/** How far apart two conflicting figures are. Decimals; ratios are rounded to 12 decimal places. */
export interface Gap {
  /** |a − b| of the nominal values, in `unit`. */
  readonly absolute: Decimal;
  /** absolute ÷ the larger magnitude. */
  readonly relativeToLarger: Decimal;
  /** absolute ÷ the mean of the two values. */
  readonly relativeToMean: Decimal;
  /** larger ÷ smaller; `null` when a value is zero or the signs differ. */
  readonly ratio: Decimal | null;
  /** The distance between the two intervals (0 when they only touch at an open end). */
  readonly intervalDistance: Decimal;
  readonly unit: string;
}
