import { describe, expect, it } from "vitest";
import { LEXICONS } from "../../src/lexicon/index.js";
import { LANGS } from "../../src/lexicon/types.js";
import { ROLE_BITS, getPeriodWords } from "../../src/period/periodWords.js";

describe("period words of the lexicons", () => {
  it("do not contradict each other, so every language can be read at once", () => {
    expect(getPeriodWords(undefined).conflicts).toEqual([]);
  });

  it("give each role its own bit of a 32-bit integer", () => {
    const bits = Object.values(ROLE_BITS);
    expect(bits.length).toBeLessThanOrEqual(32);
    expect(new Set(bits).size).toBe(bits.length);
    for (const bit of bits) expect(bit !== 0 && (bit & (bit - 1)) === 0).toBe(true);
  });

  it.for(LANGS)("%s has 12 months, 4 ordinals, 2 half-phrase lists and lower-case words", (lang) => {
    const words = LEXICONS[lang].period;
    expect(words.months).toHaveLength(12);
    expect(words.ordinals).toHaveLength(4);
    expect(words.halfPhrases).toHaveLength(2);
    for (const names of words.months) expect(names.length).toBeGreaterThan(0);
    const all = [...words.months.flat(), ...Object.values(words.seasons).flat(), ...words.prepositions, ...words.asOf];
    for (const word of all) expect(word).toBe(word.toLowerCase());
    expect(getPeriodWords(lang).conflicts).toEqual([]);
  });
});
