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
export const relationMessages = {
  invalidRelation: "invalid relation",
  invalidRelations: "invalid relations",
  invalidOrdinal: "invalid ordinal check",
  invalidTimeline: "invalid timeline",
  notRelation: (value: unknown) => `expected a relation object such as { kind: "share", ... }, got ${quote(value)}`,
  unknownKind: (kind: unknown) =>
    `unknown relation kind ${quote(kind)}; expected one of "conversion", "percent-change", "share", "sum", "difference", "multiple"`,
  tooManyMissing: (names: readonly string[]) => `only one operand may be left out to be implied; ${names.join(", ")} are missing`,
  needsPair: (field: string) => `${field} must be a list of two operands`,
  needsParts: "parts must be a non-empty list of operands",
  needsUnit: 'the implied value needs a unit: give "unit"',
  unknownUnit: (unit: unknown) => `unknown unit ${quote(unit)}`,
  notOperand: (value: unknown) => `expected a claim, a quantity, quantity text such as "1,700 km", or an integer; got ${quote(value)}`,
  notPercent: (text: string, unit: string) => `expected a percentage such as "3.5%", got ${quote(text)} (unit ${unit})`,
  notFactor: (text: string, unit: string) => `expected a factor such as 2, "2x" or "200%", got ${quote(text)} (unit ${unit})`,
  notAmount: (text: string) => `an ordinal (${quote(text)}) cannot take part in arithmetic`,
  badIntervalEnd: (field: string, value: unknown) => `${field}: not a finite decimal: ${quote(value)}`,
  emptyInterval: (low: string, high: string) => `the interval from ${low} to ${high} is empty`,
  unknownClaim: (id: string) => `no claim with id ${quote(id)}`,
  claimOrValue: 'give "claim" or "ordinal"/"count", not both',
  needsEvent: 'give "event" (a date or an event label), or use a claim whose period is a day, month or year',
  claimWithoutTimeline: 'ordinal checks need a timeline: give "timeline" with events, or the timeline option',
  timelineFile: (file: string) => `the timeline file ${quote(file)} must be read by the caller and passed as the timeline option`,

  /** The formula solved for `target`; `parts` is the number of parts of a sum. */
  formula: (kind: string, target: string, parts: number): string => {
    const table: Record<string, Record<string, string>> = {
      conversion: { "values[0]": "values[0] = values[1] in another unit", "values[1]": "values[1] = values[0] in another unit" },
      "percent-change": { to: "to = from × (1 + rate)", from: "from = to ÷ (1 + rate)", rate: "rate = to ÷ from − 1" },
      share: { part: "part = whole × share", whole: "whole = part ÷ share", share: "share = part ÷ whole" },
      difference: { difference: "difference = a − b", a: "a = b + difference", b: "b = a − difference" },
      multiple: { result: "result = base × factor", base: "base = result ÷ factor", factor: "factor = result ÷ base" },
    };
    if (kind === "sum")
      return target === "total"
        ? `total = ${parts === 1 ? "parts[0]" : parts === 2 ? "parts[0] + parts[1]" : `parts[0] + … + parts[${parts - 1}]`}`
        : `${target} = total − the other parts`;
    return table[kind]?.[target] ?? target;
  },

  // Numbers in text: scale words, largest first, and how ends and units are written.
  scales: [
    [12, "trillion"],
    [9, "billion"],
    [6, "million"],
  ] as readonly (readonly [number, string])[],
  unitSuffix: (scaleWord: string, unit: string) => (scaleWord === "" ? ` ${unit}` : ` ${scaleWord} ${unit}`),
  pointText: (value: string, suffix: string) => `${value}${suffix}`,
  rangeText: (low: string, high: string, suffix: string) => `${low}–${high}${suffix}`,
  lowOnlyText: (low: string, suffix: string, open: boolean) => `${open ? "more than" : "at least"} ${low}${suffix}`,
  highOnlyText: (high: string, suffix: string, open: boolean) => `${open ? "less than" : "at most"} ${high}${suffix}`,
  anyValueText: "any value",

  kindLabel: {
    conversion: "Unit conversion",
    "percent-change": "Percent change",
    share: "Share of a whole",
    sum: "Sum of parts",
    difference: "Difference",
    multiple: "Multiple",
  } as Readonly<Record<string, string>>,
  operandText: (name: string, text: string) => `${name} ${quote(text)}`,
  relationHolds: (label: string, operands: string, target: string, computed: string, stated: string, roundingOnly: boolean) =>
    `${label}: from ${operands}, ${target} is ${computed}; the stated ${quote(stated)} agrees${roundingOnly ? ", but only thanks to rounding or bound words" : ""}.`,
  relationFails: (label: string, operands: string, target: string, computed: string, stated: string, by: string) =>
    `${label}: from ${operands}, ${target} is ${computed}, but it is stated as ${quote(stated)}, at least ${by} away.`,
  valueImplied: (label: string, operands: string, target: string, implied: string) =>
    `${label}: given ${operands}, ${target} must be ${implied}.`,
  sharesFit: (label: string, operands: string, total: string, remainder: string) =>
    `${label}: ${operands} add up to ${total}, within 100 %; ${remainder} is left for the rest.`,
  sharesExceed: (label: string, operands: string, total: string, by: string) =>
    `${label}: ${operands} add up to ${total}, more than the whole by at least ${by}.`,

  // Timelines.
  badDate: (text: unknown) => `not a valid ISO date (YYYY-MM-DD, YYYY-MM or YYYY): ${quote(text)}`,
  badEventDate: (text: unknown) => `not a valid ISO date (YYYY-MM-DD): ${quote(text)}`,
  unknownEvent: (event: string) => `no event labelled ${quote(event)} in the timeline`,
  ambiguousEvent: (event: string, count: number) => `${quote(event)} matches ${count} events; give the day (YYYY-MM-DD) or a label`,
  reversedWindow: (since: string, until: string) => `the counting window ends (${until}) before it starts (${since})`,
  needsOrdinalOrCount: 'give either "ordinal" or "count"',
  bothOrdinalAndCount: 'give "ordinal" or "count", not both',
  notOrdinal: (text: string, unit: string) => `expected an ordinal such as "fifth", "5th" or 5, got ${quote(text)} (unit ${unit})`,
  notCount: (text: string, unit: string) => `expected a count such as "three" or 3, got ${quote(text)} (unit ${unit})`,
  ordinalHolds: (stated: string, expected: number, window: string) =>
    `${quote(stated)} holds: it is event number ${expected} ${window}.`,
  ordinalFails: (stated: string, expected: number, window: string) =>
    `${quote(stated)} does not hold: it is event number ${expected} ${window}.`,
  countHolds: (stated: string, expected: number, window: string) => `${quote(stated)} holds: ${expected} events ${window}.`,
  countFails: (stated: string, expected: number, window: string) => `${quote(stated)} does not hold: ${expected} events ${window}.`,
  windowText: (since: string | undefined, until: string) =>
    since === undefined ? `up to ${until} on the timeline` : `from ${since} to ${until} on the timeline`,
} as const;

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
