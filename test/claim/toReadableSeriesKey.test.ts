import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { toReadableSeriesKey } from "../../src/claim/toReadableSeriesKey.js";
import { toSeriesKey } from "../../src/claim/toSeriesKey.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { reconcileAll } from "../../src/reconcile/reconcileAll.js";

const key = (metric: string, subject: string[], direction: boolean, qualifiers: Record<string, string>) =>
  toReadableSeriesKey(toSeriesKey({ metric, subject, direction, qualifiers }));

describe("toReadableSeriesKey", () => {
  it.each([
    [key("Trade  Turnover", ["Kazakhstan", "China"], false, { scope: "goods" }), "trade turnover|china,kazakhstan|scope=goods"],
    [key("exports", ["China", "Kazakhstan"], true, {}), "exports|china>kazakhstan|"],
    [key("exports", ["China"], true, {}), "exports|>china|"],
    [key("exports", ["China"], false, {}), "exports|china|"],
    [key("GDP", [], false, {}), "gdp||"],
    [key("a|b", ["x,y"], false, { "k=1": "v>2", b: "\\" }), "a\\|b|x\\,y|b=\\\\,k\\=1=v\\>2"],
  ])("%s", (readable, expected) => {
    expect(readable).toBe(expected);
  });

  const text = fc.string({ unit: fc.constantFrom("a", "B", " ", "|", ",", "=", ">", "\\", "\u001f", "\u001e", "é"), minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== "");
  const fields = fc.record({
    metric: text,
    subject: fc.array(text, { maxLength: 3 }),
    direction: fc.boolean(),
    qualifiers: fc.dictionary(text, text, { maxKeys: 2 }),
  });

  it("two series have equal readable keys exactly when their internal keys are equal; no control characters", () => {
    fc.assert(
      fc.property(fields, fields, (a, b) => {
        const [ka, kb] = [toSeriesKey(a), toSeriesKey(b)];
        expect(toReadableSeriesKey(ka) === toReadableSeriesKey(kb)).toBe(ka === kb);
        expect(toReadableSeriesKey(ka)).not.toMatch(/[\u0000-\u001f]/);
      }),
      { numRuns: 300 },
    );
  });

  it("is the key a report's series and a corpus estimate print", () => {
    const claims = [
      claim({ metric: "trade turnover", subject: ["China", "Kazakhstan"], qualifiers: { scope: "goods" }, value: "$41 billion", period: "2023", source: "A" }),
      claim({ metric: "trade turnover", subject: ["Kazakhstan", "China"], qualifiers: { scope: "goods" }, value: "$31.5 billion", period: "2023", source: "B" }),
    ];
    expect(findDiscrepancies(claims).series.map((s) => s.key)).toEqual(["trade turnover|china,kazakhstan|scope=goods"]);
    const [estimate] = reconcileAll(claims).results;
    expect(estimate?.seriesKey).toBe("trade turnover|china,kazakhstan|scope=goods");
    expect(estimate?.key).not.toMatch(/[\u0000-\u001f]/);
    expect(estimate?.key.startsWith("trade turnover|china,kazakhstan|scope=goods|2023-01-01/2024-01-01|actual")).toBe(true);
  });
});
