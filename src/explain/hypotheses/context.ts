import type { Claim } from "../../claim/types.js";
import type { ResolvedCompareOptions } from "../resolveOptions.js";
import type { Alignment } from "../../quantity/alignUnits.js";
import type { Interval } from "../../interval/types.js";
import type { Decimal } from "../../decimal.js";
import type { Explanation, Gap, RuledOut } from "../types.js";

/**
 * Two conflicting claims as the hypotheses see them: in canonical order, in one unit, with their gap.
 *
 * @internal
 */
export interface ConflictContext {
  readonly a: Claim;
  readonly b: Claim;
  readonly alignment: Alignment;
  readonly values: readonly [Decimal, Decimal];
  readonly intervals: readonly [Interval, Interval];
  readonly gap: Gap;
  readonly options: ResolvedCompareOptions;
}

/** What one hypothesis test returns: support, a reasoned rejection, or nothing (not applicable). @internal */
export type Finding = Explanation | RuledOut | undefined;

/** Whether a finding is a rejection. @internal */
export const isRuledOut = (f: Explanation | RuledOut): f is RuledOut => "reason" in f;

/** The index (0 or 1) of the side with the larger nominal value; ties go to the first. @internal */
export const largerSide = (ctx: ConflictContext): 0 | 1 => (ctx.values[1].abs().gt(ctx.values[0].abs()) ? 1 : 0);
