/**
 * The closed list of {@link SourceType} values.
 *
 * @example
 * ```ts
 * SOURCE_TYPES.includes("government"); // true
 * ```
 */
export const SOURCE_TYPES = /* @__PURE__ */ Object.freeze([
  "government",
  "intergovernmental",
  "statistics",
  "intelligence",
  "media",
  "company",
  "person",
  "academic",
  "ngo",
  "other",
] as const);

/** What kind of body a source is. A closed list, so reports and reliability priors can rely on it. */
export type SourceType = (typeof SOURCE_TYPES)[number];

/**
 * Who a figure is attributed to: "Ministry of Trade and Integration of Kazakhstan", a government body of
 * country `KZ`. `via` is the chain it was quoted through, nearest first ("Xinhua quoted Xi").
 */
export interface Source {
  readonly name: string;
  readonly type?: SourceType;
  /** ISO 3166-1 alpha-2, upper case: the country whose body or official this is. */
  readonly country?: string;
  readonly via?: readonly Source[];
}

/** Where a claim was read: the outlet, author, address, publication date (possibly only to the month) and language. */
export interface ReportedBy {
  readonly name?: string;
  readonly author?: string;
  readonly url?: string;
  /** An ISO date, month or year: `2025-09-05`, `2024-12`, `2024`. */
  readonly publishedAt?: string;
  /** A BCP 47 primary language tag: `en`, `uk`, `ru`, `zh`. */
  readonly lang?: string;
}
