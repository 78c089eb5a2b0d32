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

  it("accepts a claims file and flags two different records with one id, keeping neither", () => {
    const item = { id: "a", metric: "m", value: "5", source: "s" };
    const other = { id: "b", metric: "m", value: "6", source: "s" };
    for (const list of [[item, other, { ...item, value: "7" }], [{ ...item, value: "7" }, other, item]]) {
      const { claims, issues, notices } = parseClaims({ claims: list });
      // Which survives never depends on the order: neither does.
      expect(claims.map((c) => c.id)).toEqual(["b"]);
      expect(issues).toEqual([
        {
          path: ["claims", 2, "id"],
          message: 'duplicate id "a": record 3 and record 1 differ; neither is kept',
          input: "a",
          code: "duplicate-id",
          params: { id: "a", record: 2, first: 0 },
        },
      ]);
      expect(notices).toEqual([]);
    }
  });

  it("reads a record repeated verbatim as one claim, with a notice naming both records", () => {
    const a = { id: "a", metric: "m", value: "5", source: "s" };
    const c = { metric: "m", value: "6", source: "t" };
    const { claims, issues, notices } = parseClaims([a, c, a, c]);
    expect(issues).toEqual([]);
    expect(claims).toHaveLength(2);
    expect(notices.map((n) => [n.code, n.path, n.record, n.first, n.message])).toEqual([
      ["repeated-record", [2], 2, 0, "record 3 repeats record 1 verbatim; read as one claim"],
      ["repeated-record", [3], 3, 1, "record 4 repeats record 2 verbatim; read as one claim"],
    ]);
    // The same figure written another way is the same canonical form: one claim.
    expect(parseClaims([c, { ...c, value: "6.0" }]).claims.length).toBe(2);
    expect(parseClaims([{ ...c, value: "$5 billion" }, { ...c, value: "5 billion dollars" }]).claims.length).toBe(1);
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

describe("parseClaims: a claims file with a misspelt key", () => {
  // { claims, relation } (for "relations") silently dropped what the misspelt key held.
  const good = { metric: "trade turnover", value: "$41 billion", source: "MFA" };
  it.each([
    ["relation", '"relations"'],
    ["ordinal", '"ordinals"'],
    ["timelines", '"timeline"'],
  ])("%s is an issue naming the key it was probably meant to be", (key, suggestion) => {
    const { claims, issues } = parseClaims({ claims: [good], [key]: [] });
    expect(claims).toHaveLength(1);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual([key]);
    expect(issues[0]?.message).toContain(`did you mean ${suggestion}?`);
  });

  it("the keys of a claims file, and a key like no other, are told apart", () => {
    expect(parseClaims({ claims: [good], relations: [], ordinals: [], timeline: "t.json" }).issues).toEqual([]);
    expect(parseClaims({ claims: [good], colour: "red" }).issues[0]?.message).not.toContain("did you mean");
    expect(parseClaims(JSON.parse('{"claims": [], "__proto__": {"x": 1}}')).issues[0]?.path).toEqual(["__proto__"]);
  });
});
