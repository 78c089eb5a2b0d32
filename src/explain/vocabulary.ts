/**
 * The closed list of {@link ExplanationCode} values, in ranking order: among hypotheses of equal
 * strength the one listed first ranks first (the more specific mechanism before the generic one).
 *
 * @example
 * ```ts
 * EXPLANATION_CODES[0]; // "mirror-statistics": codes are listed in ranking order
 * ```
 */
export const EXPLANATION_CODES = /* @__PURE__ */ Object.freeze([
  "mirror-statistics",
  "systematic-source-gap",
  "revision",
  "copy",
  "scale-slip",
  "unit-slip",
  "currency-confusion",
  "period-shift",
  "different-basis",
  "rounding",
  "approximation",
] as const);

/** A hypothesis for why two figures differ (or, for `copy`, why their agreement is no corroboration). */
export type ExplanationCode = (typeof EXPLANATION_CODES)[number];

/**
 * The closed list of {@link Strength} values, strongest first.
 *
 * @example
 * ```ts
 * STRENGTHS; // ["strong", "moderate", "weak"]
 * ```
 */
export const STRENGTHS = /* @__PURE__ */ Object.freeze(["strong", "moderate", "weak"] as const);

/** How well the evidence supports a hypothesis. Words, not a score: no float ever ranks or decides. */
export type Strength = (typeof STRENGTHS)[number];

/**
 * The closed list of {@link RuledOutReason} values.
 *
 * @example
 * ```ts
 * RULED_OUT_REASONS.length > 0; // true
 * ```
 */
export const RULED_OUT_REASONS = /* @__PURE__ */ Object.freeze([
  "gap-exceeds-rounding",
  "gap-exceeds-tolerance",
  "ratio-not-power-of-ten",
  "ratio-matches-no-unit-factor",
  "ratio-matches-no-rate",
  "not-partner-reporters",
  "different-sources",
  "no-neighbour-match",
  "no-similar-gap",
] as const);

/** Why a hypothesis was considered and rejected. */
export type RuledOutReason = (typeof RULED_OUT_REASONS)[number];
