import { Decimal } from "../decimal.js";
import { readDigits } from "./readDigits.js";

/**
 * The number of one side of a mention, as the scanner read it, before the precision policy turns it
 * into a value: digits as written, a numeral's value, or plain decimal digits the scanner computed
 * itself (minor units added, a fraction, a compound measure).
 *
 * @internal
 */
export type NumberPart =
  | { readonly kind: "digits"; readonly raw: string; readonly exponent: boolean; readonly leadingZero: boolean }
  | { readonly kind: "words"; readonly value: Decimal }
  /** An amount the scanner computed ("3 dollars 50 cents" → "3.50", "1/4" → "0.25"): plain decimal digits, as stated. */
  | { readonly kind: "decimal"; readonly digits: string };

/**
 * The value of a number part as a decimal, if it is a plain one (digits read the English way).
 *
 * @internal
 */
export const decimalOf = (part: NumberPart): Decimal | undefined => {
  if (part.kind === "words") return part.value;
  if (part.kind === "decimal") return new Decimal(part.digits);
  const reading = readDigits(part.raw, false);
  return typeof reading === "string" || reading.exponent !== 0 ? undefined : new Decimal(reading.digits);
};
