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
  invalidClaim: "invalid claim",
  invalidClaims: "invalid claims",
} as const;

// ---------------------------------------------------------------------------------------------------
// Comparison and explanation sentences (compare/, explain/, reconcile/)
// ---------------------------------------------------------------------------------------------------

/** Sentences for comparisons, explanations and reconciliations. */
export const explainMessages = {
  // Misuse (thrown as DiscrepancyError).
  notAClaim: (name: string, value: unknown) =>
    `${name} is not a claim (build it with claim() or parseClaims()), got ${quote(value)}`,
  badOption: (name: string, value: unknown) => `option ${name} must be a positive decimal string such as "1.06", got ${quote(value)}`,
  badRate: (index: number, value: unknown) => `rates[${index}].rate must be a positive decimal string such as "0.0021", got ${quote(value)}`,

  notIterable: (name: string, value: unknown) => `${name} must be an iterable of claims, got ${quote(value)}`,
  noClaimsToReconcile: "reconcile needs at least one claim",
  unknownTargetUnit: (unit: string) => `unknown unit ${quote(unit)} for the estimate`,
  notOneSeries: (first: string, other: string, reasons: readonly string[]) =>
    `claims ${quote(first)} and ${quote(other)} are not about the same thing (${reasons.join(", ")}); reconcile one series, period and modality at a time`,
  cannotConvert: (id: string, from: string, to: string) =>
    `claim ${quote(id)} is in ${from}, which cannot be converted to ${to} (for currencies, give options.rates)`,
  unknownMethod: (method: unknown) => `unknown reconciliation method ${quote(method)}`,
  badWeight: (name: string, value: unknown) => `${name} must be a positive decimal string or number, got ${quote(value)}`,

  // Reconciliation notes.
  intersectionAll: (count: number, range: string | undefined) =>
    `All ${count} distinct figures agree${range !== undefined ? `: ${range}` : ""}.`,
  intersectionLargest: (count: number, total: number, range: string | undefined) =>
    `Not all figures agree; the largest agreeing set (${count} of ${total})${range !== undefined ? ` gives ${range}` : " was intersected"}.`,
  attributedRange: (range: string, low: readonly string[], high: readonly string[]) => `${range}: ${low.join(", ")} vs ${high.join(", ")} reporting.`,
  attributedAgree: (value: string) => `Every party gives ${value}.`,
  preferredSource: (source: string) => `The figure of the preferred source, ${source}.`,
  noRankedSource: "None of the sources is in the ranking.",
  latestRevision: (date: string | undefined) =>
    date === undefined ? "No publication dates: all figures taken as equally recent." : `The most recent publication (${date}).`,
  median: (value: string, count: number) => `The median of ${count} distinct figures: ${value}.`,
  reliabilityWeighted: (value: string, sources: number) => `Weighted by the reliability of ${sources} sources: ${value}.`,
  noMirrorPair: "Mirror statistics need a figure from each partner's own authorities.",
  mirrorReconciled: (r: {
    figures: readonly { country: string; value: string }[];
    estimate: string;
    adjusted: string | undefined;
    typical: string;
    ratio: string | undefined;
    beyondTypical: boolean;
    trade: boolean;
  }) =>
    [
      `${r.figures.map((f) => `${f.country} reports ${f.value}`).join(", ")}${r.adjusted !== undefined ? ` (${r.adjusted}'s CIF figure brought to FOB with factor ${r.typical})` : ""}; weighted estimate ${r.estimate}.`,
      r.ratio === undefined
        ? ""
        : r.beyondTypical
          ? ` The ratio ${r.ratio} is far beyond a typical ${r.trade ? "CIF/FOB " : ""}factor of ${r.typical}: the estimate is a compromise between two reporting bases, not a measurement.`
          : ` The ratio ${r.ratio} is within the typical ${r.trade ? "CIF/FOB " : ""}margin (factor ${r.typical}).`,
    ].join(""),

  // Words used when numbers are written out.
  scaleWords: { 12: "trillion", 9: "billion", 6: "million" } as Readonly<Record<number, string>>,
  currencySymbols: { USD: "$", EUR: "€", GBP: "£" } as Readonly<Record<string, string>>,
  ordinalSuffix: (n: string): string => {
    const last2 = n.slice(-2);
    const last = n.slice(-1);
    if (last2 === "11" || last2 === "12" || last2 === "13") return "th";
    return last === "1" ? "st" : last === "2" ? "nd" : last === "3" ? "rd" : "th";
  },
  unitSuffix: { "%": "%", pp: " pp", x: "×", count: "", ordinal: "" } as Readonly<Record<string, string>>,
} as const;

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
