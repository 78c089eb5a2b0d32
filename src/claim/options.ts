import type { EntityAliases } from "../entity/types.js";
import type { MetricWords } from "../metric/types.js";

/** How claim input is read. */
export interface ClaimOptions {
  /**
   * Names of entities the caller adds (`{ "KMG": "KazMunayGas", "Піднебесна": "CN" }`): subjects are
   * resolved through them and the gazetteer, so claims naming one party differently are one series.
   */
  readonly aliases?: EntityAliases;
  /** Metric words the caller adds (`{ "grain harvest": ["урожай зерна", "粮食产量"] }`). */
  readonly metrics?: MetricWords;
  /** The currency "$" and bare "dollars" mean. Default `"USD"`. */
  readonly dollar?: string;
  /** Relative half-width that "about"/"around" allow, as a decimal string. Default `"0.1"` (±10 %). */
  readonly approxTolerance?: string;
  /** Reference date for relative periods when a claim has no `reportedBy.publishedAt`. */
  readonly reference?: string;
  /**
   * The first month (2–12) of split years such as "2023/24" or "FY2023-24" in claims' periods: see
   * `parsePeriod`. By default the month is unknown and a split year is a period of its own kind.
   */
  readonly fiscalYearStart?: number;
}
