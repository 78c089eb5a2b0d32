import type { UnitWord } from "../lexicon/types.js";
import type { SenseLang } from "./phraseTable.js";
import { sameLine, tokenAt, writtenText, type MentionContext } from "./mentionContext.js";
import { find, glued, unitWritten, type Found } from "./scanContext.js";
import { NUM, SYM, WORD } from "../text/tokenize.js";

/** The unit and currency words written around an amount, and how they must be written to count. */

/**
 * ISO codes that are also words ("TRY", "ALL") count only when written in capitals; a symbol whose
 * letters are a word ("A$", "S$", "US$") only written tight — "a $5 loan" is not Australian — or, with
 * two letters or more, in capitals ("US $ 10"). Other letter prefixes may stand apart, as lower-cased
 * newswire writes them ("c $ 1.34", "hk $ 10").
 */
export const currencyWritten = (ctx: MentionContext, found: Found<"currencyPrefix" | "currencySuffix">): boolean => {
  const k = found.start;
  const token = ctx.tokens[k];
  if (token === undefined) return false;
  const written = writtenText(ctx, k, found.end);
  if (found.value.tight === true && !glued(ctx, k, found.end)) {
    const letters = token.kind === WORD ? ctx.text.slice(token.start, token.end) : "";
    if (letters.length < 2 || letters !== letters.toUpperCase()) return false;
  }
  return found.value.upperOnly !== true || written === written.toUpperCase();
};

export const notInCompound = (found: Found<"unitSuffix">): boolean => found.value.inCompound !== true;

/**
 * A unit or currency written after the amount at `k`, the longer of the two readings. A currency
 * symbol that opens the next amount belongs to it ("1 $10 dollars bill"). A word with a capital
 * reading ("MB") takes it when written in capitals.
 */
export const suffixUnitAt = (ctx: MentionContext, k: number): { readonly end: number; readonly unit: UnitWord; readonly lang: SenseLang } | undefined => {
  if (sameLine(ctx, k) === undefined) return undefined;
  let currency = find(ctx, k, "currencySuffix", ctx.currencyOk);
  if (currency !== undefined && tokenAt(ctx, currency.start)?.kind === SYM && sameLine(ctx, currency.end)?.kind === NUM) {
    // "1 $10 dollars": the symbol opens "$10 dollars"; in "10 $ 30 $" each symbol follows its number.
    const word = find(ctx, currency.end + 1, "currencySuffix");
    if (word !== undefined && tokenAt(ctx, word.start)?.kind === WORD) currency = undefined;
  }
  const unit = find(ctx, k, "unitSuffix", (found) => notInCompound(found) && unitWritten(ctx, found));
  // An ISO code counts in lower case too ("usd 200"), but not over a unit symbol written in its own case:
  // "5 kgs" weighs, "5 KGS" is Kyrgyz som.
  const codeInCapitals = currency !== undefined && writtenText(ctx, k, currency.end) === writtenText(ctx, k, currency.end).toUpperCase();
  const symbolFirst = unit?.value.cased !== undefined && currency !== undefined && currency.end === unit.end && !codeInCapitals;
  const best = currency !== undefined && !symbolFirst && (unit === undefined || currency.end >= unit.end) ? currency : unit;
  if (best === undefined) return undefined;
  // "5 mm³" where only "mm" is known: a power written tight after the unit makes it another unit.
  const power = ctx.tokens[best.end];
  if (best === unit && power !== undefined && !power.space && (power.key === "²" || power.key === "³")) return undefined;
  let value = best.value;
  if (value.whenUpper !== undefined) {
    const written = writtenText(ctx, k, best.end);
    if (written === written.toUpperCase()) value = { unit: value.whenUpper };
  }
  return { end: best.end, unit: value, lang: best.lang };
};

/** A minor unit of money that stands alone after a number ("50 cents", "470 pence", "43c"), with its currency. */
export const minorCurrencyAt = (ctx: MentionContext, k: number): { readonly end: number; readonly unit: UnitWord; readonly power: number; readonly lang: SenseLang } | undefined => {
  if (sameLine(ctx, k) === undefined) return undefined;
  const minor = find(ctx, k, "minorUnit");
  const currency = minor?.value.currency;
  if (minor === undefined || currency === undefined) return undefined;
  if (minor.value.tight === true) {
    const written = writtenText(ctx, k, minor.end);
    if (tokenAt(ctx, k)?.space !== false || written !== written.toLowerCase()) return undefined;
  }
  return { end: minor.end, unit: currency, power: minor.value.power, lang: minor.lang };
};

/** A minor unit that names its currency at `k` ("a cent", "a penny"), written as a word. */
export const minorCurrencyWordAt = (ctx: MentionContext, k: number): Found<"minorUnit"> | undefined => {
  const minor = find(ctx, k, "minorUnit");
  return minor !== undefined && minor.value.currency !== undefined && minor.value.tight !== true ? minor : undefined;
};

/** Brackets a unit may be written in: "20 (kg)", "20 [kg]". */
const BRACKETS: ReadonlyMap<string, string> = new Map([["(", ")"], ["[", "]"], ["{", "}"], ["<", ">"]]);

/** A unit in brackets after the amount at `k`: "20 (kg)", "20 [kg]", "20 {kg}", "20 <kg>". */
export const bracketedUnitAt = (ctx: MentionContext, k: number): { readonly end: number; readonly unit: UnitWord; readonly lang: SenseLang } | undefined => {
  const open = sameLine(ctx, k);
  const close = open === undefined ? undefined : BRACKETS.get(open.key);
  if (close === undefined) return undefined;
  const unit = suffixUnitAt(ctx, k + 1);
  if (unit === undefined || sameLine(ctx, unit.end)?.key !== close) return undefined;
  return { ...unit, end: unit.end + 1 };
};

/** Whether a phrase playing `role` ends right before token `k` (one or two tokens long: "cents", "US dollars"). */
export const lastOf = (ctx: MentionContext, k: number, role: "currencySuffix" | "minorUnit" | "unitSuffix"): boolean => {
  for (let from = k - 1; from >= Math.max(0, k - 2); from--) if (find(ctx, from, role)?.end === k) return true;
  return false;
};
