import type { Lang } from "../../../src/lexicon/types.js";

/**
 * What the words allow, as a fact-checker reads it: a point figure (`=`, exact or rounded), an
 * approximation (`~`: "about", "nearly"), a lower bound (`>`: "over", "at least", "topped"), an upper
 * bound (`<`: "up to", "under") or a range.
 */
export type BoundClass = "=" | "~" | ">" | "<" | "range";

/**
 * One figure a fact-checker would check: the span as written in the paragraph, its value (a decimal,
 * "41e9"; "a..b" for a range; "*" for any value: a reading we accept but do not pin, "nearly a third"), the unit code of the registry (`USD`, `t`, `count`, `ordinal`, `%`, …)
 * and the bound. `nth` picks a later occurrence of the same span (1 = the second). `optional`
 * figures (a count of years, "two sides") are not missed when left out, but must be right if read.
 */
export interface Figure {
  readonly span: string;
  readonly value: string;
  readonly unit: string;
  readonly bound: BoundClass;
  readonly nth?: number;
  readonly optional?: boolean;
}

/** A paragraph written by us in the manner of real news, with the figures it states. */
export interface Paragraph {
  readonly id: string;
  readonly lang: Lang;
  readonly text: string;
  readonly figures: readonly Figure[];
}

/** A figure, written compactly: `f("over 70", "70", "count", ">")`. */
export const f = (span: string, value: string, unit: string, bound: BoundClass = "=", more: { nth?: number; optional?: boolean } = {}): Figure =>
  Object.freeze({ span, value, unit, bound, ...more });

/** An optional figure: `opt("two", "2", "count")`. */
export const opt = (span: string, value: string, unit: string, bound: BoundClass = "="): Figure => f(span, value, unit, bound, { optional: true });

/** Paragraphs of one language, numbered in order: `${lang}-01`, … */
export const paragraphs = (lang: Lang, list: readonly (readonly [string, readonly Figure[]])[]): readonly Paragraph[] =>
  Object.freeze(list.map(([text, figures], i) => Object.freeze({ id: `${lang}-${String(i + 1).padStart(2, "0")}`, lang, text, figures })));
