import { expect, it } from "vitest";
import { extractQuantities } from "../../src/extract/extractQuantities.js";
import type { Mention } from "../../src/extract/types.js";
import { toQuantityJSON } from "../../src/quantity/toQuantityJSON.js";

// An English and a Ukrainian text about one event must give the same figures. Shared by
// extractQuantities.test.ts (our own two reports) and extractQuantities.shared.test.ts (the seed articles).

export const find = (mentions: readonly Mention[], text: string): Mention => {
  const found = mentions.find((m) => m.text === text);
  if (found === undefined) throw new Error(`no mention ${JSON.stringify(text)} in ${JSON.stringify(mentions.map((m) => m.text))}`);
  return found;
};

/** What must agree between two languages: the amount, its unit and what the words allow. */
export const meaning = (m: Mention) => {
  const { value, unit, bound, low, high, lowOpen, highOpen } = toQuantityJSON(m.quantity);
  return { value, unit, bound, low, high, lowOpen, highOpen };
};

/** The cases every English–Ukrainian pair must pass; call inside a `describe`. */
export const sideBySide = (EN: string, UK: string): void => {
  const en = extractQuantities(EN, { publishedAt: "2025-09-05" });
  const uk = extractQuantities(UK, { publishedAt: "2025-09-05" });

  it.each([
    ["over 70", "понад 70"],
    ["$650 million", "$650 млн"],
    ["more than $15 billion", "понад 15 млрд доларів"],
    ["10 million tons", "10 млн тонн"],
    ["2–3 million", "2-3 млн"],
    ["third", "третім"],
    ["70", "70"],
  ])("%s = %s", (english, ukrainian) => {
    expect(meaning(find(uk, ukrainian))).toEqual(meaning(find(en, english)));
  });

  it("reads the nouns of the counts in both languages", () => {
    expect(find(en, "over 70").noun).toBe("agreements");
    expect(find(uk, "понад 70").noun).toBe("угод");
    expect(en.filter((m) => m.text === "70")[0]?.noun).toBe("commercial agreements");
    expect(uk.filter((m) => m.text === "70")[0]?.noun).toBe("комерційних угод");
  });

  it("tells the languages apart", () => {
    expect(en.every((m) => m.lang === "en")).toBe(true);
    expect(uk.every((m) => m.lang === "uk")).toBe(true);
  });

  it("skips years and dates but keeps ordinals and amounts", () => {
    expect(en.map((m) => m.text)).not.toContain("2020");
    expect(uk.map((m) => m.text)).not.toContain("2020");
    expect(uk.map((m) => m.text)).not.toContain("2025");
  });

  it("attaches the nearby period, resolved against the publication date", () => {
    expect(find(en, "third").period?.text).toBe("since 2020");
    expect(find(uk, "третім").period?.start).toBe("2020-01-01");
  });
};
