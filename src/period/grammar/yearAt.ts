import { longest, role, year, type GrammarContext } from "./grammarContext.js";

/** The year productions: "2023 року", "2023年", "last year", "торік". */

export const yearWithSuffix = (g: GrammarContext, i: number): { end: number; year: number; suffixed: boolean } | undefined => {
  const y = year(g, i);
  if (y === undefined) return undefined;
  const suffix = longest(g, i + 1, "yearSuffix");
  return suffix === undefined ? { end: i + 1, year: y, suffixed: false } : { end: suffix.end, year: y, suffixed: true };
};

/** "last year", "минулого року", "в прошлом году" (after the preposition), "торік", "去年". */
export const relativeYear = (g: GrammarContext, i: number): { end: number; offset: number }[] => {
  const out: { end: number; offset: number }[] = [];
  for (const r of role(g, i, "relative")) if (r.value.unit === "year") out.push({ end: r.end, offset: r.value.offset });
  for (const m of role(g, i, "modifier")) {
    for (const u of role(g, m.end, "unit")) if (u.value === "year") out.push({ end: u.end, offset: m.value });
  }
  return out;
};
