import type { Period } from "../period/types.js";
import type { Quantity } from "../quantity/types.js";
import type { ReportedBy, Source } from "../source/types.js";

/**
 * The closed list of {@link Modality} values.
 *
 * @example
 * ```ts
 * MODALITIES; // ["actual", "estimate", "target", "forecast", "plan"]
 * ```
 */
export const MODALITIES = /* @__PURE__ */ Object.freeze(["actual", "estimate", "target", "forecast", "plan"] as const);

/** Whether a number reports what happened or what someone aims at or expects. Different modalities never conflict. */
export type Modality = (typeof MODALITIES)[number];

/**
 * A validated quantitative claim: what is measured, about whom, when, how much, who said it and where it
 * was read. Frozen plain data; decimals inside `quantity` print as strings in JSON.
 */
export interface Claim {
  readonly id: string;
  /** What is measured, as given ("trade turnover"). */
  readonly metric: string;
  /** The entities, as given; a set unless `direction` is true. */
  readonly subject: readonly string[];
  /** True when the subject's order matters (exports from A to B). */
  readonly direction: boolean;
  /** Scope and counting basis: `{ window: "since 2020" }`, `{ scope: "goods" }`. */
  readonly qualifiers: Readonly<Record<string, string>>;
  readonly period?: Period;
  readonly modality: Modality;
  readonly quantity: Quantity;
  readonly source: Source;
  readonly reportedBy?: ReportedBy;
  readonly quote?: string;
  /** Which claims are about the same thing: normalised metric + subject + qualifiers. */
  readonly seriesKey: string;
  /** The caller's own data, passed through untouched. */
  readonly meta?: Readonly<Record<string, unknown>>;
}
