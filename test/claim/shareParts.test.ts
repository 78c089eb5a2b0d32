// claim() shares the immutable parts claims repeat (subject, qualifiers, series key, period, a source
// given by name): one object each instead of one per claim, and the data unchanged.
import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { parseClaims } from "../../src/claim/parseClaims.js";
import { NO_QUALIFIERS, createPartsCache, sharedParts } from "../../src/claim/shareParts.js";

const base = { metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$41 billion", period: "2023", source: "MFA of China" };

describe("shared claim parts", () => {
  it("gives claims that state the same parts the same frozen objects", () => {
    const a = claim({ ...base, id: "a" });
    const b = claim({ ...base, id: "b", value: "$31.5 billion" });
    expect(b.subject).toBe(a.subject);
    expect(b.qualifiers).toBe(a.qualifiers);
    expect(b.period).toBe(a.period);
    expect(b.source).toBe(a.source);
    expect(b.seriesKey).toBe(a.seriesKey);
    for (const part of [a.subject, a.qualifiers, a.period, a.source]) expect(Object.isFrozen(part)).toBe(true);
  });

  it.each([
    ["another subject", { subject: ["China", "Russia"] }],
    ["a direction", { direction: true }],
    ["qualifiers", { qualifiers: { scope: "goods" } }],
    ["another metric", { metric: "exports" }],
  ])("keeps %s apart", (_, change) => {
    const a = claim({ ...base, id: "a" });
    const b = claim({ ...base, ...change, id: "b" });
    expect(b.seriesKey === a.seriesKey && b.subject === a.subject && b.qualifiers === a.qualifiers).toBe(false);
  });

  it("resolves a relative period against each claim's own publication date", () => {
    const early = claim({ ...base, period: "last year", reportedBy: { name: "x", publishedAt: "2024-03-01" } });
    const late = claim({ ...base, period: "last year", reportedBy: { name: "x", publishedAt: "2025-03-01" } });
    const again = claim({ ...base, period: "last year", reportedBy: { name: "y", publishedAt: "2024-03-01" } });
    expect([early.period?.start, late.period?.start]).toEqual(["2023-01-01", "2024-01-01"]);
    expect(again.period).toBe(early.period);
  });

  it("keeps qualifiers as written, in their order, and trims a source name as before", () => {
    const c = claim({ ...base, qualifiers: { window: "since 2020", scope: "goods" }, source: "  MFA of China " });
    expect(Object.keys(c.qualifiers)).toEqual(["window", "scope"]);
    expect(c.source).toEqual({ name: "MFA of China" });
    expect(claim(base).qualifiers).toBe(NO_QUALIFIERS);
    expect(JSON.stringify(claim({ ...base, qualifiers: {} }).qualifiers)).toBe("{}");
  });

  it("tells fields apart that would run together if merely joined", () => {
    const joined = sharedParts.series("m", ["a b"], false, undefined);
    const split = sharedParts.series("m", ["a", "b"], false, undefined);
    expect(split.subject).toEqual(["a", "b"]);
    expect(joined.subject).toEqual(["a b"]);
    expect(split.seriesKey).not.toBe(joined.seriesKey);
  });

  it("shares parts across a whole corpus in parseClaims, past the bound of claim()'s caches", () => {
    // 20,000 series, then the first again: claim()'s program-wide caches (16,384 entries) were emptied
    // in between, a corpus's own are not.
    const inputs = Array.from({ length: 20_001 }, (_, i) => ({ ...base, id: `c${i}`, subject: [`place ${i % 20_000}`] }));
    const { claims } = parseClaims(inputs);
    expect(claims[20_000]!.subject).toBe(claims[0]!.subject);
    expect(claims[20_000]!.seriesKey).toBe(claims[0]!.seriesKey);
    expect(claims[20_000]!.period).toBe(claims[0]!.period);
    expect(claims[20_000]!).toEqual({ ...claims[0]!, id: "c20000" });
  });

  it("empties a cache that reaches its bound, and builds equal parts after", () => {
    const parts = createPartsCache(2);
    const first = parts.series("m", ["a"], false, undefined);
    parts.series("m", ["b"], false, undefined);
    expect(parts.series("m", ["a"], false, undefined)).toBe(first);
    parts.series("m", ["c"], false, undefined); // the third entry: emptied first
    const again = parts.series("m", ["a"], false, undefined);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
