import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractClaims, findDiscrepancies, type Claim } from "../../src/index.js";

// `npm run demo -- --from-text`: our own articles (examples/kazakhstan-china/articles/, English and
// Ukrainian, with the seed corpus's figures) read by extractClaims alone give the seed report's findings.

const dir = new URL("../../examples/kazakhstan-china/articles/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();

describe("the demo's articles, from text alone", () => {
  const claims: Claim[] = files.flatMap((f) => extractClaims(readFileSync(new URL(f, dir), "utf8"), { publishedAt: f.slice(0, f[7] === "-" && /\d/.test(f[8] ?? "") ? 10 : 7), reportedBy: f }).claims.map((c) => c.claim));
  const report = findDiscrepancies(claims);
  const text = (id: string): string | undefined => claims.find((c) => c.id === id)?.quantity.text;

  it("finds the 2023 and 2022 trade conflicts, the 2023 one explained as mirror statistics", () => {
    const pairs = report.conflicts.map((c) => c.claims.map(text).sort());
    expect(pairs).toContainEqual(["$31.5 billion", "$41 billion"]);
    expect(pairs).toContainEqual(["$24 billion", "over $31 billion"]);
    const mirror = report.conflicts.find((c) => c.claims.map(text).includes("$31.5 billion"));
    expect(mirror?.explanations[0]?.code).toBe("mirror-statistics");
  });

  it("finds no conflict between agreements signed at different times, and agrees across the two languages", () => {
    const agreements = claims.filter((c) => c.metric === "agreements signed").map((c) => c.id);
    expect(report.conflicts.filter((c) => c.claims.some((id) => agreements.includes(id)))).toEqual([]);
    const crossLanguage = report.comparisons.filter((c) => {
      const langs = new Set(c.claims.map((id) => claims.find((x) => x.id === id)?.reportedBy?.lang));
      return langs.size === 2;
    });
    expect(crossLanguage.length).toBeGreaterThanOrEqual(4);
    expect(crossLanguage.every((c) => c.verdict !== "conflict")).toBe(true);
  });
});
