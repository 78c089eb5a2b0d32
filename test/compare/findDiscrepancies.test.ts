import { formatReconciliationNote } from "../../src/report/formatReconciliationNote.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claim/types.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import type { Report } from "../../src/compare/reportTypes.js";
import { isDiscrepancyError } from "../../src/errors.js";
import { arbClaim } from "../helpers/arbitraries.js";
import { makeClaim, usd } from "../helpers/makeClaim.js";

const CN = { name: "General Administration of Customs of China", type: "statistics", country: "CN" } as const;
const KZ = { name: "Bureau of National Statistics of Kazakhstan", type: "statistics", country: "KZ" } as const;

const trade = (id: string, amount: string, period: string, source: object, extra: object = {}): Claim =>
  makeClaim({ id, value: usd(amount), period, source: source as never, ...extra });

const codes = (report: Report, a: string, b: string) => {
  const c = report.conflicts.find((x) => x.claims.includes(a) && x.claims.includes(b));
  return c?.explanations.map((e) => `${e.code}:${e.strength}`);
};

describe("findDiscrepancies", () => {
  it("groups by series, period and modality and compares only within a group", () => {
    const claims = [
      trade("cn-2023", "41", "2023", CN),
      trade("kz-2023", "31.5", "2023", KZ),
      trade("cn-2022", "31.2", "2022", CN),
      makeClaim({ id: "pop", metric: "population", subject: ["Kazakhstan"], value: { amount: "20", scale: "million", unit: "count" }, period: "2023" }),
    ];
    const report = findDiscrepancies(claims);
    expect(report.summary).toEqual({ claims: 4, series: 2, comparisons: 1, consistent: 0, conflicts: 1, notComparable: 0 });
    const tradeSeries = report.series.find((s) => s.metric === "trade turnover")!;
    expect(tradeSeries.periods.map((p) => [p.period?.text, p.verdict, p.independentSources])).toEqual([
      ["2022", "single", 1],
      ["2023", "conflict", 2],
    ]);
    expect(tradeSeries.verdicts).toEqual({ consistent: 0, conflict: 1, notComparable: 0 });
    expect(Object.isFrozen(report) && Object.isFrozen(report.series) && Object.isFrozen(report.summary)).toBe(true);
  });

  it("reconciles a conflicting group as an attributed range", () => {
    const report = findDiscrepancies([trade("cn", "41", "2023", CN), trade("kz", "31.5", "2023", KZ)]);
    const r = report.series[0]!.periods[0]!.reconciliation!;
    expect(r.method).toBe("attributed-range");
    expect(r.note?.code).toBe("attributed-range");
    expect(formatReconciliationNote(r)).toBe("$31.5–41 billion: KZ vs CN reporting.");
    expect(findDiscrepancies([trade("cn", "41", "2023", CN), trade("kz", "31.5", "2023", KZ)], { reconcile: false }).series[0]!.periods[0]!.reconciliation).toBeUndefined();
  });

  it("finds a systematic source gap across years (strong when the same two reporters are on the same sides)", () => {
    const claims = [
      trade("cn-2021", "25.3", "2021", CN),
      trade("kz-2021", "19.3", "2021", KZ),
      trade("cn-2022", "31.2", "2022", CN),
      trade("kz-2022", "24.1", "2022", KZ),
      trade("cn-2023", "41", "2023", CN),
      trade("kz-2023", "31.5", "2023", KZ),
    ];
    const report = findDiscrepancies(claims);
    expect(report.conflicts).toHaveLength(3);
    expect(codes(report, "cn-2023", "kz-2023")).toEqual(["mirror-statistics:strong", "systematic-source-gap:strong"]);
    const gap = report.conflicts[2]!.explanations[1]!;
    expect(gap).toMatchObject({ code: "systematic-source-gap", evidence: { reporters: ["CN", "KZ"] } });
    if (gap.code === "systematic-source-gap") expect(gap.evidence.others.map((o) => o.period)).toEqual(["2021", "2022"]);
  });

  it("rules the systematic gap out when the other years' ratios differ", () => {
    const claims = [trade("cn-2022", "25", "2022", CN), trade("kz-2022", "24.1", "2022", KZ), trade("cn-2023", "41", "2023", CN), trade("kz-2023", "31.5", "2023", KZ)];
    const report = findDiscrepancies(claims);
    const c = report.conflicts.find((x) => x.claims.includes("cn-2023"))!;
    expect(c.ruledOut.map((r) => `${r.code}:${r.reason}`)).toContain("systematic-source-gap:no-similar-gap");
  });

  it("does not call it systematic when the reporters swap sides", () => {
    const claims = [trade("cn-2022", "24.1", "2022", CN), trade("kz-2022", "31.2", "2022", KZ), trade("cn-2023", "41", "2023", CN), trade("kz-2023", "31.5", "2023", KZ)];
    expect(codes(findDiscrepancies(claims), "cn-2023", "kz-2023")).toEqual(["mirror-statistics:strong"]);
  });

  it("finds a period shift: a figure that matches the neighbouring year", () => {
    const claims = [
      trade("a-2022", "24.1", "2022", { name: "Agency A" }),
      trade("a-2023", "31.5", "2023", { name: "Agency A" }),
      trade("b-2023", "24.1", "2023", { name: "Outlet B", type: "media" }),
    ];
    const report = findDiscrepancies(claims);
    expect(codes(report, "a-2023", "b-2023")).toContain("period-shift:moderate");
    const shift = report.conflicts[0]!.explanations.find((e) => e.code === "period-shift");
    expect(shift).toMatchObject({ evidence: { claim: "b-2023", matches: "a-2022", period: "2022" } });
  });

  it("counts duplicates from one source and copies once: no extra corroboration, no extra conflicts", () => {
    const mfa = { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" };
    const article = { name: "analysis", publishedAt: "2024-12" };
    const claims = [
      trade("cn", "41", "2023", mfa, { reportedBy: article }),
      trade("cn-again", "41", "2023", mfa, { reportedBy: { name: "other outlet", publishedAt: "2025-01" } }),
      trade("author", "41", "2023", { name: "An Author", type: "person" }, { reportedBy: article }),
      trade("kz", "31.5", "2023", KZ),
    ];
    const report = findDiscrepancies(claims);
    const group = report.series[0]!.periods[0]!;
    expect(group.independentSources).toBe(2);
    expect(report.summary.conflicts).toBe(1);
    const copy = report.comparisons.find((c) => c.claims.includes("author"))!;
    expect(copy.explanations[0]).toMatchObject({ code: "copy", evidence: { original: "cn", copy: "author", samePublication: true } });
  });

  it("keeps one figure when two sources each name the other in via (it threw a TypeError)", () => {
    const reuters = { name: "Reuters", type: "media", via: [{ name: "Tass" }] };
    const tass = { name: "Tass", type: "media", via: [{ name: "Reuters" }] };
    for (const claims of [
      [trade("r", "5", "2023", reuters), trade("t", "5", "2023", tass)],
      [trade("t", "5", "2023", tass), trade("r", "5", "2023", reuters)],
      [trade("r", "5", "2023", reuters), trade("t", "5", "2023", tass), trade("kz", "6", "2023", KZ)],
    ]) {
      const report = findDiscrepancies(claims);
      const group = report.series[0]!.periods[0]!;
      // The two relays are one source's figure: a copy of each other, never two corroborations.
      expect(group.independentSources).toBe(claims.length - 1);
      expect(report.comparisons.find((c) => c.claims.includes("r") && c.claims.includes("t"))?.explanations[0]?.code).toBe("copy");
    }
  });

  it("names a country-less figure that follows one partner's reporting", () => {
    const claims = [
      trade("cn", "41", "2023", { name: "MFA", country: "CN" }),
      trade("kz", "31.5", "2023", { name: "MTI", country: "KZ" }),
      makeClaim({ id: "news", value: usd("41", "billion", "moreThan"), period: "2023", source: { name: "News", type: "media" } }),
    ];
    const report = findDiscrepancies(claims);
    const c = report.comparisons.find((x) => x.verdict === "conflict" && x.claims.includes("news"))!;
    expect(c.explanations[0]).toMatchObject({ code: "mirror-statistics", strength: "moderate", evidence: { follows: "cn", reporters: ["CN", "KZ"] } });
    // It is the same disagreement as China's figure against Kazakhstan's: counted once.
    expect(c.repeats).toEqual(["kz", "cn"]);
    expect(report.summary.conflicts).toBe(1);
    expect(report.conflicts.map((x) => x.claims)).toEqual([["kz", "cn"]]);
  });

  it("notes a target against the actual figure, and separate events, as not comparable", () => {
    const n = (id: string, amount: string, period: string) => makeClaim({ id, metric: "agreements signed", value: { amount, unit: "count", bound: "exact" }, period });
    const claims = [
      trade("target", "40", "2023", { name: "President" }, { modality: "target", period: undefined }),
      trade("actual", "41", "2023", CN),
      n("a70", "70", "2025-09"),
      n("a30", "30", "2023-10"),
      n("a8", "8", "2024-11"),
    ];
    const report = findDiscrepancies(claims);
    const notes = report.comparisons.filter((c) => c.verdict === "not-comparable");
    expect(notes.map((c) => [c.claims.join(" "), c.reasons.join(","), c.targetMet])).toEqual([
      ["a30 a8", "different-period", undefined],
      ["a8 a70", "different-period", undefined],
      ["a30 a70", "different-period", undefined],
      ["target actual", "different-period,different-modality", true],
    ]);
  });

  it("writes no period notes for a contiguous time series", () => {
    const claims = ["2019", "2020", "2021", "2022", "2023"].map((y, i) => trade(`y${y}`, String(20 + i), y, CN));
    expect(findDiscrepancies(claims).summary.comparisons).toBe(0);
  });

  it("bounds the notes of a series", () => {
    const claims = Array.from({ length: 40 }, (_, i) =>
      makeClaim({ id: `e${i}`, metric: "agreements signed", value: { amount: String(i + 1), unit: "count", bound: "exact" }, period: `${2000 + i}-0${1 + (i % 2)}` }),
    );
    const report = findDiscrepancies(claims, { maxNotesPerSeries: 5 });
    expect(report.summary.notComparable).toBe(5);
  });

  it("notes different scopes within a family: third since 2020 vs fifth as President", () => {
    const visit = (id: string, n: string, window: string, period: string) =>
      makeClaim({ id, metric: "visits", subject: ["Xi Jinping", "Kazakhstan"], direction: true, qualifiers: { window }, value: { amount: n, unit: "ordinal", bound: "exact" }, period });
    const report = findDiscrepancies([visit("third", "3", "since 2020", "2025-06"), visit("fifth", "5", "as President", "2024-07")]);
    expect(report.series).toHaveLength(2);
    expect(report.comparisons.map((c) => c.reasons)).toEqual([["different-scope", "different-period"]]);
    expect(report.series.map((s) => s.verdicts.notComparable)).toEqual([1, 1]);
  });

  it("compares a large group against its lead and each conflicting figure against its widest conflict: comparisons grow linearly", () => {
    const group = (n: number) =>
      Array.from({ length: n }, (_, i) => trade(`s${i}`, String(30 + (i % 7)), "2023", { name: `Source ${i}` }));
    const small = findDiscrepancies(group(100));
    const large = findDiscrepancies(group(1000));
    // Each figure against the lead, and at most twice more (against the highest low end and the lowest high end).
    expect(small.comparisons.length).toBeGreaterThanOrEqual(99);
    expect(small.comparisons.length).toBeLessThanOrEqual(3 * 99);
    expect(large.comparisons.length).toBeLessThanOrEqual(3 * 999);
    // The widest conflict: "$30 billion" allows $25–35 bn (stated to the ten billion), so the lowest high
    // end is $31 bn's; the highest low end is $36 bn's.
    const cluster = large.series[0]!.periods[0]!.clusters![0]!;
    expect(cluster.extremes.map((id) => large.comparisons.find((c) => c.claims[0] === id || c.claims[1] === id)!.sides.find((x) => x.claim === id)!.text)).toEqual(["$31 billion", "$36 billion"]);
    expect(large.series[0]!.periods[0]!.verdict).toBe("conflict");
  });

  it("accepts any iterable, and refuses what is not a claim", () => {
    function* gen() {
      yield trade("cn", "41", "2023", CN);
      yield trade("kz", "31.5", "2023", KZ);
    }
    expect(findDiscrepancies(gen()).summary.conflicts).toBe(1);
    try {
      findDiscrepancies([trade("cn", "41", "2023", CN), { id: "x" } as never]);
      expect.unreachable();
    } catch (error) {
      expect(isDiscrepancyError(error)).toBe(true);
      expect((error as Error).message).toMatch(/^claims\[1\] is not a claim/);
    }
    expect(() => findDiscrepancies([], { maxPairsPerGroup: 1 })).toThrow(/maxPairsPerGroup/);
  });
});

describe("findDiscrepancies: laws", () => {
  const groupVerdicts = (r: Report) =>
    r.series.flatMap((s) => s.periods.map((p) => `${s.key}|${p.period?.text ?? ""}|${p.modality}|${p.verdict}|${p.independentSources}`)).sort();

  it("adding a duplicate from the same source changes no verdict", () => {
    fc.assert(
      fc.property(fc.array(arbClaim(), { minLength: 1, maxLength: 12 }), fc.nat(), (claims, pick) => {
        const original = claims[pick % claims.length]!;
        const duplicate = { ...original, id: `${original.id}-dup` } as Claim;
        const before = findDiscrepancies(claims);
        const after = findDiscrepancies([...claims, duplicate]);
        expect(groupVerdicts(after)).toEqual(groupVerdicts(before));
        expect(after.summary.conflicts).toBe(before.summary.conflicts);
      }),
      { numRuns: 150 },
    );
  });

  it("does not depend on the order of the claims", () => {
    fc.assert(
      fc.property(
        fc.array(arbClaim(), { minLength: 1, maxLength: 12 }).chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))),
        ([claims, shuffled]) => {
        expect(JSON.stringify(findDiscrepancies(shuffled))).toBe(JSON.stringify(findDiscrepancies(claims)));
        },
      ),
      { numRuns: 100 },
    );
  });
});
