import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { compare } from "../../src/compare/compare.js";
import { NOT_COMPARABLE_REASONS } from "../../src/claim/notComparableReasons.js";
import { VERDICTS } from "../../src/compare/vocabulary.js";
import { EXPLANATION_CODES } from "../../src/explain/vocabulary.js";
import { isDiscrepancyError } from "../../src/errors.js";
import type { QuantityObjectInput } from "../../src/quantity/schema.js";
import { makeClaim, type MakeClaim, usd } from "../helpers/makeClaim.js";

const CN = { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" } as const;
const KZ = { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" } as const;

const q = (amount: string, unit: string, extra: Partial<QuantityObjectInput> = {}): QuantityObjectInput => ({ amount, unit, ...extra });
const pop = (v: QuantityObjectInput, extra: Partial<MakeClaim> = {}): MakeClaim => ({ metric: "population", subject: ["Kazakhstan"], period: "2023", value: v, ...extra });
const border = (v: QuantityObjectInput): MakeClaim => ({ metric: "border length", value: v });

// [name, a, b, verdict, reasons, withinRoundingOnly]
const cases: [string, MakeClaim, MakeClaim, string, string[], boolean?][] = [
  ["trade: $41 bn (CN) vs $31.5 bn (KZ)", { value: usd("41"), period: "2023", source: CN }, { value: usd("31.5"), period: "2023", source: KZ }, "conflict", []],
  ["trade: $41 bn vs exceeding $41 bn", { value: usd("41"), period: "2023", source: CN }, { value: usd("41", "billion", "moreThan"), period: "2023" }, "consistent", [], true],
  ["trade: $41 bn vs $41 bn", { value: usd("41"), period: "2023", source: CN }, { value: usd("41"), period: "2023" }, "consistent", [], false],
  ["trade: 2022 vs 2023", { value: usd("24"), period: "2022" }, { value: usd("31.5"), period: "2023" }, "not-comparable", ["different-period"]],
  ["trade: target $40 bn vs actual $41 bn", { value: usd("40"), modality: "target" }, { value: usd("41"), period: "2023" }, "not-comparable", ["different-period", "different-modality"]],
  ["trade: target vs actual, same period", { value: usd("40"), modality: "target", period: "2023" }, { value: usd("41"), period: "2023" }, "not-comparable", ["different-modality"]],
  ["population: 2.7 million vs 2,700,000", pop(q("2.7", "count", { scale: "million" })), pop(q("2700000", "count")), "consistent", [], false],
  ["population: 19.8 million vs 20 million", pop(q("19.8", "count", { scale: "million" })), pop(q("20", "count", { scale: "million" })), "consistent", [], true],
  ["population: 19.8 million vs 19.9 million (the intervals touch)", pop(q("19.8", "count", { scale: "million" })), pop(q("19.9", "count", { scale: "million" })), "consistent", [], true],
  ["population: 19.8 million vs 20.1 million", pop(q("19.8", "count", { scale: "million" })), pop(q("20.1", "count", { scale: "million" })), "conflict", []],
  ["population: different subject", pop(q("19.8", "count", { scale: "million" })), pop(q("19.8", "count", { scale: "million" }), { subject: ["Uzbekistan"] }), "not-comparable", ["different-subject"]],
  ["population: different metric", pop(q("19.8", "count", { scale: "million" })), pop(q("19.8", "count", { scale: "million" }), { metric: "urban population" }), "not-comparable", ["different-metric"]],
  ["population: metric case and spacing do not matter", pop(q("19.8", "count", { scale: "million" })), pop(q("19.8", "count", { scale: "million" }), { metric: "  Population " }), "consistent", [], false],
  ["population: subject order does not matter (a set)", pop(q("5", "count"), { subject: ["A", "B"] }), pop(q("5", "count"), { subject: ["B", "A"] }), "consistent", [], false],
  ["exports: direction matters", pop(q("5", "USD"), { subject: ["A", "B"], direction: true }), pop(q("5", "USD"), { subject: ["B", "A"], direction: true }), "not-comparable", ["different-subject"]],
  ["border: 1,700 km vs 1,056 miles", border(q("1700", "km")), border(q("1056", "mi")), "consistent", [], true],
  ["border: more than 1,700 km vs 1,056 miles", border(q("1700", "km", { bound: "moreThan" })), border(q("1056", "mi")), "consistent", [], true],
  ["border: 1,700 km vs 1,200 miles", border(q("1700", "km")), border(q("1200", "mi")), "conflict", []],
  ["border: km vs kg", border(q("1700", "km")), border(q("1700", "kg")), "not-comparable", ["incompatible-units"]],
  ["mass: 2–3 million t vs 2.5 million t", { metric: "freight", value: q("2", "t", { scale: "million", low: "2", high: "3" }) }, { metric: "freight", value: q("2.5", "t", { scale: "million" }) }, "consistent", [], false],
  ["mass: 2–3 million t vs 4,000,000 kg", { metric: "freight", value: q("2", "t", { scale: "million", low: "2", high: "3" }) }, { metric: "freight", value: q("4000000", "kg") }, "conflict", []],
  ["mass: 1 million t vs 1 billion kg (exact conversion)", { metric: "freight", value: q("1", "t", { scale: "million" }) }, { metric: "freight", value: q("1", "kg", { scale: "billion" }) }, "consistent", [], false],
  ["percent: 16% vs 16.4%", { metric: "growth", value: q("16", "%") }, { metric: "growth", value: q("16.4", "%") }, "consistent", [], true],
  ["percent: 3.5% vs 35%", { metric: "debt share", value: q("3.5", "%") }, { metric: "debt share", value: q("35", "%") }, "conflict", []],
  ["percent vs percentage points", { metric: "rate change", value: q("2", "%") }, { metric: "rate change", value: q("2", "pp") }, "not-comparable", ["incompatible-units"]],
  ["counts: over 70 vs 70", { metric: "agreements", value: q("70", "count", { bound: "moreThan" }) }, { metric: "agreements", value: q("70", "count") }, "consistent", [], true],
  ["counts: over 70 vs exactly 70", { metric: "agreements", value: q("70", "count", { bound: "moreThan" }) }, { metric: "agreements", value: q("70", "count", { bound: "exact" }) }, "conflict", []],
  ["counts: at least 70 vs exactly 70", { metric: "agreements", value: q("70", "count", { bound: "atLeast" }) }, { metric: "agreements", value: q("70", "count", { bound: "exact" }) }, "consistent", [], false],
  ["counts: under 70 vs over 70", { metric: "agreements", value: q("70", "count", { bound: "lessThan" }) }, { metric: "agreements", value: q("70", "count", { bound: "moreThan" }) }, "conflict", []],
  ["counts: up to 70 vs at least 70", { metric: "agreements", value: q("70", "count", { bound: "atMost" }) }, { metric: "agreements", value: q("70", "count", { bound: "atLeast" }) }, "consistent", [], false],
  ["counts: eight vs 8", { metric: "agreements", value: q("8", "count") }, { metric: "agreements", value: q("8", "count", { bound: "exact" }) }, "consistent", [], false],
  ["counts: eight vs nine", { metric: "agreements", value: q("8", "count") }, { metric: "agreements", value: q("9", "count") }, "conflict", []],
  ["approx: about $7 bn vs $7.6 bn", { metric: "investment", value: q("7", "USD", { scale: "billion", bound: "approx" }) }, { metric: "investment", value: q("7.6", "USD", { scale: "billion" }) }, "consistent", [], true],
  ["ordinal: third vs fifth, different windows", { metric: "visits", qualifiers: { window: "since 2020" }, period: "2025-06", value: q("3", "ordinal", { bound: "exact" }) }, { metric: "visits", qualifiers: { window: "as President" }, period: "2024-07", value: q("5", "ordinal", { bound: "exact" }) }, "not-comparable", ["different-scope", "different-period"]],
  ["currencies without a rate", { value: usd("41"), period: "2023" }, { value: q("290", "CNY", { scale: "billion" }), period: "2023" }, "not-comparable", ["incompatible-units"]],
  ["stock vs flow: as of 1 Jan 2024 vs the day", { metric: "debt", value: usd("9.2"), period: "@2024-01-01" }, { metric: "debt", value: usd("9.2"), period: "2024-01-01" }, "not-comparable", ["different-period"]],
  ["no period on either side", { metric: "freight", modality: "forecast", value: q("10", "t", { scale: "million" }) }, { metric: "freight", modality: "forecast", value: q("10", "t", { scale: "million" }) }, "consistent", [], false],
  ["every reason at once", { metric: "m1", subject: ["A"], qualifiers: { k: "1" }, period: "2022", modality: "target", value: q("1", "km") }, { metric: "m2", subject: ["B"], qualifiers: { k: "2" }, period: "2023", value: q("1", "kg") }, "not-comparable", [...NOT_COMPARABLE_REASONS]],
];

describe("compare: verdicts", () => {
  it.each(cases)("%s", (_name, ia, ib, verdict, reasons, roundingOnly) => {
    const a = makeClaim(ia);
    const b = makeClaim(ib);
    const c = compare(a, b);
    expect(c.verdict).toBe(verdict);
    expect(c.reasons).toEqual(reasons);
    if (roundingOnly !== undefined) expect(c.withinRoundingOnly).toBe(roundingOnly);
    if (verdict === "conflict") expect(c.gap).toBeDefined();
    else expect(c.gap).toBeUndefined();
    expect(c.claims).toEqual([a.id, b.id]);
    expect(Object.isFrozen(c)).toBe(true);
    // The other order gives the same answer.
    expect(compare(b, a).verdict).toBe(verdict);
  });

  it("compares currencies with a rate the caller gives, exactly", () => {
    const a = makeClaim({ value: usd("41"), period: "2023" });
    const b = makeClaim({ value: q("290", "CNY", { scale: "billion" }), period: "2023" });
    const rates = [{ from: "USD", to: "CNY", rate: "7.08", date: "2023-12-31" }];
    const c = compare(a, b, { rates });
    expect(c.verdict).toBe("consistent");
    expect(c.sides[0].unit).toBe("CNY");
    expect(c.sides[0].value.toString()).toBe("290280000000");
    // The rate read the other way round gives the same verdict.
    expect(compare(a, b, { rates: [{ from: "CNY", to: "USD", rate: "0.1412", date: "2023-12-31" }] }).verdict).toBe("consistent");
  });

  it("aligns units in the one that takes the other exactly", () => {
    const c = compare(makeClaim(border(q("1", "km", { bound: "exact" }))), makeClaim(border(q("3280.84", "ft"))));
    expect(c.sides.map((s) => s.unit)).toEqual(["km", "km"]);
    expect(c.sides[1].value.toString()).toBe("1.000000032");
    expect(c.verdict).toBe("consistent");
  });

  it("aligns nautical miles and miles in metres, where neither converts exactly into the other", () => {
    const c = compare(makeClaim(border(q("1", "nmi", { bound: "exact" }))), makeClaim(border(q("1.15078", "mi"))));
    expect(c.sides.map((s) => s.unit)).toEqual(["m", "m"]);
    expect(c.sides[0].value.toString()).toBe("1852");
    expect(c.verdict).toBe("consistent");
  });

  it("reports whether an actual figure meets a target", () => {
    const met = compare(makeClaim({ value: usd("40"), modality: "target" }), makeClaim({ value: usd("41"), period: "2023" }));
    expect(met.targetMet).toBe(true);
    const missed = compare(makeClaim({ value: usd("40"), modality: "target", period: "2023" }), makeClaim({ value: usd("31.5"), period: "2023" }));
    expect(missed.targetMet).toBe(false);
    const unrelated = compare(makeClaim({ value: usd("40"), modality: "target" }), makeClaim({ value: usd("41"), period: "2023", metric: "exports" }));
    expect(unrelated.targetMet).toBeUndefined();
  });
});

describe("compare: the gap of a conflict", () => {
  it("is exact: $41 bn vs $31.5 bn", () => {
    const c = compare(makeClaim({ value: usd("41"), period: "2023", source: CN }), makeClaim({ value: usd("31.5"), period: "2023", source: KZ }));
    expect(c.gap?.absolute.toString()).toBe("9500000000");
    expect(c.gap?.relativeToLarger.toFixed(3)).toBe("0.232");
    expect(c.gap?.relativeToMean.toFixed(4)).toBe("0.2621");
    expect(c.gap?.ratio?.toFixed(2)).toBe("1.30");
    expect(c.gap?.intervalDistance.toString()).toBe("8950000000");
    expect(c.gap?.unit).toBe("USD");
  });

  it("has distance 0 when intervals only touch at an open end", () => {
    const c = compare(makeClaim({ metric: "n", value: q("70", "count", { bound: "moreThan" }) }), makeClaim({ metric: "n", value: q("70", "count", { bound: "exact" }) }));
    expect(c.verdict).toBe("conflict");
    expect(c.gap?.intervalDistance.toString()).toBe("0");
    expect(c.gap?.absolute.toString()).toBe("0");
  });

  it("has no ratio when a value is zero", () => {
    const c = compare(makeClaim({ metric: "n", value: q("0", "count", { bound: "exact" }) }), makeClaim({ metric: "n", value: q("3", "count", { bound: "exact" }) }));
    expect(c.gap?.ratio).toBeNull();
  });
});

describe("compare: explanations", () => {
  const conflict = (a: MakeClaim, b: MakeClaim, options = {}) => compare(makeClaim(a), makeClaim(b), options);
  const codes = (c: ReturnType<typeof compare>) => c.explanations.map((e) => `${e.code}:${e.strength}`);
  const out = (c: ReturnType<typeof compare>) => c.ruledOut.map((r) => `${r.code}:${r.reason}`);

  it("mirror statistics ranks first for two partners' own authorities, and rounding is ruled out", () => {
    const c = conflict({ value: usd("41"), period: "2023", source: CN }, { value: usd("31.5"), period: "2023", source: KZ });
    expect(codes(c)).toEqual(["mirror-statistics:strong"]);
    expect(c.explanations[0]).toMatchObject({ evidence: { reporters: ["CN", "KZ"], beyondTypical: true, trade: true } });
    // Frozen all the way down.
    expect(Object.isFrozen(c.explanations[0]!.evidence)).toBe(true);
    expect(Object.isFrozen((c.explanations[0]!.evidence as unknown as { reporters: string[] }).reporters)).toBe(true);
    expect(Object.isFrozen(c.ruledOut[0]!.evidence)).toBe(true);
    expect(out(c)).toEqual([
      "revision:different-sources",
      "scale-slip:ratio-not-power-of-ten",
      "currency-confusion:ratio-matches-no-rate",
      "rounding:gap-exceeds-rounding",
      "approximation:gap-exceeds-tolerance",
    ]);
  });

  it("a 5 % mirror gap is within the usual CIF/FOB margin", () => {
    const c = conflict({ value: usd("42"), period: "2023", source: CN, metric: "exports" }, { value: usd("40.1"), period: "2023", source: KZ, metric: "exports" });
    expect(c.explanations[0]).toMatchObject({ code: "mirror-statistics", evidence: { beyondTypical: false } });
  });

  it("mirror statistics is ruled out when a side is not a partner's authority", () => {
    const c = conflict({ value: usd("41"), period: "2023", source: CN }, { value: usd("31.5"), period: "2023", source: { name: "Reuters", type: "media" } });
    expect(out(c)).toContain("mirror-statistics:not-partner-reporters");
  });

  it("scale slip: 45 million vs 45 billion", () => {
    const c = conflict({ metric: "budget", value: usd("45", "million") }, { metric: "budget", value: usd("45", "billion") });
    expect(codes(c)[0]).toBe("scale-slip:strong");
    expect(c.explanations[0]).toMatchObject({ evidence: { power: 9 - 6 } });
  });

  it("unit slip: miles written as kilometres", () => {
    const c = conflict(border(q("1700", "km")), border(q("1056", "km")));
    expect(codes(c)[0]).toBe("unit-slip:strong");
    expect(c.explanations[0]).toMatchObject({ evidence: { units: ["mi", "km"] } });
  });

  it("currency confusion: the ratio matches a rate the caller gave", () => {
    const rates = [{ from: "USD", to: "CNY", rate: "7.1", date: "2024-01-01" }];
    const c = conflict({ metric: "investment", value: usd("7.1") }, { metric: "investment", value: usd("1") }, { rates });
    expect(codes(c)[0]).toBe("currency-confusion:moderate");
  });

  it("currency confusion: an ambiguous sign on one side only is a weak possibility; on both sides none", () => {
    const dollars = (c: ReturnType<typeof makeClaim>) => ({ ...c, quantity: { ...c.quantity, unitCandidates: ["AUD", "CAD", "USD"] } });
    const a = makeClaim({ metric: "investment", value: usd("7"), source: "A" });
    const b = makeClaim({ metric: "investment", value: usd("9.5"), source: "B" });
    expect(codes(compare(dollars(a), b))).toEqual(["currency-confusion:weak"]);
    expect(codes(compare(dollars(a), dollars(b)))).toEqual([]);
    expect(out(compare(dollars(a), dollars(b)))).toContain("currency-confusion:ratio-matches-no-rate");
  });

  it("different basis: figures counting differently named things", () => {
    const a = makeClaim({ metric: "agreements", value: { amount: "30", unit: "count", noun: "commercial agreements" }, source: "A" });
    const b = makeClaim({ metric: "agreements", value: { amount: "45", unit: "count", bound: "exact", noun: "agreements" }, source: "B" });
    expect(codes(compare(a, b))).toContain("different-basis:moderate");
  });

  it("revision: the same source, a later publication", () => {
    const src = { name: "Bureau of National Statistics", country: "KZ", type: "statistics" } as const;
    const c = conflict(
      { metric: "gdp", value: usd("261"), period: "2023", source: src, reportedBy: { name: "bulletin", publishedAt: "2024-02" } },
      { metric: "gdp", value: usd("262.6"), period: "2023", source: src, reportedBy: { name: "bulletin", publishedAt: "2024-09" } },
    );
    expect(codes(c)).toContain("revision:moderate");
    expect(c.explanations.find((e) => e.code === "revision")).toMatchObject({ evidence: { laterPublished: "2024-09" } });
  });

  it("different basis: one source gives two figures in one text", () => {
    const src = { name: "Channon Heenan", type: "person" } as const;
    const blog = { name: "blog", publishedAt: "2023-10-10" };
    const c = conflict({ value: usd("24"), period: "2022", source: src, reportedBy: blog }, { value: usd("31", "billion", "moreThan"), period: "2022", source: src, reportedBy: blog });
    expect(codes(c)).toEqual(["different-basis:moderate"]);
    expect(c.gap?.ratio?.toFixed(2)).toBe("1.29");
  });

  it("loose rounding and approximation stay weak hypotheses for a small gap", () => {
    const c = conflict({ metric: "m", value: usd("41"), source: "A" }, { metric: "m", value: usd("39.9"), source: "B" });
    expect(codes(c)).toEqual(["rounding:weak", "approximation:weak"]);
  });

  it("copy: a consistent pair where one quotes the other carries the copy finding", () => {
    const c = compare(
      makeClaim({ id: "orig", value: usd("41"), period: "2023", source: CN }),
      makeClaim({ id: "relay", value: usd("41"), period: "2023", source: { name: "Xinhua", type: "media", via: [{ name: CN.name }] } }),
    );
    expect(c.verdict).toBe("consistent");
    expect(c.explanations).toMatchObject([{ code: "copy", strength: "strong", evidence: { original: "orig", copy: "relay", via: true } }]);
  });

  it("only codes of the closed vocabulary appear", () => {
    const c = conflict({ value: usd("41"), period: "2023", source: CN }, { value: usd("31.5"), period: "2023", source: KZ });
    for (const e of [...c.explanations, ...c.ruledOut]) expect(EXPLANATION_CODES).toContain(e.code);
    expect(VERDICTS).toContain(c.verdict);
  });
});

describe("compare: misuse", () => {
  it("refuses a raw JSON object with a message naming the argument", () => {
    const a = makeClaim({ value: usd("41") });
    try {
      compare(a, { metric: "trade turnover", value: "$41 billion" } as never);
      expect.unreachable();
    } catch (error) {
      expect(isDiscrepancyError(error)).toBe(true);
      expect((error as Error).message).toMatch(/^b is not a claim/);
    }
  });

  it("refuses a malformed rate, naming it", () => {
    const a = makeClaim({ value: usd("41"), period: "2023" });
    const b = makeClaim({ value: q("290", "CNY", { scale: "billion" }), period: "2023" });
    expect(() => compare(a, b, { rates: [{ from: "USD", to: "CNY", rate: "7,08", date: "2023" }] })).toThrow(/rates\[0\]\.rate/);
    expect(() => compare(a, b, { cifFob: "-1" })).toThrow(/option cifFob/);
  });
});

describe("compare: year to date is not the year", () => {
  const trade = (value: string, period: string) =>
    claim({ metric: "trade turnover", subject: ["China", "Kazakhstan"], value, period, source: "Customs" });
  it.for<readonly [a: readonly [string, string], b: readonly [string, string], verdict: string, reasons: readonly string[]]>([
    // $9 bn in nine months and $12 bn in the year do not disagree: different periods.
    [["$9 billion", "the first nine months of 2024"], ["$12 billion", "2024"], "not-comparable", ["different-period"]],
    [["$9 billion", "the first nine months of 2024"], ["$9 billion", "the first six months of 2024"], "not-comparable", ["different-period"]],
    // The same nine months written four ways are one period.
    [["$9 billion", "the first nine months of 2024"], ["$12 billion", "2024年1-9月"], "conflict", []],
    [["$9 billion", "first three quarters of 2024"], ["$9 billion", "January–September 2024"], "consistent", []],
    [["$9 billion", "за 9 місяців 2024 року"], ["$9 billion", "2024年前三季度"], "consistent", []],
  ])("%j vs %j → %s", ([a, b, verdict, reasons]) => {
    const result = compare(trade(...a), trade(...b));
    expect(result.verdict).toBe(verdict);
    expect(result.reasons).toEqual(reasons);
  });
});
