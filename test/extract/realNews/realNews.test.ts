import { describe, expect, it } from "vitest";
import { REAL_NEWS, locate, scoreAll, toTable } from "./score.js";

// Extraction quality on our own real-news paragraphs in four languages (see score.ts for the rules).
// The floors are a ratchet: raise them when a fix lifts a figure, never lower them to pass.
// `npm run eval:extract -- -v` prints every miss and wrong reading.

/** Per language and half: [recall %, precision %, bounds right %]. */
const FLOORS: Readonly<Record<string, Readonly<Record<"development" | "check", readonly [number, number, number]>>>> = {
  en: { development: [89.1, 86.8, 95.7], check: [89.8, 82.5, 98.1] },
  uk: { development: [87.5, 82.2, 89.2], check: [88.6, 89.8, 93.2] },
  ru: { development: [90.5, 85.1, 82.5], check: [90.2, 87.5, 90.5] },
  zh: { development: [93.0, 88.0, 95.5], check: [91.1, 87.2, 100.0] },
};

describe("extraction on real-news paragraphs", () => {
  const rows = scoreAll();
  console.log(toTable(rows));

  it("has at least 40 paragraphs per language, each figure's span in its text", () => {
    for (const list of Object.values(REAL_NEWS)) {
      expect(list.length).toBeGreaterThanOrEqual(40);
      for (const p of list) expect(() => locate(p)).not.toThrow();
    }
  });

  it.each(rows.filter((r) => r.half !== "all").map((r) => [r.lang, r.half, r] as const))("%s %s half keeps its floors", (lang, half, row) => {
    const [recall, precision, bounds] = FLOORS[lang]?.[half as "development" | "check"] ?? [100, 100, 100];
    expect(row.score.recall).toBeGreaterThanOrEqual(recall);
    expect(row.score.precision).toBeGreaterThanOrEqual(precision);
    expect(row.score.bounds).toBeGreaterThanOrEqual(bounds);
  });
});
