import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { toSeriesKey } from "../../src/claim/toSeriesKey.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { reconcileAll } from "../../src/reconcile/reconcileAll.js";

const key = (metric: string, subject: string[], direction: boolean, qualifiers: Record<string, string>) =>
  toSeriesKey({ metric, subject, direction, qualifiers });

// The series key is readable and stable: reports and corpus estimates print it as it is.
describe("toSeriesKey: the readable key", () => {
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

  // Two series share a key exactly when their normalised parts are equal (compared part by part here).
  const normalised = (f: { metric: string; subject: string[]; direction: boolean; qualifiers: Record<string, string> }) => {
    const n = (t: string) => t.normalize("NFKC").replace(/[\u0000-\u001f\u007f]/g, " ").toLowerCase().trim().replace(/\s+/g, " ");
    const subject = f.subject.map(n);
    return JSON.stringify([n(f.metric), f.direction, f.direction ? subject : [...subject].sort(), Object.entries(f.qualifiers).map(([k, v]) => [n(k), n(v)]).sort()]);
  };

  it("two series have equal keys exactly when their normalised parts are equal; no control characters", () => {
    fc.assert(
      fc.property(fields, fields, (a, b) => {
        const [ka, kb] = [toSeriesKey(a), toSeriesKey(b)];
        expect(ka === kb).toBe(normalised(a) === normalised(b));
        expect(ka).not.toMatch(/[\u0000-\u001f]/);
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
