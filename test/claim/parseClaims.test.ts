import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/claim/parseClaims.js";

const corpus = JSON.parse(readFileSync(new URL("../../examples/kazakhstan-china/claims.json", import.meta.url), "utf8"));

describe("parseClaims", () => {
  it("reports every bad item with its index and field path, keeping the good ones", () => {
    const { claims, issues } = parseClaims([
      { metric: "trade turnover", value: "$41 billion", period: "2023", source: "MFA of China" },
      { metric: "trade turnover", value: "banana", source: "nobody" },
      { metric: "", value: "5", source: { name: "" } },
    ]);
    expect(claims).toHaveLength(1);
    expect(issues.map((i) => i.path)).toEqual([[1, "value"], [2, "metric"], [2, "source", "name"]]);
  });

  it("accepts a claims file and flags duplicate ids", () => {
    const item = { id: "a", metric: "m", value: "5", source: "s" };
    const { claims, issues } = parseClaims({ claims: [item, item] });
    expect(claims).toHaveLength(1);
    expect(issues[0]?.path).toEqual(["claims", 1, "id"]);
  });

  it("says what it expected when given neither", () => {
    expect(parseClaims(42).issues[0]?.message).toContain("expected an array");
  });

  it("reads the whole seed corpus", () => {
    const { claims, issues } = parseClaims(corpus);
    expect(issues).toEqual([]);
    expect(claims.length).toBeGreaterThanOrEqual(40);
  });
});
