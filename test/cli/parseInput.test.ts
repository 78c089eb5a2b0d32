import { describe, expect, it } from "vitest";
import { parseInput, toInputFormat } from "../../src/cli/parseInput.js";

const header = "id,metric,subject,qualifiers,value,period,modality,source,source_type,source_country,reported_by,published_at,lang,quote";

describe("parseInput", () => {
  it.each([
    ["a.csv", "csv"],
    ["a.NDJSON", "ndjson"],
    ["a.jsonl", "ndjson"],
    ["a.json", "json"],
    ["-", undefined],
  ])("knows the format of %s", (file, format) => {
    expect(toInputFormat(file)).toBe(format);
  });

  it("maps a CSV row to claim input", () => {
    const csv = `${header}\r\nkz-2023,trade turnover,China; Kazakhstan,scope=goods;basis=customs,$31.5 billion,2023,actual,Ministry of Trade and Integration of Kazakhstan,government,kz,Kazinform,2024-02,en,"trade reached ""$31.5 billion"""\r\n`;
    const { claims, problems } = parseInput(csv, "claims.csv");
    expect(problems).toEqual([]);
    expect(claims).toEqual([
      {
        file: "claims.csv",
        format: "csv",
        line: 2,
        input: {
          id: "kz-2023",
          metric: "trade turnover",
          subject: ["China", "Kazakhstan"],
          qualifiers: { scope: "goods", basis: "customs" },
          value: "$31.5 billion",
          period: "2023",
          modality: "actual",
          source: { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "kz" },
          reportedBy: { name: "Kazinform", publishedAt: "2024-02", lang: "en" },
          quote: 'trade reached "$31.5 billion"',
        },
      },
    ]);
  });

  it("accepts the columns in any order and a bare source name", () => {
    const { claims } = parseInput("value,source,metric\n70,MFA,agreements\n", "x.csv");
    expect(claims[0]?.input).toEqual({ metric: "agreements", value: "70", source: "MFA" });
  });

  it.each([
    ["metric,value\n", "required column \"source\" is missing", 1, undefined],
    ["metric,value,source,colour\n", 'unknown column "colour"', 1, undefined],
    ["metric,value,source,value\n", "appears twice", 1, undefined],
    ["metric,value,source\nm,1\n", "the record has 2 fields, the header has 3", 2, undefined],
    ["metric,value,source,qualifiers\nm,1,s,scope\n", 'expected key=value, got "scope"', 2, "column qualifiers"],
    ['metric,value,source\nm,"1,s\n', "never closed", 2, undefined],
  ])("names the line and column of CSV problems (%j)", (csv, words, line, field) => {
    const { problems } = parseInput(csv, "bad.csv");
    expect(problems[0]).toMatchObject({ file: "bad.csv", line, ...(field !== undefined ? { field } : {}) });
    expect(problems[0]?.message).toContain(words);
  });

  it("reads NDJSON with line numbers and reports the broken line", () => {
    const text = '{"metric":"m","value":"1","source":"s"}\n\n{"metric": oops}\n{"metric":"n","value":"2","source":"s"}\n';
    const { claims, problems } = parseInput(text, "claims.ndjson");
    expect(claims.map((c) => c.line)).toEqual([1, 4]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "claims.ndjson", line: 3 });
    expect(problems[0]?.message).toMatch(/^not valid JSON/);
  });

  it("reads a JSON array and a { claims, relations } object with paths", () => {
    expect(parseInput('[{"a":1},{"b":2}]', "x.json").claims.map((c) => c.path)).toEqual([[0], [1]]);
    const both = parseInput('{"claims":[{"a":1}],"relations":[{"kind":"sum"}],"timeline":"t.json"}', "x.json");
    expect(both.claims[0]?.path).toEqual(["claims", 0]);
    expect(both.relations).toEqual({ file: "x.json", data: { relations: [{ kind: "sum" }], timeline: "t.json" } });
    expect(parseInput('{"claims":[]}', "x.json").relations).toBeUndefined();
  });

  it("locates a JSON syntax error by line and column", () => {
    const { problems } = parseInput('[\n  {"metric": "m"},\n  {"metric" "n"}\n]', "x.json");
    expect(problems[0]).toMatchObject({ file: "x.json", line: 3, column: 13 });
  });

  it.each([
    ['[{"metric":"m"}]', "json"],
    ['{"claims":[]}', "json"],
    ['{"metric":"m"}\n{"metric":"n"}', "ndjson"],
    ["metric,value,source\nm,1,s", "csv"],
  ])("sniffs the format of stdin: %j", (text, format) => {
    const { claims, problems } = parseInput(text, "<stdin>");
    expect(problems).toEqual([]);
    expect([...claims.map((c) => c.format), format].every((f) => f === format)).toBe(true);
  });

  it("refuses JSON that holds no claims", () => {
    expect(parseInput('{"claim":[]}', "x.json").problems[0]?.message).toContain('unknown key "claim" (did you mean "claims"?)');
    expect(parseInput('{}', "x.json").problems[0]?.message).toContain("expected an array of claims");
  });
});
