import type { Decimal } from "../decimal.js";

/**
 * What the words around a number allow.
 *
 * - `exact`: the value itself ("eight agreements").
 * - `rounded`: the value rounded at its stated precision ("$41 billion" allows 40.5–41.5 bn).
 * - `approx`: an approximation word widened the interval ("about $7 billion", "almost 2 million").
 * - `atLeast` / `moreThan`: "at least 5" is [5, ∞); "over 70" is (70, ∞).
 * - `atMost` / `lessThan`: "up to 6" is (−∞, 6]; "under 6" is (−∞, 6).
 * - `range`: "2–3 million", "between 40 and 45".
 */
export type Bound = (typeof BOUNDS)[number];

/**
 * The closed list of {@link Bound} kinds.
 *
 * @example
 * ```ts
 * BOUNDS.includes("moreThan"); // true
 * ```
 */
export const BOUNDS = /* @__PURE__ */ Object.freeze([
  "exact",
  "rounded",
  "approx",
  "atLeast",
  "moreThan",
  "atMost",
  "lessThan",
  "range",
] as const);

/**
 * An exact amount with its unit and what the words allow: a nominal value and an interval.
 *
 * Decimals are decimal.js values from the library's private clone; `JSON.stringify` prints them as
 * plain decimal strings. `precision` is the power of ten of the last written digit ("$41 billion" → 9,
 * "$31.5 billion" → 8, "3.5%" → −1), kept apart from the value because `41e9` and `41.0e9` are equal
 * decimals. An unbounded side of the interval is `null`.
 */
export interface Quantity {
  /** The text as written, or a canonical rendering when built from parts. */
  readonly text: string;
  /** The nominal value, in `unit` (scale words applied: "$41 billion" → 41000000000). */
  readonly value: Decimal;
  /** A unit code from the registry: ISO 4217 for money (`USD`), a symbol for measures (`km`), `count`, `ordinal`. */
  readonly unit: string;
  readonly bound: Bound;
  /** Power of ten of the last written digit, in the unit of `text` (a converted quantity keeps both). */
  readonly precision: number;
  readonly low: Decimal | null;
  readonly high: Decimal | null;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
  /** The counted noun, for counts: "agreements" in "70 agreements". */
  readonly noun?: string;
  /**
   * Present when the written unit was ambiguous ("$", "dollars", "tons"): the units it could mean.
   * `unit` holds the default that was chosen (see the `dollar` option).
   */
  readonly unitCandidates?: readonly string[];
}

/** The JSON form of a {@link Quantity} (decimals as strings), as in DESIGN's contract. */
export interface QuantityJSON {
  readonly text: string;
  readonly value: string;
  readonly unit: string;
  readonly bound: Bound;
  readonly precision: number;
  readonly low: string | null;
  readonly high: string | null;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
  readonly noun?: string;
  readonly unitCandidates?: readonly string[];
}
