import { allDigits, HYPHEN, MINUS, sameLine, tokenAt, type MentionContext } from "./mentionContext.js";
import { SYM, NUM, type Token } from "../text/tokenize.js";

/** Decimal points with no leading zero (".77") and powers written with a caret ("1.3x10^6", "10^6"). */

/** Whether token `k` is a dot that follows no word, number or dot: the decimal point of ".77", "$.50", "(.5)". */
export const freeDot = (ctx: MentionContext, k: number): boolean => {
  const dot = tokenAt(ctx, k);
  const prev = tokenAt(ctx, k - 1);
  return dot?.key === "." && dot.kind === SYM && (prev === undefined || dot.space || (prev.kind === SYM && prev.key !== "."));
};

/** Signs of multiplication in scientific notation: "1.3x10^6", "1.3 × 10^6", "1.3·10^6". */
const TIMES: ReadonlySet<string> = new Set(["x", "X", "×", "·", "*"]);

const CARET = "^";

/** Whether `raw` is plain digits with at most one decimal point: a mantissa for {@link caretPowerAt}. */
export const plainDecimal = (raw: string): boolean => {
  let dots = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 46) dots++;
    else if (c < 48 || c > 57) return false;
  }
  return dots <= 1 && raw.charCodeAt(0) !== 46 && raw.charCodeAt(raw.length - 1) !== 46;
};

/**
 * A power written with a caret after the digits of token `k` (ending before `end`): "1.3x10^6" and
 * "1.3 × 10^-6" as the digits of "1.3e6" and "1.3e-6", "10^6" as "1e6". Any other caret — "2^10", or
 * a mantissa grouped in thousands — gives `skip`: the base alone (2) or the power alone (6) is no
 * quantity anyone stated. `undefined` when no caret follows.
 */
export const caretPowerAt = (ctx: MentionContext, k: number, end: number, raw: string): { readonly end: number; readonly raw: string } | { readonly skip: number } | undefined => {
  let ten = end;
  let mantissa = raw;
  const times = sameLine(ctx, end);
  if (ctx.tokens[k]?.key === "10" && times?.key === CARET && !times.space) {
    mantissa = "1";
    ten = k;
  } else if (times === undefined || !TIMES.has(times.key) || sameLine(ctx, end + 1)?.key !== "10") {
    const caret = sameLine(ctx, end);
    return caret?.key === CARET && !caret.space ? { skip: powerEnd(ctx, end) } : undefined;
  } else ten = end + 1;
  const caret = sameLine(ctx, ten + 1);
  if (caret?.key !== CARET || caret.space) return undefined;
  const last = powerEnd(ctx, ten + 1);
  const sign = tokenAt(ctx, ten + 2);
  const power = tokenAt(ctx, last - 1);
  if (last === ten + 2 || last - ten > 4 || power === undefined || power.kind !== NUM || !allDigits(power.key, 0, power.key.length) || power.key.length > 3 || !plainDecimal(mantissa))
    return { skip: last };
  const minus = sign !== undefined && sign.kind === SYM && (sign.key === HYPHEN || sign.key === MINUS) ? "-" : "";
  return { end: last, raw: `${mantissa}e${minus}${power.key}` };
};

export const isSign = (token: Token | undefined): boolean =>
  token !== undefined && !token.space && token.kind === SYM && (token.key === HYPHEN || token.key === MINUS || token.key === "+");

/** The token after the power that a caret at `caret` raises to: "^6", "^-6", "^--6" written tight (signs and digits). */
export const powerEnd = (ctx: MentionContext, caret: number): number => {
  let at = caret + 1;
  // At most a few signs: the scan resumes after them, so a run of them is still read once.
  while (at < caret + 4 && isSign(tokenAt(ctx, at))) at++;
  const power = tokenAt(ctx, at);
  return power !== undefined && !power.space && power.kind === NUM ? at + 1 : at;
};
