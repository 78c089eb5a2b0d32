import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/cli/parseCsv.js";

const fieldsOf = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`unexpected error: ${result.error.message}`);
  return result.records.map((r) => r.fields);
};

describe("parseCsv", () => {
  it.each([
    ["a,b\n1,2\n", [["a", "b"], ["1", "2"]]],
    ["a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]],
    ["a,b\r1,2", [["a", "b"], ["1", "2"]]],
    ["\uFEFFa,b\n1,2", [["a", "b"], ["1", "2"]]],
    ['a,b\n"x, y","say ""hi"""\n', [["a", "b"], ["x, y", 'say "hi"']]],
    ['a\n"two\r\nlines"\n', [["a"], ["two\r\nlines"]]],
    ["a,b,\n1,,\n", [["a", "b", ""], ["1", "", ""]]],
    ["a\n\n\nb\n", [["a"], ["b"]]],
    ['a\n""\n', [["a"], [""]]],
    ["", []],
    ["\n\r\n", []],
    ["понад,70\n410亿美元,ok", [["понад", "70"], ["410亿美元", "ok"]]],
  ])("parses %j", (text, expected) => {
    expect(fieldsOf(text)).toEqual(expected);
  });

  it("gives each record the line it starts on, counting line breaks inside quotes", () => {
    const result = parseCsv('h\r\n"a\r\nb"\r\n\r\nc\nd');
    expect(result.ok && result.records.map((r) => r.line)).toEqual([1, 2, 5, 6]);
  });

  it.each([
    ['a\n"open\nnever closed', 2, 1, "never closed"],
    ['a,b\n1,"x"y\n', 2, 6, "after a closing quote"],
    ['a,b\n1,x"y"\n', 2, 4, "inside an unquoted field"],
  ])("locates the error in %j", (text, line, column, words) => {
    const result = parseCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ line, column });
    expect(result.error.message).toContain(words);
  });

  it("round-trips any table written with quoting (property)", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "б", ",", '"', "\n", "\r", " ", "1") });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(table, fc.constantFrom("\n", "\r\n"), (rows, eol) => {
        const text = rows.map((row) => row.map((c) => `"${c.replaceAll('"', '""')}"`).join(",")).join(eol);
        expect(fieldsOf(text)).toEqual(rows);
      }),
    );
  });

  it("runs in linear time: 8× the input costs about 8× the time, not 64×", () => {
    const row = '"a ""quoted"" field, with a comma",plain,3\r\n';
    const time = (n: number) => {
      const text = row.repeat(n);
      const start = performance.now();
      for (let k = 0; k < 3; k++) parseCsv(text);
      return performance.now() - start;
    };
    time(2000);
    const small = time(5000);
    const large = time(40000);
    expect(large / small).toBeLessThan(30);
  });
});
