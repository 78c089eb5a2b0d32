import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toSeriesKey } from "../../src/claim/toSeriesKey.js";

const base = { metric: "trade turnover", subject: ["China", "Kazakhstan"], direction: false, qualifiers: {} };

describe("toSeriesKey", () => {
  it.each([
    [{ ...base, metric: "Trade  Turnover " }, true],
    [{ ...base, subject: ["kazakhstan", "CHINA"] }, true],
    [{ ...base, subject: ["Kazakhstan", "China"], direction: true }, false],
    [{ ...base, qualifiers: { scope: "goods" } }, false],
    [{ ...base, metric: "trade" }, false],
  ])("%j has the same key as the base: %s", (fields, same) => {
    expect(toSeriesKey(fields) === toSeriesKey(base)).toBe(same);
  });

  it("ignores the order of qualifiers and of an undirected subject", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(["A", "B", "C", "D"], { minLength: 4, maxLength: 4 }), (subject) => {
        const q = Object.fromEntries(subject.map((s, i) => [s, String(i % 2)]));
        const sorted = Object.fromEntries(Object.entries(q).sort());
        expect(toSeriesKey({ ...base, subject, qualifiers: q })).toBe(
          toSeriesKey({ ...base, subject: ["D", "C", "B", "A"], qualifiers: sorted }),
        );
      }),
    );
  });

  it("keeps the order of a directed subject", () => {
    const ab = toSeriesKey({ ...base, subject: ["A", "B"], direction: true });
    expect(ab).not.toBe(toSeriesKey({ ...base, subject: ["B", "A"], direction: true }));
  });
});
