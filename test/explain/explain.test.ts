import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/compare.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { explain, explainSentences } from "../../src/explain/explain.js";
import { reconcile } from "../../src/reconcile/createReconciler.js";
import { makeClaim, usd } from "../helpers/makeClaim.js";

const CN = { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" } as const;
const KZ = { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" } as const;
const cn = makeClaim({ id: "cn", value: usd("41"), period: "2023", source: CN });
const kz = makeClaim({ id: "kz", value: usd("31.5"), period: "2023", source: KZ });

describe("explain", () => {
  it("a mirror-statistics conflict", () => {
    expect(explainSentences(compare(cn, kz))).toMatchInlineSnapshot(`
      [
        "$41 billion (Ministry of Foreign Affairs of China, 2023) and $31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023) conflict.",
        "The gap is $9.5 billion, 23.2% of the larger figure; ratio 1.30.",
        "Most likely: mirror statistics — each partner reports the flow itself, CN's figure above KZ's (ratio 1.30). A typical CIF/FOB margin is about 6% (IMF DOTS factor 1.06); a gap this size is far beyond freight and insurance and points to re-exports, timing, partner attribution, classification or under-invoicing.",
        "Ruled out: revision (different sources); scale slip (ratio 1.30 is not near a thousand, million or billion); currency confusion (one currency, no exchange rate involved); rounding (the intervals are $8.95 billion apart, more than a rounding step of $1 billion); approximation (a gap of 23.2% exceeds ±10%).",
      ]
    `);
  });

  it("a consistent pair that agrees only thanks to bound words", () => {
    const over = makeClaim({ id: "over", value: usd("41", "billion", "moreThan"), period: "2023", source: { name: "News", type: "media" } });
    expect(explain(compare(cn, over))).toMatchInlineSnapshot(`"$41 billion (Ministry of Foreign Affairs of China, 2023) and over $41 billion (News, 2023) agree, but only thanks to rounding or bound words."`);
  });

  it("a target against an actual figure", () => {
    const target = makeClaim({ id: "t", value: usd("40"), modality: "target", source: { name: "Kassym-Jomart Tokayev", country: "KZ" } });
    expect(explain(compare(target, cn))).toMatchInlineSnapshot(`"$40 billion (Kassym-Jomart Tokayev, target) and $41 billion (Ministry of Foreign Affairs of China, 2023) are not comparable: different period, different modality (target vs actual). The actual figure meets the target."`);
  });

  it("a scale slip and a unit slip", () => {
    const a = makeClaim({ metric: "budget", value: usd("45", "million"), source: "A" });
    const b = makeClaim({ metric: "budget", value: usd("45", "billion"), source: "B" });
    expect(explainSentences(compare(a, b)).slice(0, 3)).toMatchInlineSnapshot(`
      [
        "$45 million (A) and $45 billion (B) conflict.",
        "The gap is $44.96 billion, 99.9% of the larger figure; ratio 1,000.",
        "Most likely: scale slip — the ratio 1,000 is close to a thousand.",
      ]
    `);
    const km = makeClaim({ metric: "border", value: { amount: "1700", unit: "km" }, source: "A" });
    const slip = makeClaim({ metric: "border", value: { amount: "1056", unit: "km" }, source: "B" });
    expect(explainSentences(compare(km, slip))[2]).toMatchInlineSnapshot(`"Most likely: unit slip — the ratio 1.61 is close to 1.609344, the factor between miles and kilometres."`);
  });

  it("a copy, naming the claims by figure and source", () => {
    const relay = makeClaim({ id: "relay", value: usd("41"), period: "2023", source: { name: "Xinhua", type: "media", via: [{ name: CN.name }] } });
    expect(explain(compare(relay, cn))).toMatchInlineSnapshot(`"$41 billion (Xinhua, 2023) and $41 billion (Ministry of Foreign Affairs of China, 2023) agree. Copy — $41 billion (Xinhua, 2023) repeats $41 billion (Ministry of Foreign Affairs of China, 2023), quoting it, so it is no independent corroboration."`);
  });

  it("a systematic gap across years", () => {
    const claims = [
      makeClaim({ id: "cn-2022", value: usd("31.2"), period: "2022", source: CN }),
      makeClaim({ id: "kz-2022", value: usd("24.1"), period: "2022", source: KZ }),
      cn,
      kz,
    ];
    const conflict = findDiscrepancies(claims).conflicts[1]!;
    expect(explainSentences(conflict, { claims })[3]).toMatchInlineSnapshot(`"Also possible: systematic source gap — CN above KZ here, and a similar gap in 2022 (ratio 1.29, CN above KZ): the same two reporting bases."`);
  });

  it("a reconciliation", () => {
    expect(explainSentences(reconcile([cn, kz]))).toMatchInlineSnapshot(`
      [
        "Reconciled by attributed range: $31.5–41 billion: KZ vs CN reporting.",
        "2 claims support it, 0 dissent.",
      ]
    `);
    expect(explain(reconcile([cn, kz], { method: "mirror-statistics" }))).toMatchInlineSnapshot(`"Reconciled by mirror statistics: CN reports $41 billion, KZ reports $31.5 billion; weighted estimate $36.25 billion. The ratio 1.30 is far beyond a typical CIF/FOB factor of 1.06: the estimate is a compromise between two reporting bases, not a measurement. 2 claims support it, 0 dissent."`);
  });

  it("refuses what is not a finding", () => {
    expect(() => explain({} as never)).toThrow(/takes a comparison or a reconciliation/);
  });
});
