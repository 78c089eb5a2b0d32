/**
 * All message text of the library lives here, so wording is consistent and can be reviewed (and one day
 * translated) in one place. Findings are data; these functions turn them into words.
 */

const MAX_QUOTE = 60;

/** Quotes a user value for an error message, shortened so a 10,000-digit input does not flood a log. */
export const quote = (value: unknown): string => {
  let text: string;
  if (typeof value === "string") text = JSON.stringify(value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE)}…` : value);
  else if (typeof value === "bigint") text = `${value}n`;
  else if (value === undefined) text = "undefined";
  else if (typeof value === "number" || typeof value === "boolean" || value === null) text = String(value);
  else if (Array.isArray(value)) text = `an array of ${value.length}`;
  else if (typeof value === "object") text = "an object";
  else text = typeof value;
  return text;
};

/** `claims[3].source.name`-style path text. */
export const formatIssuePath = (path: readonly (string | number)[]): string => {
  if (path.length === 0) return "(input)";
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? key : `.${key}`;
  return out;
};

export const messages = {
  noQuantity: (text: string) => `no quantity found in ${quote(text)}`,
  severalQuantities: (text: string, count: number) => `expected one quantity in ${quote(text)}, found ${count}`,
  trailingText: (text: string, rest: string) => `unexpected text ${quote(rest)} in quantity ${quote(text)}`,
  tooManyDigits: (amount: string, max: number) => `${quote(amount)} has more than ${max} significant digits`,
  numberTooLong: (text: string, maxDigits: number, maxExponent: number) =>
    `a number in ${quote(text)} has more than ${maxDigits} significant digits or an exponent beyond ±${maxExponent}`,
  badOption: (name: string, value: unknown, expected: string) => `option ${name} must be ${expected}, got ${quote(value)}`,
  notText: (value: unknown) => `expected text, got ${quote(value)}`,
  unknownUnit: (unit: string) => `unknown unit ${quote(unit)}`,
  unitMismatch: (given: string, written: string) => `the unit ${quote(given)} contradicts the value's own unit ${quote(written)}`,
  incompatibleUnits: (from: string, to: string) => `cannot convert ${quote(from)} to ${quote(to)}: different dimensions`,
  missingRate: (from: string, to: string) => `no exchange rate from ${from} to ${to} was given`,
  badAmount: (value: unknown) => `not a finite decimal amount: ${quote(value)}`,
  fractionalNumber: (value: number) =>
    `the JavaScript number ${value} has a fraction and cannot be trusted as an exact amount; pass it as a string such as "${value}"`,
  badPeriod: (text: string) => `not a period: ${quote(text)}`,
  badDate: (text: string) => `not a valid date: ${quote(text)}`,
  reversedRange: (low: string, high: string) => `the range's low end ${low} is above its high end ${high}`,
  reversedInterval: (start: string, end: string) => `the interval ends (${end}) before it starts (${start})`,
  needsReference: (text: string) => `the relative period ${quote(text)} needs a reference date (publishedAt)`,
  periodNotText: (value: unknown) => `expected a period as text, such as "2023-Q3", got ${quote(value)}`,
  trailingPeriodText: (text: string, rest: string) => `unexpected text ${quote(rest)} in period ${quote(text)}`,
  reversedPeriod: (text: string) => `the period ${quote(text)} ends before it starts`,
  asOfNeedsDay: (text: string) => `${quote(text)} needs a day after "as of", such as "as of 1 January 2024"`,
  instantHasNoEnd: (text: string) => `${quote(text)}: an instant has no start or end of its own`,
  fiscalYear: (text: string) =>
    `${quote(text)} is a fiscal year, which differs from the calendar year in many countries; give its months, such as "2022-10/2023-09"`,
  coarseReference: (text: string, reference: string, unit: string) =>
    `the relative period ${quote(text)} cannot be resolved against the reference ${quote(reference)}: it does not fix the ${unit}`,
  badReference: (value: unknown, why: string) => `the reference ${quote(value)} is not a usable period: ${why}`,
  notAPeriod: (name: string, why: string) => `${name} is not a valid period: ${why}`,
  badShift: (value: unknown) => `a period can only be shifted by a whole number, got ${quote(value)}`,
  periodOutOfRange: (label: string, n: number) => `shifting ${quote(label)} by ${n} leaves the years 0001–9999`,
  unknownLang: (value: unknown) => `unknown language ${quote(value)}; expected one of "en", "uk", "ru", "zh"`,
  invalidClaim: "invalid claim",
  invalidClaims: "invalid claims",
} as const;

// ---------------------------------------------------------------------------------------------------
// Comparison and explanation sentences (compare/, explain/, reconcile/)
// ---------------------------------------------------------------------------------------------------

/** Sentences for comparisons, explanations and reconciliations. */
export const explainMessages = {} as const;

// ---------------------------------------------------------------------------------------------------
// Relations and timelines (relations/, timeline/)
// ---------------------------------------------------------------------------------------------------

/** Sentences for relation checks and ordinal checks. */
export const relationMessages = {} as const;

// ---------------------------------------------------------------------------------------------------
// Reports and the command line (report/, cli/, testing/)
// ---------------------------------------------------------------------------------------------------

/** Text of reports, the command line and the test matchers. */
export const reportMessages = {} as const;

// ---------------------------------------------------------------------------------------------------
// Corpus reconciliation (reconcile/ truth discovery)
// ---------------------------------------------------------------------------------------------------

/** Text for corpus-level reconciliation. */
export const corpusMessages = {} as const;
