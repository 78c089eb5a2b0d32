import { describe, expect, it } from "vitest";
import { compare } from "../../src/compare/compare.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { explain, explainSentences } from "../../src/report/explain.js";
import { reconcile } from "../../src/reconcile/createReconciler.js";
import { makeClaim, usd } from "../helpers/makeClaim.js";
import { claim } from "../../src/claim/claim.js";

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

describe("explanations are headed by strength, know unions, and offer only plausible unit slips", () => {
  const eur = (amount: string) => ({ amount, scale: "billion" as const, unit: "EUR", text: `€${amount} billion` });
  const customs = makeClaim({ id: "ua", subject: ["Ukraine", "EU"], value: eur("61.9"), period: "2024", source: { name: "State Customs Service of Ukraine", type: "government", country: "UA" } });
  const commission = makeClaim({ id: "ec", subject: ["Ukraine", "EU"], value: eur("65.4"), period: "2024", source: { name: "European Commission", type: "government" } });

  it("a weak leading hypothesis is headed 'Possibly', never 'Most likely'", () => {
    const a = makeClaim({ id: "a", subject: ["Ruritania", "Atlantis"], value: eur("61.9"), period: "2024", source: "Bureau A" });
    const b = makeClaim({ id: "b", subject: ["Ruritania", "Atlantis"], value: eur("65.4"), period: "2024", source: "Bureau B" });
    const c = compare(a, b);
    expect(c.explanations[0]).toMatchObject({ code: "approximation", strength: "weak" });
    const sentences = explainSentences(c);
    expect(sentences.some((s) => s.startsWith("Most likely"))).toBe(false);
    expect(sentences).toContain("Possibly: approximation — the gap is 5.4% of the larger figure, within the ±10% an approximate figure allows.");
  });

  it("Ukraine's customs against the European Commission is mirror statistics: the EU is a party, the Commission its authority", () => {
    const c = compare(customs, commission);
    expect(c.explanations[0]).toMatchObject({ code: "mirror-statistics", strength: "strong", evidence: { reporters: ["EU", "UA"] } });
    expect(explain(c)).toContain("Most likely: mirror statistics");
    // The same for the other unions, and with the EU given as a country code.
    for (const [union, authority] of [["EAEU", "Eurasian Economic Commission"], ["Mercosur", "Mercosur Secretariat"], ["GCC", "GCC-Stat"], ["SACU", "SACU Secretariat"], ["Європейський союз", "Eurostat"]] as const) {
      const x = makeClaim({ id: "x", subject: ["China", union], value: usd("41"), period: "2023", source: CN });
      const y = makeClaim({ id: "y", subject: ["China", union], value: usd("31.5"), period: "2023", source: { name: authority } });
      expect([union, compare(x, y).explanations[0]?.code]).toEqual([union, "mirror-statistics"]);
    }
    const byCode = makeClaim({ id: "code", subject: ["Ukraine", "EU"], value: eur("65.4"), period: "2024", source: { name: "DG Statistics", country: "EU" } });
    expect(compare(customs, byCode).explanations[0]?.code).toBe("mirror-statistics");
    // The mirror-statistics reconciliation sees both partners too.
    expect(reconcile([customs, commission], { method: "mirror-statistics" }).method).toBe("mirror-statistics");
  });

  // Held-out kind: unions and their authorities as news names them, with a member count, a bracketed
  // gloss or a sub-body after a comma, were not looked up and mirror statistics never considered.
  it.each([
    [["EU-27", "Ukraine"], "Eurostat"],
    [["EU27", "Ukraine"], "European Commission"],
    [["ЄС-27", "Україна"], "Євростат"],
    [["EU", "Ukraine"], "Eurostat (EU statistics office)"],
    [["EU", "Ukraine"], "European Commission, DG Trade"],
    [["European Union (EU)", "Ukraine"], "Statistical Office of the European Union"],
    [["EAEU", "China"], "Eurasian Economic Commission (EEC)"],
  ])("%j reported by %s against Ukraine's or China's own figure is mirror statistics", (subject, authority) => {
    const own = subject[1] === "China" ? CN : { name: "State Customs Service of Ukraine", type: "government" as const, country: "UA" };
    const x = makeClaim({ id: "x", subject, value: eur("61.9"), period: "2024", source: own });
    const y = makeClaim({ id: "y", subject, value: eur("65.4"), period: "2024", source: { name: authority, type: "government" } });
    expect(compare(x, y).explanations[0]?.code).toBe("mirror-statistics");
  });

  it("a decorated name is no licence: a news agency named after the EU is not its authority", () => {
    const x = makeClaim({ id: "x", subject: ["EU-27", "Ukraine"], value: eur("61.9"), period: "2024", source: { name: "State Customs Service of Ukraine", country: "UA" } });
    const y = makeClaim({ id: "y", subject: ["EU-27", "Ukraine"], value: eur("65.4"), period: "2024", source: { name: "EU Observer (news), Brussels", type: "media" } });
    expect(compare(x, y).explanations.map((e) => e.code)).not.toContain("mirror-statistics");
  });

  it("no unit slip between units neither figure is written in: 40 vs 45 million tonnes is not long vs short tons", () => {
    const t = (id: string, amount: string) => makeClaim({ id, metric: "grain harvest", subject: ["Ukraine"], value: { amount, scale: "million", unit: "t" }, period: "2024", source: id });
    const c = compare(t("a", "40"), t("b", "45"));
    expect(c.explanations.map((e) => e.code)).not.toContain("unit-slip");
    expect(explain(c)).not.toContain("long tons");
    // A unit a figure is written in and its plausible confusion still counts: 100 km vs 62.1 (meant miles).
    const km = (id: string, amount: string) => makeClaim({ id, metric: "pipeline length", subject: ["Kazakhstan"], value: { amount, unit: "km", bound: "exact" }, period: "2024", source: id });
    expect(compare(km("k", "160.9"), km("m", "100")).explanations[0]).toMatchObject({ code: "unit-slip", evidence: { units: ["mi", "km"] } });
    // Long against short tons when one figure is written in long tons.
    const lt = makeClaim({ id: "lt", metric: "grain harvest", subject: ["Ukraine"], value: { amount: "1000", unit: "long-ton", bound: "exact" }, period: "2024", source: "lt" });
    const st = makeClaim({ id: "st", metric: "grain harvest", subject: ["Ukraine"], value: { amount: "1000", unit: "short-ton", bound: "exact" }, period: "2024", source: "st" });
    expect(compare(lt, st).explanations.map((e) => e.code)).toContain("unit-slip");
  });
});

describe("explainSentences in the reader's language", () => {
  const base = { metric: "trade turnover", subject: ["China", "Kazakhstan"] };
  const uaPeriod = claim({ ...base, id: "ua", value: "$41 billion", period: "у 2023 році", source: "Укрінформ", reportedBy: { name: "Укрінформ", lang: "uk" } });
  const en = claim({ ...base, id: "en", value: "$31.5 billion", period: "2023", source: "Reuters" });

  it("names a side's period from the period itself when the claim's words are in another script, even in English", () => {
    const first = explainSentences(compare(uaPeriod, en), { claims: [uaPeriod, en] })[0]!;
    expect(first).not.toContain("році");
    expect(first).toContain("(Укрінформ, 2023)");
  });

  it.each([
    ["uk", "2023 р."],
    ["ru", "2023 г."],
    ["zh", "2023年"],
  ] as const)("%s: periods, numbers and verdicts in the locale", (locale, period) => {
    const sentences = explainSentences(compare(uaPeriod, en), { claims: [uaPeriod, en], locale });
    expect(sentences[0]).toContain(period);
    expect(sentences.join(" ")).not.toMatch(/\b(conflict|gap|ratio|likely)\b/);
  });
});
