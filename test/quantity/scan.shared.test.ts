import { describe, expect, it } from "vitest";
import { scanQuantities } from "../../src/quantity/scan.js";
import { seed } from "../shared.js";

// The seed articles themselves (../shared/seeds): every figure a fact-checker would check is found.
const spans = (text: string) => scanQuantities(text).map((m) => text.slice(m.start, m.end));

describe("scanQuantities on the seed articles", () => {
  it("finds the English article's figures with bound words inside the span", () => {
    const found = spans(seed("000_9453fef2b2b5972f.txt"));
    expect(found).toEqual(
      expect.arrayContaining(["over 70", "70", "more than $15 billion", "10 million tons", "2–3 million", "$650 million", "third"]),
    );
  });

  it("finds the Ukrainian article's figures", () => {
    const text = seed("001_2fcb5681b735ea60.txt");
    const found = spans(text);
    expect(found).toEqual(expect.arrayContaining(["понад 70", "$650 млн", "10 млн тонн", "2-3 млн", "понад 15 млрд доларів", "третім"]));
    // "виросте до 10 млн тонн" is "will grow to", so "до" is no bound there.
    expect(found).not.toContain("до 10 млн тонн");
  });

  it("reads every figure of the other seed articles", () => {
    const two = spans(seed("002_be52d52dbd42fc88.txt"));
    expect(two).toEqual(
      expect.arrayContaining([
        "$41 billion", "$31.5 billion", "fifth", "24th", "45", "$14.5 billion", "16%", "$1.8 billion", "$9.2 billion",
        "3.5%", "30", "$16.54 billion", "eight", "$2.5 billion", "31 per cent", "17 per cent", "3.5 per cent",
      ]),
    );
    expect(spans(seed("003_56873b67db2e050e.txt"))).toEqual(
      expect.arrayContaining(["exceeding $41 billion", "more than 1,700 kilometers", "1,056 miles", "about US$7 billion"]),
    );
    expect(spans(seed("004_81627ce0333f9068.txt"))).toEqual(
      expect.arrayContaining(["$24 billion", "$2 billion", "$40 billion", "over $31 billion", "1.5 million tonnes", "up to 6 million tonnes"]),
    );
  });

  it("returns frozen matches in order, without overlaps", () => {
    const found = scanQuantities(seed("002_be52d52dbd42fc88.txt"));
    expect(Object.isFrozen(found)).toBe(true);
    for (let i = 1; i < found.length; i++) expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
  });

});
