import type { NumberConventions, PluralCategory } from "./createNumberFormat.js";
import type { Forms } from "./plural.js";

/** A unit word: one for every count (an abbreviation), or forms that agree with the count. */
export type UnitWord = string | Forms;

const pick = (word: UnitWord, plural: PluralCategory, scaled: boolean): string => {
  if (typeof word === "string") return word;
  // After a scale word ("млрд", "млн") the noun is in the genitive plural whatever the number.
  if (scaled) return word.many ?? word.one;
  if (plural === "one") return word.one;
  if (plural === "few") return word.few ?? word.one;
  if (plural === "many") return word.many ?? word.one;
  return word.other ?? word.few ?? word.one;
};

/**
 * Number conventions of Ukrainian and Russian: a decimal comma, a no-break space between groups of
 * three, the unit after the number ("9,5 млрд дол. США", "23,2 %", "1056,3 милі"). @internal
 */
export const createSlavicNumber = (o: {
  readonly tag: string;
  readonly scales: readonly (readonly [number, string])[];
  readonly units: Readonly<Record<string, UnitWord>>;
  readonly ordinal: (n: string) => string;
  readonly atLeast: readonly [open: string, closed: string];
  readonly atMost: readonly [open: string, closed: string];
  readonly anyValue: string;
}): NumberConventions => {
  const withUnit = (number: string, scaleWord: string, unit: string, plural: PluralCategory): string => {
    const n = scaleWord === "" ? number : `${number} ${scaleWord}`;
    if (unit === "ordinal") return o.ordinal(n);
    if (unit === "count") return n;
    if (unit === "x") return `${n}×`;
    const word = Object.hasOwn(o.units, unit) ? o.units[unit]! : unit;
    return `${n} ${pick(word, plural, scaleWord !== "")}`;
  };
  return {
    tag: o.tag,
    decimal: ",",
    group: "\u00a0",
    scales: o.scales,
    withUnit,
    intervalUnit: withUnit,
    rangeDash: "–",
    percent: (number) => `${number} %`,
    atLeast: (text, open) => `${open ? o.atLeast[0] : o.atLeast[1]} ${text}`,
    atMost: (text, open) => `${open ? o.atMost[0] : o.atMost[1]} ${text}`,
    anyValue: o.anyValue,
  };
};
