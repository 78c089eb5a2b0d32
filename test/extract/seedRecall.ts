import { readFileSync } from "node:fs";
import { parseClaims } from "../../src/index.js";
import type { Claim } from "../../src/index.js";
import { extractClaims } from "../../src/extract/extractClaims.js";

/** The five seed articles with the publication dates the curated claims give them. */
export const SEED_ARTICLES = [
  { file: "000_9453fef2b2b5972f.txt", publishedAt: "2025-09", lang: "en" },
  { file: "001_2fcb5681b735ea60.txt", publishedAt: "2025-09-05", lang: "uk" },
  { file: "002_be52d52dbd42fc88.txt", publishedAt: "2024-12", lang: "en" },
  { file: "003_56873b67db2e050e.txt", publishedAt: "2024-07", lang: "en" },
  { file: "004_81627ce0333f9068.txt", publishedAt: "2023-10-10", lang: "en" },
] as const;

/** The curated claims of examples/kazakhstan-china/claims.json. */
export const curatedClaims = (): readonly Claim[] =>
  parseClaims(JSON.parse(readFileSync(new URL("../../examples/kazakhstan-china/claims.json", import.meta.url), "utf8"))).claims;

const samePeriod = (a: Claim, b: Claim): boolean =>
  a.period === undefined ? b.period === undefined : b.period !== undefined && a.period.kind === b.period.kind && a.period.start === b.period.start && a.period.end === b.period.end;

/** Same value, unit and bound, and the same period (or none on both sides). */
export const sameFigure = (a: Claim, b: Claim): boolean =>
  a.quantity.value.equals(b.quantity.value) && a.quantity.unit === b.quantity.unit && a.quantity.bound === b.quantity.bound && samePeriod(a, b);

/**
 * Each curated claim matched one to one with an extracted claim of its own article stating the same
 * figure for the same period: which were recovered, which were not.
 */
export const seedRecall = (read: (file: string) => string) => {
  const curated = curatedClaims();
  const extracted = new Map<string, Claim[]>();
  for (const seed of SEED_ARTICLES) extracted.set(`${seed.publishedAt}|${seed.lang}`, extractClaims(read(seed.file), { publishedAt: seed.publishedAt }).claims.map((c) => c.claim));
  const all = [...extracted.values()].flat();
  const found: Claim[] = [];
  const missed: Claim[] = [];
  for (const c of curated) {
    const pool = extracted.get(`${c.reportedBy?.publishedAt}|${c.reportedBy?.lang}`) ?? [];
    const at = pool.findIndex((x) => sameFigure(c, x));
    if (at >= 0) {
      found.push(c);
      pool.splice(at, 1);
    } else missed.push(c);
  }
  return { found, missed, all };
};
