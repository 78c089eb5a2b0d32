import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../src/cli/io.js";
import { readLineBatches } from "../../src/cli/readLineBatches.js";

const collect = async (chunks: readonly (string | Uint8Array)[]): Promise<string[]> => {
  const out: string[] = [];
  for await (const lines of readLineBatches((async function* () {
    yield* chunks;
  })())) {
    expect(lines.length).toBeGreaterThan(0);
    out.push(...lines);
  }
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

describe("readLineBatches", () => {
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

  it("refuses malformed UTF-8 naming the offset reading the whole file names, however the bytes are cut", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom("a", "é", "中", "😀", "\n").map((t) => [...new TextEncoder().encode(t)]), fc.constantFrom([0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe4, 0xb8], [0x80], [0xf4, 0x90, 0x80, 0x80])), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (parts, at) => {
          const bytes = new Uint8Array(parts.flat());
          let whole: string | Error;
          try {
            whole = decodeUtf8(bytes);
          } catch (error) {
            whole = error as Error;
          }
          let streamed: string[] | Error;
          try {
            streamed = await collect(cut(bytes, at));
          } catch (error) {
            streamed = error as Error;
          }
          if (whole instanceof Error) expect((streamed as Error).message).toBe(whole.message);
          else expect(streamed).toEqual(whole.split("\n"));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("gives a chunk's complete lines as one batch, never an empty one", async () => {
    const batches: (readonly string[])[] = [];
    for await (const lines of readLineBatches((async function* () {
      yield* ["a\nb\nc", "d", "", "\n", "e"];
    })()))
      batches.push(lines);
    expect(batches).toEqual([["a", "b"], ["cd"], ["e"]]);
  });

  it("joins a line spread over many string chunks", async () => {
    expect(await collect(["ab", "c", "d\ne", "f", "", "g\n"])).toEqual(["abcd", "efg", ""]);
  });
});
