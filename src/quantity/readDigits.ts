/**
 * Reads a run of digits as written — "1,700", "31,5", "1 700", "1.234,5", "1'234.5", "1.5e9" — into plain decimal
 * digits. Which separator is the decimal point depends on the language: a lone comma is decimal in
 * Ukrainian and Russian ("31,5"), and a thousands separator in English when three digits follow
 * ("1,700"). Hand-written loop, linear, never throws.
 *
 * @internal
 */

/** More significant digits than this is not a quantity anyone wrote; such numbers are refused. */
export const MAX_DIGITS = 30;
/** Exponents ("1e9") beyond this are refused. */
export const MAX_EXPONENT = 30;

/** A number read from its digits: `digits` is a plain decimal ("1700", "31.5"), `exponent` a power of ten. */
export interface DigitsReading {
  readonly digits: string;
  readonly exponent: number;
}

/** Why a run of digits is not a number: malformed grouping (a date such as "19.05.2023"), or too long. */
export type DigitsProblem = "malformed" | "too-long";

const COMMA = 1;
const DOT = 2;
/** A space of any width or an apostrophe ("1 234", "1'234"): it only ever groups thousands. */
const GAP = 3;

const classOf = (c: number): number => (c === 44 ? COMMA : c === 46 ? DOT : GAP);

/** Thousands grouping: the first group has 1–3 digits, every later one exactly 3. */
const isGrouping = (groups: readonly string[], from: number, to: number): boolean => {
  const first = groups[from];
  if (first === undefined || first.length < 1 || first.length > 3) return false;
  for (let g = from + 1; g < to; g++) if (groups[g]?.length !== 3) return false;
  return true;
};

/** Indian grouping ("12,34,567"): the last group has 3 digits, the ones before it 2, the first 1–2; at least three groups. */
const isIndianGrouping = (groups: readonly string[], from: number, to: number): boolean => {
  if (to - from < 3 || groups[to - 1]?.length !== 3) return false;
  const first = groups[from]?.length ?? 0;
  if (first < 1 || first > 2) return false;
  for (let g = from + 1; g < to - 1; g++) if (groups[g]?.length !== 2) return false;
  return true;
};

const stripLeadingZeros = (digits: string): string => {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48 && digits.charCodeAt(i + 1) !== 46) i++;
  return i === 0 ? digits : digits.slice(i);
};

const significantCount = (digits: string): number => {
  let count = 0;
  let leading = true;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c === 46) continue;
    if (leading && c === 48) continue;
    leading = false;
    count++;
  }
  return count;
};

/**
 * @param raw digits and separators with ASCII digits, as the tokenizer keys them; a plain space may
 *   appear where the scanner joined "1 700".
 * @param decimalComma whether a lone comma is the decimal separator (Ukrainian, Russian). Even there a
 *   comma or dot before exactly three digits groups thousands ("20,000 руб", "20.000 руб") unless a
 *   scale word follows ("2,125 млрд" is 2.125 billion).
 * @param scaled whether a scale word follows the number.
 * @example
 * ```ts
 * readDigits("1,700", false); // { digits: "1700", exponent: 0 }
 * readDigits("12,34,567.89", false); // { digits: "1234567.89", exponent: 0 } (Indian grouping)
 * readDigits("31,5", true);   // { digits: "31.5", exponent: 0 }
 * readDigits("19.05.2023", false); // "malformed"
 * ```
 */
export const readDigits = (raw: string, decimalComma: boolean, scaled = false): DigitsReading | DigitsProblem => {
  let mantissa = raw;
  let exponent = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 101 || c === 69) {
      mantissa = raw.slice(0, i);
      let j = i + 1;
      let sign = 1;
      if (raw[j] === "+") j++;
      else if (raw[j] === "-") {
        sign = -1;
        j++;
      }
      const expDigits = raw.slice(j);
      if (expDigits.length === 0 || expDigits.length > 4) return "too-long";
      exponent = sign * Number(expDigits);
      if (Math.abs(exponent) > MAX_EXPONENT) return "too-long";
      break;
    }
  }

  const groups: string[] = [];
  const seps: number[] = [];
  let current = "";
  for (let i = 0; i < mantissa.length; i++) {
    const c = mantissa.charCodeAt(i);
    if (c >= 48 && c <= 57) current += mantissa[i];
    else {
      groups.push(current);
      seps.push(classOf(c));
      current = "";
    }
  }
  groups.push(current);

  let digits: string;
  if (seps.length === 0) digits = groups[0] ?? "";
  else {
    const last = seps[seps.length - 1] ?? GAP;
    let same = true;
    for (const s of seps) if (s !== last) same = false;
    if (same) {
      if (last === GAP || seps.length > 1) {
        if (!isGrouping(groups, 0, groups.length) && !(last === COMMA && isIndianGrouping(groups, 0, groups.length))) return "malformed";
        digits = groups.join("");
      } else {
        const thousands = isGrouping(groups, 0, 2) && groups[0] !== "0";
        const grouping = decimalComma ? thousands && !scaled : last === COMMA && thousands;
        digits = grouping ? groups.join("") : `${groups[0]}.${groups[1]}`;
      }
    } else {
      // Mixed separators: the last one is the decimal point and appears once; the others group thousands.
      if (last === GAP) return "malformed";
      const grouping = seps[0];
      for (let s = 0; s < seps.length - 1; s++) if (seps[s] !== grouping) return "malformed";
      if (grouping === last) return "malformed";
      if (!isGrouping(groups, 0, groups.length - 1) && !(grouping === COMMA && isIndianGrouping(groups, 0, groups.length - 1))) return "malformed";
      digits = `${groups.slice(0, -1).join("")}.${groups[groups.length - 1]}`;
    }
  }
  digits = stripLeadingZeros(digits);
  if (significantCount(digits) > MAX_DIGITS) return "too-long";
  return { digits, exponent };
};
