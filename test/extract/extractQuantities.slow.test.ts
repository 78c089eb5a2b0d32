import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/extract/extractQuantities.js";
import { EN_ARTICLE, TRADE_ARTICLE, UK_ARTICLE } from "../fixtures/articles.js";
import { perCharRatio } from "../timing.js";

describe("extractQuantities is linear", () => {
  it("extracts from 1 MB of news at most 5× slower per character than from 10 KB", () => {
    const article = `${EN_ARTICLE}\n${UK_ARTICLE}\n${TRADE_ARTICLE}\n`;
    const repeat = (size: number) => {
      let text = "";
      while (text.length < size) text += article;
      return text.slice(0, size);
    };
    const run = (text: string) => extractQuantities(text, { publishedAt: "2025-09-05" });
    expect(perCharRatio(run, repeat(10_000), repeat(1_000_000), 3)).toBeLessThan(5);
  });
});
