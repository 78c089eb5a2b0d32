import type { BoundWord, Lang, UnitWord } from "../lexicon/types.js";
import type { NumberPart } from "./numberPart.js";
import type { Found } from "./scanContext.js";

/**
 * The syntax of a quantity mention, as the scanner reads it: what is written, token by token, before
 * any meaning is given to it. Interpretation ({@link interpretMention}) turns a node into a Quantity:
 * it carries a scale or unit from one end of a range to the other, applies a minor unit's shift,
 * rounds a share so its bound stays true and prefers a currency after a scale word.
 */

/** What every side of a mention has: its tokens and the words written around its number. @internal */
interface SideBase {
  /** The first token of the side and the token after its last one. */
  readonly start: number;
  readonly end: number;
  readonly number: NumberPart;
  readonly negative: boolean;
  /** The power of ten of the scale words written ("million": 6), `undefined` when none. */
  readonly scale: number | undefined;
  /** The power of ten the unit word itself adds: −2 for "cents" ("50 cents" is 0.50 of a dollar). */
  readonly shift: number;
  readonly unit: UnitWord | undefined;
  /** A bound written after the number ("or more", "多"), or in its words ("dozens of": at least). */
  readonly bound: BoundWord | undefined;
  /** The language of the first language-specific word read ("понад", "млрд", "美元"). */
  readonly lang: Lang | undefined;
}

/** A number with what is written around it: "$5 million", "12 kg", "three hundred". @internal */
export interface NumberNode extends SideBase {
  readonly kind: "number";
  /** The power of ten of a multiplier word that closes a numeral in words ("three hundred": 2). */
  readonly place?: number;
}

/** An ordinal: "5th", "fifth", "第五". @internal */
export interface OrdinalNode extends SideBase {
  readonly kind: "ordinal";
}

/** A multiple written as a word ("double", "вдвое"): an exact ratio, unit `x`. @internal */
export interface MultipleNode extends SideBase {
  readonly kind: "multiple";
}

/** A share of a whole ("three-quarters", "a third of", "3 out of 10"): its percentage is worked out with the bound. @internal */
export interface ShareNode extends SideBase {
  readonly kind: "share";
  readonly share: { readonly numerator: number; readonly parts: number };
}

/** One side of a mention. @internal */
export type SideNode = NumberNode | OrdinalNode | MultipleNode | ShareNode;

/** What every mention has: its first token, a bound word before it and a range opener. @internal */
interface MentionBase {
  readonly start: number;
  /** The bound word before the amount ("over", "понад"), with the bound it states. */
  readonly prefix: Found<"boundPrefix"> | undefined;
  readonly bound: BoundWord | undefined;
  /** A range opener ("between", "від", "从"). */
  readonly opener: Found<"rangeOpener"> | undefined;
  readonly low: SideNode;
}

/** One amount: "over $5 billion". @internal */
export interface SingleNode extends MentionBase {
  readonly kind: "single";
}

/** A range: "2–3 million", "between 40 and 45 per cent". @internal */
export interface RangeNode extends MentionBase {
  readonly kind: "range";
  readonly low: NumberNode;
  readonly high: NumberNode;
  /** The token where the far end starts, behind the separator. */
  readonly farStart: number;
}

/** A centre and a tolerance: "5 ± 2 kg". @internal */
export interface ToleranceNode extends MentionBase {
  readonly kind: "tolerance";
  readonly tolerance: SideNode;
}

/** A mention as written. @internal */
export type MentionNode = SingleNode | RangeNode | ToleranceNode;

/** The far side of a mention: a range's far end or a tolerance. */
export const farSide = (node: MentionNode): SideNode | undefined =>
  node.kind === "range" ? node.high : node.kind === "tolerance" ? node.tolerance : undefined;
