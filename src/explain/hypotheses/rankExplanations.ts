import { EXPLANATION_CODES, STRENGTHS } from "../vocabulary.js";
import { sortSmall } from "../../util/sortSmall.js";
import type { Explanation, RuledOut } from "../types.js";

const CODE_RANK = /* @__PURE__ */ (() => new Map(EXPLANATION_CODES.map((c, i) => [c, i])))();
const STRENGTH_RANK = /* @__PURE__ */ (() => new Map(STRENGTHS.map((s, i) => [s, i])))();

/**
 * Orders hypotheses strongest first; among equal strengths, by the fixed order of
 * {@link EXPLANATION_CODES} (specific mechanisms before generic ones). One hypothesis per code: a later
 * finding of the same code replaces an earlier one only when stronger.
 *
 * @internal
 */
export const rankExplanations = (explanations: readonly Explanation[]): Explanation[] => {
  const best = new Map<string, Explanation>();
  for (const e of explanations) {
    const prior = best.get(e.code);
    if (prior === undefined || STRENGTH_RANK.get(e.strength)! < STRENGTH_RANK.get(prior.strength)!) best.set(e.code, e);
  }
  return sortSmall(
    [...best.values()],
    (x, y) => STRENGTH_RANK.get(x.strength)! - STRENGTH_RANK.get(y.strength)! || CODE_RANK.get(x.code)! - CODE_RANK.get(y.code)!,
  );
};

/** Orders rejections by code, dropping any whose code is now supported. @internal */
export const rankRuledOut = (ruledOut: readonly RuledOut[], supported: readonly Explanation[]): RuledOut[] => {
  const codes = new Set(supported.map((e) => e.code));
  const seen = new Set<string>();
  return sortSmall(
    ruledOut.filter((r) => !codes.has(r.code) && !seen.has(r.code) && (seen.add(r.code), true)),
    (x, y) => CODE_RANK.get(x.code)! - CODE_RANK.get(y.code)!,
  );
};
