import { Decimal, pow10, ZERO } from "../decimal.js";
import { DOLLAR_CANDIDATES } from "../lexicon/common.js";
import type { BoundWord, Lang, UnitWord } from "../lexicon/types.js";
import { getUnit } from "../units/registry.js";
import { identifierAfter } from "./identifiers.js";
import { allDigits, EN_DASH, HYPHEN, isSkip, langOf, MINUS, PERCENT, PLUS, sameLine, tokenAt, unitCode, writtenText, X, type MentionContext, type Skip } from "./mentionContext.js";
import { decimalOf, type NumberPart } from "./numberPart.js";
import { readCompound } from "./readCompound.js";
import { andFractionAfter } from "./readFraction.js";
import { groupAt } from "./readGroup.js";
import { readMinorUnits } from "./readMinorUnits.js";
import { numberAt } from "./readNumber.js";
import { ratioAt, ratioShareAt } from "./readRatio.js";
import { boundSuffixAt, scaleAt } from "./readScaleWord.js";
import { shareAt } from "./readShare.js";
import { SIGNS, signAt } from "./readSign.js";
import { bracketedUnitAt, minorCurrencyAt, notInCompound, suffixUnitAt } from "./readUnitWord.js";
import { find, glued, has } from "./scanContext.js";
import type { SideNode } from "./syntaxNode.js";
import { NUM, SYM, WORD } from "../text/tokenize.js";

/**
 * One side of a mention, as written:
 *
 *     [sign] [currency/unit prefix] number [bound suffix] [scale] [unit] [bound suffix]
 *
 * The side records the scale words' power, a minor unit's shift and a bound as written; carrying them
 * across a range and rounding a share are left to interpretation.
 */

/** Capital letters that may name a temperature scale after a number: K (or a thousand), C, F. */
const TEMPERATURE_LETTERS: ReadonlySet<string> = new Set(["K", "C", "F"]);

/** One side of a mention starting at token `j`. */

/**
 * The rest of a compound amount after a whole number of a larger scale: "12 млрд *35,7 млн*", "1
 * billion *200 million*", "12亿*3500万*". The rest must be smaller than one unit of the larger scale
 * (so "5 million 3 thousand" joins, "5 thousand 3 million" does not). Bounded lookahead.
 */
const compoundScaleAt = (
  ctx: MentionContext,
  k: number,
  whole: NumberPart,
  larger: number,
  money: boolean,
): { readonly end: number; readonly number: NumberPart; readonly scale: number } | undefined => {
  // "12 млрд. 35,7 млн. грн": the abbreviation's dot, tight, then the rest.
  const dot = sameLine(ctx, k);
  const at = dot !== undefined && dot.kind === SYM && dot.key === "." && !dot.space ? k + 1 : k;
  const next = sameLine(ctx, at);
  if (next === undefined || next.kind !== NUM || whole.kind !== "digits" || !allDigits(whole.raw, 0, whole.raw.length)) return undefined;
  const rest = numberAt(ctx, at, false, false);
  if (rest === undefined || isSkip(rest) || rest.ordinal || rest.bound !== undefined || rest.number.kind !== "digits" || rest.number.exponent) return undefined;
  const smaller = scaleAt(ctx, rest.end, money);
  if (smaller === undefined || smaller.value >= larger) return undefined;
  const wholeValue = decimalOf(whole);
  const restValue = decimalOf(rest.number);
  if (wholeValue === undefined || restValue === undefined || restValue.isNegative() || restValue.gte(pow10(larger - smaller.value))) return undefined;
  const total = wholeValue.times(pow10(larger - smaller.value)).plus(restValue);
  return { end: smaller.end, number: { kind: "decimal", digits: total.toFixed() }, scale: smaller.value };
};

export const sideAt = (ctx: MentionContext, j: number, first: boolean): SideNode | Skip | undefined => {
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
      return { kind: "share", start: j, end: suffix?.end ?? share.end, number, negative, scale: undefined, shift: 0, unit: PERCENT, bound: suffix?.value, lang: langOf(share) ?? langOf(suffix), share: { numerator: share.numerator, parts: share.parts } };
    }
    const multiple = find(ctx, k, "multiple");
    if (multiple !== undefined) {
      lang ??= langOf(multiple);
      const number: NumberPart = { kind: "words", value: new Decimal(multiple.value) };
      return { kind: "multiple", start: j, end: multiple.end, number, negative, scale: undefined, shift: 0, unit: X, bound: undefined, lang };
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
    return { kind: "ordinal", start: j, end: k, number, negative, scale: undefined, shift: 0, unit: undefined, bound: undefined, lang };
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
    // "12 млрд 35,7 млн грн", "12亿3500万元": a whole number of the larger scale and the rest in a
    // smaller one are one amount, stated to the smaller part's last digit.
    if (k === scaleWord.end) {
      const compound = compoundScaleAt(ctx, k, number, scaleWord.value, money);
      if (compound !== undefined) {
        number = compound.number;
        scale = scale - scaleWord.value + compound.scale;
        k = compound.end;
      }
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
  } else if (prefixUnit.absorbs !== undefined) {
    // "时速350公里": the distance word after a speed written before the number belongs to it.
    // Another unit ("时速350米") would make it some other rate: no reading.
    const suffix = suffixUnitAt(ctx, k);
    if (suffix !== undefined && !prefixUnit.absorbs.includes(unitCode(ctx, suffix.unit))) return { skipTo: suffix.end };
    // "每小时300人次" is no speed: the number is read again on its own.
    if (suffix === undefined && prefixUnit.absorbRequired === true) return undefined;
    if (suffix !== undefined) k = suffix.end;
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
  return { kind: "number", start: j, end: k, number, negative, scale, shift, unit, bound: boundValue, lang, ...(place !== 0 && number.kind === "words" ? { place } : {}) };
};
