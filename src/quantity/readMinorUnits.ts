import { Decimal, pow10 } from "../decimal.js";
import { getUnit } from "../units/registry.js";
import { decimalOf, type NumberPart } from "./numberPart.js";
import { readDigits } from "./readDigits.js";
import { readNumeral } from "./readNumeral.js";
import { find, has, scriptLang, type ScanContext } from "./scanContext.js";
import { HAN, NUM, SYM, WORD } from "../text/tokenize.js";

/**
 * Minor units after an amount of money, at most three parts, each smaller than the one before:
 * "3 dollars 50 cents", "thirteen dollars and forty-five cents", "$20 and 43c", "124 451 рубль 50
 * копеек", "五元三毛", "50元6角三分", "两美元又三美分". A bare number counts too where nothing else can
 * follow it: in the currency's minor units ("15 dollars 50", "17 USD 25", "3 GBP and one" — two digits
 * for USD, none for JPY), or in Chinese — and after a minor unit anywhere — in the next decimal place
 * ("一块二" = 1.2, "三块零四" = 3.04, "五块七毛八" = 5.78, "one kuai and five mao five" = 1.55). Bounded
 * lookahead: a few tokens per part.
 *
 * @internal
 */
export const readMinorUnits = (
  ctx: ScanContext,
  k: number,
  major: NumberPart,
  currency: string,
): { readonly end: number; readonly number: NumberPart } | undefined => {
  // Cheap first: most amounts are followed by nothing that could be minor units.
  const next = ctx.tokens[k];
  if (next === undefined || next.newline || (next.kind !== NUM && !has(ctx, k, "number") && !has(ctx, k, "minorJoiner"))) return undefined;
  let total = decimalOf(major);
  if (total === undefined || !total.isInteger()) return undefined;
  const minorDigits = getUnit(currency)?.minorDigits ?? 0;
  const lang = ctx.lang ?? scriptLang(ctx.tokens[k]);
  const byPlace = lang !== undefined && ctx.table.minorByPlace.has(lang);
  let end: number | undefined;
  let decimals = 0;
  let lastPower = 0;
  let at = k;
  for (let part = 0; part < 3; part++) {
    if (onNextLine(ctx, at)) break;
    const joiner = find(ctx, at, "minorJoiner");
    const from = joiner !== undefined && !onNextLine(ctx, joiner.end) ? joiner.end : at;
    // "三块零四": a zero between skips a place.
    const skipsPlace = joiner !== undefined && from === joiner.end && new Decimal(find(ctx, at, "number")?.value ?? "1").isZero();
    const amount = amountAt(ctx, from);
    if (amount === undefined) break;
    const minor = onNextLine(ctx, amount.end) ? undefined : find(ctx, amount.end, "minorUnit");
    let power: number;
    let after: number;
    if (minor !== undefined) {
      power = minor.value.power;
      after = minor.end;
    } else {
      if (!bareEnds(ctx, amount.end)) break;
      if (byPlace || lastPower < 0) {
        // "一块二", "five mao five": a digit in the next place down.
        power = lastPower - (skipsPlace ? 2 : 1);
        if (!amount.singleDigit || power < -minorDigits) break;
      } else {
        if (part > 0 || minorDigits === 0 || amount.digits > minorDigits) break;
        power = -minorDigits;
      }
      after = amount.end;
    }
    if (power >= lastPower || !amount.value.isInteger() || amount.value.times(pow10(power)).gte(pow10(lastPower))) break;
    total = total.plus(amount.value.times(pow10(power)));
    decimals = Math.max(decimals, -power);
    lastPower = power;
    end = at = after;
    // A bare number ends the amount, except in place-by-place Chinese ("五块七毛八").
    if (minor === undefined && !byPlace) break;
  }
  return end === undefined ? undefined : { end, number: { kind: "decimal", digits: total.toFixed(decimals) } };
};

const onNextLine = (ctx: ScanContext, k: number): boolean => {
  const token = ctx.tokens[k];
  return token === undefined || token.newline;
};

/** An integer at `k`: digits without separators, or a numeral in words. */
const amountAt = (ctx: ScanContext, k: number): { value: Decimal; end: number; digits: number; singleDigit: boolean } | undefined => {
  const token = ctx.tokens[k];
  if (token === undefined) return undefined;
  if (token.kind === NUM) {
    const reading = readDigits(token.key, false);
    if (typeof reading === "string" || reading.exponent !== 0 || reading.digits.includes(".") || token.exponent) return undefined;
    return { value: new Decimal(reading.digits), end: k + 1, digits: token.key.length, singleDigit: token.key.length === 1 };
  }
  const numeral = readNumeral(ctx, k);
  if (numeral === undefined || "skipTo" in numeral || numeral.ordinal) return undefined;
  const digits = numeral.value.isInteger() ? numeral.value.toFixed().length : 99;
  return { value: numeral.value, end: numeral.end, digits, singleDigit: numeral.end === k + 1 && digits === 1 };
};

/**
 * Whether a bare number ending before `k` can be minor units: nothing that would make it an amount of
 * its own follows ("$20 and 43 people" is not $20.43) — the end of the line, punctuation, a joiner
 * ("one dollar and one and…"), or in Chinese a character that is no number, unit or scale.
 */
const bareEnds = (ctx: ScanContext, k: number): boolean => {
  const next = ctx.tokens[k];
  if (next === undefined || next.newline) return true;
  if (next.kind === NUM) return false;
  for (const role of ["number", "multiplier", "scale", "unitSuffix", "currencySuffix", "minorUnit", "fraction"] as const) if (has(ctx, k, role)) return false;
  if (next.kind === SYM || next.kind === HAN) return true;
  return next.kind === WORD && (has(ctx, k, "minorJoiner") || has(ctx, k, "boundSuffix"));
};
