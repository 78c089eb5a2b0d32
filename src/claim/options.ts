/** How claim input is read. */
export interface ClaimOptions {
  /** The currency "$" and bare "dollars" mean. Default `"USD"`. */
  readonly dollar?: string;
  /** Relative half-width that "about"/"around" allow, as a decimal string. Default `"0.1"` (±10 %). */
  readonly approxTolerance?: string;
  /** Reference date for relative periods when a claim has no `reportedBy.publishedAt`. */
  readonly reference?: string;
}
