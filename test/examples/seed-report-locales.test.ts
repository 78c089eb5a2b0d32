// The seed report in the reader's language: Ukrainian, Russian and Chinese reports say nothing in English
// but the names and figures quoted from the claims, and name their periods in their own words.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/claim/parseClaims.js";
import type { Claim } from "../../src/claim/types.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { formatReport } from "../../src/report/formatReport.js";
import { TimelineSchema } from "../../src/timeline/schema.js";

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/kazakhstan-china/${name}`, import.meta.url), "utf8"));
const { claims } = parseClaims(read("claims.json"));
const report = findDiscrepancies(claims, { relations: read("relations.json"), timeline: TimelineSchema.parse(read("timeline.json")) });
// No-break spaces (between groups of digits, before a unit) read as spaces here.
const text = (locale: "en" | "uk" | "ru" | "zh", format: "text" | "markdown" = "text") =>
  formatReport(report, { claims, locale, format }).replaceAll("\u00a0", " ");

/** Latin-letter words of a text. */
const latinWords = (s: string): string[] => s.match(/[A-Za-z]+/g) ?? [];

/**
 * Words the report may quote from the input: the names the claims give (sources, outlets, authors,
 * metrics, subjects, qualifiers), the figures as written, and the ids of claims and relations. Not the
 * claims' words for their periods, nor their quotes.
 */
const quotedWords = (list: readonly Claim[]): Set<string> => {
  const words = new Set<string>();
  const add = (s: string | undefined) => {
    for (const w of latinWords(s ?? "")) words.add(w);
  };
  for (const c of list) {
    add(c.id);
    add(c.metric);
    c.subject.forEach(add);
    for (const [k, v] of Object.entries(c.qualifiers)) {
      add(k);
      add(v);
    }
    add(c.quantity.text);
    add(c.source.name);
    add(c.reportedBy?.name);
    add(c.reportedBy?.author);
  }
  const relations = read("relations.json") as { relations?: { id?: string }[]; ordinals?: { id?: string }[] };
  for (const r of [...(relations.relations ?? []), ...(relations.ordinals ?? [])]) add(r.id);
  return words;
};

describe("the seed report in other languages", () => {
  const allowed = quotedWords(claims);

  it.each(["uk", "ru", "zh"] as const)("%s: no Latin-letter word but what the claims name", (locale) => {
    for (const format of ["text", "markdown"] as const) {
      // Markdown's line breaks inside a cell are markup, not words.
      const foreign = [...new Set(latinWords(text(locale, format).replaceAll("<br>", " ")).filter((w) => !allowed.has(w)))];
      expect([locale, format, foreign]).toEqual([locale, format, []]);
    }
  });

  it("finds an English word the claims do not name (the scan itself works)", () => {
    expect(latinWords(text("en")).filter((w) => !allowed.has(w))).toContain("conflict");
  });

  it.each([
    ["uk", "листопад 2024 р."],
    ["ru", "ноябрь 2024 г."],
    ["zh", "2024年11月"],
  ] as const)("%s: the November 2024 group is labelled with the locale's month", (locale, label) => {
    expect(text(locale)).toContain(`  ${label}`);
    expect(text(locale)).not.toContain("2024-11");
  });

  it.each([
    ["uk", "9,5 млрд дол. США", "23,2 %", "2 розбіжності"],
    ["ru", "9,5 млрд долл. США", "23,2 %", "2 расхождения"],
    ["zh", "95亿美元", "23.2%", "2处分歧"],
  ] as const)("%s: numbers in the reader's convention", (locale, gap, share, plural) => {
    const out = text(locale);
    expect(out).toContain(gap);
    expect(out).toContain(share);
    expect(out).toContain(plural);
  });
});
