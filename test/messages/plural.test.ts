// Nouns agree with their counts through Intl.PluralRules: three forms in Ukrainian and Russian, none in Chinese.
import { describe, expect, it } from "vitest";
import { createPlural } from "../../src/messages/numbers/plural.js";

describe("createPlural", () => {
  it.each([
    ["uk", 1, "1 розбіжність"],
    ["uk", 2, "2 розбіжності"],
    ["uk", 5, "5 розбіжностей"],
    ["uk", 21, "21 розбіжність"],
    ["uk", 12, "12 розбіжностей"],
    ["uk", 1000, "1 000 розбіжностей"],
  ] as const)("%s %d", (tag, n, text) => {
    expect(createPlural(tag).count(n, "розбіжність", "розбіжності", "розбіжностей").replaceAll("\u00a0", " ")).toBe(text);
  });

  it.each([
    [1, "1 расхождение"],
    [3, "3 расхождения"],
    [11, "11 расхождений"],
    [22, "22 расхождения"],
  ] as const)("ru %d", (n, text) => {
    expect(createPlural("ru").count(n, "расхождение", "расхождения", "расхождений")).toBe(text);
  });

  it("has one form in Chinese", () => {
    expect(createPlural("zh").form(1, { one: "处" })).toBe("处");
    expect(createPlural("zh").form(5, { one: "处" })).toBe("处");
  });
});
