import { HYPHEN, type MentionContext } from "./mentionContext.js";
import { HAN, NUM, SYM, WORD } from "../text/tokenize.js";

/**
 * Refiners for numbers that are part of something else: an identifier ("A380", "COVID-19", "5G") or
 * a date written with separators ("2024-01-15"). The readers ask them before reading a number.
 */

// "^": the power in "x^2", "10^6" is no quantity of its own.
const IDENTIFIER_JOINERS: ReadonlySet<string> = new Set(["-", "/", ":", ".", "_", "%", "=", "&", "?", "#", "@", "^"]);

/** A digit run glued to letters before it is part of an identifier ("A380", "COVID-19", "12/05"). */
export const identifierBefore = (ctx: MentionContext, k: number): boolean => {
  const token = ctx.tokens[k];
  const prev = ctx.tokens[k - 1];
  if (token === undefined || prev === undefined || token.space) return false;
  if (prev.kind === WORD || prev.kind === NUM) return true;
  if (prev.kind !== SYM) return false;
  const before = ctx.tokens[k - 2];
  if (before === undefined || prev.space) return false;
  // "COVID-19", "12/05", "v.2", "%28" in a URL, "id=42".
  if (IDENTIFIER_JOINERS.has(prev.key))
    return before.kind === WORD || before.kind === NUM;
  return false;
};

/** A mention glued to letters or digits after it is part of an identifier ("5G", "3D", "12/05", "10:30"). */
export const identifierAfter = (ctx: MentionContext, k: number): boolean => {
  const next = ctx.tokens[k];
  const last = ctx.tokens[k - 1];
  if (next === undefined || last === undefined || next.space) return false;
  if (last.kind === HAN || (last.kind === SYM && last.key !== "-")) return false;
  if (next.kind === WORD || next.kind === NUM) return last.kind === NUM || last.kind === WORD;
  if (next.kind === SYM && (next.key === "/" || next.key === ":" || next.key === "_")) {
    const after = ctx.tokens[k + 1];
    return after !== undefined && !after.space && (after.kind === NUM || after.kind === WORD);
  }
  // "24703 L-202": a capital letter joined to digits by a hyphen is a code, not a unit.
  if (next.key === HYPHEN && last.kind === WORD && last.end - last.start === 1 && ctx.text[last.start] !== ctx.text[last.start]?.toLowerCase()) {
    const after = ctx.tokens[k + 1];
    return after !== undefined && !after.space && after.kind === NUM;
  }
  return false;
};

/** "2024-01-15", "15/01/2024": three numbers joined by the same separator are a date, not quantities. */
export const dateLength = (ctx: MentionContext, k: number): number => {
  const sep = ctx.tokens[k + 1];
  if (sep === undefined || sep.space || (sep.key !== "-" && sep.key !== "/" && sep.key !== ".")) return 0;
  const t = ctx.tokens;
  const ok = (i: number, kind: number): boolean => t[i] !== undefined && t[i]?.kind === kind && t[i]?.space === false;
  if (ok(k + 2, NUM) && ok(k + 3, SYM) && t[k + 3]?.key === sep.key && ok(k + 4, NUM)) return 5;
  return 0;
};
