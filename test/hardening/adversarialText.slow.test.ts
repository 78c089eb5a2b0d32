// The heavy half of adversarialText.test.ts: a megabyte of random code units, and the linear-time ratios
// (run by `npm run test:slow`).
import { describe, expect, it } from "vitest";
import { perCharRatio } from "../timing.js";
import { worstCaseText } from "./linearTime.js";
import { TEXT_FUNCTIONS } from "./textFunctions.js";

describe("arbitrary text never makes a scanner or a safe parser throw", () => {
  it("nor does a megabyte of random code units, lone surrogates and controls included", () => {
    // A seeded generator: the same megabyte on every run.
    let seed = 20240615;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const units = new Uint16Array(1_000_000);
    for (let i = 0; i < units.length; i++) {
      const r = next() % 16;
      // Mostly digits, spaces and separators (what makes scanners work), the rest anywhere in UTF-16.
      units[i] = r < 6 ? 48 + (next() % 10) : r < 8 ? 32 : r < 9 ? 44 : r < 10 ? 0x4e00 + (next() % 20) : next() % 65536;
    }
    let text = "";
    for (let i = 0; i < units.length; i += 10_000) text += String.fromCharCode(...units.subarray(i, i + 10_000));
    for (const [name, fn] of TEXT_FUNCTIONS) expect(() => fn(text), name).not.toThrow();
  });
});

describe("linear time: per character, 1 MB of the worst cases costs at most 5× what 10 KB does", () => {
  // Every worst case as a long run (about 45 KB each at 1 MB): a reader that rescans a run, backtracks
  // or keeps a growing list would cost ~100× more per character on the large text, not a few times.
  const small = worstCaseText(10_000);
  const large = worstCaseText(1_000_000);
  it.each(TEXT_FUNCTIONS)("%s", (_name, fn) => {
    expect(perCharRatio(fn, small, large, 3)).toBeLessThan(5);
  });
});
