import { messages } from "../../messages/misuse/input.js";
import { dayExtent, halfExtent, monthExtent, quarterExtent, weekExtent, yearExtent } from "../extent.js";
import type { Spec } from "../spec.js";
import type { PeriodToken as Token } from "../toPeriodTokens.js";
import { abs, adjacent, num, punct, role, slice, tok, year, type Candidate, type GrammarContext } from "./grammarContext.js";

/** The ISO and split-year productions: "2023-07-03", "2023-Q3", "2023-W05", "2023/24", "2023–24", "FY2023/24". */

export const isoAt = (g: GrammarContext, i: number): { end: number; spec: Spec } | undefined => {
  const y = num(g, i, 4, true);
  if (y === undefined || y < 1) return undefined;
  const read = isoForm(g, i, y);
  return read.end > i + 1 || year(g, i) !== undefined ? read : undefined;
};

/** ISO forms, all tokens touching: 2023, 2023-07, 2023-07-03, 2023-Q3, 2023-H1, 2023-W05. */
export const isoForm = (g: GrammarContext, i: number, y: number): { end: number; spec: Spec } => {
  const bad = (end: number) => () => messages.badDate(slice(g, i, end));
  if (!punct(g, i + 1, "-") || !adjacent(g, i + 1) || !adjacent(g, i + 2)) {
    return { end: i + 1, spec: abs(yearExtent(y), bad(i + 1)) };
  }
  const mm = num(g, i + 2, 2, true);
  // "2023-24": a split year, not a month (see splitAt; "2011-12" stays December 2011).
  if (mm !== undefined && mm > 12 && mm === (y + 1) % 100) return { end: i + 3, spec: { kind: "splitYear", year: y } };
  // Only a hyphen-minus writes an ISO date; "2023–07" with an en dash is not one.
  if (mm !== undefined && g.text.charCodeAt((tok(g, i + 1) as Token).start) === 45) {
    if (punct(g, i + 3, "-") && adjacent(g, i + 3) && adjacent(g, i + 4)) {
      const dd = num(g, i + 4, 2, true);
      if (dd !== undefined) return { end: i + 5, spec: abs(dayExtent(y, mm, dd), bad(i + 5)) };
    }
    return { end: i + 3, spec: abs(monthExtent(y, mm), bad(i + 3)) };
  }
  const t = tok(g, i + 2);
  if (t !== undefined && t.kind === "word" && adjacent(g, i + 3)) {
    if (t.key === "q" || t.key === "h") {
      const n = num(g, i + 3, 1, true);
      if (n !== undefined) {
        const x = t.key === "q" ? quarterExtent(y, n) : halfExtent(y, n);
        return { end: i + 4, spec: abs(x, bad(i + 4)) };
      }
    }
    if (t.key === "w") {
      const w = num(g, i + 3, 2, true);
      if (w !== undefined) return { end: i + 4, spec: abs(weekExtent(y, w), bad(i + 4)) };
    }
  }
  return { end: i + 1, spec: abs(yearExtent(y), bad(i + 1)) };
};

/**
 * "2023 / 2024", "2023 / 24": a slash with spaces around it between a year and the next is one split
 * year too, never the two calendar years. Spaces only (no line break), and only the next year after it.
 */
const spacedSplitAt = (g: GrammarContext, i: number, y: number): { end: number; year: number } | undefined => {
  if (!punct(g, i + 1, "/")) return undefined;
  const first = tok(g, i);
  const last = tok(g, i + 2);
  if (first === undefined || last === undefined) return undefined;
  for (let c = first.end; c < last.start; c++) {
    const code = g.text.charCodeAt(c);
    if (code !== 32 && code !== 0xa0 && code !== 47) return undefined;
  }
  const full = year(g, i + 2);
  const short = num(g, i + 2, 2, true);
  return full === y + 1 || (short !== undefined && short === (y + 1) % 100) ? { end: i + 3, year: y } : undefined;
};

/**
 * A split year at token `i`: "2023/24", "2023/2024", "2023–24", and "2023-24" when "24" cannot be a
 * month ("2011-12" is December 2011 in ISO; "2011–12" with an en dash is the split year). The second
 * year must follow the first.
 */
export const splitAt = (g: GrammarContext, i: number): { end: number; year: number } | undefined => {
  const y = year(g, i);
  if (y === undefined) return undefined;
  if (!adjacent(g, i + 1) || !adjacent(g, i + 2)) return spacedSplitAt(g, i, y);
  const slash = punct(g, i + 1, "/");
  if (!slash && !punct(g, i + 1, "-")) return undefined;
  const short = num(g, i + 2, 2, true);
  if (short !== undefined && short === (y + 1) % 100) {
    const hyphen = g.text.charCodeAt((tok(g, i + 1) as Token).start) === 45;
    return slash || !hyphen || short > 12 ? { end: i + 3, year: y } : undefined;
  }
  return slash && year(g, i + 2) === y + 1 ? { end: i + 3, year: y } : undefined;
};

/**
 * A split year at `i` and what may follow it: a year word ("2023/24 г.", "2023/24年度") and a fiscal
 * or marketing-year phrase ("2023/24 marketing year", "2023/24 маркетинговий рік").
 */
export const splitCandidates = (g: GrammarContext, i: number, out: Candidate[]): void => {
  const split = splitAt(g, i);
  if (split === undefined) return;
  const spec: Spec = { kind: "splitYear", year: split.year };
  out.push({ end: split.end, spec, cue: false });
  const ends = [split.end];
  for (const s of role(g, split.end, "yearSuffix")) {
    out.push({ end: s.end, spec, cue: false });
    ends.push(s.end);
  }
  for (const e of ends) for (const f of role(g, e, "fiscal")) out.push({ end: f.end, spec, cue: false });
};
