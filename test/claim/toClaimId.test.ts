import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { murmur128, toCanonicalClaim, toClaimId } from "../../src/claim/toClaimId.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";

// The hashes before the hex table and the inlined tail (2026-12-07): the output must not move.
const RECORDED = ["6c3576558df898a1a76d230d42147114", "17a3d73237eee48604d39ee1ee7f6ddc", "6d2a38537f1251126d8b3115bc98d783", "c42b62ced32a5f7878c0cd4a78c0cd4a"];

describe("murmur128", () => {
  it("is MurmurHash3 x86_128: zero for the empty input, 128 bits, stable across runs", () => {
    expect(murmur128("")).toBe("0".repeat(32));
    // Recorded once: a change here changes every generated id.
    expect(murmur128("trade turnover")).toMatch(/^[0-9a-f]{32}$/);
    expect(murmur128("trade turnover")).toBe("3018ce8da83e5b5e758a3307d9558b7b");
    // Every tail length (0–7 code units past the last 16-byte block), and a code unit above 0x7fff.
    expect(["abcdefgh", "abcdefghi", "abcdefghijklmno", "\uffff\u8000x"].map((t) => murmur128(t))).toEqual(RECORDED);
    expect(murmur128("trade turnover")).toBe(murmur128("trade turnover"));
    expect(murmur128("a")).not.toBe(murmur128("a\u0000"));
  });

  it("every tail length and a change in any code unit changes the hash", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), fc.nat(), fc.integer({ min: 1, max: 0xffff }), (text, at, delta) => {
        fc.pre(text.length > 0);
        const i = at % text.length;
        const changed = text.slice(0, i) + String.fromCharCode((text.charCodeAt(i) + delta) & 0xffff) + text.slice(i + 1);
        expect(murmur128(changed)).not.toBe(murmur128(text));
        expect(murmur128(text + "x")).not.toBe(murmur128(text));
      }),
    );
  });
});

const base = {
  metric: "trade turnover",
  subject: ["China", "Kazakhstan"],
  qualifiers: { scope: "goods" },
  value: { amount: "41", scale: "billion", unit: "USD", bound: "rounded" },
  period: "2023",
  modality: "actual",
  source: { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" },
  reportedBy: { name: "Reuters", author: "A. Writer", url: "https://example.org/a", publishedAt: "2024-12-01", lang: "en" },
  quote: "trade reached $41 billion",
  meta: { row: 1, tags: ["a", "b"] },
} as const;

// One change per field of the validated claim, each a valid claim different from the base.
const CHANGES: Readonly<Record<string, (x: typeof base) => unknown>> = {
  metric: (x) => ({ ...x, metric: "exports" }),
  subject: (x) => ({ ...x, subject: ["China", "Russia"] }),
  direction: (x) => ({ ...x, direction: true }),
  qualifierValue: (x) => ({ ...x, qualifiers: { scope: "services" } }),
  qualifierKey: (x) => ({ ...x, qualifiers: { basis: "goods" } }),
  period: (x) => ({ ...x, period: "2023-Q4" }),
  periodKind: (x) => ({ ...x, period: "2023/24" }),
  modality: (x) => ({ ...x, modality: "estimate" }),
  amount: (x) => ({ ...x, value: { ...x.value, amount: "41.5" } }),
  unit: (x) => ({ ...x, value: { ...x.value, unit: "EUR" } }),
  bound: (x) => ({ ...x, value: { ...x.value, bound: "moreThan" } }),
  // Explicit bounds around the amount (an amount outside its own bounds is refused).
  interval: (x) => ({ ...x, value: { ...x.value, bound: "approx", low: x.value.amount, high: String(Number(x.value.amount) * 2) } }),
  sourceName: (x) => ({ ...x, source: { ...x.source, name: "Statistics of Kazakhstan" } }),
  sourceType: (x) => ({ ...x, source: { ...x.source, type: "statistics" } }),
  sourceCountry: (x) => ({ ...x, source: { ...x.source, country: "KZ" } }),
  sourceVia: (x) => ({ ...x, source: { ...x.source, via: ["Xinhua"] } }),
  reportedByName: (x) => ({ ...x, reportedBy: { ...x.reportedBy, name: "Xinhua" } }),
  reportedByAuthor: (x) => ({ ...x, reportedBy: { ...x.reportedBy, author: "B. Writer" } }),
  reportedByUrl: (x) => ({ ...x, reportedBy: { ...x.reportedBy, url: "https://example.org/b" } }),
  reportedByDate: (x) => ({ ...x, reportedBy: { ...x.reportedBy, publishedAt: "2024-12-02" } }),
  reportedByLang: (x) => ({ ...x, reportedBy: { ...x.reportedBy, lang: "uk" } }),
  noReportedBy: (x) => ({ ...x, reportedBy: undefined }),
  quote: (x) => ({ ...x, quote: "trade reached 41 billion dollars" }),
  noQuote: (x) => ({ ...x, quote: undefined }),
  meta: (x) => ({ ...x, meta: { row: 2, tags: ["a", "b"] } }),
  metaNested: (x) => ({ ...x, meta: { row: 1, tags: ["b", "a"] } }),
  noMeta: (x) => ({ ...x, meta: undefined }),
};

describe("toClaimId", () => {
  const id = (input: unknown) => claim(input as Parameters<typeof claim>[0]).id;

  it("is claim- and 32 hex digits, the same for the same claim whatever its key order or subject order", () => {
    expect(id(base)).toMatch(/^claim-[0-9a-f]{32}$/);
    const reordered = Object.fromEntries(Object.entries(base).reverse());
    expect(id(reordered)).toBe(id(base));
    expect(id({ ...base, subject: ["Kazakhstan", "China"] })).toBe(id(base));
    expect(id({ ...base, meta: { tags: ["a", "b"], row: 1 } })).toBe(id(base));
    // The amount, not how it was written.
    expect(id({ ...base, value: "$41 billion" })).toBe(id({ ...base, value: "41 billion dollars" }));
  });

  it.for(Object.keys(CHANGES))("a change of %s changes the id", (field) => {
    expect(id(CHANGES[field]!(base))).not.toBe(id(base));
  });

  it("every single-field change changes the id, from any claim", () => {
    const words = fc.stringMatching(/^[a-z]{1,8}$/);
    const claimInput = fc.record({
      metric: words,
      subject: fc.uniqueArray(words, { minLength: 1, maxLength: 3 }),
      qualifiers: fc.dictionary(words, words, { maxKeys: 2 }),
      value: fc.record({ amount: fc.integer({ min: 1, max: 10_000 }).map(String), unit: fc.constantFrom("USD", "km", "t", "%"), bound: fc.constantFrom("exact", "rounded", "atLeast") }),
      period: fc.integer({ min: 1990, max: 2030 }).map(String),
      source: fc.record({ name: words, country: fc.constantFrom("CN", "KZ", "UA") }),
      reportedBy: fc.record({ name: words, publishedAt: fc.constantFrom("2024-01-02", "2025-03") }),
      quote: words,
    });
    fc.assert(
      fc.property(claimInput, fc.constantFrom(...Object.keys(CHANGES)), (input, field) => {
        const x = { ...base, ...input } as unknown as typeof base;
        const changed = CHANGES[field]!(x);
        const a = claim(x as never);
        const b = claim(changed as never);
        fc.pre(toCanonicalClaim(a) !== toCanonicalClaim(b));
        expect(b.id).not.toBe(a.id);
        expect(toClaimId(b)).toBe(b.id);
      }),
      { numRuns: 300 },
    );
  });
});

describe("findDiscrepancies: repeats", () => {
  it("counts [a, a, c] as two claims and never compares a with itself", () => {
    const a = claim({ metric: "exports", subject: ["X"], value: "$41 billion", period: "2023", source: "A" });
    const c = claim({ metric: "exports", subject: ["X"], value: "$31.5 billion", period: "2023", source: "C" });
    const report = findDiscrepancies([a, a, c]);
    expect(report.summary.claims).toBe(2);
    expect(report.summary.comparisons).toBe(1);
    for (const cmp of report.comparisons) expect(new Set(cmp.claims).size).toBe(2);
    // A copy of the same claim, not the same object: the same.
    expect(findDiscrepancies([a, { ...a }, c]).summary).toEqual(report.summary);
  });

  it("a corpus given twice reports as the corpus once, in small series and large", () => {
    for (const size of [3, 30]) {
      const list = Array.from({ length: size }, (_, i) =>
        claim({ metric: "exports", subject: "X", value: `$${40 + (i % 7)} billion`, period: "2023", source: `S${i}` }),
      );
      const once = findDiscrepancies(list);
      const twice = findDiscrepancies([...list, ...[...list].reverse().map((c) => ({ ...c }))]);
      expect(twice.summary).toEqual(once.summary);
      expect(JSON.stringify(twice.comparisons)).toBe(JSON.stringify(once.comparisons));
    }
  });
});
