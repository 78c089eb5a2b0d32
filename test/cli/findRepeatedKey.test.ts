import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findRepeatedKey } from "../../src/cli/findRepeatedKey.js";
import { run } from "./run.js";

describe("findRepeatedKey", () => {
  it.each([
    ['{"a": 1, "b": 2}', undefined],
    ['{"value": "$41 billion", "value": "$31 billion"}', { key: "value", offset: 25 }],
    ['[{"a": 1}, {"a": 2}]', undefined],
    ['{"a": {"b": 1}, "b": 2}', undefined],
    ['{"q": {"scope": "goods", "scope": "services"}}', { key: "scope", offset: 25 }],
    ['{"a\\"b": 1, "x": "a\\"b", "a\\u0022b": 2}', { key: 'a"b', offset: 25 }],
    ['{"k": "\\\\", "k": 1}', { key: "k", offset: 12 }],
    ['{"a": ["b", "b"]}', undefined],
    ['"a"', undefined],
  ])("%s", (text, found) => {
    JSON.parse(text);
    expect(findRepeatedKey(text)).toEqual(found);
  });

  it("finds nothing in what JSON.stringify writes, and finds a key written twice", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : 0);
        expect(findRepeatedKey(text)).toBeUndefined();
        const doubled = JSON.stringify({ wrap: value, key: 1 }).replace(/,"key":1}$/, ',"key":1,"key":2}');
        expect(findRepeatedKey(doubled)?.key).toBe("key");
      }),
    );
  });
});

describe("check refuses a key given twice in JSON (issue 16: the last one silently won)", () => {
  it.each([
    ["c.json", '[{"metric": "m", "value": "$41 billion",\n "value": "$31 billion", "source": "s"}]', 'c.json:2:2: the key "value" appears twice in one object'],
    ["c.ndjson", '{"metric": "m", "value": "1", "source": "s"}\n{"metric": "m", "qualifiers": {"scope": "goods", "scope": "services"}, "value": "1", "source": "s"}', 'c.ndjson:2:50: the key "scope" appears twice'],
    ["c.json", '{"claims": [], "claims": [{"metric": "m", "value": "1", "source": "s"}]}', 'c.json:1:16: the key "claims" appears twice'],
  ])("%s", async (name, text, words) => {
    const result = await run(["check", name], { files: { [name]: text } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(words);
  });
});
