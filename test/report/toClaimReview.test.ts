import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { compare } from "../../src/compare/compare.js";
import { isDiscrepancyError } from "../../src/errors.js";
import { toClaimReview } from "../../src/report/toClaimReview.js";
import { makeClaim } from "../helpers/makeClaim.js";
import { cn, kz, over70, seventy } from "./corpus.js";

describe("toClaimReview", () => {
  it("reviews a claim as schema.org ClaimReview JSON-LD", () => {
    const review = toClaimReview(compare(kz, cn), {
      author: { name: "Factcheck Desk", url: "https://factcheck.example" },
      reviewed: "cn-2023",
      claims: [cn, kz],
      url: "https://factcheck.example/cn-kz-trade",
      datePublished: "2025-01-10",
    });
    expect(review).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "author": {
          "@type": "Organization",
          "name": "Factcheck Desk",
          "url": "https://factcheck.example",
        },
        "claimReviewed": "bilateral trade reached a record $41 billion in 2023",
        "datePublished": "2025-01-10",
        "itemReviewed": {
          "@type": "Claim",
          "appearance": [
            {
              "@type": "CreativeWork",
              "datePublished": "2024-01-12",
              "inLanguage": "en",
              "publisher": {
                "@type": "Organization",
                "name": "Xinhua",
              },
              "url": "https://example.org/xinhua/2024-01-12",
            },
          ],
          "author": {
            "@type": "Organization",
            "name": "Ministry of Foreign Affairs of China",
          },
          "datePublished": "2024-01-12",
        },
        "reviewRating": {
          "@type": "Rating",
          "alternateName": "Conflicts with another source",
          "ratingExplanation": "Ministry of Foreign Affairs of China gives $41 billion; Ministry of Trade and Integration of Kazakhstan gives $31.5 billion for 2023. They conflict: a gap of $9.5 billion (23.2% of the larger, ratio 1.30). Most likely explanation: mirror statistics (strong).",
        },
        "url": "https://factcheck.example/cn-kz-trade",
      }
    `);
    expect(JSON.parse(JSON.stringify(review))).toEqual(review);
  });

  it("defaults to the first claim and works without the claims, from the comparison alone", () => {
    const review = toClaimReview(compare(kz, cn), { author: { name: "Desk", type: "Person" } });
    expect(review.claimReviewed).toBe("Ministry of Trade and Integration of Kazakhstan: $31.5 billion (2023)");
    expect(review.author).toEqual({ "@type": "Person", name: "Desk" });
    expect(review.itemReviewed).toEqual({ "@type": "Claim", author: { "@type": "Organization", name: "Ministry of Trade and Integration of Kazakhstan" } });
    expect(review).not.toHaveProperty("datePublished");
  });

  it("calls a weak leading hypothesis a possible explanation, not the most likely", () => {
    const eur = (id: string, amount: string, source: string) =>
      makeClaim({ id, subject: ["Ruritania", "Atlantis"], value: { amount, scale: "billion", unit: "EUR" }, period: "2024", source });
    const c = compare(eur("a", "61.9", "Bureau A"), eur("b", "65.4", "Bureau B"));
    expect(c.explanations[0]?.strength).toBe("weak");
    const text = toClaimReview(c, { author: { name: "D" } }).reviewRating.ratingExplanation;
    expect(text).toContain("Possible explanation: approximation (weak).");
    expect(text).not.toContain("Most likely");
  });

  it("carries the verdict of consistent and not-comparable findings", () => {
    expect(toClaimReview(compare(over70, seventy), { author: { name: "D" } }).reviewRating.alternateName).toBe("Consistent with another source");
    const different = toClaimReview(compare(cn, over70), { author: { name: "D" } }).reviewRating;
    expect(different.alternateName).toBe("Not comparable");
    expect(different.ratingExplanation).toContain("different metric");
  });

  // Held-out kind (labels of every period kind): the English explanation named the period with the reviewed
  // claim's own words, "for в 2024 году" or "for last year"; it now names it from the period itself.
  it.each([
    ["в 2024 году", undefined, "2024"],
    ["last year", "2025-02-01", "2024"],
    ["за перші дев'ять місяців 2024 року", undefined, "2024-01/2024-09"],
    ["2024年第三季度", undefined, "2024-Q3"],
    ["by the end of 2024", undefined, "as of 2025-01-01"],
  ])("labels the period %j of the reviewed claim from the period itself", (period, publishedAt, label) => {
    const c = (id: string, value: string) => claim({ id, metric: "exports", value, period, source: id, ...(publishedAt !== undefined ? { reportedBy: { publishedAt } } : {}) });
    const a = c("a", "$5 billion");
    const b = c("b", "$9 billion");
    const text = toClaimReview(compare(a, b), { author: { name: "D" }, claims: [a, b] }).reviewRating.ratingExplanation;
    expect(text).toContain(`b gives $9 billion for ${label}.`);
    expect(text).not.toContain(period);
  });

  it("refuses a reviewed id that is not in the comparison", () => {
    expect(() => toClaimReview(compare(kz, cn), { author: { name: "D" }, reviewed: "nope" })).toThrow(
      expect.objectContaining({ code: "invalid-argument", message: expect.stringContaining('options.reviewed "nope"') }),
    );
    try {
      toClaimReview(compare(kz, cn), { author: { name: "D" }, reviewed: "nope" });
    } catch (error) {
      expect(isDiscrepancyError(error)).toBe(true);
    }
  });
});
