import type { Lang, UnitWord } from "../lexicon/types.js";
import type { SenseLang } from "./phraseTable.js";
import type { RejectedNumber } from "./quantityMatch.js";
import type { Found, ScanContext } from "./scanContext.js";
import type { ResolvedScanOptions } from "./scanOptions.js";
import type { Token } from "../text/tokenize.js";

/**
 * What the readers of one quantity scan share: the tokens and phrase cache of {@link ScanContext},
 * the resolved options, and the numbers refused so far. Small token helpers used by every reader
 * live here too. @internal
 */
export interface MentionContext extends ScanContext {
  readonly options: ResolvedScanOptions;
  readonly rejected: RejectedNumber[];
  /** `currencyWritten` bound to this scan, made once rather than per lookup. */
  currencyOk: (found: Found<"currencyPrefix" | "currencySuffix">) => boolean;
}

/** A reader's verdict that nothing starts here and the scan resumes at token `skipTo`. @internal */
export interface Skip {
  readonly skipTo: number;
}

export const isSkip = (value: unknown): value is Skip => typeof value === "object" && value !== null && "skipTo" in value;

export const HYPHEN = "-";
export const MINUS = "−";
export const EN_DASH = "–";
export const PLUS = "+";
export const PLUS_MINUS = "±";
export const PERCENT_CODE = "%";

export const tokenAt = (ctx: MentionContext, k: number): Token | undefined => ctx.tokens[k];

/** The next token on the same line, or `undefined`. */
export const sameLine = (ctx: MentionContext, k: number): Token | undefined => {
  const token = ctx.tokens[k];
  return token === undefined || token.newline ? undefined : token;
};

/** The unit code a unit word names: a bare dollar is the dollar the options choose. */
export const unitCode = (ctx: MentionContext, word: UnitWord): string => (word.dollar === true ? ctx.options.dollar : word.unit);

/** The text of tokens `from`..`to - 1` as written. */
export const writtenText = (ctx: MentionContext, from: number, to: number): string =>
  ctx.text.slice(ctx.tokens[from]?.start ?? 0, ctx.tokens[to - 1]?.end ?? 0);

/** The language of a phrase found, unless it is language-neutral. */
export const langOf = (found: { readonly lang: SenseLang } | undefined): Lang | undefined =>
  found === undefined || found.lang === "*" ? undefined : found.lang;

/** Whether `text[from..to)` is all ASCII digits (and `text` that long). */
export const allDigits = (text: string, from: number, to: number): boolean => {
  if (text.length < to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

/** A reader's verdict that the mention is to be read again from token `reread`, as one amount (no range). @internal */
export interface Reread {
  readonly reread: number;
}

export const isReread = (value: unknown): value is Reread => typeof value === "object" && value !== null && "reread" in value;

/** The unit of a multiple ("double": 2 x). */
export const X: UnitWord = /* @__PURE__ */ Object.freeze({ unit: "x" });
/** The unit of a share ("a third": 33 %). */
export const PERCENT: UnitWord = /* @__PURE__ */ Object.freeze({ unit: "%" });
