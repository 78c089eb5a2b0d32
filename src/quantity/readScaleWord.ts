import { HYPHEN, sameLine, tokenAt, writtenText, type MentionContext } from "./mentionContext.js";
import { find, glued, type Found } from "./scanContext.js";
import { NUM, SYM, WORD } from "../text/tokenize.js";

/** The scale and bound words written after a number: "million", "10M", "$5m", "or more", "多". */

/** A bound suffix at `k`: "多", "or more", "+" (tight), "-plus" (tight). */
export const boundSuffixAt = (ctx: MentionContext, k: number): Found<"boundSuffix"> | undefined => {
  const token = sameLine(ctx, k);
  if (token === undefined) return undefined;
  if (token.key === HYPHEN && !token.space) {
    const after = find(ctx, k + 1, "boundSuffix");
    if (after !== undefined && glued(ctx, k, k + 2) && tokenAt(ctx, k + 1)?.kind === WORD) return after;
    return undefined;
  }
  const found = find(ctx, k, "boundSuffix");
  if (found === undefined) return undefined;
  if (token.kind === SYM && token.space) return undefined;
  // "5+3" is a sum, no "5 or more".
  const next = sameLine(ctx, found.end);
  if (token.kind === SYM && next !== undefined && !next.space && next.kind === NUM) return undefined;
  return found;
};

/** A scale word at `k`; money abbreviations ("m", "b") only next to money or in capitals ("10M"). */
export const scaleAt = (ctx: MentionContext, k: number, money: boolean): Found<"scale" | "moneyScale" | "capitalScale"> | undefined => {
  if (sameLine(ctx, k) === undefined) return undefined;
  const scale = find(ctx, k, "scale");
  if (scale !== undefined) return scale;
  // "10M", "1.2M", "100К": a capital scale letter tight after the digits (a metre is a lower-case "m").
  const capital = find(ctx, k, "capitalScale");
  if (capital !== undefined && tokenAt(ctx, k - 1)?.kind === NUM && glued(ctx, k - 1, capital.end)) {
    // In capitals only: "5mM" is millimolar and "5Mm" megametres, not millions; "5M²" no million either.
    const written = writtenText(ctx, k, capital.end);
    const power = ctx.tokens[capital.end];
    const squared = power !== undefined && !power.space && (power.key === "²" || power.key === "³");
    if (written === written.toUpperCase() && !squared) return capital;
  }
  const moneyScale = find(ctx, k, "moneyScale");
  if (moneyScale === undefined) return undefined;
  // "$1,000 T-bills", "$5 B-shares": a capital letter that begins a compound word is no scale ("$5m-a-year" is).
  const joined = sameLine(ctx, moneyScale.end);
  const word = tokenAt(ctx, moneyScale.end + 1);
  const letters = writtenText(ctx, k, moneyScale.end);
  if (joined !== undefined && joined.key === HYPHEN && !joined.space && word?.kind === WORD && !word.space && letters !== letters.toLowerCase()) return undefined;
  // "$5m", and "1.8M dollars" where the currency follows.
  return money || find(ctx, moneyScale.end, "currencySuffix") !== undefined ? moneyScale : undefined;
};

/** The value of a scale word of one or two tokens that ends right before `k` ("million", "тис ."). */
export const scaleEndingAt = (ctx: MentionContext, k: number): number | undefined => {
  for (let from = k - 1; from >= Math.max(0, k - 2); from--) {
    const scale = find(ctx, from, "scale");
    if (scale?.end === k) return scale.value;
  }
  return undefined;
};
