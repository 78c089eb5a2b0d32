import { describe, expect, it } from "vitest";
import { closestWord } from "../../src/text/closestWord.js";

describe("closestWord", () => {
  it.each([
    ["relation", "relations"],
    ["Claim", "claims"],
    ["timelines", "timeline"],
    ["colour", undefined],
    ["x".repeat(100), undefined],
  ])("%s → %s", (word, expected) => {
    expect(closestWord(word, ["claims", "relations", "ordinals", "timeline"])).toBe(expected);
  });
});
