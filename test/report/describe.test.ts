// A series' title in the reader's language: known metrics and common qualifier keys by the locale's
// names, everything else as the claims write it; English as written.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { METRICS } from "../../src/lexicon/metrics.js";
import { en } from "../../src/messages/en/index.js";
import { ru } from "../../src/messages/ru/index.js";
import { uk } from "../../src/messages/uk/index.js";
import { zh } from "../../src/messages/zh/index.js";
import { resolveMetric } from "../../src/metric/resolveMetric.js";
import { reconcileAll } from "../../src/reconcile/reconcileAll.js";
import { describeSeries } from "../../src/report/describe.js";
import { formatCorpusReconciliation } from "../../src/report/formatCorpusReconciliation.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { toNotebookDisplay } from "../../src/notebook/toNotebookDisplay.js";

const series = (metric: string, qualifiers: Record<string, string> = {}) => ({ metric, subject: ["China", "Kazakhstan"], direction: false, qualifiers });

describe("the catalogues' metric names", () => {
  it.each([uk, ru, zh])("$code names every lexicon metric, in its own script, and nothing else", (locale) => {
    const names = locale.explain.metricNames;
    expect(Object.keys(names).sort()).toEqual(METRICS.map((m) => m.id).sort());
    for (const name of Object.values(names)) expect([name, /[A-Za-z]/.test(name)]).toEqual([name, false]);
  });

  it("English names none and labels no qualifier key: its reports keep the claims' words", () => {
    expect(en.explain.metricNames).toEqual({});
    expect(en.explain.qualifierKeys).toEqual({});
  });

  it.each([uk, ru, zh])("$code labels the qualifier keys the library and the seed use, in its own script", (locale) => {
    for (const key of ["window", "basis", "kind", "format", "scope"]) expect(locale.explain.qualifierKeys[key]).toMatch(/^[^A-Za-z]+$/);
  });
});

describe("describeSeries", () => {
  it.each([
    ["uk", "trade turnover", {}, "товарообіг — Китай і Казахстан"],
    ["uk", "bilateral trade", {}, "товарообіг — Китай і Казахстан"],
    ["ru", "товарообігу", {}, "товарооборот — Китай и Казахстан"],
    ["zh", "Trade  Turnover", {}, "贸易额——中国与哈萨克斯坦"],
    ["uk", "agreements signed", {}, "підписані угоди — Китай і Казахстан"],
    ["ru", "freight volume", {}, "объем грузоперевозок — Китай и Казахстан"],
    ["zh", "border length", {}, "边境线长度——中国与哈萨克斯坦"],
    // Not wholly a lexicon metric: as written, never half-translated.
    ["uk", "value of agreements signed", {}, "value of agreements signed — Китай і Казахстан"],
    ["ru", "trade (goods)", {}, "trade (goods) — Китай и Казахстан"],
    ["zh", "trade", {}, "trade——中国与哈萨克斯坦"],
    ["uk", "grain harvest", {}, "grain harvest — Китай і Казахстан"],
    // Keys the catalogue labels in its words, other keys and all values as written.
    ["uk", "trade turnover", { basis: "cumulative stock", kind: "direct" }, "товарообіг — Китай і Казахстан (база обліку: cumulative stock, вид: direct)"],
    ["ru", "visits", { window: "since 2020" }, "визиты — Китай и Казахстан (период подсчета: since 2020)"],
    ["zh", "summits", { format: "in-person", venue: "Astana" }, "峰会——中国与哈萨克斯坦（形式：in-person，venue：Astana）"],
    // English: exactly as the claims write it.
    ["en", "bilateral trade", { window: "since 2020" }, "bilateral trade — China & Kazakhstan (window: since 2020)"],
    ["en", "товарообіг", {}, "товарообіг — China & Kazakhstan"],
  ] as const)("%s: %s %j → %s", (code, metric, qualifiers, title) => {
    expect(describeSeries(series(metric, qualifiers), { en, uk, ru, zh }[code])).toBe(title);
  });

  it("a known metric is named by the locale; any other metric as written; English always as written (property)", () => {
    const words = [...METRICS.flatMap((m) => [m.id, ...m.en, ...m.uk, ...m.ru, ...m.zh]), "value of", "trade", "(goods)", "grain", "урожай", " ", "-"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), fc.constantFrom(uk, ru, zh), (parts, locale) => {
        const metric = parts.join(" ");
        const title = (l: typeof en) => describeSeries({ metric, subject: [], direction: false, qualifiers: {} }, l);
        expect(title(en)).toBe(metric);
        const id = resolveMetric(metric);
        expect(title(locale)).toBe(id === undefined ? metric : locale.explain.metricNames[id]);
      }),
    );
  });

  it("a corpus reconciliation names its series the same way", () => {
    const at = (id: string, source: string, value: string) => claim({ id, metric: "population", subject: ["Springfield"], period: "2020", value, source });
    const claims = [at("a", "census", "30,120"), at("b", "atlas", "30,120"), at("c", "blog", "33,000")];
    const text = formatCorpusReconciliation(reconcileAll(claims), { claims, locale: "uk" });
    expect(text).toContain("чисельність населення — Springfield");
    expect(text).not.toContain("population");
    expect(formatCorpusReconciliation(reconcileAll(claims), { claims })).toContain("population — Springfield");
  });

  it("the notebook's HTML names its series the same way", () => {
    const at = (id: string, source: string, value: string) =>
      claim({ id, metric: "bilateral trade", subject: ["China", "Kazakhstan"], period: "2023", value, source });
    const claims = [at("cn", "MFA of China", "$41 billion"), at("kz", "Ministry of Trade of Kazakhstan", "$31.5 billion")];
    const html = (locale: "en" | "ru") => String(toNotebookDisplay(findDiscrepancies(claims), { claims, locale })["text/html"]);
    expect(html("ru")).toContain("товарооборот — Китай и Казахстан");
    expect(html("ru")).not.toContain("bilateral trade");
    expect(html("en")).toContain("bilateral trade — China &amp; Kazakhstan");
  });
});
