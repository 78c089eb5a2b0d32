import { quote } from "./quote.js";

/** Misuse of the model (quantities, units, periods, claims): thrown as `DiscrepancyError` messages, in English. */
export const messages = {
  noQuantity: (text: string) => `no quantity found in ${quote(text)}`,
  severalQuantities: (text: string, count: number) => `expected one quantity in ${quote(text)}, found ${count}`,
  trailingText: (text: string, rest: string) => `unexpected text ${quote(rest)} in quantity ${quote(text)}`,
  tooManyDigits: (amount: string, max: number) => `${quote(amount)} has more than ${max} significant digits`,
  numberTooLong: (text: string, maxDigits: number, maxExponent: number) =>
    `a number in ${quote(text)} has more than ${maxDigits} significant digits or an exponent beyond ±${maxExponent}`,
  badOption: (name: string, value: unknown, expected: string) => `option ${name} must be ${expected}, got ${quote(value)}`,
  textTooLong: (what: string, text: string, max: number) => `${what} ${quote(text)} is longer than ${max} characters`,
  notText: (value: unknown) => `expected text, got ${quote(value)}`,
  unknownUnit: (unit: string) => `unknown unit ${quote(unit)}`,
  unitMismatch: (given: string, written: string) => `the unit ${quote(given)} contradicts the value's own unit ${quote(written)}`,
  incompatibleUnits: (from: string, to: string) => `cannot convert ${quote(from)} to ${quote(to)}: different dimensions`,
  missingRate: (from: string, to: string) => `no exchange rate from ${from} to ${to} was given`,
  notAQuantity: (name: string, value: unknown) =>
    `${name} is not a quantity (build it with parseQuantity() or quantity()), got ${quote(value)}`,
  notSeriesFields: (value: unknown) => `expected series fields { metric, subject, direction, qualifiers }, got ${quote(value)}`,
  reservedKey: "this key is reserved",
  nestedTooDeep: (max: number) => `nested more than ${max} levels deep`,
  badAmount: (value: unknown) => `not a finite decimal amount: ${quote(value)}`,
  fractionalNumber: (value: number) =>
    Number.isInteger(value)
      ? `the JavaScript number ${value} is beyond the safe integers (±2^53) and may already have lost digits; pass the amount as a decimal string`
      : `the JavaScript number ${value} has a fraction and cannot be trusted as an exact amount; pass it as a string such as "${value}"`,
  badPeriod: (text: string) => `not a period: ${quote(text)}`,
  badDate: (text: string) => `not a valid date: ${quote(text)}`,
  reversedRange: (low: string, high: string) => `the range's low end ${low} is above its high end ${high}`,
  outsideBounds: (amount: string, side: "low" | "high", bound: string) =>
    side === "low" ? `the amount ${amount} is below its own low bound ${bound}` : `the amount ${amount} is above its own high bound ${bound}`,
  exactWithBounds: (amount: string, side: "low" | "high", bound: string) =>
    `an exact amount ${amount} allows no other ${side} bound than itself, got ${bound}`,
  oneSidedBound: (bound: string, side: "low" | "high") =>
    `the bound "${bound}" is open on its ${side} side: give ${side} with bound "range" instead`,
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
  ambiguousReference: (text: string, reference: string) =>
    `the relative period ${quote(text)} cannot be resolved against the reference ${quote(reference)}: which one has ended depends on the day of publication; give the year or a full date`,
  splitYearNoStart: (text: string) =>
    `${quote(text)} uses a split year whose first month is unknown, so it has no start or end day; give its months, such as "2023-07/2024-06", or the fiscalYearStart option`,
  badFiscalYearStart: (value: unknown) => `fiscalYearStart must be a month number from 2 to 12 (a year from January is a calendar year), got ${quote(value)}`,
  badReference: (value: unknown, why: string) => `the reference ${quote(value)} is not a usable period: ${why}`,
  notAPeriod: (name: string, why: string) => `${name} is not a valid period: ${why}`,
  /** Why a value given as a {@link Period} is not one (the `why` of `notAPeriod`). */
  periodProblem: {
    notObject: (value: unknown) => `expected an object, got ${value === null ? "null" : typeof value}`,
    unknownKind: (kind: unknown) => `unknown kind ${quote(kind)}`,
    textNotString: "text must be a string",
    badDate: (field: "start" | "end", value: unknown) => `${field} ${quote(value)} is not a valid YYYY-MM-DD date`,
    instantEnds: "an instant must have start === end",
    endsBeforeStart: (start: string, end: string) => `end ${end} must come after start ${start}`,
    dayLength: "a day must end the next day",
    weekShape: "a week must run from a Monday for 7 days",
    kindStart: (kind: string) => `${kind} does not start where a ${kind} starts`,
    kindEnd: (kind: string) => `${kind} does not end where a ${kind} ends`,
  },
  badPeriodOptions: (value: unknown) => `options: expected an object, got ${value === null ? "null" : typeof value}`,
  badShift: (value: unknown) => `a period can only be shifted by a whole number, got ${quote(value)}`,
  periodOutOfRange: (label: string, n: number) => `shifting ${quote(label)} by ${n} leaves the years 0001–9999`,
  unknownLang: (value: unknown) => `unknown language ${quote(value)}; expected one of "en", "uk", "ru", "zh"`,
  notAClaimObject: (value: unknown) => `expected a claim object, got ${quote(value)}`,
  notClaimsList: (value: unknown) => `expected an array of claims or { "claims": [...] }, got ${quote(value)}`,
  /** Records are named by their number in the list, counted from 1 (`path` holds the index from 0). */
  duplicateId: (id: string, record: number, first: number) =>
    `duplicate id ${quote(id)}: record ${record + 1} and record ${first + 1} differ; neither is kept`,
  repeatedRecord: (record: number, first: number) => `record ${record + 1} repeats record ${first + 1} verbatim; read as one claim`,
  moreIssues: (count: number) => `and ${count} more issues`,
  invalidClaim: "invalid claim",
  invalidClaims: "invalid claims",
} as const;
