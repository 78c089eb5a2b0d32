import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/claim/types.js";
import { isDiscrepancyError } from "../../src/errors.js";
import { createReconciler, reconcile } from "../../src/reconcile/createReconciler.js";
import { formatReconciliationNote } from "../../src/report/formatReconciliationNote.js";
import { RECONCILE_METHODS, type Reconciliation, type ReconcileMethod } from "../../src/reconcile/types.js";
import { arbQuantity } from "../helpers/arbitraries.js";
import { makeClaim, usd } from "../helpers/makeClaim.js";

const CN = { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" } as const;
const KZ = { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" } as const;
const cn = makeClaim({ id: "cn", value: usd("41"), period: "2023", source: CN, reportedBy: { name: "a", publishedAt: "2024-03" } });
const kz = makeClaim({ id: "kz", value: usd("31.5"), period: "2023", source: KZ, reportedBy: { name: "b", publishedAt: "2024-06" } });
const news = makeClaim({ id: "news", value: usd("41", "billion", "moreThan"), period: "2023", source: { name: "News", type: "media" } });

const summary = (r: Reconciliation) => ({
  method: r.method,
  estimate: r.estimate.text,
  value: r.estimate.value.toString(),
  support: r.support,
  dissent: r.dissent,
  note: formatReconciliationNote(r),
});

describe("reconcile", () => {
  it("defaults to an attributed range when the figures disagree", () => {
    expect(summary(reconcile([cn, kz, news]))).toEqual({
      method: "attributed-range",
      estimate: "$31.5–41 billion",
      value: "36250000000",
      support: ["cn", "kz", "news"],
      dissent: [],
      note: "$31.5–41 billion: KZ vs CN reporting.",
    });
    expect(reconcile([cn, kz]).raw?.map((r) => [r.claim, r.country, r.value.toString()])).toEqual([
      ["kz", "KZ", "31500000000"],
      ["cn", "CN", "41000000000"],
    ]);
  });

  it("defaults to the intersection when all agree", () => {
    expect(summary(reconcile([cn, news]))).toEqual({
      method: "intersection",
      estimate: "$41–41.5 billion",
      value: "41250000000",
      support: ["cn", "news"],
      dissent: [],
      note: "All 2 distinct figures agree: $41–41.5 billion.",
    });
    // "exceeding $41 billion" leaves 41 itself out: the common part is (41, 41.5] billion.
    const r = reconcile([cn, news]);
    expect([r.estimate.low?.toString(), r.estimate.high?.toString(), r.estimate.lowOpen, r.estimate.highOpen]).toEqual(["41000000000", "41500000000", true, false]);
    expect(r.estimate.bound).toBe("range");
  });

  it.each<[ReconcileMethod, object, object]>([
    ["intersection", {}, { estimate: "$41–41.5 billion", support: ["cn", "news"], dissent: ["kz"], note: "Not all figures agree; the largest agreeing set (2 of 3) gives $41–41.5 billion." }],
    ["attributed-range", {}, { estimate: "$31.5–41 billion", support: ["cn", "kz", "news"], dissent: [] }],
    ["preferred-source", { ranking: ["KZ", "CN"] }, { estimate: "$31.5 billion", value: "31500000000", support: ["kz"], dissent: ["cn", "news"] }],
    // "exceeding $41 billion" agrees with $41 bn but does not hold 41: an estimate's supporters hold it.
    ["preferred-source", { ranking: ["Ministry of Foreign Affairs of China"] }, { value: "41000000000", support: ["cn"], dissent: ["kz", "news"] }],
    ["latest-revision", {}, { value: "31500000000", support: ["kz"], dissent: ["cn", "news"] }],
    // "exceeding $41 billion" does not hold 41 itself, so it dissents from a median of exactly 41.
    ["median", {}, { estimate: "$41 billion", value: "41000000000", support: ["cn"], dissent: ["kz", "news"] }],
    // "More than $41 billion" states no figure: it does not vote (it used to count as 41, giving 35.3).
    ["reliability-weighted", { reliabilities: { KZ: "0.9", CN: "0.3", News: "0.3" } }, { value: "33875000000", support: [], dissent: ["cn", "kz", "news"] }],
    ["mirror-statistics", {}, { value: "36250000000", support: ["cn", "kz"], dissent: ["news"] }],
    ["mirror-statistics", { reporterWeights: { CN: 3, KZ: 1 } }, { value: "38625000000" }],
  ])("%s %j", (method, options, expected) => {
    const r = reconcile([news, kz, cn], { method, ...options });
    expect(r.method).toBe(method);
    expect(summary(r)).toMatchObject(expected);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it("mirror statistics keeps the raw figures and brings the importer's CIF figure to FOB", () => {
    const exportsFromKz = (id: string, amount: string, source: object) =>
      makeClaim({ id, metric: "exports", subject: ["Kazakhstan", "China"], direction: true, value: usd(amount), period: "2023", source: source as never });
    const r = reconcile([exportsFromKz("kz-fob", "15.3", KZ), exportsFromKz("cn-cif", "16.2", CN)], { method: "mirror-statistics" });
    expect(r.raw?.map((v) => [v.claim, v.value.toString(), v.adjusted?.toFixed(6), v.weight?.toString()])).toEqual([
      ["cn-cif", "16200000000", "15283018867.924528", "1"],
      ["kz-fob", "15300000000", "15300000000.000000", "1"],
    ]);
    expect(formatReconciliationNote(r)).toBe(
      "CN reports $15.28 billion, KZ reports $15.3 billion (CN's CIF figure brought to FOB with factor 1.06); weighted estimate $15.29 billion. The ratio 1.00 is within the typical CIF/FOB margin (factor 1.06).",
    );
  });

  it("falls back to the default, saying why, when a method cannot apply", () => {
    const r = reconcile([cn, kz], { method: "preferred-source", ranking: ["Somebody else"] });
    expect(r.method).toBe("attributed-range");
    expect(r.note?.code).toBe("attributed-range");
    expect(formatReconciliationNote(r)).toBe("None of the sources is in the ranking. $31.5–41 billion: KZ vs CN reporting.");
    const a = makeClaim({ id: "a", metric: "m", subject: ["A"], value: usd("1") });
    const b = makeClaim({ id: "b", metric: "m", subject: ["A"], value: usd("3") });
    expect(reconcile([a, b], { method: "mirror-statistics" }).method).toBe("attributed-range");
  });

  it("counts a duplicate once in the median", () => {
    const dup = makeClaim({ ...{ id: "cn2", value: usd("41"), period: "2023", source: CN } });
    const r = reconcile([cn, dup, kz], { method: "median" });
    // Two distinct figures, one claim agreeing with each: the lower (the duplicate would have made it 41).
    expect(r.estimate.value.toString()).toBe("31500000000");
    expect([r.support, r.dissent]).toEqual([["kz"], ["cn", "cn2"]]);
  });

  it("converts units: km and miles", () => {
    const km = makeClaim({ id: "km", metric: "border", value: { amount: "1700", unit: "km" } });
    const mi = makeClaim({ id: "mi", metric: "border", value: { amount: "1056", unit: "mi" } });
    const r = reconcile([km, mi], { unit: "km" });
    expect(r.method).toBe("intersection");
    expect(r.estimate.unit).toBe("km");
    // 1,700 km allows 1,650–1,750 km; 1,056 miles allows 1,055.5–1,056.5 mi, exactly 1,698.662592–1,700.271936 km.
    expect([r.estimate.low?.toString(), r.estimate.high?.toString()]).toEqual(["1698.662592", "1700.271936"]);
  });

  it("createReconciler binds defaults that calls can override", () => {
    const trustKz = createReconciler({ method: "preferred-source", ranking: ["KZ"] });
    expect(trustKz([cn, kz]).support).toEqual(["kz"]);
    expect(trustKz([cn, kz], { ranking: ["CN"] }).support).toEqual(["cn"]);
  });

  it("refuses no claims, claims of different series, unknown methods and bad weights", () => {
    const other = makeClaim({ id: "other", value: usd("24"), period: "2022", source: KZ });
    const cases: [() => unknown, RegExp][] = [
      [() => reconcile([]), /at least one claim/],
      [() => reconcile([cn, other]), /not about the same thing \(different-period\)/],
      [() => reconcile([cn, kz], { method: "mean" as never }), /unknown reconciliation method "mean"/],
      [() => reconcile([cn, kz], { method: "reliability-weighted", reliabilities: { CN: "-1" } }), /reliabilities.CN/],
      [() => reconcile(42 as never), /iterable/],
      [() => reconcile([cn, makeClaim({ value: { amount: "290", scale: "billion", unit: "CNY" }, period: "2023" })]), /cannot be converted/],
    ];
    for (const [run, message] of cases) {
      try {
        run();
        expect.unreachable();
      } catch (error) {
        expect(isDiscrepancyError(error)).toBe(true);
        expect((error as Error).message).toMatch(message);
      }
    }
  });
});

describe("reconcile: laws", () => {
  const SOURCES = [CN, KZ, { name: "Reuters" }, { name: "Xinhua", country: "CN" }, { name: "Kazinform", country: "KZ" }];
  let serial = 0;
  const arbGroup = fc.array(
    fc.record({ value: arbQuantity(["USD"]), source: fc.constantFrom(...SOURCES), published: fc.constantFrom(undefined, "2024-01", "2024-06") }).map(({ value, source, published }) =>
      makeClaim({ id: `r${++serial}`, value, period: "2023", source, ...(published !== undefined ? { reportedBy: { name: "o", publishedAt: published } } : {}) }),
    ),
    { minLength: 1, maxLength: 8 },
  );
  const methods = fc.constantFrom<ReconcileMethod | undefined>(undefined, ...RECONCILE_METHODS);
  const options = { ranking: ["KZ", "Reuters"], reliabilities: { CN: "0.7", Reuters: "0.2" } };

  it("ignores the order of the claims", () => {
    fc.assert(
      fc.property(
        arbGroup.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))),
        methods,
        ([claims, shuffled], method) => {
          const o = { ...options, ...(method !== undefined ? { method } : {}) };
          expect(JSON.stringify(reconcile(shuffled, o))).toBe(JSON.stringify(reconcile(claims, o)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps the estimate within the envelope of the claims' intervals (mirror statistics: widened by the CIF/FOB factor)", () => {
    const lowest = (cs: readonly Claim[]) => (cs.some((c) => c.quantity.low === null) ? null : cs.map((c) => c.quantity.low!).reduce((x, y) => (y.lt(x) ? y : x)));
    const highest = (cs: readonly Claim[]) => (cs.some((c) => c.quantity.high === null) ? null : cs.map((c) => c.quantity.high!).reduce((x, y) => (y.gt(x) ? y : x)));
    fc.assert(
      fc.property(arbGroup, methods, (claims, method) => {
        const r = reconcile(claims, { ...options, ...(method !== undefined ? { method } : {}) });
        const widen = r.method === "mirror-statistics" ? "1.06" : "1";
        const low = lowest(claims);
        const high = highest(claims);
        for (const v of [r.estimate.low, r.estimate.high, r.estimate.value]) {
          if (v === null) continue;
          if (low !== null) expect(v.gte(low.div(widen))).toBe(true);
          if (high !== null) expect(v.lte(high)).toBe(true);
        }
        if (low !== null) expect(r.estimate.low).not.toBeNull();
        if (high !== null) expect(r.estimate.high).not.toBeNull();
        expect([...r.support, ...r.dissent].sort()).toEqual(claims.map((c) => c.id).sort());
      }),
      { numRuns: 300 },
    );
  });
});
