import { Decimal, ONE, pow10, ZERO } from "../decimal.js";
import { DOLLAR_CANDIDATES } from "../lexicon/common.js";
import type { BoundWord, Lang, UnitWord } from "../lexicon/types.js";
import { getUnit } from "../units/registry.js";
import { buildQuantity } from "./build.js";
import { decimalOf, type NumberPart } from "./numberPart.js";
import { CAN_START, keySignature, NUMBERISH, phraseTable, ROLE_BIT, type PhraseTable, type SenseLang } from "./phraseTable.js";
import { writtenPrecision, type WrittenNumber } from "./policy.js";
import { readCompound } from "./readCompound.js";
import { readDigits } from "./readDigits.js";
import { andFractionAfter, classifierAt, fractionAfter, fractionAt, mixedFractionAt, slashFractionAt } from "./readFraction.js";
import { readMinorUnits } from "./readMinorUnits.js";
import { readNumeral } from "./readNumeral.js";
import { groupAt, vagueGroupAt } from "./readGroup.js";
import { fractionOfAt, shareAt, shareDigits } from "./readShare.js";
import { find, glued, has, hitsAt, phraseIn, scriptLang, unitWritten, type Found, type ScanContext } from "./scanContext.js";
import { resolveScanOptions, type ResolvedScanOptions, type ScanOptions } from "./scanOptions.js";
import { CYRILLIC, CYRILLIC_UK, HAN, HAN_SCRIPT, LATIN, NUM, SYM, WORD, tokenize, type Token } from "./tokenize.js";
import type { Quantity } from "./types.js";

/**
 * The quantity scanner: one left-to-right pass over tokens, with a small state machine at each token
 * that may begin a mention:
 *
 *     [bound word] [range opener] [currency/unit prefix] number [bound suffix] [scale] [unit] [bound suffix]
 *                                                        [range separator  number [scale] [unit]]
 *
 * Every word comes from the lexicons (compiled once into a phrase table). The work at one start is
 * bounded (phrases have a few tokens, numerals at most 40), and the scan resumes after a mention or
 * after a skipped run, so the whole scan is linear in the text. No regular expressions; never throws
 * on text.
 */

/** A quantity found in text: its span (UTF-16 offsets, `end` exclusive) and what it says. */
export interface QuantityMatch {
  readonly start: number;
  readonly end: number;
  readonly quantity: Quantity;
  /** The language the mention was read in: the `lang` option, or its words' script. */
  readonly lang: Lang;
}

/** A number the scan skipped because it is absurd: more than 30 digits, or an exponent beyond ±30. @internal */
export interface RejectedNumber {
  readonly start: number;
  readonly end: number;
}

/** @internal */
export interface ScanResult {
  readonly matches: readonly QuantityMatch[];
  readonly rejected: readonly RejectedNumber[];
  /** The tokens, and for each match the token after its last one, so callers can read on from there. */
  readonly tokens: readonly Token[];
  readonly endTokens: readonly number[];
}

// ---------------------------------------------------------------------------------------------------

interface Context extends ScanContext {
  readonly options: ResolvedScanOptions;
  readonly rejected: RejectedNumber[];
  /** {@link currencyWritten} bound to this scan, made once rather than per lookup. */
  currencyOk: (found: Found<"currencyPrefix" | "currencySuffix">) => boolean;
}

/** One side of a mention: a number with what is written around it. */
interface Simple {
  readonly start: number;
  readonly end: number;
  readonly number: NumberPart;
  readonly ordinal: boolean;
  /** A multiple written as a word ("double"): an exact ratio. */
  readonly multiple: boolean;
  readonly negative: boolean;
  readonly scale: number | undefined;
  /** The power of ten the unit word itself adds: −2 for "cents" ("50 cents" is 0.50 of a dollar). */
  readonly shift: number;
  readonly unit: UnitWord | undefined;
  readonly bound: BoundWord | undefined;
  /** The language of the first language-specific word read ("понад", "млрд", "美元"). */
  readonly lang: Lang | undefined;
  /** A share of a whole ("three-quarters", "a third of"): its percentage is worked out with the bound. */
  readonly share?: { readonly numerator: number; readonly parts: number };
  /** The power of ten of a multiplier word that closes a numeral in words ("three hundred": 2). */
  readonly place?: number;
}

interface Skip {
  readonly skipTo: number;
}

const isSkip = (value: unknown): value is Skip => typeof value === "object" && value !== null && "skipTo" in value;

const MINUS = "−";
// "^": the power in "x^2", "10^6" is no quantity of its own.
const IDENTIFIER_JOINERS: ReadonlySet<string> = /* @__PURE__ */ new Set(["-", "/", ":", ".", "_", "%", "=", "&", "?", "#", "@", "^"]);
const X: UnitWord = /* @__PURE__ */ Object.freeze({ unit: "x" });
const PERCENT: UnitWord = /* @__PURE__ */ Object.freeze({ unit: "%" });
const HYPHEN = "-";
/** Capital letters that may name a temperature scale after a number: K (or a thousand), C, F. */
const TEMPERATURE_LETTERS: ReadonlySet<string> = /* @__PURE__ */ new Set(["K", "C", "F"]);

const tokenAt = (ctx: Context, k: number): Token | undefined => ctx.tokens[k];

/** The next token on the same line, or `undefined`. */
const sameLine = (ctx: Context, k: number): Token | undefined => {
  const token = ctx.tokens[k];
  return token === undefined || token.newline ? undefined : token;
};

const unitCode = (ctx: Context, word: UnitWord): string => (word.dollar === true ? ctx.options.dollar : word.unit);

/**
 * ISO codes that are also words ("TRY", "ALL") count only when written in capitals; a symbol whose
 * letters are a word ("A$", "S$", "US$") only written tight — "a $5 loan" is not Australian — or, with
 * two letters or more, in capitals ("US $ 10"). Other letter prefixes may stand apart, as lower-cased
 * newswire writes them ("c $ 1.34", "hk $ 10").
 */
const currencyWritten = (ctx: Context, found: Found<"currencyPrefix" | "currencySuffix">): boolean => {
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

/** The text of tokens `from`..`to - 1` as written. */
const writtenText = (ctx: Context, from: number, to: number): string =>
  ctx.text.slice(ctx.tokens[from]?.start ?? 0, ctx.tokens[to - 1]?.end ?? 0);

/** A digit run glued to letters before it is part of an identifier ("A380", "COVID-19", "12/05"). */
const identifierBefore = (ctx: Context, k: number): boolean => {
  const token = ctx.tokens[k];
  const prev = ctx.tokens[k - 1];
  if (token === undefined || prev === undefined || token.space) return false;
  if (prev.kind === WORD || prev.kind === NUM) return true;
  if (prev.kind !== SYM) return false;
  const before = ctx.tokens[k - 2];
  if (before === undefined || prev.space) return false;
  // "COVID-19", "12/05", "v.2", "%28" in a URL, "id=42".
  if (IDENTIFIER_JOINERS.has(prev.key))
    return before.kind === WORD || before.kind === NUM;
  return false;
};

/** A mention glued to letters or digits after it is part of an identifier ("5G", "3D", "12/05", "10:30"). */
const identifierAfter = (ctx: Context, k: number): boolean => {
  const next = ctx.tokens[k];
  const last = ctx.tokens[k - 1];
  if (next === undefined || last === undefined || next.space) return false;
  if (last.kind === HAN || (last.kind === SYM && last.key !== "-")) return false;
  if (next.kind === WORD || next.kind === NUM) return last.kind === NUM || last.kind === WORD;
  if (next.kind === SYM && (next.key === "/" || next.key === ":" || next.key === "_")) {
    const after = ctx.tokens[k + 1];
    return after !== undefined && !after.space && (after.kind === NUM || after.kind === WORD);
  }
  // "24703 L-202": a capital letter joined to digits by a hyphen is a code, not a unit.
  if (next.key === HYPHEN && last.kind === WORD && last.end - last.start === 1 && ctx.text[last.start] !== ctx.text[last.start]?.toLowerCase()) {
    const after = ctx.tokens[k + 1];
    return after !== undefined && !after.space && after.kind === NUM;
  }
  return false;
};

/** "2024-01-15", "15/01/2024": three numbers joined by the same separator are a date, not quantities. */
const dateLength = (ctx: Context, k: number): number => {
  const sep = ctx.tokens[k + 1];
  if (sep === undefined || sep.space || (sep.key !== "-" && sep.key !== "/" && sep.key !== ".")) return 0;
  const t = ctx.tokens;
  const ok = (i: number, kind: number): boolean => t[i] !== undefined && t[i]?.kind === kind && t[i]?.space === false;
  if (ok(k + 2, NUM) && ok(k + 3, SYM) && t[k + 3]?.key === sep.key && ok(k + 4, NUM)) return 5;
  return 0;
};

/** The language of a phrase found, unless it is language-neutral. */
const langOf = (found: { readonly lang: SenseLang } | undefined): Lang | undefined =>
  found === undefined || found.lang === "*" ? undefined : found.lang;

/** A bound suffix at `k`: "多", "or more", "+" (tight), "-plus" (tight). */
const boundSuffixAt = (ctx: Context, k: number): Found<"boundSuffix"> | undefined => {
  const token = sameLine(ctx, k);
  if (token === undefined) return undefined;
  if (token.key === HYPHEN && !token.space) {
    const after = find(ctx, k + 1, "boundSuffix");
    if (after !== undefined && glued(ctx, k, k + 2) && tokenAt(ctx, k + 1)?.kind === WORD) return after;
    return undefined;
  }
  const found = find(ctx, k, "boundSuffix");
  if (found === undefined) return undefined;
  if (token.kind === SYM && token.space) return undefined;
  // "5+3" is a sum, no "5 or more".
  const next = sameLine(ctx, found.end);
  if (token.kind === SYM && next !== undefined && !next.space && next.kind === NUM) return undefined;
  return found;
};

/** A scale word at `k`; money abbreviations ("m", "b") only next to money or in capitals ("10M"). */
const scaleAt = (ctx: Context, k: number, money: boolean): Found<"scale" | "moneyScale" | "capitalScale"> | undefined => {
  if (sameLine(ctx, k) === undefined) return undefined;
  const scale = find(ctx, k, "scale");
  if (scale !== undefined) return scale;
  // "10M", "1.2M", "100К": a capital scale letter tight after the digits (a metre is a lower-case "m").
  const capital = find(ctx, k, "capitalScale");
  if (capital !== undefined && tokenAt(ctx, k - 1)?.kind === NUM && glued(ctx, k - 1, capital.end)) {
    // In capitals only: "5mM" is millimolar and "5Mm" megametres, not millions; "5M²" no million either.
    const written = writtenText(ctx, k, capital.end);
    const power = ctx.tokens[capital.end];
    const squared = power !== undefined && !power.space && (power.key === "²" || power.key === "³");
    if (written === written.toUpperCase() && !squared) return capital;
  }
  const moneyScale = find(ctx, k, "moneyScale");
  if (moneyScale === undefined) return undefined;
  // "$1,000 T-bills", "$5 B-shares": a capital letter that begins a compound word is no scale ("$5m-a-year" is).
  const joined = sameLine(ctx, moneyScale.end);
  const word = tokenAt(ctx, moneyScale.end + 1);
  const letters = writtenText(ctx, k, moneyScale.end);
  if (joined !== undefined && joined.key === HYPHEN && !joined.space && word?.kind === WORD && !word.space && letters !== letters.toLowerCase()) return undefined;
  // "$5m", and "1.8M dollars" where the currency follows.
  return money || find(ctx, moneyScale.end, "currencySuffix") !== undefined ? moneyScale : undefined;
};

const notInCompound = (found: Found<"unitSuffix">): boolean => found.value.inCompound !== true;

/**
 * A unit or currency written after the amount at `k`, the longer of the two readings. A currency
 * symbol that opens the next amount belongs to it ("1 $10 dollars bill"). A word with a capital
 * reading ("MB") takes it when written in capitals.
 */
const suffixUnitAt = (ctx: Context, k: number): { readonly end: number; readonly unit: UnitWord; readonly lang: SenseLang } | undefined => {
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
const minorCurrencyAt = (ctx: Context, k: number): { readonly end: number; readonly unit: UnitWord; readonly power: number; readonly lang: SenseLang } | undefined => {
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
const minorCurrencyWordAt = (ctx: Context, k: number): Found<"minorUnit"> | undefined => {
  const minor = find(ctx, k, "minorUnit");
  return minor !== undefined && minor.value.currency !== undefined && minor.value.tight !== true ? minor : undefined;
};

/** Brackets a unit may be written in: "20 (kg)", "20 [kg]". */
const BRACKETS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([["(", ")"], ["[", "]"], ["{", "}"], ["<", ">"]]);

/** A unit in brackets after the amount at `k`: "20 (kg)", "20 [kg]", "20 {kg}", "20 <kg>". */
const bracketedUnitAt = (ctx: Context, k: number): { readonly end: number; readonly unit: UnitWord; readonly lang: SenseLang } | undefined => {
  const open = sameLine(ctx, k);
  const close = open === undefined ? undefined : BRACKETS.get(open.key);
  if (close === undefined) return undefined;
  const unit = suffixUnitAt(ctx, k + 1);
  if (unit === undefined || sameLine(ctx, unit.end)?.key !== close) return undefined;
  return { ...unit, end: unit.end + 1 };
};

/** Reads digits at `k`, joining "1 700" groups where the language writes them so. */
const digitsAt = (ctx: Context, k: number): { end: number; raw: string } | Skip | undefined => {
  const token = tokenAt(ctx, k);
  if (token === undefined || token.kind !== NUM) return undefined;
  const reading = readDigits(token.key, false);
  if (reading === "malformed") return undefined;
  if (reading === "too-long") {
    ctx.rejected.push({ start: token.start, end: token.end });
    return { skipTo: k + 1 };
  }
  let raw = token.key;
  let end = k + 1;
  // "1 700 000": a plain space between groups of three, in Ukrainian and Russian (given, or when the
  // word after the number is Cyrillic). The first group has no separators of its own yet.
  if (raw.length <= 3 && !token.exponent) {
    let groups = 0;
    while (groups < 12) {
      const next = tokenAt(ctx, end);
      if (next === undefined || next.kind !== NUM || next.newline || !next.space || next.exponent) break;
      if (ctx.text.slice(tokenAt(ctx, end - 1)?.end ?? 0, next.start) !== " ") break;
      // The next group is three digits, maybe with a decimal part of its own ("1 700,5").
      const key = next.key;
      if (!allDigits(key, 0, 3) || !(key.length === 3 || key[3] === "," || key[3] === ".")) break;
      if (!spaceGroupingAllowed(ctx, end + 1, k)) {
        if (groups > 0 || !allDigits(raw, 0, raw.length)) break;
        // Elsewhere "1 234" may be one number or two ("3 100-metre races"): never a fragment of one.
        // A decimal comma settles it ("1 234,5" is no "1" and "234,5"); else neither is read.
        if (decimalCommaGroup(key)) {
          raw += ` ${key}`;
          end++;
          break;
        }
        return { skipTo: spacedGroupsEnd(ctx, end) };
      }
      raw += ` ${next.key}`;
      end++;
      groups++;
      if (next.key.length > 3) break;
    }
    if (groups > 0 && readDigits(raw, true) === "too-long") {
      const first = tokenAt(ctx, k);
      ctx.rejected.push({ start: first?.start ?? 0, end: tokenAt(ctx, end - 1)?.end ?? 0 });
      return { skipTo: end };
    }
  }
  // "1 599 059, 38 Евро": kopecks after a decimal comma and a space, right before the currency.
  const comma = tokenAt(ctx, end);
  const cents = tokenAt(ctx, end + 1);
  if (
    comma?.key === "," && !comma.space && cents?.kind === NUM && cents.space && !cents.newline && cents.key.length === 2 &&
    allDigits(cents.key, 0, 2) && !raw.includes(",") && !raw.includes(".") && spaceGroupingAllowed(ctx, end + 2) &&
    find(ctx, end + 2, "currencySuffix") !== undefined
  ) return { end: end + 2, raw: `${raw},${cents.key}` };
  return { end, raw };
};

/** "234,5", "234,56": three digits, a comma, and decimals that are not a group of three. */
const decimalCommaGroup = (key: string): boolean => {
  if (key.length < 5 || key.length === 7 || key[3] !== ",") return false;
  return allDigits(key, 0, 3) && allDigits(key, 4, key.length);
};

/** The token after a run of numbers that follow token `k - 1` each after one plain space ("1 234 567"): at most 12. */
const spacedGroupsEnd = (ctx: Context, k: number): number => {
  let end = k;
  while (end < k + 12) {
    const next = tokenAt(ctx, end);
    if (next === undefined || next.kind !== NUM || next.newline || ctx.text.slice(tokenAt(ctx, end - 1)?.end ?? 0, next.start) !== " ") break;
    end++;
  }
  return end;
};

const allDigits = (text: string, from: number, to: number): boolean => {
  if (text.length < to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

const spaceGroupingAllowed = (ctx: Context, after: number, first?: number): boolean => {
  const given = ctx.options.lang ?? ctx.options.fallbackLang;
  if (given !== undefined) return ctx.table.decimalComma.has(given);
  // "почти 1 022 ₽", "понад $1 234": a Cyrillic word right before the number (or its currency sign) decides too.
  if (first !== undefined) {
    let b = first - 1;
    // Over a sign and a currency symbol written tight before the digits ("–$2 493 952").
    for (let n = 0; n < 2 && b >= 0 && ctx.tokens[b]?.kind === SYM && ctx.tokens[b + 1]?.space === false; n++) b--;
    const word = ctx.tokens[b];
    const head = ctx.tokens[b + 1];
    if (word !== undefined && head !== undefined && !head.newline && word.kind === WORD && (word.script === CYRILLIC || word.script === CYRILLIC_UK)) return true;
  }
  // The word after the number's last group decides; further groups are skipped (at most a few).
  let k = after;
  // "1 599 059, 38 Евро": the kopecks after a decimal comma are skipped too.
  while (k < after + 12 && ctx.tokens[k]?.newline === false && (ctx.tokens[k]?.kind === NUM || (ctx.tokens[k]?.key === "," && ctx.tokens[k + 1]?.kind === NUM))) k++;
  const word = sameLine(ctx, k);
  return word !== undefined && word.kind === WORD && (word.script === CYRILLIC || word.script === CYRILLIC_UK);
};

/** Whether a phrase playing `role` ends right before token `k` (one or two tokens long: "cents", "US dollars"). */
const lastOf = (ctx: Context, k: number, role: "currencySuffix" | "minorUnit" | "unitSuffix"): boolean => {
  for (let from = k - 1; from >= Math.max(0, k - 2); from--) if (find(ctx, from, role)?.end === k) return true;
  return false;
};

/** Whether token `k` is a dot that follows no word, number or dot: the decimal point of ".77", "$.50", "(.5)". */
const freeDot = (ctx: Context, k: number): boolean => {
  const dot = tokenAt(ctx, k);
  const prev = tokenAt(ctx, k - 1);
  return dot?.key === "." && dot.kind === SYM && (prev === undefined || dot.space || (prev.kind === SYM && prev.key !== "."));
};

/** Signs of multiplication in scientific notation: "1.3x10^6", "1.3 × 10^6", "1.3·10^6". */
const TIMES: ReadonlySet<string> = /* @__PURE__ */ new Set(["x", "X", "×", "·", "*"]);
const CARET = "^";

/** Whether `raw` is plain digits with at most one decimal point: a mantissa for {@link caretPowerAt}. */
const plainDecimal = (raw: string): boolean => {
  let dots = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 46) dots++;
    else if (c < 48 || c > 57) return false;
  }
  return dots <= 1 && raw.charCodeAt(0) !== 46 && raw.charCodeAt(raw.length - 1) !== 46;
};

/**
 * A power written with a caret after the digits of token `k` (ending before `end`): "1.3x10^6" and
 * "1.3 × 10^-6" as the digits of "1.3e6" and "1.3e-6", "10^6" as "1e6". Any other caret — "2^10", or
 * a mantissa grouped in thousands — gives `skip`: the base alone (2) or the power alone (6) is no
 * quantity anyone stated. `undefined` when no caret follows.
 */
const caretPowerAt = (ctx: Context, k: number, end: number, raw: string): { readonly end: number; readonly raw: string } | { readonly skip: number } | undefined => {
  let ten = end;
  let mantissa = raw;
  const times = sameLine(ctx, end);
  if (ctx.tokens[k]?.key === "10" && times?.key === CARET && !times.space) {
    mantissa = "1";
    ten = k;
  } else if (times === undefined || !TIMES.has(times.key) || sameLine(ctx, end + 1)?.key !== "10") {
    const caret = sameLine(ctx, end);
    return caret?.key === CARET && !caret.space ? { skip: powerEnd(ctx, end) } : undefined;
  } else ten = end + 1;
  const caret = sameLine(ctx, ten + 1);
  if (caret?.key !== CARET || caret.space) return undefined;
  const last = powerEnd(ctx, ten + 1);
  const sign = tokenAt(ctx, ten + 2);
  const power = tokenAt(ctx, last - 1);
  if (last === ten + 2 || last - ten > 4 || power === undefined || power.kind !== NUM || !allDigits(power.key, 0, power.key.length) || power.key.length > 3 || !plainDecimal(mantissa))
    return { skip: last };
  const minus = sign !== undefined && sign.kind === SYM && (sign.key === HYPHEN || sign.key === MINUS) ? "-" : "";
  return { end: last, raw: `${mantissa}e${minus}${power.key}` };
};

const isSign = (token: Token | undefined): boolean =>
  token !== undefined && !token.space && token.kind === SYM && (token.key === HYPHEN || token.key === MINUS || token.key === "+");

/** The token after the power that a caret at `caret` raises to: "^6", "^-6", "^--6" written tight (signs and digits). */
const powerEnd = (ctx: Context, caret: number): number => {
  let at = caret + 1;
  // At most a few signs: the scan resumes after them, so a run of them is still read once.
  while (at < caret + 4 && isSign(tokenAt(ctx, at))) at++;
  const power = tokenAt(ctx, at);
  return power !== undefined && !power.space && power.kind === NUM ? at + 1 : at;
};

/** The value of a scale word of one or two tokens that ends right before `k` ("million", "тис ."). */
const scaleEndingAt = (ctx: Context, k: number): number | undefined => {
  for (let from = k - 1; from >= Math.max(0, k - 2); from--) {
    const scale = find(ctx, from, "scale");
    if (scale?.end === k) return scale.value;
  }
  return undefined;
};

/**
 * "a million and a half" is 1.5 million, "3 million and a half" 3.5 million: a fraction after a numeral
 * `value` that ends in a scale word before `k` is a fraction of that scale. Where that is not the only
 * reading — "one billion two hundred million and a half", "three thousand million and a half" (half of
 * which?), a fraction with no exact decimal — the whole is skipped.
 */
const fractionOfScaleAfter = (ctx: Context, k: number, value: Decimal): { readonly end: number; readonly number: NumberPart } | Skip | undefined => {
  const added = andFractionAfter(ctx, k, ZERO);
  if (added === undefined || isSkip(added)) return added;
  const scale = scaleEndingAt(ctx, k);
  const oneScale = scale !== undefined && value.isInteger() && value.lt(pow10(scale + 3));
  // "one billion and a half million" is read as two amounts, as before.
  if (has(ctx, added.end, "scale")) return undefined;
  if (scale === undefined || !oneScale || groupAt(ctx, added.end) !== undefined) return { skipTo: added.end };
  return { end: added.end, number: { kind: "words", value: value.plus(added.value.times(pow10(scale))) } };
};

/** A plural of a place or scale word that is no word of the lexicons: "hundreds", "thousands". */
const pluralPlace = (ctx: Context, token: Token): boolean => {
  if (token.kind !== WORD || !token.key.toLowerCase().endsWith("s")) return false;
  const entry = ctx.table.phrases.get(token.key.toLowerCase().slice(0, -1));
  return entry !== undefined && (entry.mask & (ROLE_BIT.multiplier | ROLE_BIT.scale)) !== 0;
};

/**
 * The longest ratio phrase of one to three words at `k` ("out of", "out of every", "in"): the token after
 * it, and whether it is a loose one (a preposition too, see {@link QuantityWords.looseRatioWords}).
 */
const ratioAt = (ctx: Context, k: number): { readonly end: number; readonly loose: boolean } | undefined => {
  const { ratioWords, looseRatioWords } = ctx.table;
  if (ratioWords.size === 0 && looseRatioWords.size === 0) return undefined;
  let key = "";
  let found: { readonly end: number; readonly loose: boolean } | undefined;
  for (let n = 0; n < 3; n++) {
    const token = sameLine(ctx, k + n);
    if (token === undefined || token.kind !== WORD) break;
    key += (n === 0 ? "" : " ") + token.key.toLowerCase();
    if (ratioWords.has(key)) found = { end: k + n + 1, loose: false };
    else if (looseRatioWords.has(key)) found = { end: k + n + 1, loose: true };
  }
  return found;
};

/** The number at token `k` that `simpleAt` reads: digits, a numeral in words, or a fraction. */
const numberAt = (
  ctx: Context,
  k: number,
  first: boolean,
  atStart: boolean,
): { readonly end: number; readonly number: NumberPart; readonly ordinal: boolean; readonly lang: Lang | undefined; readonly bound?: BoundWord } | Skip | undefined => {
  const token = tokenAt(ctx, k);
  if (token === undefined) return undefined;
  if (token.key === "." && token.kind === SYM) {
    // ".77", "$.50", "the .25ml liquid": a decimal with no leading zero, where the dot follows no word or number.
    const digits = tokenAt(ctx, k + 1);
    if (digits?.kind !== NUM || digits.space || digits.exponent || !freeDot(ctx, k) || !allDigits(digits.key, 0, digits.key.length)) return undefined;
    return { end: k + 2, number: { kind: "digits", raw: `0.${digits.key}`, exponent: false, leadingZero: false }, ordinal: false, lang: undefined };
  }
  if (token.kind === NUM) {
    // The far end of a range ("2-3") follows its separator tight, which is no identifier.
    if (first && atStart && identifierBefore(ctx, k)) return undefined;
    // ".77e5", ".1,5": digits after a lone dot that is no decimal point this reads are no number of their own.
    if (first && atStart && !token.space && freeDot(ctx, k - 1)) return undefined;
    const slash = slashFractionAt(ctx, k);
    if (slash !== undefined) return { end: slash.end, number: { kind: "decimal", digits: slash.value.toFixed() }, ordinal: false, lang: undefined };
    const date = dateLength(ctx, k);
    if (date > 0) return { skipTo: k + date };
    const digits = digitsAt(ctx, k);
    if (digits === undefined || isSkip(digits)) return digits;
    let end = digits.end;
    if (!token.exponent) {
      const power = caretPowerAt(ctx, k, end, digits.raw);
      if (power !== undefined && "skip" in power) return { skipTo: power.skip };
      if (power !== undefined) {
        const reading = readDigits(power.raw, false);
        if (reading === "too-long") ctx.rejected.push({ start: token.start, end: tokenAt(ctx, power.end - 1)?.end ?? token.end });
        if (typeof reading === "string") return { skipTo: power.end };
        return { end: power.end, number: { kind: "digits", raw: power.raw, exponent: true, leadingZero: false }, ordinal: false, lang: undefined };
      }
    }
    let number: NumberPart = { kind: "digits", raw: digits.raw, exponent: token.exponent, leadingZero: token.key.length > 1 && token.key.charCodeAt(0) === 48 && token.key.charCodeAt(1) !== 46 && token.key.charCodeAt(1) !== 44 };
    let lang: Lang | undefined;
    const suffix = find(ctx, end, "ordinalSuffix");
    if (suffix !== undefined && tokenAt(ctx, end)?.space === false && glued(ctx, end, suffix.end)) return { end: suffix.end, number, ordinal: true, lang: langOf(suffix) };
    // The rarer readings below need the number's value: it is computed only when the token after the
    // digits may begin one of them.
    const next = sameLine(ctx, end);
    if (next !== undefined && !next.space && next.kind === SYM) {
      // "2½ miles": a vulgar fraction written tight after the digits.
      const vulgar = find(ctx, end, "number");
      const whole = vulgar === undefined ? undefined : decimalOf(number);
      if (vulgar !== undefined && whole !== undefined && whole.isInteger()) {
        const part = new Decimal(vulgar.value);
        if (part.gt(0) && part.lt(1)) {
          number = { kind: "decimal", digits: whole.plus(part).toFixed() };
          end = vulgar.end;
        }
      }
    } else if (next !== undefined && next.space && next.kind === NUM && !digits.raw.includes(" ") && allDigits(digits.raw, 0, digits.raw.length) && !token.exponent) {
      // "10 1/2 miles", "2 1/4": a whole number and a proper fraction; "2 1/3" has no exact decimal and
      // is skipped, not read as 2.
      const mixed = mixedFractionAt(ctx, end);
      if (mixed !== undefined && "skip" in mixed) return { skipTo: mixed.skip };
      const whole = mixed === undefined ? undefined : decimalOf(number);
      if (mixed !== undefined && whole !== undefined)
        return { end: mixed.end, number: { kind: "decimal", digits: whole.plus(mixed.value).toFixed() }, ordinal: false, lang };
    }
    // "3 hundred and 21", "2 million 300 thousand": digits inside a numeral in words, read as one.
    const mixed = next !== undefined && (next.space || next.kind === HAN) && number.kind === "digits" ? mixedNumeralAt(ctx, k, end) : undefined;
    if (mixed !== undefined) return mixed;
    // "881 913 (восемьсот восемьдесят одна тысяча девятьсот тринадцать) руб.": the amount spelled out again.
    end = spelledOutAgain(ctx, end, number);
    if (number.kind === "digits" && (has(ctx, end, "fraction") || has(ctx, end, "joiner") || has(ctx, end, "addedFraction") || classifierAt(ctx, end))) {
      const whole = decimalOf(number);
      const fraction = whole === undefined ? undefined : fractionAfter(ctx, end, whole);
      if (fraction !== undefined) return { end: fraction.end, number: { kind: "decimal", digits: fraction.value.toFixed() }, ordinal: false, lang };
      const added = whole === undefined ? undefined : andFractionAfter(ctx, end, whole);
      if (added !== undefined) return isSkip(added) ? added : { end: added.end, number: { kind: "decimal", digits: added.value.toFixed() }, ordinal: false, lang };
    }
    return { end, number, ordinal: false, lang };
  }
  // "dozens of agreements", "десятки тысяч": no number, only the least it can be.
  const vague = vagueGroupAt(ctx, k);
  if (vague !== undefined) return { end: vague.end, number: { kind: "decimal", digits: vague.least.toFixed() }, ordinal: false, lang: langOf(vague), bound: vague.bound };
  const fraction = fractionAt(ctx, k) ?? fractionOfAt(ctx, k);
  if (fraction !== undefined) return { end: fraction.end, number: { kind: "words", value: fraction.value }, ordinal: false, lang: undefined };
  // "a dollar", "above a dollar and 42 cents": an article before a currency word is one of it. Not
  // before measures, where it is an idiom ("a ton of work", "a mile away"), nor "a dollar-based bond".
  const article = find(ctx, k, "indefiniteOne");
  // "a dozen": one group. After a price or a measure it is a rate ("64.2 cents a dozen"), no count.
  if (article !== undefined && groupAt(ctx, article.end) !== undefined) {
    const prev = tokenAt(ctx, k - 1);
    const rate = prev !== undefined && !tokenAt(ctx, k)?.newline && (prev.kind === NUM || lastOf(ctx, k, "currencySuffix") || lastOf(ctx, k, "minorUnit") || lastOf(ctx, k, "unitSuffix"));
    return rate ? { skipTo: article.end + 1 } : { end: article.end, number: { kind: "words", value: ONE }, ordinal: false, lang: langOf(article) };
  }
  if (article !== undefined && sameLine(ctx, article.end)?.kind === WORD) {
    const money = find(ctx, article.end, "currencySuffix", ctx.currencyOk) ?? minorCurrencyWordAt(ctx, article.end);
    const after = money === undefined ? undefined : sameLine(ctx, money.end);
    let words = money !== undefined;
    for (let w = article.end; words && w < (money?.end ?? 0); w++) words = tokenAt(ctx, w)?.kind === WORD;
    // Words only ("a US$4.7 billion" is the symbol of the amount after it), and no hyphen or number after.
    if (words && !(after?.key === HYPHEN && !after.space) && after?.kind !== NUM)
      return { end: article.end, number: { kind: "words", value: ONE }, ordinal: false, lang: langOf(article) };
  }
  // "three hundred and 21": digits may end a numeral in words.
  const numeral = readNumeral(ctx, k, true);
  if (numeral === undefined || isSkip(numeral)) return numeral;
  const lang = langOf(numeral);
  // "one-and-a-half", "two-and-a-half million": a hyphenated mixed number the reader does not take apart;
  // "one" alone would be another number. The glued run is passed over.
  const dash = tokenAt(ctx, numeral.end);
  const word = tokenAt(ctx, numeral.end + 1);
  if (dash?.key === HYPHEN && !dash.space && word !== undefined && !word.space && has(ctx, numeral.end + 1, "joiner")) {
    let end = numeral.end + 2;
    while (tokenAt(ctx, end) !== undefined && tokenAt(ctx, end)?.space === false && tokenAt(ctx, end)?.newline === false) end++;
    return { skipTo: end };
  }
  if (!numeral.ordinal) {
    // "three quarters billion" multiplies a one-word numerator; "two and a half million" adds to a whole
    // that does not end in a scale word ("one billion and a half million" is no 1.0000000005 × 10¹⁵).
    const direct = !has(ctx, numeral.end, "joiner");
    const endsInScale = has(ctx, numeral.end - 1, "scale");
    const more = (direct ? numeral.end - k === 1 || classifierAt(ctx, numeral.end) : !endsInScale) ? fractionAfter(ctx, numeral.end, numeral.value) : undefined;
    if (more !== undefined) return { end: more.end, number: { kind: "words", value: more.value }, ordinal: false, lang };
    const added = endsInScale ? undefined : andFractionAfter(ctx, numeral.end, numeral.value);
    if (added !== undefined) return isSkip(added) ? added : { end: added.end, number: { kind: "words", value: added.value }, ordinal: false, lang };
    const ofScale = endsInScale ? fractionOfScaleAfter(ctx, numeral.end, numeral.value) : undefined;
    if (ofScale !== undefined) return isSkip(ofScale) ? ofScale : { ...ofScale, ordinal: false, lang };
    // "one hundred and three quarters", "twenty-three fifths": the numeral is a fraction's numerator, not
    // a number of its own. "Three quarters" alone may count periods ("for three quarters in a row").
    const hyphen = tokenAt(ctx, numeral.end)?.key === HYPHEN && glued(ctx, numeral.end - 1, numeral.end + 2);
    const at = hyphen ? numeral.end + 1 : numeral.end;
    const denominator = sameLine(ctx, at) === undefined ? undefined : find(ctx, at, "denominator");
    if (denominator !== undefined && (hyphen || denominator.value.period !== true || numeral.end - k > 1)) return { skipTo: denominator.end };
  }
  return { end: numeral.end, number: { kind: "words", value: numeral.value }, ordinal: numeral.ordinal, lang };
};

/**
 * Digits at `k` (ending before `end`) that open a numeral in words: a place word follows ("hundred",
 * "thousand", "万", "千"), and after it more of the numeral — digits, a number word or "and" (after a
 * Chinese multiplier, digits). Else `undefined`, and the digits are read as usual ("3 hundred yuan", "2 million").
 */
const mixedNumeralAt = (ctx: Context, k: number, end: number): { readonly end: number; readonly number: NumberPart; readonly ordinal: false; readonly lang: Lang | undefined } | Skip | undefined => {
  const token = tokenAt(ctx, k);
  if (token === undefined || token.exponent || token.key.length > 3 || !allDigits(token.key, 0, token.key.length) || end !== k + 1) return undefined;
  const multiplier = find(ctx, end, "multiplier");
  const place = multiplier ?? find(ctx, end, "scale");
  const after = place === undefined ? undefined : sameLine(ctx, place.end);
  if (place === undefined || after === undefined || !(after.kind === NUM || has(ctx, place.end, "joiner") || has(ctx, place.end, "number"))) return undefined;
  // A Chinese multiplier takes digits directly ("5千4百"); with words after it, the words are read on their own.
  if (multiplier !== undefined && (ctx.table.bareMultipliers as ReadonlySet<string>).has(multiplier.lang) && after.kind !== NUM) return undefined;
  const numeral = readNumeral(ctx, k, true);
  // "3万50": no honest reading, so none at all rather than 3万 and 50.
  if (numeral !== undefined && isSkip(numeral)) return numeral;
  if (numeral === undefined || numeral.ordinal || numeral.end <= end) return undefined;
  // "3 million and a half".
  const ofScale = has(ctx, numeral.end - 1, "scale") ? fractionOfScaleAfter(ctx, numeral.end, numeral.value) : undefined;
  if (ofScale !== undefined) return isSkip(ofScale) ? ofScale : { ...ofScale, ordinal: false, lang: langOf(numeral) };
  return { end: numeral.end, number: { kind: "words", value: numeral.value }, ordinal: false, lang: langOf(numeral) };
};

/** After digits ending before `k`, a bracketed numeral of the same value is skipped: returns the token after it. */
const spelledOutAgain = (ctx: Context, k: number, number: NumberPart): number => {
  const open = sameLine(ctx, k);
  if (open?.key !== "(") return k;
  const numeral = readNumeral(ctx, k + 1);
  if (numeral === undefined || isSkip(numeral) || numeral.ordinal) return k;
  const scale = find(ctx, numeral.end, "scale");
  const end = scale !== undefined && tokenAt(ctx, scale.end)?.key === ")" ? scale.end : numeral.end;
  const value = scale !== undefined && end === scale.end ? numeral.value.times(pow10(scale.value)) : numeral.value;
  const written = decimalOf(number);
  return tokenAt(ctx, end)?.key === ")" && written !== undefined && written.eq(value) ? end + 1 : k;
};

/** The largest whole a ratio is read against ("3 out of 10"): its percentage stays exact to compute. */
const MAX_RATIO_PARTS = /* @__PURE__ */ new Decimal(1_000_000_000);

/**
 * The share of "3 out of 10" from `j`, the ratio phrase ending before `at`: 30 %, like "three-tenths".
 * Anything less plain — no whole number after the phrase, a scale or unit on it, a decimal, a numerator
 * above the whole, money — is no mention at all, and both numbers are skipped.
 */
const ratioShareAt = (ctx: Context, j: number, at: number, numerator: NumberPart | undefined, loose = false): Simple | Skip => {
  const whole = sameLine(ctx, at) === undefined ? undefined : numberAt(ctx, at, false, false);
  if (whole === undefined) return { skipTo: at };
  if (isSkip(whole)) return whole;
  // "1 in 2023": after a loose ratio word, four digits are a year.
  if (loose && whole.number.kind === "digits" && whole.number.raw.length === 4 && allDigits(whole.number.raw, 0, 4)) return { skipTo: whole.end };
  const part = numerator === undefined ? undefined : decimalOf(numerator);
  const parts = whole.ordinal || whole.bound !== undefined ? undefined : decimalOf(whole.number);
  const end = whole.end;
  const after = sameLine(ctx, end);
  // Nothing may hang on the whole: "two out of five hundreds" is no 40 %.
  const plain =
    after === undefined ||
    (after.kind !== NUM && !pluralPlace(ctx, after) && scaleAt(ctx, end, false) === undefined && !has(ctx, end, "multiplier") && !has(ctx, end, "number") && !has(ctx, end, "fraction") &&
      find(ctx, end, "unitSuffix") === undefined && find(ctx, end, "currencySuffix") === undefined && groupAt(ctx, end) === undefined);
  if (part === undefined || parts === undefined || !plain || identifierAfter(ctx, end) || !part.isInteger() || !parts.isInteger() || part.lt(1) || part.gt(parts) || parts.gt(MAX_RATIO_PARTS))
    return { skipTo: end };
  return { start: j, end, number: { kind: "decimal", digits: "0" }, ordinal: false, multiple: false, negative: false, scale: undefined, shift: 0, unit: PERCENT, bound: undefined, lang: undefined, share: { numerator: part.toNumber(), parts: parts.toNumber() } };
};

const EN_DASH = "–";
const PLUS = "+";
/**
 * Signs before a number: the hyphen-minus, the minus sign, the en dash (where it cannot be a dash) and
 * the plus sign, which keeps the amount positive and stays in its text ("+5%").
 */
const SIGNS: ReadonlySet<string> = /* @__PURE__ */ new Set([HYPHEN, MINUS, EN_DASH, PLUS]);
/** Punctuation after which a sign opens a number: "(-5", "[-5", ":-5", "=-5", "«-5%»". */
const OPENERS: ReadonlySet<string> = /* @__PURE__ */ new Set(["(", "[", "{", "（", "【", "「", "«", "“", "\"", "'", ":", "：", "=", ",", "，", "、", ";", "；"]);

/**
 * Whether the token before `k` ends a quantity: digits, or a number, scale, unit or currency word
 * ("5 –3", "5 million –3", "50亿美元–60亿美元"). A dash after one may join a range, so it is no sign.
 */
const quantityBefore = (ctx: Context, k: number): boolean => {
  const prev = tokenAt(ctx, k - 1);
  if (prev === undefined) return false;
  if (prev.kind === NUM || prev.key === PERCENT_CODE) return true;
  if (has(ctx, k - 1, "number") || has(ctx, k - 1, "multiplier") || has(ctx, k - 1, "ordinal")) return true;
  return scaleEndingAt(ctx, k) !== undefined || lastOf(ctx, k, "currencySuffix") || lastOf(ctx, k, "unitSuffix") || lastOf(ctx, k, "minorUnit");
};

/**
 * Whether the sign at `k` makes the number after it negative: written tight to the number or to the
 * currency before it ("-5", "−$5 billion", "-.5"), and not joining words or numbers ("COVID-19", "2-3").
 * A hyphen or minus may follow a space, an opening bracket or punctuation, or Han text ("为-50亿美元");
 * an en dash only where it cannot be a dash between two amounts: at the start of a line, or after a
 * space or punctuation that follows no quantity ("fell –5%", not "3 –5%").
 */
const signAt = (ctx: Context, k: number): boolean => {
  const head = tokenAt(ctx, k);
  const next = sameLine(ctx, k + 1);
  if (head === undefined || next === undefined || next.space) return false;
  // "-5", "-.5" with no leading zero, "-$5".
  const dotted = next.key === "." && tokenAt(ctx, k + 2)?.kind === NUM && tokenAt(ctx, k + 2)?.space === false;
  // "-$5", "−五十亿美元", "-five million": digits, a currency, or a number word.
  if (next.kind !== NUM && !dotted && find(ctx, k + 1, "currencyPrefix", ctx.currencyOk) === undefined && !has(ctx, k + 1, "number")) return false;
  const prev = tokenAt(ctx, k - 1);
  if (prev === undefined || head.newline) return true;
  // "−5–−3": the far end of a range, after its separator.
  if (head.key !== EN_DASH && head.key !== PLUS && !head.space && prev.kind === SYM && find(ctx, k - 1, "rangeSeparator")?.end === k) return true;
  if (head.key === EN_DASH) return !quantityBefore(ctx, k) && (head.space || OPENERS.has(prev.key) || prev.kind === HAN);
  return head.space || OPENERS.has(prev.key) || (prev.kind === HAN && !quantityBefore(ctx, k));
};

const CLOSERS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([["(", ")"], ["（", "）"]]);
/** Punctuation after which a cell of a table or a labelled figure begins: "Net income: ($5 billion)". */
const CELL_STARTS: ReadonlySet<string> = /* @__PURE__ */ new Set([":", "：", "|"]);

/**
 * Whether tokens `i`..`end - 1` are an amount in tight brackets that heads a line or a cell — after a
 * line break, a tab, ":" or "|" —, which accounts write for a negative: "($5 billion)". In prose, brackets
 * after words or another amount hold a gloss ("€4.6 billion ($5 billion)"), which is no negative.
 */
const accountingBrackets = (ctx: Context, i: number, end: number): boolean => {
  const open = tokenAt(ctx, i - 1);
  const head = tokenAt(ctx, i);
  const close = sameLine(ctx, end);
  if (open === undefined || head === undefined || close === undefined || head.space || close.space) return false;
  if (CLOSERS.get(open.key) !== close.key) return false;
  const before = tokenAt(ctx, i - 2);
  if (before === undefined || open.newline || CELL_STARTS.has(before.key)) return true;
  for (let c = before.end; c < open.start; c++) if (ctx.text.charCodeAt(c) === 9) return true;
  return false;
};

/** One side of a mention starting at token `j`. */
const simpleAt = (ctx: Context, j: number, first: boolean): Simple | Skip | undefined => {
  let k = j;
  let negative = false;
  let prefixUnit: UnitWord | undefined;
  let money = false;
  let lang: Lang | undefined;
  let ordinal = false;

  const head = tokenAt(ctx, k);
  if (head === undefined) return undefined;
  if (first && SIGNS.has(head.key)) {
    if (!signAt(ctx, k)) return undefined;
    negative = head.key !== PLUS;
    k++;
  } else if (first) {
    const minus = find(ctx, k, "minus");
    if (minus !== undefined && sameLine(ctx, minus.end) !== undefined) {
      lang ??= langOf(minus);
      negative = true;
      k = minus.end;
    }
  }

  const currency = find(ctx, k, "currencyPrefix", ctx.currencyOk);
  lang ??= langOf(currency);
  if (currency !== undefined) {
    prefixUnit = currency.value;
    money = true;
    k = currency.end;
    // "€-5 billion", "USD -5 million", "$–5": the sign after the currency, written tight to the number.
    const sign = sameLine(ctx, k);
    const digits = tokenAt(ctx, k + 1);
    if (first && !negative && sign !== undefined && (sign.key === HYPHEN || sign.key === MINUS || sign.key === EN_DASH) && digits?.kind === NUM && !digits.space) {
      negative = true;
      k++;
    }
  } else {
    const unit = find(ctx, k, "unitPrefix");
    lang ??= langOf(unit);
    if (unit !== undefined) {
      prefixUnit = unit.value;
      k = unit.end;
    } else {
      const ordinalPrefix = find(ctx, k, "ordinalPrefix");
      lang ??= langOf(ordinalPrefix);
      if (ordinalPrefix !== undefined) {
        ordinal = true;
        k = ordinalPrefix.end;
      }
    }
  }
  if (k > j && sameLine(ctx, k) === undefined) return undefined;

  const token = tokenAt(ctx, k);
  if (token === undefined) return undefined;
  if (k === j && !negative) {
    const share = shareAt(ctx, k);
    if (share !== undefined) {
      if (isSkip(share)) return share;
      if (identifierAfter(ctx, share.end)) return undefined;
      const number: NumberPart = { kind: "decimal", digits: "0" };
      // "a third or more", "三分之一以上".
      const suffix = boundSuffixAt(ctx, share.end);
      return { start: j, end: suffix?.end ?? share.end, number, ordinal: false, multiple: false, negative, scale: undefined, shift: 0, unit: PERCENT, bound: suffix?.value, lang: langOf(share) ?? langOf(suffix), share: { numerator: share.numerator, parts: share.parts } };
    }
    const multiple = find(ctx, k, "multiple");
    if (multiple !== undefined) {
      lang ??= langOf(multiple);
      const number: NumberPart = { kind: "words", value: new Decimal(multiple.value) };
      return { start: j, end: multiple.end, number, ordinal: false, multiple: true, negative, scale: undefined, shift: 0, unit: X, bound: undefined, lang };
    }
  }
  const numberStart = k;
  const read = numberAt(ctx, k, first, k === j);
  if (read === undefined || isSkip(read)) return read;
  let number = read.number;
  lang ??= read.lang;
  if (read.ordinal) ordinal = true;
  k = read.end;
  // "three hundred", not "a hundred" nor "hundred" alone: a numeral that multiplies a number by its last word.
  const closing = number.kind === "words" && !read.ordinal && k - numberStart > 1 && !has(ctx, k - 2, "indefiniteOne") ? find(ctx, k - 1, "multiplier") : undefined;
  const place = closing !== undefined && closing.end === k && !(ctx.table.bareMultipliers as ReadonlySet<string>).has(closing.lang) ? closing.value : 0;

  // "3 out of 10" is a share (30 %), "one out of three" no count of one.
  const ratio = ratioAt(ctx, k);
  if (ratio !== undefined) {
    const numerator = read.ordinal || read.bound !== undefined || prefixUnit !== undefined || negative ? undefined : number;
    if (!ratio.loose) return ratioShareAt(ctx, j, ratio.end, numerator);
    // "one in five" is 20 %; "2 in 5 days", "1 in 2023", "one in 5 km" are read as they were, without it.
    const share = numerator !== undefined && decimalOf(numerator)?.eq(1) === true ? ratioShareAt(ctx, j, ratio.end, numerator, true) : undefined;
    if (share !== undefined && !isSkip(share)) return share;
  }

  // "two dozen", "200 dozens", "half a dozen", "три десятка": the number counts groups.
  const group = read.ordinal || read.bound !== undefined ? undefined : groupAt(ctx, k);
  if (group !== undefined) {
    const count = number.kind === "digits" && !allDigits(number.raw, 0, number.raw.length) ? undefined : decimalOf(number);
    // A numeral multiplies when it is one word or ends in "hundred" or an article ("half a dozen"):
    // "three hundred and two dozens" may be 302 × 12 or 300 + 24.
    const last = k - 1;
    const whole = number.kind !== "words" || last === numberStart || has(ctx, last, "multiplier") || has(ctx, last, "indefiniteOne");
    if (count === undefined || !whole) return { skipTo: group.end };
    number = { kind: "decimal", digits: count.times(group.size).toFixed() };
    k = group.end;
  }

  if (ordinal) {
    if (prefixUnit !== undefined || negative) return undefined;
    if (identifierAfter(ctx, k)) return undefined;
    return { start: j, end: k, number, ordinal, multiple: false, negative, scale: undefined, shift: 0, unit: undefined, bound: undefined, lang };
  }

  let bound = read.bound === undefined ? boundSuffixAt(ctx, k) : undefined;
  let boundValue: BoundWord | undefined = read.bound;
  if (bound !== undefined) {
    lang ??= langOf(bound);
    boundValue = bound.value;
    k = bound.end;
  }

  // "300 K" standing apart, and not money: a thousand ("5K") or kelvins (the SI writes "300 K")? "35 C",
  // "95 F": degrees, or a grade? None is read; "300 kelvin", "$300 K", "35 °C" are.
  const letter = sameLine(ctx, k);
  if (!money && letter !== undefined && letter.space && letter.kind === WORD && letter.end - letter.start === 1 && TEMPERATURE_LETTERS.has(ctx.text[letter.start] ?? "")) {
    const next = ctx.tokens[k + 1];
    if (next === undefined || next.space || next.newline) return { skipTo: k + 1 };
  }
  let scale: number | undefined = prefixUnit?.scale;
  let scaleWord = scaleAt(ctx, k, money);
  // "12千米" is 12 km, not 12 thousand metres: a unit word longer than the scale word wins.
  if (scaleWord !== undefined && (suffixUnitAt(ctx, k)?.end ?? 0) > scaleWord.end) scaleWord = undefined;
  let scaled = scaleWord !== undefined;
  if (scaleWord !== undefined) {
    lang ??= langOf(scaleWord);
    scale = (scale ?? 0) + scaleWord.value;
    k = scaleWord.end;
    // "three thousand million" (10⁹, as British English wrote a billion), "three lakh crore" (3 × 10¹²):
    // a larger scale word right after multiplies.
    const larger = sameLine(ctx, k) === undefined ? undefined : find(ctx, k, "scale");
    if (larger !== undefined && larger.value > scaleWord.value && (suffixUnitAt(ctx, k)?.end ?? 0) <= larger.end) {
      scale += larger.value;
      k = larger.end;
    }
  } else if (number.kind === "digits" && prefixUnit === undefined && sameLine(ctx, k)?.space === true) {
    // "322 hundred" is 32,200. With more numeral words after it ("3 hundred and 21") it is neither.
    const multiplier = find(ctx, k, "multiplier");
    if (multiplier !== undefined && !(ctx.table.bareMultipliers as ReadonlySet<string>).has(multiplier.lang) && !number.exponent) {
      const next = sameLine(ctx, multiplier.end);
      if (next !== undefined && (next.kind === NUM || has(ctx, multiplier.end, "joiner") || has(ctx, multiplier.end, "number"))) return { skipTo: multiplier.end };
      lang ??= langOf(multiplier);
      scale = (scale ?? 0) + multiplier.value;
      scaled = true;
      k = multiplier.end;
    }
  }

  // "3 million and a half" is 3.5 million (the fraction is of the scale); "1.5 million and a half" and
  // "3 thousand million and a half" (half of which?) have no honest reading. Before another scale word
  // ("1 billion and a half million") the fraction opens the next amount, as in fractionOfScaleAfter.
  if (scaled) {
    const added = andFractionAfter(ctx, k, ZERO);
    if (added !== undefined && (isSkip(added) || !has(ctx, added.end, "scale"))) {
      if (isSkip(added)) return added;
      const whole = decimalOf(number);
      const twoScales = scaleWord !== undefined && k !== scaleWord.end;
      if (whole === undefined || !whole.isInteger() || twoScales || scaleAt(ctx, added.end, true) !== undefined || groupAt(ctx, added.end) !== undefined) return { skipTo: added.end };
      number = { kind: "decimal", digits: whole.plus(added.value).toFixed() };
      k = added.end;
    }
  }

  // "2,2 млн.руб.": the abbreviation's dot, written tight, before the unit (a sentence's dot stays out).
  if (scaled && tokenAt(ctx, k)?.key === "." && tokenAt(ctx, k)?.space === false && suffixUnitAt(ctx, k + 1) !== undefined) k++;
  let unit = prefixUnit;
  let shift = 0;
  if (prefixUnit === undefined || money) {
    const suffix = suffixUnitAt(ctx, k);
    if (suffix !== undefined) {
      lang ??= langOf(suffix);
      const code = unitCode(ctx, suffix.unit);
      if (prefixUnit === undefined) {
        // "1,674,200.5 M": a capital scale letter standing apart is no metre (the metre is a lower-case
        // "m"), and tables use it for a million or, in accounts, a thousand: no honest reading.
        const capital = find(ctx, k, "capitalScale");
        const letters = writtenText(ctx, k, suffix.end);
        if (capital !== undefined && capital.end === suffix.end && letters !== letters.toLowerCase()) return { skipTo: suffix.end };
        // "5T", "5 T" with no money: tonnes, teslas ("a 3T scanner") or trillions ("$5T" is trillions).
        const letter = find(ctx, k, "moneyScale");
        if (letter !== undefined && letter.end === suffix.end && letters !== letters.toLowerCase()) return { skipTo: suffix.end };
        unit = suffix.unit;
        // "30 MUSD", "20 т. р.", "0.9 Tcf", "七成": the word carries a scale.
        if (suffix.unit.scale !== undefined) scale = (scale ?? 0) + suffix.unit.scale;
        if (suffix.unit.tenthsBelowTen === true && decimalOf(number)?.lt(10) === true) scale = (scale ?? 0) + 1;
        const written = writtenText(ctx, k, suffix.end);
        k = suffix.end;
        // "75 USD million": an ISO code before the scale word, as financial tables write it.
        if (!scaled && suffix.unit.scale === undefined && written === code && getUnit(code)?.dimension === "currency") {
          const late = scaleAt(ctx, k, true);
          if (late !== undefined) {
            scale = (scale ?? 0) + late.value;
            k = late.end;
          }
        }
      } else if (
        tokenAt(ctx, k)?.kind !== SYM &&
        (code === unitCode(ctx, prefixUnit) || (prefixUnit.dollar === true && DOLLAR_CANDIDATES.includes(code)))
      ) {
        // "$5 million USD", "人民币500亿元": the suffix repeats (or pins down) the prefix.
        if (suffix.unit.dollar !== true) unit = suffix.unit;
        k = suffix.end;
      }
    } else if (prefixUnit === undefined) {
      const minor = minorCurrencyAt(ctx, k);
      const bracketed = minor === undefined ? bracketedUnitAt(ctx, k) : undefined;
      if (minor !== undefined) {
        // "50 cents" is half a dollar: the minor unit shifts the number into its currency.
        lang ??= langOf(minor);
        unit = minor.unit;
        shift = minor.power;
        k = minor.end;
      } else if (bracketed !== undefined) {
        lang ??= langOf(bracketed);
        unit = bracketed.unit;
        k = bracketed.end;
      } else if (sameLine(ctx, k) !== undefined && find(ctx, k, "unitSuffix", notInCompound) !== undefined) {
        // A unit symbol in a case it is not written in ("5 mw", "10 MG", "10 G"): milli or mega, gram
        // or giga? No unit can be read, and the number is no count either.
        return { skipTo: find(ctx, k, "unitSuffix", notInCompound)!.end };
      } else if (tokenAt(ctx, k)?.key === HYPHEN && glued(ctx, k - 1, k + 2) && tokenAt(ctx, k + 1)?.kind === WORD) {
        // "3-inch", "12-ton", "12-cent": a unit joined by a hyphen.
        const hyphenated = suffixUnitAt(ctx, k + 1);
        const hyphenMinor = hyphenated === undefined ? minorCurrencyAt(ctx, k + 1) : undefined;
        if (hyphenated !== undefined) {
          lang ??= langOf(hyphenated);
          unit = hyphenated.unit;
          k = hyphenated.end;
        } else if (hyphenMinor !== undefined) {
          lang ??= langOf(hyphenMinor);
          unit = hyphenMinor.unit;
          shift = hyphenMinor.power;
          k = hyphenMinor.end;
        }
      }
    }
  }

  // "一吨半" (1.5 t), "a mile and a half": a fraction after the unit of a whole number.
  if (unit !== undefined && k > j && sameLine(ctx, k) !== undefined && (has(ctx, k, "fraction") || has(ctx, k, "joiner"))) {
    const whole = decimalOf(number);
    const joiner = find(ctx, k, "joiner");
    const at = joiner !== undefined && joiner.key !== HYPHEN ? joiner.end : k;
    const article = find(ctx, at, "indefiniteOne");
    const half = find(ctx, article?.end ?? at, "fraction");
    // Not "5 miles and a half dozen eggs": nothing may hang on the fraction.
    if (whole !== undefined && whole.isInteger() && half !== undefined && (at === k || article !== undefined) && sameLine(ctx, half.end)?.kind !== WORD) {
      number = { kind: "decimal", digits: whole.plus(half.value).toFixed() };
      k = half.end;
    }
  }

  const unitInfo = unit === undefined ? undefined : getUnit(unitCode(ctx, unit));
  if (unit !== undefined && unitInfo !== undefined && scale === undefined && bound === undefined && shift === 0) {
    if (unitInfo.dimension === "currency") {
      const minor = readMinorUnits(ctx, k, number, unitInfo.code);
      if (minor !== undefined) {
        number = minor.number;
        k = minor.end;
      }
    } else {
      const compound = readCompound(ctx, k, number, unitInfo.code);
      if (compound !== undefined) {
        number = compound.number;
        unit = compound.unit;
        k = compound.end;
      }
    }
  }

  if (bound === undefined && boundValue === undefined) {
    bound = boundSuffixAt(ctx, k);
    if (bound !== undefined) {
      lang ??= langOf(bound);
      boundValue = bound.value;
      k = bound.end;
    }
  }

  if (identifierAfter(ctx, k)) return undefined;
  return { start: j, end: k, number, ordinal: false, multiple: false, negative, scale, shift, unit, bound: boundValue, lang, ...(place !== 0 && number.kind === "words" ? { place } : {}) };
};

/** Tokens looked back over for the verb of a change: "підвищив облікову ставку на 1 п.п. до 15 %" is nine. */
const CHANGE_REACH = 12;
/** Range openers that also open a change's start ("rose from 3 to 5"), unlike "between". */
const FROM_OPENERS: ReadonlySet<string> = /* @__PURE__ */ new Set(["from", "от", "від", "从"]);
/** Punctuation that ends the clause of a change verb ("выросла, но составит до 5 млрд" is "up to"). */
const CLAUSE_ENDS: ReadonlySet<string> = /* @__PURE__ */ new Set([",", ";", ":", "!", "?", "(", ")", "—", "–"]);

const isChangeVerb = (ctx: Context, token: Token): boolean => {
  const { changeVerbStems, longestStem } = ctx.table;
  for (let len = Math.min(token.key.length, longestStem); len >= 2; len--) if (changeVerbStems.has(token.key.slice(0, len))) return true;
  return false;
};

/**
 * Whether a verb of change governs token `i` ("виросте до…", "снижена на 50 б.п. до 16 %": lowered by
 * 50 bp to 16 %, not "up to 16 %"): the word before it, or one a few tokens back in the same clause and
 * sentence. A full stop ends the sentence only before a capital ("млн. Прогноз до…"); "б.п." does not.
 */
const afterChangeVerb = (ctx: Context, i: number, reach = CHANGE_REACH): boolean => {
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
    const token = tokenAt(ctx, k);
    if (token === undefined) return false;
    if (token.kind === WORD && isChangeVerb(ctx, token)) return true;
    const after = tokenAt(ctx, k + 1);
    if (after === undefined || after.newline) return false;
    if (token.kind === SYM && CLAUSE_ENDS.has(token.key)) return false;
    if (token.kind === SYM && token.key === "." && after.space) {
      const first = ctx.text[after.start] ?? "";
      if (first !== first.toLowerCase()) return false;
    }
  }
  return false;
};

/** A range separator at `k`: the opener's own separators, or any plain one. Returns the token after it. */
const separatorAt = (ctx: Context, k: number, opener: readonly string[] | undefined): number | undefined => {
  if (sameLine(ctx, k) === undefined) return undefined;
  if (opener !== undefined) {
    const hits = hitsAt(ctx, k);
    for (let h = hits.length - 1; h >= 0; h--) {
      const hit = hits[h];
      if (hit !== undefined && opener.includes(hit.key)) return hit.end;
    }
    return undefined;
  }
  return find(ctx, k, "rangeSeparator")?.end;
};

/**
 * The language of a mention: the option; else Han script; else the language of its first
 * language-specific word ("понад" is Ukrainian); else its script (Cyrillic with і/ї/є/ґ → Ukrainian).
 */
const mentionLang = (ctx: Context, from: number, to: number, vote: Lang | undefined): Lang => {
  if (ctx.options.lang !== undefined) return ctx.options.lang;
  for (let k = from; k < to; k++) if (ctx.tokens[k]?.script === HAN_SCRIPT) return "zh";
  if (vote !== undefined) return vote;
  let cyrillic = false;
  let uk = false;
  let latin = false;
  for (let k = from; k < to; k++) {
    const token = ctx.tokens[k];
    if (token === undefined) continue;
    if (token.script === HAN_SCRIPT) return "zh";
    if (token.script === CYRILLIC_UK) uk = true;
    else if (token.script === CYRILLIC) cyrillic = true;
    else if (token.script === LATIN) latin = true;
  }
  if (uk) return "uk";
  if (cyrillic) return "ru";
  if (latin) return "en";
  return ctx.options.fallbackLang ?? scriptLang(ctx.tokens[to]) ?? "en";
};

/** Digits and a scale word as the precision policy wants them. */
const writtenOf = (part: NumberPart, scale: number, decimalComma: boolean, ordinal: boolean, scaled: boolean): WrittenNumber | undefined => {
  if (part.kind === "digits") {
    const reading = readDigits(part.raw, decimalComma, scaled);
    if (typeof reading === "string") return undefined;
    // "1e6" and "10^6" write the integer 1,000,000 in another notation, not "1 million": it is stated
    // as "1,000,000" is (to the unit, a round number). A decimal mantissa keeps its digits ("1.3e6",
    // "1.0e6" to 10⁵), as "1.3 million" does. The exponent is at most 30 (readDigits), so the zeros are bounded.
    if (reading.exponent > 0 && !reading.digits.includes(".") && reading.digits !== "0")
      return { digits: reading.digits + "0".repeat(reading.exponent), scale };
    return { digits: reading.digits, scale: reading.exponent + scale };
  }
  if (part.kind === "decimal") return { digits: part.digits, scale };
  const value = part.value;
  if (!value.isInteger() || value.isZero() || ordinal) return { digits: value.toFixed(), scale };
  // A numeral's precision is its last written word: "seventy" is stated to the ten, "四百一十亿" to 10⁹.
  let digits = value.toFixed();
  let zeros = 0;
  while (digits.length > 1 && digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    zeros++;
  }
  return { digits, scale: scale + zeros };
};

const DOLLAR_LISTS = /* @__PURE__ */ new Map<string, readonly string[]>();

/** The dollar currencies with the chosen one first; one frozen list per choice, shared by every mention. */
const dollarCandidates = (dollar: string): readonly string[] => {
  let list = DOLLAR_LISTS.get(dollar);
  if (list === undefined) {
    list = Object.freeze(DOLLAR_CANDIDATES.includes(dollar) ? [dollar, ...DOLLAR_CANDIDATES.filter((c) => c !== dollar)] : [dollar, ...DOLLAR_CANDIDATES]);
    DOLLAR_LISTS.set(dollar, list);
  }
  return list;
};

const PLUS_MINUS = "±";
const PERCENT_CODE = "%";

/**
 * The tolerance after "±" that follows `low` ("5 ± 2 kg", "5±2", "5 kg ± 2 kg"), or `undefined` when no
 * number follows the sign. Where the tolerance has no exact reading it is a skip, so that neither the
 * centre nor the tolerance is read alone: a bound word on either side, a negative, differing units, a
 * percentage ("50 ± 10 %" may be points or a tenth of the value), a scale on the centre only ("5
 * million ± 2").
 */
const toleranceAt = (ctx: Context, low: Simple, bound: BoundWord | undefined): Simple | Skip | undefined => {
  const tolerance = simpleAt(ctx, low.end + 1, false);
  if (tolerance === undefined || isSkip(tolerance)) return tolerance;
  const skip: Skip = { skipTo: tolerance.end };
  const lowCode = low.unit === undefined ? undefined : unitCode(ctx, low.unit);
  const code = tolerance.unit === undefined ? undefined : unitCode(ctx, tolerance.unit);
  const plain = (side: Simple): boolean => !side.ordinal && !side.multiple && side.share === undefined && side.bound === undefined && !side.negative;
  if (!plain(low) || !plain(tolerance) || bound !== undefined) return skip;
  if ((lowCode !== undefined && code !== undefined && lowCode !== code) || lowCode === PERCENT_CODE || code === PERCENT_CODE) return skip;
  if (low.scale !== undefined && tolerance.scale === undefined) return skip;
  if (tolerance.number.kind === "digits" && tolerance.number.leadingZero) return skip;
  return tolerance;
};

/**
 * The ends of "centre ± tolerance" as written numbers stated to the finer of the two precisions, so the
 * range is exact ("1.5 ± 0.25" is 1.25–1.75, to the hundredth); `undefined` when the low end is below zero.
 */
const toleranceEnds = (centre: WrittenNumber, tolerance: WrittenNumber): readonly [WrittenNumber, WrittenNumber] | undefined => {
  const precision = Math.min(writtenPrecision(centre), writtenPrecision(tolerance));
  const middle = writtenValue(centre);
  const width = writtenValue(tolerance);
  const low = middle.minus(width);
  if (low.lt(0)) return undefined;
  const unit = pow10(precision);
  return [
    { digits: low.div(unit).toFixed(), scale: precision },
    { digits: middle.plus(width).div(unit).toFixed(), scale: precision },
  ];
};

/** The mention that begins at token `i`, if any. */
const writtenValue = (w: WrittenNumber): Decimal => new Decimal(w.digits).times(pow10(w.scale));

const mentionAt = (ctx: Context, i: number, noRange = false): QuantityMatch | Skip | undefined => {
  // "一成不变" is a word, not "10 %".
  const idiom = find(ctx, i, "idiom");
  if (idiom !== undefined) return { skipTo: idiom.end };
  let k = i;
  let bound: BoundWord | undefined;
  const boundWord = find(ctx, k, "boundPrefix");
  if (boundWord !== undefined) {
    // "6~4月": a sign glued to the number before it joins the two ("~" is a range, "5±2" a tolerance), no "about 4".
    const head = ctx.tokens[i];
    if (head !== undefined && head.kind === SYM && !head.space && tokenAt(ctx, i - 1)?.kind === NUM) return undefined;
    let target = false;
    for (const hit of hitsAt(ctx, k)) if (hit.end === boundWord.end && hit.entry.targetWord !== undefined) target = true;
    // "виросте до 10 млн тонн" is "will grow to", not "up to": the mention starts at the number.
    if (target && afterChangeVerb(ctx, i)) return undefined;
    bound = boundWord.value;
    k = boundWord.end;
    if (sameLine(ctx, k) === undefined) return undefined;
    // "почти на треть", "более чем на 5 %": the bound carries over the by-word ("on" a change) to the
    // amount. A bare comparative compares instead: "больше на 5 %" is more by 5 %, no bound on the 5 %.
    const byLang = sameLine(ctx, k) === undefined ? undefined : ctx.table.byWords.get(tokenAt(ctx, k)?.key ?? "");
    if (byLang !== undefined && ctx.table.boundBeforeBy.has(byLang)) {
      if (phraseIn(ctx, i, ctx.table.comparatives) === boundWord.end || sameLine(ctx, k + 1) === undefined) return undefined;
      k++;
    }
  }
  let opener: readonly string[] | undefined;
  const openerWord = find(ctx, k, "rangeOpener");
  if (openerWord !== undefined && sameLine(ctx, openerWord.end) !== undefined) {
    opener = openerWord.value;
    k = openerWord.end;
  }

  const low = simpleAt(ctx, k, true);
  if (low === undefined) return undefined;
  if (isSkip(low)) return low;
  if (low.ordinal && bound !== undefined) return undefined;

  let high: Simple | undefined;
  // Where the far end starts, behind the separator.
  let farStart = low.end;
  if (!noRange && !low.ordinal && !low.multiple && low.bound === undefined && low.share === undefined) {
    const after = separatorAt(ctx, low.end, opener);
    const sep = tokenAt(ctx, low.end);
    if (after !== undefined && low.negative && after === low.end + 1 && (sep?.key === HYPHEN || sep?.key === MINUS)) {
      // "-5-3" may be a range or a difference: neither number is read alone.
      if (tokenAt(ctx, after)?.kind === NUM && tokenAt(ctx, after)?.space === false) return { skipTo: after + 1 };
    } else if (after !== undefined) {
      // After a negative near end the far end may carry a sign of its own: "-5 to 10%", "−5 to −3 °C".
      const candidate = simpleAt(ctx, after, low.negative);
      if (candidate !== undefined && !isSkip(candidate) && !candidate.ordinal && !candidate.multiple && candidate.bound === undefined && candidate.share === undefined) {
        const lowCode = low.unit === undefined ? undefined : unitCode(ctx, low.unit);
        const highCode = candidate.unit === undefined ? undefined : unitCode(ctx, candidate.unit);
        const leadingZero = candidate.number.kind === "digits" && candidate.number.leadingZero;
        const scalesAgree = low.scale === undefined || candidate.scale !== undefined;
        if ((lowCode === undefined || highCode === undefined || lowCode === highCode) && scalesAgree && !leadingZero) {
          high = candidate;
          farStart = after;
        }
      }
    }
  }
  if (opener !== undefined && high === undefined) return undefined;
  // "снизилась с 16 до 15 %", "вырос с 3 до 5 млн т": a bare number before a change's target ("до")
  // shares the target's scale or unit; alone it would be another number (16, a count). Not read.
  if (high === undefined && bound === undefined && low.unit === undefined && low.scale === undefined && !low.ordinal && low.share === undefined) {
    const target = sameLine(ctx, low.end) === undefined ? undefined : find(ctx, low.end, "targetWord");
    const next = target === undefined || sameLine(ctx, target.end) === undefined ? undefined : simpleAt(ctx, target.end, true);
    if (next !== undefined && !isSkip(next) && (next.unit !== undefined || next.scale !== undefined)) return { skipTo: low.end };
  }

  // "5 ± 2 kg": a tolerance, read as the range it states (3–7 kg).
  let tolerance: Simple | undefined;
  if (high === undefined && sameLine(ctx, low.end)?.key === PLUS_MINUS) {
    const read = toleranceAt(ctx, low, bound);
    if (read !== undefined && isSkip(read)) return read;
    tolerance = read;
  }
  // The far end of a range, or the tolerance.
  const far = high ?? tolerance;
  // "rose from 3 to 5 million tonnes", "зріс від 3 до 5 млн тонн": an opener governed by a verb of change
  // names a change's start and end, no range (a range would say 4 million). The near end is read alone,
  // or passed over where it shares the far end's scale or unit; the far end is read after it.
  // The verb stands right before the opener, or one word before it ("rose sharply from"); "between"
  // stays a range ("rose between 40 and 45 per cent" is a rise of 40–45 %).
  if (high !== undefined && openerWord !== undefined && FROM_OPENERS.has(openerWord.key) && afterChangeVerb(ctx, i, 2)) {
    const borrows = (low.unit === undefined && high.unit !== undefined) || (low.scale === undefined && high.scale !== undefined) || high.place !== undefined;
    return borrows ? { skipTo: farStart } : mentionAt(ctx, openerWord.end, true);
  }

  const endToken = (far ?? low).end;
  // "± 2 kg" with no centre before it states a tolerance, no amount: the whole of it is passed over, so
  // that neither "about 2 kg" nor "2 kg" is read from it.
  if (bound !== undefined && boundWord !== undefined && boundWord.end === i + 1 && ctx.tokens[i]?.key === PLUS_MINUS) return { skipTo: endToken };
  const first = ctx.tokens[i];
  const last = ctx.tokens[endToken - 1];
  if (first === undefined || last === undefined) return undefined;
  const lang = mentionLang(ctx, i, endToken, (bound !== undefined ? langOf(boundWord) : undefined) ?? langOf(openerWord) ?? low.lang ?? far?.lang);
  const decimalComma = ctx.table.decimalComma.has(lang);
  // "2–3 million": a scale on the far end is the near end's too, unless the near end is a numeral that
  // already holds its places ("between 3 hundred and 5 hundred": 300, not 30,000).
  const stated = low.number.kind === "words" && far?.scale !== undefined && low.number.value.gte(pow10(far.scale));
  // "two to three hundred" is 200–300, as "2–3 hundred" is: the multiplier closing the far end's numeral
  // is the near end's too, when the near end holds no such place of its own ("two hundred to three
  // hundred", "150 to three hundred" do) and the range still runs upwards ("between two and one hundred"
  // is 2–100, no 200 down to 100).
  const near = high?.place === undefined || low.scale !== undefined ? undefined : decimalOf(low.number);
  const farValue = near === undefined ? undefined : decimalOf(high?.number ?? low.number);
  const carries = high?.place !== undefined && near !== undefined && farValue !== undefined && near.gt(0) && near.lt(pow10(high.place)) && near.times(pow10(high.place)).lt(farValue);
  const place = carries ? (high?.place ?? 0) : 0;
  const lowScale = low.scale ?? (stated ? 0 : (far?.scale ?? 0)) + place;
  // A minor unit's shift ("5–10 cents") applies to the end that has no unit of its own.
  const lowShift = low.unit !== undefined ? low.shift : (far?.shift ?? 0);
  const highShift = far === undefined ? 0 : far.unit !== undefined ? far.shift : low.shift;
  // A share's percentage is rounded so that its bound stays true: see shareDigits.
  const said = bound ?? low.bound;
  const share = low.share === undefined ? undefined : shareDigits(low.share, said === "moreThan" || said === "atLeast" ? "down" : said === "atMost" || said === "lessThan" || said === "almost" ? "up" : "nearest");
  const lowNumber: NumberPart = share === undefined ? low.number : { kind: "decimal", digits: share.digits };
  let written = writtenOf(lowNumber, lowScale + lowShift, decimalComma, low.ordinal, lowScale !== 0);
  let writtenHigh = far === undefined ? undefined : writtenOf(far.number, (far.scale ?? 0) + highShift, decimalComma, false, far.scale !== undefined);
  if (written === undefined || (far !== undefined && writtenHigh === undefined)) return { skipTo: endToken };
  if (tolerance !== undefined && writtenHigh !== undefined) {
    const ends = toleranceEnds(written, writtenHigh);
    // "1 ± 2 kg" runs below zero, which no amount here may.
    if (ends === undefined) return { skipTo: endToken };
    [written, writtenHigh] = ends;
  }
  // Ends in reverse order are not a range: "fell from 5 to 3 million" is a change, "2023-13" no range at
  // all. The first number is read alone (once more, so still linear) and the scan finds the second.
  const signed = (w: WrittenNumber, negative: boolean): Decimal => (negative ? writtenValue(w).negated() : writtenValue(w));
  if (writtenHigh !== undefined && signed(written, low.negative).gt(signed(writtenHigh, high?.negative === true))) {
    // "fell from 5 to 3 million", "снизилась с 16 до 15 %", "-1.5 to -2 %": the near end shares the far
    // end's scale or unit, as in a range, so alone it would be another number ("5", a count). It is
    // passed over, and the far end read from behind the separator ("до" there is no "up to").
    const borrows = (low.unit === undefined && far?.unit !== undefined) || (low.scale === undefined && far?.scale !== undefined);
    if (borrows && high !== undefined) return { skipTo: farStart };
    return opener !== undefined ? undefined : mentionAt(ctx, i, true);
  }

  let unitWord = low.unit ?? far?.unit;
  // "361 million pounds" is money, "25 pounds" a weight: after a scale word a currency reading wins.
  if (unitWord?.candidates !== undefined && (low.scale !== undefined || far?.scale !== undefined)) {
    const currency = unitWord.candidates.find((c) => getUnit(c)?.dimension === "currency");
    if (currency !== undefined) unitWord = { unit: currency, candidates: [currency, ...unitWord.candidates.filter((c) => c !== currency)] };
  }
  const unit = low.ordinal ? "ordinal" : unitWord === undefined ? "count" : unitCode(ctx, unitWord);
  const candidates = unitWord === undefined ? undefined : unitWord.dollar === true ? dollarCandidates(ctx.options.dollar) : unitWord.candidates;
  // "($5 billion)" heading a line or a cell is an accounting negative: the brackets are its sign.
  const bracketed = far === undefined && said === undefined && !low.negative && !low.ordinal && accountingBrackets(ctx, i, endToken);
  const accounting = bracketed && getUnit(unit)?.dimension === "currency";
  // "(5%)", "(12)" there may be a negative too, or a list marker: no honest reading.
  if (bracketed && !accounting) return { skipTo: endToken + 1 };
  const from = accounting ? (ctx.tokens[i - 1] ?? first) : first;
  const to = accounting ? (ctx.tokens[endToken] ?? last) : last;
  const quantity = buildQuantity({
    text: ctx.text.slice(from.start, to.end),
    written,
    ...(writtenHigh !== undefined ? { writtenHigh } : {}),
    unit,
    qualifier: low.ordinal || ((low.multiple || share?.exact === true) && said === undefined) ? "exact" : (said ?? "plain"),
    ...(low.negative || accounting ? { negative: true } : {}),
    ...(high?.negative === true ? { negativeHigh: true } : {}),
    ...(candidates !== undefined ? { unitCandidates: candidates } : {}),
    ...(ctx.options.approxTolerance !== undefined ? { approxTolerance: ctx.options.approxTolerance } : {}),
  });
  return Object.freeze({ start: from.start, end: to.end, quantity, lang, endToken: accounting ? endToken + 1 : endToken }) as QuantityMatch;
};

/**
 * For each token, whether a mention may begin there: it may begin one by itself (a number, a bound
 * word, a currency prefix…) and a number-like token lies within the table's reach ahead of it. One
 * lookup per token and one backward sweep, so the check is linear; it spares the state machine the
 * articles and prepositions of prose, which begin phrases but, far from any number, no mention.
 */
const startable = (tokens: readonly Token[], table: PhraseTable): Uint8Array => {
  const out = new Uint8Array(tokens.length);
  let nextNumber = Number.POSITIVE_INFINITY;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    let bits: number;
    if (token.kind === NUM) bits = CAN_START | NUMBERISH;
    else {
      const signature = keySignature(token.key);
      bits = ((table.firstTokenSignatures[signature >> 3] ?? 0) & (1 << (signature & 7))) === 0 ? 0 : (table.firstTokens.get(token.key) ?? 0);
      if (token.key === MINUS || token.key === HYPHEN || token.key === EN_DASH || token.key === PLUS || token.key === ".") bits |= CAN_START;
    }
    if ((bits & NUMBERISH) !== 0) nextNumber = i;
    if ((bits & CAN_START) !== 0 && nextNumber - i <= table.reach) out[i] = 1;
  }
  return out;
};

/**
 * The full scan, with the numbers it refused, over the words of `table` (the default readers pass all
 * four lexicons'; `createQuantityParser` the caller's). @internal
 */
export const scanDetailed = (text: string, options: ResolvedScanOptions, table: PhraseTable): ScanResult => {
  const tokens = tokenize(text);
  const ctx: Context = {
    text,
    tokens,
    table,
    // Ambiguous words (Cyrillic "млн" is Ukrainian and Russian) take the document's language when known.
    lang: options.lang ?? options.fallbackLang,
    hits: new Array<undefined>(tokens.length),
    options,
    rejected: [],
    currencyOk: () => true,
  };
  ctx.currencyOk = (found) => currencyWritten(ctx, found);
  const matches: QuantityMatch[] = [];
  const endTokens: number[] = [];
  const starts = startable(tokens, ctx.table);
  let i = 0;
  while (i < tokens.length) {
    if (starts[i] === 0) {
      i++;
      continue;
    }
    const found = mentionAt(ctx, i);
    if (found === undefined) i++;
    else if (isSkip(found)) i = Math.max(i + 1, found.skipTo);
    else {
      const { endToken, ...match } = found as QuantityMatch & { endToken: number };
      matches.push(Object.freeze(match));
      endTokens.push(endToken);
      i = Math.max(i + 1, endToken);
    }
  }
  return { matches, rejected: ctx.rejected, tokens, endTokens };
};

/**
 * Finds every quantity mention in free text: amounts with their currency or unit, scale words, bound
 * words (inside the span: "over 70", "понад 15 млрд доларів"), ranges ("2–3 million", "від 2 до 3 млн")
 * and ordinals ("fifth", "第五"), in English, Ukrainian, Russian and Chinese, also mixed ("$650 млн").
 * Linear in the text; never throws on text (bad options do throw).
 *
 * @throws {DiscrepancyError} `invalid-argument` for bad options.
 * @example
 * ```ts
 * const [m] = scanQuantities("trade exceeding $41 billion in 2023");
 * [m.start, m.end, m.quantity.bound, m.quantity.value.toString()];
 * // [6, 27, "moreThan", "41000000000"]
 * ```
 */
export const scanQuantities = (text: string, options?: ScanOptions): readonly QuantityMatch[] => {
  const resolved = resolveScanOptions(options);
  if (typeof text !== "string") return Object.freeze([]);
  return Object.freeze(scanDetailed(text, resolved, phraseTable()).matches);
};
