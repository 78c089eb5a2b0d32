import { describe, expect, it } from "vitest";
import { phraseTable, ROLE_BIT } from "../../src/quantity/phraseTable.js";

describe("phraseTable", () => {
  // A 33rd role once wrapped round to the first bit: "did" (a noun stop) then read as a multiplier.
  it("gives every role its own bit of a 32-bit mask", () => {
    const bits = Object.values(ROLE_BIT);
    expect(new Set(bits).size).toBe(bits.length);
    for (const bit of bits) expect(bit === (1 << 31) || (bit > 0 && bit <= 2 ** 30)).toBe(true);
  });

  it("keeps by-words, comparatives and parts-of words beside the trie", () => {
    const table = phraseTable();
    expect([table.byWords.get("by"), table.byWords.get("на")]).toEqual(["en", expect.stringMatching(/^(uk|ru)$/)]);
    expect(table.comparatives.has("больше")).toBe(true);
    expect(table.comparatives.has("более чем")).toBe(false);
    expect(table.partsOf.has("分 之")).toBe(true);
  });
});
