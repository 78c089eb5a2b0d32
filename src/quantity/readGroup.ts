import { Decimal } from "../decimal.js";
import type { BoundWord } from "../lexicon/types.js";
import type { SenseLang } from "./phraseTable.js";
import { find, type ScanContext } from "./scanContext.js";

/**
 * Numbers counted in groups: "two dozen" (24), "a dozen" (12), "half a dozen" (6), "200 dozens",
 * "три десятка" (30), "дві дюжини" (24); and group words with no number, which bound it from below:
 * "dozens of agreements" (at least 24), "десятки тысяч" (at least 20,000). One token of lookahead.
 *
 * @internal
 */

/** A group word at `k` after a number: its size and the token after it. */
export const groupAt = (ctx: ScanContext, k: number): { readonly end: number; readonly size: Decimal } | undefined => {
  const token = ctx.tokens[k];
  if (token === undefined || token.newline || !token.space) return undefined;
  const group = find(ctx, k, "group");
  return group === undefined ? undefined : { end: group.end, size: new Decimal(group.value) };
};

/**
 * A group word with no number before it, at `k`: the least it means, read as `atLeast` ("dozens" is
 * at least two dozen). The token after it is `end`; an "of" before a scale word is skipped, so that
 * "dozens of millions" is at least 24 million.
 */
export const vagueGroupAt = (
  ctx: ScanContext,
  k: number,
): { readonly end: number; readonly least: Decimal; readonly bound: BoundWord; readonly lang: SenseLang } | undefined => {
  const vague = find(ctx, k, "vagueGroup");
  if (vague === undefined) return undefined;
  let end = vague.end;
  const of = ctx.tokens[end]?.newline === false ? find(ctx, end, "shareOf") : undefined;
  if (of !== undefined && ctx.tokens[of.end]?.newline === false && find(ctx, of.end, "scale") !== undefined) end = of.end;
  return { end, least: new Decimal(vague.value), bound: "atLeast", lang: vague.lang };
};
