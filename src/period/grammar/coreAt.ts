import { messages } from "../../messages/misuse/input.js";
import type { PeriodUnit } from "../../lexicon/types.js";
import { dayExtent, halfExtent, intervalExtent, quarterExtent, yearExtent } from "../extent.js";
import { partExtent } from "../spec.js";
import { abs, adjacent, CORE_START, inert, NONE, num, punct, role, skip, slice, tok, word, year, type Candidate, type GrammarContext } from "./grammarContext.js";
import { isoAt, splitAt, splitCandidates } from "./isoAt.js";
import { partsAt } from "./partsAt.js";
import { relativeYear, yearWithSuffix } from "./yearAt.js";

/**
 * The core production: one period as written — an ISO form, a year with what follows it, a decade,
 * dd.mm.yyyy, "3Q23", a fiscal year, a part with its year, a relative phrase.
 */

export const coreAt = (g: GrammarContext, i: number): readonly Candidate[] => {
  if (inert(g, i, CORE_START)) return NONE;
  let cached = g.coreMemo.get(i);
  if (cached !== undefined) return cached;
  const out: Candidate[] = [];
  // ISO forms, and ISO intervals: "2023-09/2023-11", "2013/2015". A dated ISO form names any year
  // 0001–9999 ("3000-01-01" can only be a date); a bare number is a year only from 1000 to 2999.
  const a = isoAt(g, i);
  if (a !== undefined) {
    out.push({ end: a.end, spec: a.spec, cue: false });
    const b = punct(g, a.end, "/") && adjacent(g, a.end) && adjacent(g, a.end + 1) ? isoAt(g, a.end + 1) : undefined;
    // "2023/2024" is a split year (below), not the two calendar years.
    if (b !== undefined && splitAt(g, i) === undefined) out.push({ end: b.end, spec: { kind: "range", from: a.spec, to: b.spec }, cue: false });
  }
  splitCandidates(g, i, out);
  const y = year(g, i);
  if (y !== undefined) {
    // "2023 року", "2023 г.", "2023年", then what a year-first language writes after it: "2023年7月".
    const ys = yearWithSuffix(g, i);
    if (ys !== undefined && ys.suffixed) out.push({ end: ys.end, spec: abs(yearExtent(y), () => messages.badDate(slice(g, i, ys.end))), cue: false });
    // "2023 fiscal year", "2023 маркетинговий рік": refused as "FY2023" is, not read as calendar 2023.
    if (ys !== undefined && splitAt(g, i) === undefined) {
      // A phrase ("fiscal year"), not a lone "fiscal": "in 2023 fiscal policy tightened" keeps its year.
      for (const f of role(g, ys.end, "fiscal")) {
        if (f.end - ys.end >= 2) out.push({ end: f.end, spec: { kind: "invalid", message: messages.fiscalYear(slice(g, i, f.end)) }, cue: false });
      }
    }
    if (ys !== undefined) {
      for (const pc of partsAt(g, ys.end)) {
        if (pc.follow || !(ys.suffixed || pc.letter)) continue;
        const x = partExtent(pc.part, y);
        out.push({ end: pc.end, spec: abs(x, () => messages.badDate(slice(g, i, pc.end))), cue: false });
      }
    }
    // Decades: "2000s".
    if (y % 10 === 0 && word(g, i + 1, "s") && adjacent(g, i + 1)) {
      const first = yearExtent(y);
      const last = yearExtent(y + 9);
      if (first !== undefined && last !== undefined) out.push({ end: i + 2, spec: { kind: "absolute", extent: intervalExtent(first.start, last.end) }, cue: false });
    }
  }
  // dd.mm.yyyy, as Ukrainian and Russian texts write dates.
  const dd = num(g, i, 2);
  if (dd !== undefined && punct(g, i + 1, ".") && adjacent(g, i + 1) && adjacent(g, i + 2)) {
    const mm = num(g, i + 2, 2);
    const yy = year(g, i + 4);
    if (mm !== undefined && punct(g, i + 3, ".") && adjacent(g, i + 3) && adjacent(g, i + 4) && yy !== undefined) {
      out.push({ end: i + 5, spec: abs(dayExtent(yy, mm, dd), () => messages.badDate(slice(g, i, i + 5))), cue: false });
    }
  }
  // "3Q23", "3Q 2023", "1H2023".
  const n = num(g, i, 1, true);
  const letter = tok(g, i + 1);
  if (n !== undefined && letter !== undefined && (letter.key === "q" || letter.key === "h") && letter.kind === "word" && adjacent(g, i + 1)) {
    const short = adjacent(g, i + 2) ? num(g, i + 2, 2, true) : undefined;
    const full = year(g, i + 2);
    const yy = short !== undefined ? 2000 + short : full;
    if (yy !== undefined) {
      const x = letter.key === "q" ? quarterExtent(yy, n) : halfExtent(yy, n);
      out.push({ end: i + 3, spec: abs(x, () => messages.badDate(slice(g, i, i + 3))), cue: false });
    }
  }
  // "FY2023-24", "FY2023/24": a split year. "FY2023": refused with a reason rather than read as a
  // calendar year, since which twelve months it means depends on the country.
  for (const f of role(g, i, "fiscal")) {
    if (splitAt(g, f.end) !== undefined) splitCandidates(g, f.end, out);
    else if (num(g, f.end, 4, true) !== undefined || num(g, f.end, 2, true) !== undefined) {
      out.push({ end: f.end + 1, spec: { kind: "invalid", message: messages.fiscalYear(slice(g, i, f.end + 1)) }, cue: false });
    }
  }
  partCandidates(g, i, out);
  // Relative: "去年", "торік", then what may follow a relative year: "今年7月", "去年第三季度".
  for (const r of role(g, i, "relative")) {
    out.push({ end: r.end, spec: { kind: "relative", unit: r.value.unit, offset: r.value.offset }, cue: false });
    if (r.value.unit === "year") {
      for (const pc of partsAt(g, r.end)) {
        if (!pc.follow) out.push({ end: pc.end, spec: { kind: "part", part: pc.part, offset: r.value.offset }, cue: false });
      }
    }
  }
  // "last year", "минулого місяця", "прошлой неделе"; "this July", "цього літа", "этим летом".
  for (const m of role(g, i, "modifier")) {
    for (const u of role(g, m.end, "unit")) {
      out.push({ end: u.end, spec: { kind: "relative", unit: u.value as PeriodUnit, offset: m.value }, cue: false });
    }
    for (const pc of partsAt(g, m.end)) {
      // Not "last nine months": a trailing window, not the months from January.
      if (pc.follow || pc.part.kind === "quarter" || pc.part.kind === "half" || pc.part.kind === "months") continue;
      out.push({ end: pc.end, spec: { kind: "part", part: pc.part, offset: m.value }, cue: false });
    }
  }
  cached = out.length === 0 ? NONE : out;
  g.coreMemo.set(i, cached);
  return cached;
};

/** A part, with its year written after it when there is one. */
export const partCandidates = (g: GrammarContext, i: number, out: Candidate[]): void => {
  for (const pc of partsAt(g, i)) {
    if (!pc.follow) out.push({ end: pc.end, spec: { kind: "part", part: pc.part, offset: undefined }, cue: pc.cue });
    // "July 2024", "July 3, 2024", "summer of 2023", "липня 2024 року", "третьем квартале 2023 года".
    let at = pc.end;
    if (pc.part.kind === "day" && punct(g, at, ",")) at++;
    at = skip(g, at, "of");
    const y = yearWithSuffix(g, at);
    if (y !== undefined) {
      const x = partExtent(pc.part, y.year);
      out.push({ end: y.end, spec: abs(x, () => messages.badDate(slice(g, i, y.end))), cue: false });
    }
    // "July last year", "у липні минулого року", "в июле прошлого года".
    for (const r of relativeYear(g, skip(g, pc.end, "of"))) {
      out.push({ end: r.end, spec: { kind: "part", part: pc.part, offset: r.offset }, cue: false });
    }
  }
};
