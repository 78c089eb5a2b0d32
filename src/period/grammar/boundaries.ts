import type { PeriodToken as Token } from "../toPeriodTokens.js";
import { adjacent, role, tok, type GrammarContext } from "./grammarContext.js";

/**
 * Where a reading may start and end: not inside a bigger number, an amount, a word or an identifier
 * ("1,2023", "$2023", "2023%", "Q3-2023", "FY 2023", "2023.5", "2023-07-03T10").
 */

const CURRENCY = new Set(["$", "€", "£", "¥", "₸", "₽", "₴", "₹", "￥"]);
const PERCENT = new Set(["%", "‰", "％"]);

export const boundaryBefore = (g: GrammarContext, i: number): boolean => {
  const t = tok(g, i) as Token;
  const prev = tok(g, i - 1);
  if (prev === undefined) return true;
  if (prev.end === t.start) {
    if (prev.kind === "num" || prev.kind === "word") return false;
    if (t.kind === "num") {
      if (CURRENCY.has(prev.key)) return false;
      // "1,2023" or "1.2023": the tail of a bigger number.
      // "03/2024", "12/2023": a month and year (or a date) the grammar does not read, not the bare year.
      if ((prev.key === "," || prev.key === ".") && tok(g, i - 2)?.kind === "num" && adjacent(g, i - 1)) return false;
      // "Q3-2023", "Jan-2024", "pre-2020": a year glued by a dash to a word or number the grammar did
      // not read with it ("mid-2023", "2020-2023" are read from their first token, never from here).
      if (prev.key === "-" && tok(g, i - 2) !== undefined && tok(g, i - 2)?.kind !== "punct" && adjacent(g, i - 1)) return false;
      if (prev.key === "/" && tok(g, i - 2) !== undefined && tok(g, i - 2)?.kind !== "punct" && adjacent(g, i - 1)) return false;
    }
  }
  // "FY 2023", "fiscal year 2023": the year of a fiscal year is not a calendar year.
  if (prev.kind !== "word") return true;
  // "9M 2023", "12M 2023", "1П 2023": a number glued to a letter or two is a part of the year (nine
  // months, a half) the grammar does not read; the bare year after it would be the whole year.
  if (prev.key.length <= 2 && tok(g, i - 2)?.kind === "num" && adjacent(g, i - 1)) return false;
  for (let k = 1; k <= g.words.depth && k <= i; k++) {
    for (const f of role(g, i - k, "fiscal")) if (f.end === i) return false;
    // "third-quarter 2023", "в 3-м квартале 2023", "2-м полугодии 2023": a part of the year the
    // grammar did not read whole; the bare year after it would be another, longer period.
    for (const part of ["quarterWord", "halfWord", "countUnit"] as const) for (const f of role(g, i - k, part)) if (f.end === i) return false;
  }
  return true;
};

export const boundaryAfter = (g: GrammarContext, end: number): boolean => {
  const next = tok(g, end);
  const last = tok(g, end - 1) as Token;
  if (next === undefined || next.start !== last.end) return true;
  if (next.kind === "num" || next.kind === "word") return false;
  if (last.kind === "num") {
    if (PERCENT.has(next.key)) return false;
    // "2023.5", "2023,5": a decimal, not a year; "2024/03", "2022/3": a month or a split year written
    // in a way the grammar does not read, never the bare year before it.
    if ((next.key === "." || next.key === ",") && tok(g, end + 1)?.kind === "num" && adjacent(g, end + 1)) return false;
  }
  if (next.key === "/" && tok(g, end + 1) !== undefined && tok(g, end + 1)?.kind !== "punct" && adjacent(g, end + 1)) return false;
  return true;
};
