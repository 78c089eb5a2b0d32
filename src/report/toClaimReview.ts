import type { Claim } from "../claim/types.js";
import { claimsOption } from "../claim/assertClaim.js";
import type { Comparison } from "../compare/types.js";
import { DiscrepancyError } from "../errors.js";
import { reportMessages as m } from "../messages/misuse/report.js";
import { renderContext, resolveLocale } from "../messages/locale/resolveLocale.js";
import type { Locale, LocaleCode } from "../messages/en/types.js";
import { groupPeriodLabel } from "./groupPeriodLabel.js";

/** Who publishes the review (a fact-checking organisation or a person). */
export interface ClaimReviewAuthor {
  readonly name: string;
  readonly url?: string;
  /** Default `"Organization"`. */
  readonly type?: "Organization" | "Person";
}

/** Options of {@link toClaimReview}. */
export interface ClaimReviewOptions {
  /** The reviewer. */
  readonly author: ClaimReviewAuthor;
  /** Which of the two claims is reviewed, by id. Default: the first. */
  readonly reviewed?: string;
  /** The claims (or a corpus holding them): their quote, outlet, address and date fill `claimReviewed` and `appearance`. */
  readonly claims?: Iterable<Claim>;
  /** The address of the review itself. */
  readonly url?: string;
  /** When the review is published (ISO date); left out when not given, so the output is reproducible. */
  readonly datePublished?: string;
  /** The language of `alternateName` and `ratingExplanation`: `"en"` (default), `"uk"`, `"ru"`, `"zh"`, or a {@link Locale} object. */
  readonly locale?: LocaleCode | Locale;
}

/** A schema.org `Thing` reference in JSON-LD. */
export interface JsonLdThing {
  readonly "@type": string;
  readonly name?: string;
  readonly url?: string;
}

/** schema.org ClaimReview as JSON-LD: what fact-checkers publish and search engines read. */
export interface ClaimReviewJsonLd {
  readonly "@context": "https://schema.org";
  readonly "@type": "ClaimReview";
  readonly url?: string;
  readonly datePublished?: string;
  readonly author: JsonLdThing;
  readonly claimReviewed: string;
  readonly itemReviewed: {
    readonly "@type": "Claim";
    readonly author: JsonLdThing;
    readonly datePublished?: string;
    readonly appearance?: readonly {
      readonly "@type": "CreativeWork";
      readonly url?: string;
      readonly datePublished?: string;
      readonly inLanguage?: string;
      readonly publisher?: JsonLdThing;
      readonly author?: JsonLdThing;
    }[];
  };
  readonly reviewRating: {
    readonly "@type": "Rating";
    /** Our verdict in words: "Conflicts with another source". */
    readonly alternateName: string;
    /** The comparison in a sentence or two: both figures, the gap, the likely explanation. */
    readonly ratingExplanation: string;
  };
}

const thing = (type: string, name: string, url?: string): JsonLdThing => ({ "@type": type, name, ...(url !== undefined ? { url } : {}) });

/**
 * A finding as schema.org ClaimReview JSON-LD: the claim reviewed, who made it and where it appeared
 * (outlet, address, date), and a rating whose `alternateName` carries our verdict. Plain data, ready for
 * `<script type="application/ld+json">`.
 *
 * @throws {DiscrepancyError} `invalid-argument` when `reviewed` names neither claim of the comparison.
 * @example
 * ```ts
 * const cn = claim({ id: "cn", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$41 billion", period: "2023",
 *   source: { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" } });
 * const kz = claim({ id: "kz", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$31.5 billion", period: "2023",
 *   source: { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" } });
 * const review = toClaimReview(compare(kz, cn), { author: { name: "Factcheck Desk" }, claims: [kz, cn] });
 * review.reviewRating.alternateName; // "Conflicts with another source"
 * review.itemReviewed.author.name;   // "Ministry of Trade and Integration of Kazakhstan"
 * ```
 */
export const toClaimReview = (finding: Comparison, options: ClaimReviewOptions): ClaimReviewJsonLd => {
  const f = finding as Partial<Comparison> | null;
  if (typeof f !== "object" || f === null || !Array.isArray(f.claims) || !Array.isArray(f.sides) || f.sides.length !== 2)
    throw new DiscrepancyError("invalid-argument", m.notAComparison(finding));
  if (typeof options !== "object" || options === null) throw new DiscrepancyError("invalid-argument", m.notOptions(options));
  const author = options.author as Partial<ClaimReviewAuthor> | null | undefined;
  if (typeof author !== "object" || author === null || typeof author.name !== "string")
    throw new DiscrepancyError("invalid-argument", m.badReviewAuthor(options.author));
  const claims = claimsOption(options.claims, "options.claims");
  if (claims !== undefined) options = { ...options, claims };
  const index = options.reviewed === undefined ? 0 : finding.claims.indexOf(options.reviewed);
  if (index !== 0 && index !== 1)
    throw new DiscrepancyError("invalid-argument", m.notInComparison(String(options.reviewed), finding.claims));
  const side = finding.sides[index]!;
  const other = finding.sides[1 - index]!;
  let reviewed: Claim | undefined;
  if (options.claims !== undefined) for (const c of options.claims) if (c.id === side.claim) reviewed = c;

  const by = reviewed?.reportedBy;
  const appearance = by === undefined
    ? undefined
    : {
        "@type": "CreativeWork" as const,
        ...(by.url !== undefined ? { url: by.url } : {}),
        ...(by.publishedAt !== undefined ? { datePublished: by.publishedAt } : {}),
        ...(by.lang !== undefined ? { inLanguage: by.lang } : {}),
        ...(by.name !== undefined ? { publisher: thing("Organization", by.name) } : {}),
        ...(by.author !== undefined ? { author: thing("Person", by.author) } : {}),
      };

  const locale = resolveLocale(options.locale);
  const words = locale.report;
  const { n } = renderContext(locale);
  const gap = finding.gap;
  // English keeps a side's own words for its period when the claim is not at hand; other locales only
  // the period itself.
  const period = reviewed?.period !== undefined ? groupPeriodLabel(reviewed.period, locale) : locale.code === "en" ? side.period : undefined;
  const explanation = words.claimReviewExplanation({
    verdict: finding.verdict,
    reviewed: { text: side.text, source: side.source },
    other: { text: other.text, source: other.source },
    // Named from the period itself where the claim is at hand, as report groups are: the claim's own words
    // may be another language's ("в 2024 году") or relative to its publication ("last year").
    period,
    gap: gap === undefined ? undefined : n.amount(gap.absolute, gap.unit),
    share: gap === undefined ? undefined : n.share(gap.relativeToLarger),
    ratio: gap?.ratio == null ? undefined : n.ratio(gap.ratio),
    likely:
      finding.explanations[0] === undefined
        ? undefined
        : words.explanationLabel(finding.explanations[0].code, words.strength[finding.explanations[0].strength] ?? finding.explanations[0].strength),
    likelyStrength: finding.explanations[0]?.strength,
    reasons: finding.reasons,
  });

  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    ...(options.url !== undefined ? { url: options.url } : {}),
    ...(options.datePublished !== undefined ? { datePublished: options.datePublished } : {}),
    author: thing(options.author.type ?? "Organization", options.author.name, options.author.url),
    claimReviewed: reviewed?.quote ?? words.claimReviewed(side.text, side.source, locale.code === "en" ? side.period : period),
    itemReviewed: {
      "@type": "Claim",
      author: thing(reviewed?.source.type === "person" ? "Person" : "Organization", side.source),
      ...(by?.publishedAt !== undefined ? { datePublished: by.publishedAt } : {}),
      ...(appearance !== undefined ? { appearance: [appearance] } : {}),
    },
    reviewRating: { "@type": "Rating", alternateName: words.claimReviewRating(finding.verdict), ratingExplanation: explanation },
  };
};
