import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readLines } from "../../src/cli/readLines.js";

const collect = async (chunks: readonly (string | Uint8Array)[]): Promise<string[]> => {
  const out: string[] = [];
  for await (const line of readLines((async function* () {
    yield* chunks;
  })()))
    out.push(line);
  return out;
};

/** Cuts bytes at the given places. */
const cut = (bytes: Uint8Array, at: readonly number[]): Uint8Array[] => {
  const places = [...new Set(at.map((p) => p % (bytes.length + 1)))].sort((x, y) => x - y);
  const out: Uint8Array[] = [];
  let start = 0;
  for (const p of places) {
    out.push(bytes.subarray(start, p));
    start = p;
  }
  out.push(bytes.subarray(start));
  return out;
};

describe("readLines", () => {
  it.each([
    ["", [""]],
    ["a", ["a"]],
    ["a\n", ["a", ""]],
    ["a\nb", ["a", "b"]],
    ["a\r\nb\r\n", ["a\r", "b\r", ""]],
    ["\n\n", ["", "", ""]],
    ["\uFEFF{}\n", ["\uFEFF{}", ""]],
  ])("splits %j at newlines only, as the whole-text reader does", async (text, lines) => {
    expect(await collect([text])).toEqual(lines);
  });

  it("gives the lines of text.split('\\n') however the UTF-8 bytes are cut, a character split across chunks included", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom("a", "é", "中", "😀", "\n", "\r", " ", "{", "\"", "\uFEFF"), { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (parts, at) => {
          const text = parts.join("");
          expect(await collect(cut(new TextEncoder().encode(text), at))).toEqual(text.split("\n"));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("joins a line spread over many string chunks", async () => {
    expect(await collect(["ab", "c", "d\ne", "f", "", "g\n"])).toEqual(["abcd", "efg", ""]);
  });
});
