import { describe, expect, it } from "vitest";
import { claim, resolveMetric } from "../../src/index.js";

describe("resolveMetric", () => {
  it.each([
    ["trade turnover", "trade turnover"],
    ["Trade Turnover", "trade turnover"],
    ["bilateral trade", "trade turnover"],
    ["two-way trade", "trade turnover"],
    ["товарообіг", "trade turnover"],
    ["товарообігу", "trade turnover"],
    ["товарооборот", "trade turnover"],
    ["товарооборота", "trade turnover"],
    ["贸易额", "trade turnover"],
    ["贸易总额", "trade turnover"],
    ["експорт", "exports"],
    ["экспорта", "exports"],
    ["出口", "exports"],
    ["FDI", "foreign direct investment"],
    ["прямі іноземні інвестиції", "foreign direct investment"],
    ["ВВП", "GDP"],
    ["населення", "population"],
    ["угоди", "agreements signed"],
    ["соглашения", "agreements signed"],
  ])("%s is %s", (text, id) => {
    expect(resolveMetric(text)).toBe(id);
  });

  it.each([["trade"], ["value of agreements signed"], ["trade (goods)"], ["grain harvest"], [""]])("%j is not wholly one of the lexicon's words", (text) => {
    expect(resolveMetric(text)).toBeUndefined();
  });

  it("keeps a narrowed count its own series: recognized ethnic groups are not all ethnic groups", () => {
    expect(resolveMetric("recognized ethnic groups")).toBe("recognized ethnic groups");
    expect(resolveMetric("визнані етнічні групи")).toBe("recognized ethnic groups");
    const recognized = claim({ metric: "recognized ethnic groups", subject: "China", value: "56", source: "a" });
    const all = claim({ metric: "ethnic groups", subject: "China", value: "56", source: "b" });
    expect(recognized.seriesKey).not.toBe(all.seriesKey);
  });

  it("takes the caller's words, in any case form", () => {
    const metrics = { "grain harvest": ["grain harvest", "урожай зерна", "урожай зерновых", "粮食产量"] };
    expect(resolveMetric("урожаю зерна", { metrics })).toBe("grain harvest");
    expect(resolveMetric("粮食产量", { metrics })).toBe("grain harvest");
    expect(() => resolveMetric("x", { metrics: { a: "b" } as never })).toThrow(/metrics/);
  });

  it("makes one series of a metric written in two languages, and of subjects written in two", () => {
    const a = claim({ metric: "товарообіг", subject: ["Україна", "ЄС"], value: "$60 billion", period: "2023", source: "Держстат" });
    const b = claim({ metric: "trade turnover", subject: ["European Union", "Ukraine"], value: "$61 billion", period: "2023", source: "Eurostat" });
    expect(a.seriesKey).toBe(b.seriesKey);
    expect(a.subject).toEqual(["Україна", "ЄС"]);
  });

  it("joins the caller's aliases into the series key", () => {
    const aliases = { KMG: "KazMunayGas", KazMunaiGaz: "KazMunayGas" };
    const a = claim({ metric: "production", subject: "KMG", value: "22 million tonnes", source: "x" }, { aliases });
    const b = claim({ metric: "production", subject: "KazMunaiGaz", value: "22 million tonnes", source: "y" }, { aliases });
    const c = claim({ metric: "production", subject: "KazMunaiGaz", value: "22 million tonnes", source: "y" });
    expect(a.seriesKey).toBe(b.seriesKey);
    expect(c.seriesKey).not.toBe(a.seriesKey);
  });
});
