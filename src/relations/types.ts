import type { Claim } from "../claim/types.js";
import type { Decimal } from "../decimal.js";
import type { Lang } from "../lexicon/types.js";
import type { Quantity } from "../quantity/types.js";
import type { ExchangeRate } from "../quantity/convert.js";
import type { Interval } from "../interval/types.js";

/**
 * The closed list of {@link RelationKind} values.
 *
 * @example
 * ```ts
 * RELATION_KINDS; // ["conversion", "percent-change", "share", "sum", "difference", "multiple"]
 * ```
 */
export const RELATION_KINDS = /* @__PURE__ */ Object.freeze(["conversion", "percent-change", "share", "sum", "difference", "multiple"] as const);

/**
 * How figures are tied by arithmetic:
 *
 * - `conversion`: the same quantity in two units ("1,700 kilometers (1,056 miles)").
 * - `percent-change`: `to = from × (1 + rate)` ("a 16 % increase … reaching $1.8 billion").
 * - `share`: `part = whole × share` ("$9.2 billion, 3.5 % of GDP").
 * - `sum`: `total = parts[0] + parts[1] + …`; shares in % with no total must not exceed 100 %.
 * - `difference`: `difference = a − b` ("$24 billion, only $2 billion behind trade with Russia": a is Russia's).
 * - `multiple`: `result = base × factor` ("double the $41 billion").
 */
export type RelationKind = (typeof RELATION_KINDS)[number];

/**
 * One side of a relation: a claim (its quantity is used and its id reported), a quantity, quantity text
 * such as `"1,700 km"` or `"16%"`, or a safe integer (an exact count or factor, such as 2 for "double").
 * `null` or `undefined` leaves it out, to be implied.
 */
export type RelationOperand = Claim | Quantity | string | number;

/** An operand slot that may be left out. */
type Slot = RelationOperand | null | undefined;

interface RelationBase {
  /** The caller's name for the relation, carried into the result. */
  readonly id?: string | undefined;
  /** What the relation is about, in the caller's words ("16 % investment growth"), carried into the result. */
  readonly note?: string | undefined;
  /**
   * The unit an implied amount is given in (default: the first stated amount's unit). Needed by
   * `conversion` when its second value is left out.
   */
  readonly unit?: string | undefined;
}

/** The same quantity in two units. */
export interface ConversionRelation extends RelationBase {
  readonly kind: "conversion";
  readonly values: readonly [Slot, Slot];
}

/** `to = from × (1 + rate)`, the rate in per cent (negative for a decrease). */
export interface PercentChangeRelation extends RelationBase {
  readonly kind: "percent-change";
  readonly from?: Slot;
  readonly to?: Slot;
  readonly rate?: Slot;
}

/** `part = whole × share`, the share in per cent. */
export interface ShareRelation extends RelationBase {
  readonly kind: "share";
  readonly part?: Slot;
  readonly whole?: Slot;
  readonly share?: Slot;
}

/** `total = parts[0] + parts[1] + …`; one part may be `null` to be implied from the total. */
export interface SumRelation extends RelationBase {
  readonly kind: "sum";
  readonly parts: readonly Slot[];
  readonly total?: Slot;
}

/** `difference = a − b`. */
export interface DifferenceRelation extends RelationBase {
  readonly kind: "difference";
  readonly a?: Slot;
  readonly b?: Slot;
  readonly difference?: Slot;
}

/** `result = base × factor`; the factor is a number (2), a ratio ("2x") or a percentage ("200%"). */
export interface MultipleRelation extends RelationBase {
  readonly kind: "multiple";
  readonly base?: Slot;
  readonly result?: Slot;
  readonly factor?: Slot;
}

/** A relation between figures, for {@link checkRelation}. */
export type Relation =
  | ConversionRelation
  | PercentChangeRelation
  | ShareRelation
  | SumRelation
  | DifferenceRelation
  | MultipleRelation;

/** How operands given as text are read, and how currencies convert. */
export interface RelationOptions {
  /** Language of operand text, for the quantity parser. */
  readonly lang?: Lang;
  /** The currency "$" means. Default `"USD"`. */
  readonly dollar?: string;
  /** Relative half-width of "about", as a decimal string. Default `"0.1"`. */
  readonly approxTolerance?: string;
  /** Dated exchange rates, when operands are in different currencies. */
  readonly rates?: readonly ExchangeRate[];
}

/** Whether the figures can all be true at once. */
export type RelationVerdict = "consistent" | "conflict";

/**
 * What a check found, as a closed vocabulary:
 * `relation-holds`, `relation-fails`, `value-implied` (one operand was left out), and for a sum of
 * shares in % with no total, `shares-fit` or `shares-exceed-whole`.
 */
export type RelationCode = "relation-holds" | "relation-fails" | "value-implied" | "shares-fit" | "shares-exceed-whole";

/** One operand as checked: where it came from, what it says, and its interval in its own unit. */
export interface CheckedOperand {
  /** `from`, `to`, `rate`, `values[0]`, `parts[2]`, … */
  readonly name: string;
  /** The claim it came from, when it was a claim. */
  readonly claimId?: string;
  /** The stated quantity, or the implied one. */
  readonly quantity: Quantity;
  readonly interval: Interval;
  /** True for the operand that was left out and is implied by the others. */
  readonly implied: boolean;
}

/** Explanation data; `formatRelationCheck` turns it into a sentence. */
export interface RelationExplanation {
  readonly code: RelationCode;
  /** The formula that was solved, such as `from = to ÷ (1 + rate)`. */
  readonly formula: string;
  /** For shares with no total: what the shares may add up to, `(−∞, 100]` %. */
  readonly cap?: Interval;
  /** For shares that fit: what is left for parties not listed. */
  readonly remainder?: Interval;
}

/**
 * The result of {@link checkRelation}: frozen plain data whose decimals print as strings in JSON.
 *
 * `target` is the operand solved for (the one left out, or by default `values[1]`, `to`, `part`,
 * `total`, `difference`, `result`); `computed` is its interval from the other operands, in `unit`.
 */
export interface RelationCheck {
  readonly kind: RelationKind;
  readonly id?: string;
  readonly note?: string;
  readonly verdict: RelationVerdict;
  readonly operands: readonly CheckedOperand[];
  readonly target: string;
  readonly unit: string;
  readonly computed: Interval;
  /** The target's value computed from the operands' nominal values. */
  readonly nominal?: Decimal;
  /** The target's stated interval, when it was stated. */
  readonly stated?: Interval;
  /** The value no one stated, when an operand was left out. */
  readonly implied?: Quantity;
  /** For a conflict: the gap between the computed and the stated (or allowed) interval, in `unit`. */
  readonly by?: Decimal;
  /** For a consistent check: true when the nominal values alone disagree and only rounding or bound words reconcile them. */
  readonly withinRoundingOnly?: boolean;
  readonly explanation: RelationExplanation;
}
