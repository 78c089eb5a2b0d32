import { readDigits } from "./readDigits.js";
import { allDigits, tokenAt, sameLine, type MentionContext, type Skip } from "./mentionContext.js";
import { find } from "./scanContext.js";
import { CYRILLIC, CYRILLIC_UK, NUM, SYM, WORD } from "../text/tokenize.js";

/** Digits as written: "1,700", "1 700 000" in Ukrainian and Russian, "1 599 059, 38 Евро"; absurd ones refused. */

/** Reads digits at `k`, joining "1 700" groups where the language writes them so. */
export const digitsAt = (ctx: MentionContext, k: number): { end: number; raw: string } | Skip | undefined => {
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
export const decimalCommaGroup = (key: string): boolean => {
  if (key.length < 5 || key.length === 7 || key[3] !== ",") return false;
  return allDigits(key, 0, 3) && allDigits(key, 4, key.length);
};

/** The token after a run of numbers that follow token `k - 1` each after one plain space ("1 234 567"): at most 12. */
export const spacedGroupsEnd = (ctx: MentionContext, k: number): number => {
  let end = k;
  while (end < k + 12) {
    const next = tokenAt(ctx, end);
    if (next === undefined || next.kind !== NUM || next.newline || ctx.text.slice(tokenAt(ctx, end - 1)?.end ?? 0, next.start) !== " ") break;
    end++;
  }
  return end;
};

export const spaceGroupingAllowed = (ctx: MentionContext, after: number, first?: number): boolean => {
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
