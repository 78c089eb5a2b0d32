import type { PeriodSeason } from "../../lexicon/types.js";
import { adjacent, inert, longest, NONE, num, PART_START, punct, role, skip, word, type GrammarContext, type PartCandidate } from "./grammarContext.js";

/**
 * The part production: a period named without its year — "July", "3 July", "autumn", "the third
 * quarter", "H1", "上半年", "7月", "1-9月", "the first nine months".
 */

export const partsAt = (g: GrammarContext, i: number): readonly PartCandidate[] => {
  let cached = g.partMemo.get(i);
  if (cached !== undefined) return cached;
  const out: PartCandidate[] = [];
  const starts = [i];
  const article = longest(g, i, "article");
  if (article !== undefined) starts.push(article.end);
  for (const s of starts) readParts(g, s, out);
  cached = out.length === 0 ? NONE : out;
  g.partMemo.set(i, cached);
  return cached;
};

/** A day number (1–31), with an adjacent ordinal suffix ("19th") or a day suffix ("3日"). */
export const dayNumber = (g: GrammarContext, i: number): { end: number; day: number } | undefined => {
  const d = num(g, i, 2);
  if (d === undefined || d < 1 || d > 31) return undefined;
  if (adjacent(g, i + 1)) {
    const suffix = longest(g, i + 1, "ordinalSuffix");
    if (suffix !== undefined) return { end: suffix.end, day: d };
  }
  return { end: i + 1, day: d };
};

export const readParts = (g: GrammarContext, s: number, out: PartCandidate[]): void => {
  if (inert(g, s, PART_START)) return;
  const plain = { follow: false, letter: false };
  // Month name, then an optional day: "July", "July 3", "Oct. 10", "七月", "七月3日".
  for (const hit of role(g, s, "month")) {
    const m = hit.value;
    const cue = hit.roles.needsCue === true;
    out.push({ end: hit.end, part: { kind: "month", month: m }, cue, ...plain });
    const dotted = punct(g, hit.end, ".") && adjacent(g, hit.end);
    const at = dotted ? hit.end + 1 : hit.end;
    if (dotted) out.push({ end: at, part: { kind: "month", month: m }, cue, follow: true, letter: false });
    const day = dayNumber(g, at);
    if (day !== undefined) {
      const suffix = longest(g, day.end, "daySuffix");
      out.push({ end: suffix?.end ?? day.end, part: { kind: "day", month: m, day: day.day }, cue, ...plain });
    }
  }
  // Day first: "3 July", "19th May", "3rd of July", "1 січня".
  const day = dayNumber(g, s);
  if (day !== undefined) {
    for (const hit of role(g, skip(g, day.end, "of"), "month")) {
      const cue = hit.roles.needsCue === true;
      out.push({ end: hit.end, part: { kind: "day", month: hit.value, day: day.day }, cue, ...plain });
      if (punct(g, hit.end, ".") && adjacent(g, hit.end)) {
        out.push({ end: hit.end + 1, part: { kind: "day", month: hit.value, day: day.day }, cue, follow: true, letter: false });
      }
    }
  }
  // Month number with a month suffix: "7月", "7月3日".
  const m = num(g, s, 2);
  if (m !== undefined && m >= 1 && m <= 12) {
    const suffix = longest(g, s + 1, "monthSuffix");
    if (suffix !== undefined) {
      out.push({ end: suffix.end, part: { kind: "month", month: m }, cue: false, ...plain });
      const d = num(g, suffix.end, 2);
      const daySuffix = longest(g, suffix.end + 1, "daySuffix");
      if (d !== undefined && d >= 1 && daySuffix !== undefined) {
        out.push({ end: daySuffix.end, part: { kind: "day", month: m, day: d }, cue: false, ...plain });
      }
    }
  }
  // "1-9月", "1至9月": January to September, as Chinese statistics write the year to date; "4-6月",
  // "7至9月": the months from one to the other within the year.
  if (m !== undefined && m >= 1 && m < 12) {
    for (const joiner of role(g, s + 1, "rangeJoiner")) {
      const n = num(g, joiner.end, 2);
      const suffix = longest(g, joiner.end + 1, "monthSuffix");
      if (n !== undefined && n > m && n <= 12 && suffix !== undefined)
        out.push({ end: suffix.end, part: m === 1 ? { kind: "months", to: n } : { kind: "months", to: n, from: m }, cue: false, ...plain });
    }
  }
  // "The first nine months", "перші 9 місяців", "前7个月", "前三季度": from January. Without "first" only
  // with a year after it ("9 місяців 2024 року"), since "in nine months" is a duration.
  const first = longest(g, s, "first");
  const c = first?.end ?? s;
  const follow = first === undefined;
  const digits = num(g, c, 2);
  if (digits !== undefined) countedMonths(g, c + 1, digits, follow, out);
  for (const w of role(g, c, "count")) countedMonths(g, w.end, w.value, follow, out);
  for (const hit of role(g, s, "season")) {
    out.push({ end: hit.end, part: { kind: "season", season: hit.value as PeriodSeason }, cue: hit.roles.needsCue === true, ...plain });
  }
  // "third quarter", "третьому кварталі", "第三季度", "first half", "I півріччя".
  for (const ord of role(g, s, "ordinal")) {
    const n = ord.value;
    for (const q of role(g, ord.end, "quarterWord")) {
      if (n <= 4) out.push({ end: q.end, part: { kind: "quarter", quarter: n }, cue: false, ...plain });
    }
    for (const h of role(g, ord.end, "halfWord")) {
      if (n <= 2) out.push({ end: h.end, part: { kind: "half", half: n }, cue: false, ...plain });
    }
  }
  for (const hit of role(g, s, "halfPhrase")) out.push({ end: hit.end, part: { kind: "half", half: hit.value }, cue: false, ...plain });
  // "Q3", "H1": finance shorthand, the same in every language.
  const isQ = word(g, s, "q");
  if ((isQ || word(g, s, "h")) && adjacent(g, s + 1)) {
    const n = num(g, s + 1, 1, true);
    if (n !== undefined && n >= 1 && n <= (isQ ? 4 : 2)) {
      out.push({ end: s + 2, part: isQ ? { kind: "quarter", quarter: n } : { kind: "half", half: n }, cue: true, follow: false, letter: true });
    }
  }
};

/** "nine months", "three quarters" after a count `n` ending at `at`: the first n months, up to twelve. */
export const countedMonths = (g: GrammarContext, at: number, n: number, follow: boolean, out: PartCandidate[]): void => {
  if (n < 1) return;
  for (const u of role(g, at, "countUnit")) {
    const months = n * u.value;
    if (months <= 12) out.push({ end: u.end, part: { kind: "months", to: months }, cue: false, follow, letter: false });
  }
};
