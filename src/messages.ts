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

/** `1 claim`, `12,000 claims`. */
const count = (n: number, noun: string): string => `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;

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

  notAReport: (name: string, value: unknown) => `${name} is not a report (build it with findDiscrepancies()), got ${quote(value)}`,
  notAFinding: (value: unknown) => `explain() takes a comparison or a reconciliation, got ${quote(value)}`,
  notIterable: (name: string, value: unknown) => `${name} must be an iterable of claims, got ${quote(value)}`,
  noClaimsToReconcile: "reconcile needs at least one claim",
  unknownTargetUnit: (unit: string) => `unknown unit ${quote(unit)} for the estimate`,
  notOneSeries: (first: string, other: string, reasons: readonly string[]) =>
    `claims ${quote(first)} and ${quote(other)} are not about the same thing (${reasons.join(", ")}); reconcile one series, period and modality at a time`,
  cannotConvert: (id: string, from: string, to: string) =>
    `claim ${quote(id)} is in ${from}, which cannot be converted to ${to} (for currencies, give options.rates)`,
  badCount: (name: string, value: unknown, min: number) => `option ${name} must be an integer of at least ${min}, got ${quote(value)}`,
  unknownMethod: (method: unknown) => `unknown reconciliation method ${quote(method)}`,
  badWeight: (name: string, value: unknown) => `${name} must be a positive decimal string or number, got ${quote(value)}`,

  // Reconciliation notes.
  intersectionAll: (count: number, range: string | undefined) =>
    `All ${count} distinct figures agree${range !== undefined ? `: ${range}` : ""}.`,
  intersectionLargest: (count: number, total: number, range: string | undefined) =>
    `Not all figures agree; the largest agreeing set (${count} of ${total})${range !== undefined ? ` gives ${range}` : " was intersected"}.`,
  attributedRange: (range: string, low: readonly string[], high: readonly string[]) =>
    low.join() === high.join() ? `${range}: both ends from ${low.join(", ")}.` : `${range}: ${low.join(", ")} vs ${high.join(", ")} reporting.`,
  attributedAgree: (value: string) => `Every party gives ${value}.`,
  preferredSource: (source: string) => `The figure of the preferred source, ${source}.`,
  noRankedSource: "None of the sources is in the ranking.",
  latestRevision: (date: string | undefined) =>
    date === undefined ? "No publication dates: all figures taken as equally recent." : `The most recent publication (${date}).`,
  median: (value: string, count: number) => `The median of ${count} distinct figures: ${value}.`,
  reliabilityWeighted: (value: string, sources: number) => `Weighted by the reliability of ${sources} sources: ${value}.`,
  noMirrorPair: "Mirror statistics need a figure from each partner's own authorities.",
  noStatedFigure: "A median or a weighted mean needs at least one claim that states a figure, not only a bound.",
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

  // Comparisons.
  claimLabel: (text: string, source: string, period: string | undefined, modality: string, outlet?: string) =>
    `${text} (${source}${period !== undefined ? `, ${period}` : ""}${modality !== "actual" ? `, ${modality}` : ""}${outlet !== undefined ? `, in ${outlet}` : ""})`,
  modalities: (a: string, b: string) => `different modality (${a} vs ${b})`,
  consistent: (a: string, b: string, roundingOnly: boolean) =>
    roundingOnly ? `${a} and ${b} agree, but only thanks to rounding or bound words.` : `${a} and ${b} agree.`,
  conflict: (a: string, b: string) => `${a} and ${b} conflict.`,
  repeatsConflict: (a: string, b: string) => `It is the same disagreement as between ${a} and ${b}, counted once.`,
  gap: (absolute: string, share: string, ratio: string | undefined) =>
    `The gap is ${absolute}, ${share} of the larger figure${ratio !== undefined ? `; ratio ${ratio}` : ""}.`,
  notComparable: (a: string, b: string, reasons: readonly string[]) => `${a} and ${b} are not comparable: ${reasons.join(", ")}.`,
  reasons: {
    "different-metric": "different metric",
    "different-subject": "different subject",
    "different-scope": "different scope (qualifiers)",
    "different-period": "different period",
    "different-modality": "different modality",
    "incompatible-units": "incompatible units",
  } as Readonly<Record<string, string>>,
  targetMet: (met: boolean) => (met ? "The actual figure meets the target." : "The actual figure falls short of the target."),
  /** The leading hypothesis, headed by its strength: a weak one is only possible, however it ranks. */
  leadingExplanation: (strength: string, text: string) => (strength === "weak" ? `Possibly: ${text}.` : `Most likely: ${text}.`),
  alsoPossible: (text: string) => `Also possible: ${text}.`,
  ruledOut: (items: readonly string[]) => `Ruled out: ${items.join("; ")}.`,
  strength: { strong: "strong", moderate: "moderate", weak: "weak" } as Readonly<Record<string, string>>,

  // Explanations (evidence already formatted).
  mirrorStatistics: (e: { higher: string; lower: string; ratio: string; typical: string; margin: string; beyond: boolean; trade: boolean; follows?: string }) =>
    `mirror statistics — each partner reports the flow itself, ${e.higher}'s figure above ${e.lower}'s (ratio ${e.ratio})` +
    (e.follows !== undefined ? `; the figure without a country of its own agrees with ${e.follows}` : "") +
    (e.trade
      ? e.beyond
        ? `. A typical CIF/FOB margin is about ${e.margin} (IMF DOTS factor ${e.typical}); a gap this size is far beyond freight and insurance and points to re-exports, timing, partner attribution, classification or under-invoicing`
        : `. That is within a typical CIF/FOB margin of about ${e.margin} (IMF DOTS factor ${e.typical})`
      : ""),
  systematicGap: (e: { strength: string; reporters?: string; others: readonly string[] }) =>
    `systematic source gap — ${e.reporters !== undefined ? `${e.reporters} here, and ` : ""}a similar gap in ${e.others.join(", ")}` +
    (e.strength === "strong" ? ": the same two reporting bases" : e.strength === "moderate" ? ": probably the same two reporting bases" : ""),
  otherPeriodGap: (period: string, ratio: string, reporters: string | undefined) =>
    `${period} (ratio ${ratio}${reporters !== undefined ? `, ${reporters}` : ""})`,
  reportersAbove: (higher: string, lower: string) => `${higher} above ${lower}`,
  revision: (earlier: string, later: string, laterDate: string | undefined) =>
    `revision — the same source published ${later} after ${earlier}${laterDate !== undefined ? ` (${laterDate})` : ""}`,
  revisionUnordered: "revision — the same source gave both figures in different publications",
  copy: (copy: string, original: string, how: "via" | "same-publication" | "later") =>
    `copy — ${copy} repeats ${original}${how === "via" ? ", quoting it" : how === "same-publication" ? " in the same text" : " in a later publication"}, so it is no independent corroboration`,
  scaleSlip: (ratio: string, scale: string) => `scale slip — the ratio ${ratio} is close to a ${scale}`,
  unitSlip: (ratio: string, factor: string, larger: string, smaller: string) =>
    `unit slip — the ratio ${ratio} is close to ${factor}, the factor between ${larger} and ${smaller}`,
  currencyRate: (ratio: string, from: string, to: string, rate: string) => `currency confusion — the ratio ${ratio} is close to the ${from}→${to} rate ${rate}`,
  currencyAmbiguous: (candidates: readonly string[]) => `currency confusion — the currency sign could mean ${candidates.join(" or ")}`,
  periodShift: (claim: string, matches: string, period: string) => `period shift — ${claim} matches ${matches} for ${period}`,
  basisSamePublication: (source: string) => `different basis — ${source} gives both figures in one text, probably from two reporting bases`,
  basisNouns: (nouns: readonly string[]) => `different basis — they count different things (${nouns.join(" vs ")})`,
  looseRounding: (distance: string, step: string) => `loose rounding — the intervals are ${distance} apart, within one rounding step of ${step}`,
  approximation: (share: string, tolerance: string) => `approximation — the gap is ${share} of the larger figure, within the ±${tolerance} an approximate figure allows`,
  scaleNames: { 3: "thousand", 6: "million", 9: "billion", 12: "trillion" } as Readonly<Record<number, string>>,

  // Rejections.
  ruledOutReasons: {
    "gap-exceeds-rounding": (e: { distance: string; step: string }) => `rounding (the intervals are ${e.distance} apart, more than a rounding step of ${e.step})`,
    "gap-exceeds-tolerance": (e: { share: string; tolerance: string }) => `approximation (a gap of ${e.share} exceeds ±${e.tolerance})`,
    "ratio-not-power-of-ten": (e: { ratio: string }) => `scale slip (ratio ${e.ratio} is not near a thousand, million or billion)`,
    "ratio-matches-no-unit-factor": (e: { ratio: string }) => `unit slip (ratio ${e.ratio} matches no unit factor)`,
    "ratio-matches-no-rate": (e: { ratio: string; rates: number }) =>
      e.rates === 0 ? "currency confusion (one currency, no exchange rate involved)" : `currency confusion (ratio ${e.ratio} matches none of the ${e.rates} rates given)`,
    "not-partner-reporters": () => "mirror statistics (the figures do not come from the two partners' own authorities)",
    "different-sources": () => "revision (different sources)",
    "no-neighbour-match": () => "period shift (no figure of a neighbouring period matches)",
    "no-similar-gap": (e: { ratio: string }) => `systematic source gap (no similar ratio to ${e.ratio} in other periods)`,
  },

  // Reconciliations.
  methodNames: {
    intersection: "intersection",
    "attributed-range": "attributed range",
    "preferred-source": "preferred source",
    "latest-revision": "latest revision",
    median: "median",
    "reliability-weighted": "reliability-weighted",
    "mirror-statistics": "mirror statistics",
  } as Readonly<Record<string, string>>,
  reconciliation: (method: string, estimate: string, note: string | undefined) =>
    `Reconciled by ${method}: ${note !== undefined ? note : `${estimate}.`}`,
  support: (support: number, dissent: number) => `${support} ${support === 1 ? "claim supports" : "claims support"} it, ${dissent} ${dissent === 1 ? "dissents" : "dissent"}.`,

  // The text report (report/text.ts).
  reportHeading: (claims: number, series: number) => `Discrepancy report: ${claims} claims in ${series} series.`,
  reportCounts: (comparisons: number, consistent: number, conflicts: number, notComparable: number) =>
    `${comparisons} ${comparisons === 1 ? "comparison" : "comparisons"}: ${consistent} consistent, ${conflicts} ${conflicts === 1 ? "conflict" : "conflicts"}, ${notComparable} not comparable.`,
  conflictsHeading: "Conflicts",
  noConflicts: "No conflicts.",
  seriesHeading: "Series",
  seriesTitle: (metric: string, subject: readonly string[], direction: boolean, qualifiers: readonly string[]) =>
    `${metric}${subject.length > 0 ? ` — ${subject.join(direction ? " → " : " & ")}` : ""}${qualifiers.length > 0 ? ` (${qualifiers.join(", ")})` : ""}`,
  groupTitle: (series: string, period: string | undefined, modality: string) =>
    `${series}, ${period ?? "no period"}${modality !== "actual" ? ` (${modality})` : ""}`,
  groupLine: (period: string | undefined, modality: string, claims: number, sources: number, verdict: string) =>
    `${period ?? "no period"}, ${modality}: ${verdict} — ${claims} ${claims === 1 ? "claim" : "claims"}, ${sources} independent ${sources === 1 ? "source" : "sources"}`,
  groupVerdicts: { consistent: "consistent", conflict: "conflict", single: "single figure" } as Readonly<Record<string, string>>,
  singlesHeading: (count: number) => `${count} series with a single figure and nothing to compare:`,

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
  notInterval: (name: string, value: unknown) =>
    `${name} is not an interval (build it with createInterval() or toInterval()), got ${quote(value)}`,
  badClaimLookup: (value: unknown) => `claims must be a list, a Map or a record of claims by id, got ${quote(value)}`,
  unknownFields: (keys: readonly string[]) => `unknown field${keys.length > 1 ? "s" : ""} ${keys.map((k) => quote(k)).join(", ")}`,
  notRelationCheck: (value: unknown) => `expected the result of checkRelation(), got ${quote(value)}`,
  notOrdinalCheck: (value: unknown) => `expected the result of checkOrdinal(), got ${quote(value)}`,
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

/** How reports name the explanation codes. */
const EXPLANATION_NAMES: Readonly<Record<string, string>> = {
  "mirror-statistics": "mirror statistics",
  "systematic-source-gap": "systematic gap between the sources",
  revision: "revision",
  copy: "copy",
  "scale-slip": "scale slip",
  "unit-slip": "unit slip",
  "currency-confusion": "currency confusion",
  "period-shift": "period shift",
  "different-basis": "different basis",
  rounding: "rounding",
  approximation: "approximation",
};

/** Text of reports, the command line and the test matchers. */
export const reportMessages = {
  // Input files (cli/)
  csvUnterminatedQuote: "a quoted field is never closed",
  csvAfterQuote: "unexpected text after a closing quote (a quote inside a quoted field is written twice: \"\")",
  csvStrayQuote: "a quote inside an unquoted field (quote the whole field and double the quote: \"say \"\"hi\"\"\")",
  csvNoHeader: "the CSV file is empty: it needs a header line",
  csvUnknownColumn: (name: string, known: readonly string[]) => `unknown column ${quote(name)}; the columns are ${known.join(", ")}`,
  csvDuplicateColumn: (name: string) => `the column ${quote(name)} appears twice`,
  csvMissingColumn: (name: string) => `the required column ${quote(name)} is missing`,
  csvFieldCount: (got: number, expected: number) => `the record has ${got} field${got === 1 ? "" : "s"}, the header has ${expected}`,
  csvBadQualifier: (pair: string) => `expected key=value, got ${quote(pair)}`,
  csvRepeatedQualifier: (first: string, again: string) =>
    first === again ? `the qualifier ${quote(first)} is given twice` : `the qualifier ${quote(again)} repeats ${quote(first)} (keys ignore case)`,
  badJSON: (detail: string) => `not valid JSON: ${detail.trim()}`,
  notClaimsJSON: 'expected an array of claims or an object { "claims": [...], "relations": [...] }',
  claimsNotArray: "expected an array of claims",
  repeatedKey: (key: string) => `the key ${quote(key)} appears twice in one object (JSON would keep only the last value)`,
  unknownFileKey: (key: string, suggestion: string | undefined, known: readonly string[]) =>
    `unknown key ${quote(key)}${suggestion === undefined ? "" : ` (did you mean ${quote(suggestion)}?)`}; a claims file has the keys ${known.join(", ")}`,
  relationsHeading: "Relations and timelines",
  relationColumns: ["#", "Check", "Verdict", "What it says"],
  relationSummary: (relations: number, ordinals: number, conflicts: number, implied: number) =>
    `${relations} relation${relations === 1 ? "" : "s"} and ${ordinals} ordinal check${ordinals === 1 ? "" : "s"}: ${conflicts} conflict${conflicts === 1 ? "" : "s"}, ${implied} implied value${implied === 1 ? "" : "s"}`,
  timelineProblem: (file: string, detail: string) => `the timeline ${quote(file)} could not be read: ${detail}`,
  duplicateRecordId: (id: string, first: string) => `duplicate id ${quote(id)}: this record and ${first} differ; neither is kept`,
  repeatedRecord: (first: string) => `repeats ${first} verbatim; read as one claim`,
  inputProblem: (where: string, field: string | undefined, message: string) =>
    field === undefined ? `${where}: ${message}` : `${where}: ${field}: ${message}`,
  cannotRead: (file: string, reason: string) => `${file}: cannot read: ${reason}`,
  noSuchFile: "no such file",
  isDirectory: "is a directory, not a file",
  permissionDenied: "permission denied",
  fileTooLarge: (bytes: number) => `the file holds ${bytes.toLocaleString("en-US")} bytes, more than can be read at once (about 512 MB); split it into several files`,
  notUtf8: (offset: number) => `not valid UTF-8 text${offset >= 0 ? ` (the byte at offset ${offset} is malformed)` : ""}; save the file as UTF-8`,
  moreNotices: (count: number) => `… and ${count} more repeated record${count === 1 ? "" : "s"}`,
  moreProblems: (count: number) => `… and ${count} more problem${count === 1 ? "" : "s"}`,
  noClaims: "no claims in the input",

  // The command line (cli/)
  usage: (version: string) => `discrepancy ${version} — find, explain and reconcile disagreements between quantitative claims

Usage:
  discrepancy check <file…|->   compare claims (JSON, NDJSON or CSV; - reads stdin)
  discrepancy reconcile <file…|->
                                one estimate per series and period across a corpus, and how
                                reliable each source is
  discrepancy extract [file]    print the quantity mentions in a text (stdin when no file)
  discrepancy extract-claims [file] --published-at <date>
                                print the claims of an article as NDJSON, which check reads
                                (stdin when no file; skipped figures and why on stderr)
  discrepancy schema            print the JSON Schema of a claim

Options for check:
  -f, --format <text|markdown|json>  report format (default text)
      --fail-on <conflict|none>      exit 1 when claims conflict (default conflict), or never
      --input-format <json|ndjson|csv>  how to read stdin or files without a known extension
      --color, --no-color            colour the text report (default: when stdout is a terminal)
  -j, --jobs <n>                     worker threads that validate and compare, series split among
                                     them (default 1: all on the main thread)
      --timings                      print where the time went on stderr
      --skip-invalid                 report invalid records on stderr and go on without them
                                     (default: exit 2 naming them)
      --only <conflicts|all>         conflicts: the counts, every conflict and the series that have
                                     one; all: every comparison too (default: conflicts for JSON,
                                     which says in "omitted" what it left out; all for text and
                                     Markdown)
Options for reconcile (and --format, --input-format, --timings, --skip-invalid as for check):
  -m, --method <truth-discovery|accu|majority|median>  how estimates are picked (default
                                     truth-discovery: sources that are usually right win close
                                     calls; accu: Bayesian accuracy, for many sources per item)
Options for extract:
  -f, --format <json|text>           mentions as JSON (default) or one line each
      --lang <en|uk|ru|zh>           the text's language (default: detected)
      --published-at <YYYY-MM-DD>    resolves relative dates such as "last year"
Options for extract-claims (and --lang as for extract):
      --published-at <YYYY-MM-DD>    the publication date (required): relative dates are resolved
                                     against it and it is each claim's reportedBy.publishedAt
      --reported-by <name>           the outlet, each claim's reportedBy.name (and its source when
                                     the text names none)
  -h, --help                         this help
  -v, --version                      the version

CSV columns: id, metric, subject (entities separated by ;), qualifiers (key=value;key=value), value,
period, modality, source, source_type, source_country, reported_by, published_at, lang, quote, url, author.
Only metric, value and source are required.

Exit codes: 0 nothing conflicts (reconcile: done), 1 conflicts found (check), 2 usage or input error
or the output cannot be written (one line on stderr), 141 the reader of the output went away (a closed
pipe, as in | head: the output is incomplete, so neither 0 nor 1).
`,
  unknownCommand: (name: string) => `unknown command ${quote(name)}; expected check, reconcile, extract, extract-claims or schema`,
  noCommand: "no command given; expected check, reconcile, extract, extract-claims or schema",
  extractClaimsNeedsDate: "extract-claims needs --published-at: the date relative periods are read against (2025-09-05, 2025-09 or 2025)",
  skippedFigure: (text: string, start: number, reason: string) => `skipped ${quote(text)} at ${start}: ${reason}`,
  noFiles: (command: string) => `${command} needs at least one file, or - for standard input`,
  // No count: past 1,000 issues the rest are only summarised, so the number of problems is not the number of records.
  skippedInvalid: "--skip-invalid: going on without the records named above",
  checkOnly: (option: string, command: string) => `--${option} applies to check only, not to ${command}`,
  reconcileJobs: "--jobs applies to check only: reconcile weighs every source against the whole corpus at once",
  badOption: (name: string, value: string, allowed: readonly string[]) =>
    `--${name} must be one of ${allowed.join(", ")}, got ${quote(value)}`,
  usageError: (detail: string) => `${detail} (see discrepancy --help)`,
  extractColumns: ["span", "text", "allows", "unit", "bound", "noun", "period"],
  badPublishedAt: (value: string) => `--published-at must be an ISO date, month or year such as 2025-09-05, got ${quote(value)}`,
  unusablePublishedAt: (reason: string) => `--published-at: ${reason}`,
  extractTooManyFiles: (count: number, command = "extract") => `${command} reads one file or standard input, got ${count} files`,
  tooManyArguments: (command: string) => `${command} takes no file arguments`,
  stdinTwice: "standard input (-) can be read only once",
  cannotWrite: (code: string | undefined, detail: string) =>
    `cannot write the output: ${code === "ENOSPC" ? "no space left on device" : code === "EFBIG" ? "the file is too large" : code === "EIO" ? "input/output error" : detail}${code === undefined ? "" : ` (${code})`}`,
  timings: (phases: readonly (readonly [string, number])[]) =>
    `timings: ${phases.map(([name, ms]) => `${name} ${Math.round(ms).toLocaleString("en-US")} ms`).join(", ")}`,
  workerTimings: (workers: readonly { readonly validate: number; readonly compare: number; readonly serialise: number }[], revive: number) => {
    const each = (pick: (w: { validate: number; compare: number; serialise: number }) => number) =>
      workers.map((w) => Math.round(pick(w)).toLocaleString("en-US")).join("/");
    return `workers: validate ${each((w) => w.validate)} ms, compare ${each((w) => w.compare)} ms, serialise ${each((w) => w.serialise)} ms; main thread: read back ${Math.round(revive).toLocaleString("en-US")} ms`;
  },
  badJobs: (value: string, max: number) => `--jobs must be a whole number from 1 to ${max}, got ${quote(value)}`,
  progressRead: (claims: number, files: number) => `read ${claims.toLocaleString("en-US")} claims from ${files} file${files === 1 ? "" : "s"}…`,

  // Reports (report/)
  explanationNames: EXPLANATION_NAMES,
  explanationLabel: (code: string, strength: string) => `${EXPLANATION_NAMES[code] ?? code} (${strength})`,
  ruledOutLabel: (code: string, reason: string) => `${EXPLANATION_NAMES[code] ?? code}: ${reason.replaceAll("-", " ")}`,
  reportTitle: "Discrepancy report",
  summaryLine: (s: { claims: number; series: number; comparisons: number; conflicts: number; consistent: number; notComparable: number }) =>
    `${s.claims} claim${s.claims === 1 ? "" : "s"} in ${s.series} series; ${s.comparisons} comparison${s.comparisons === 1 ? "" : "s"}: ` +
    `${s.conflicts} conflict${s.conflicts === 1 ? "" : "s"}, ${s.consistent} consistent, ${s.notComparable} not comparable`,
  conflictsHeading: "Conflicts",
  noConflicts: "No conflicts: every comparable pair of claims agrees.",
  seriesHeading: "Series",
  // "Explanation", not "Likely explanation": the cell gives the leading hypothesis with its strength, and
  // a weak one ("approximation (weak)") is only possible.
  conflictColumns: ["#", "Series", "Period", "Figure", "Source", "Figure", "Source", "Gap", "Of the larger", "Ratio", "Explanation"],
  groupColumns: ["Series", "Period", "Modality", "Verdict", "Claims", "Reconciliation"],
  verdictWords: { conflict: "conflict", consistent: "consistent", single: "single figure", "not-comparable": "not comparable" } as Readonly<
    Record<string, string>
  >,
  gapLine: (gap: string, share: string, ratio: string) => `gap ${gap} (${share} of the larger)${ratio === "" ? "" : `, ratio ${ratio}`}`,
  likelyLine: (labels: readonly string[]) => `likely: ${labels.join("; ")}`,
  ruledOutLine: (labels: readonly string[]) => `ruled out: ${labels.join("; ")}`,
  reconciledLine: (note: string) => `reconciled: ${note}`,
  noPeriod: "no period",

  // Corpus reconciliation (report/formatCorpusReconciliation)
  corpusTitle: (method: string) => `Corpus reconciliation (${method})`,
  corpusMethodNames: { "truth-discovery": "truth discovery", accu: "truth discovery (Accu)", majority: "majority vote", median: "median" } as Readonly<Record<string, string>>,
  corpusSummary: (s: { claims: number; sources: number; estimates: number; contested: number }) =>
    `${count(s.claims, "claim")} from ${count(s.sources, "source")}: ${count(s.estimates, "estimate")}, ${s.contested.toLocaleString("en-US")} contested`,
  corpusRounds: (rounds: number, converged: boolean) =>
    converged ? `Converged after ${count(rounds, "round")}.` : `Stopped after ${count(rounds, "round")} without converging (raise maxIterations).`,
  contestedHeading: "Contested estimates",
  noContested: "None: the claims of every estimate agree.",
  confidenceWord: "confidence",
  supportWord: "for",
  dissentWord: "against",
  sourcesHeading: "Sources, least reliable first",
  claimCount: (n: number) => count(n, "claim"),
  contestedColumns: ["#", "Series", "Period", "Estimate", "Confidence", "For", "Against"],
  sourceColumns: ["Source", "Reliability", "Claims"],
  copyingColumn: "Copying",
  moreRows: (n: number) => `… and ${n.toLocaleString("en-US")} more (formatCorpusReconciliation lists them all)`,
  copyingWord: "copying",
  corpusNeedsClaims: "text and Markdown need the reconciled claims: pass them as options.claims (a reconciliation holds only their ids)",
  notCorpusReconciliation: (value: unknown) => `expected the result of reconcileAll(), got ${quote(value)}`,
  badCorpusPart: (path: string, value: unknown) => `${path} is not what reconcileAll() returns: ${quote(value)}`,

  // Notebook display (notebook/)
  notDisplayable: (value: unknown) =>
    `display() takes what findDiscrepancies(), compare(), reconcile() or reconcileAll() returns, got ${quote(value)}`,
  displayNeedsClaims: "a corpus reconciliation is displayed with the reconciled claims: pass them as options.claims (it holds only their ids)",

  chartNeedsClaims: "toVegaLite needs the claims of a report: pass them as options.claims (a report holds only their ids)",
  notAComparison: (value: unknown) => `expected a comparison from compare(), got ${quote(value)}`,
  badReviewAuthor: (value: unknown) => `options.author must be the reviewer, such as { name: "Factcheck Desk" }, got ${quote(value)}`,
  notOptions: (value: unknown) => `options must be an object, got ${quote(value)}`,
  unknownFormat: (format: unknown, allowed: readonly string[]) => `unknown report format ${quote(format)}; expected ${allowed.join(", ")}`,

  // ClaimReview (report/toClaimReview)
  notInComparison: (id: string, ids: readonly string[]) => `options.reviewed ${quote(id)} is not one of the compared claims (${ids.map((i) => quote(i)).join(", ")})`,
  claimReviewed: (text: string, source: string, period: string | undefined) => `${source}: ${text}${period === undefined ? "" : ` (${period})`}`,
  claimReviewRating: (verdict: string) =>
    verdict === "conflict" ? "Conflicts with another source" : verdict === "consistent" ? "Consistent with another source" : "Not comparable",
  claimReviewExplanation: (f: {
    verdict: string;
    reviewed: { text: string; source: string };
    other: { text: string; source: string };
    period: string | undefined;
    gap: string | undefined;
    share: string | undefined;
    ratio: string | undefined;
    likely: string | undefined;
    /** The strength of the `likely` hypothesis: a weak one is a possible explanation, not the most likely. */
    likelyStrength?: string | undefined;
    reasons: readonly string[];
  }) => {
    const both = `${f.reviewed.source} gives ${f.reviewed.text}; ${f.other.source} gives ${f.other.text}${f.period === undefined ? "" : ` for ${f.period}`}.`;
    if (f.verdict === "consistent") return `${both} The figures agree within what their wording allows.`;
    if (f.verdict === "not-comparable") return `${both} They are not about the same thing (${f.reasons.map((r) => r.replaceAll("-", " ")).join(", ")}).`;
    return `${both} They conflict${f.gap === undefined ? "" : `: a gap of ${f.gap} (${f.share} of the larger${f.ratio === undefined ? "" : `, ratio ${f.ratio}`})`}.${
      f.likely === undefined ? "" : f.likelyStrength === "weak" ? ` Possible explanation: ${f.likely}.` : ` Most likely explanation: ${f.likely}.`
    }`;
  },

  // Assertions and matchers (testing/)
  side: (id: string, text: string, source: string, period: string | undefined) =>
    `${id} (${quote(text)}, ${source}${period === undefined ? "" : `, ${period}`})`,
  verdictPhrase: (verdict: string, found: { reasons: readonly string[]; gap?: string; ratio?: string; likely?: string; likelyWeak?: boolean }) =>
    verdict === "consistent"
      ? "they are consistent"
      : verdict === "not-comparable"
        ? `they are not comparable (${found.reasons.map((r) => r.replaceAll("-", " ")).join(", ")})`
        : `they conflict${found.gap === undefined ? "" : ` (gap ${found.gap}${found.ratio === undefined ? "" : `, ratio ${found.ratio}`})`}${
            found.likely === undefined ? "" : found.likelyWeak === true ? `; possibly ${found.likely}` : `; most likely ${found.likely}`
          }`,
  notFastCheck: (value: unknown) => `createArbitraries needs the fast-check module (import fc from "fast-check"), got ${quote(value)}`,
  badArbitraryOption: (name: string, value: unknown, expected: string) => `option ${name} must be ${expected}, got ${quote(value)}`,
  notClaimsOrReport: (value: unknown) => `expected an array of claims or a report from findDiscrepancies(), got ${quote(value)}`,
  expectedVerdict: (a: string, wanted: string, b: string, found: string) => `expected ${a} to be ${wanted} ${b}, but ${found}`,
  expectedNotVerdict: (a: string, wanted: string, b: string) => `expected ${a} not to be ${wanted} ${b}, but it is`,
  assertNoConflicts: (count: number, lines: readonly string[]) =>
    `expected no conflicts, found ${count}:\n${lines.join("\n")}`,
  expectedSomeConflict: (claims: number) => `expected some conflict among ${claims} claims, found none`,
  progressValidated: (claims: number) => `validated ${claims.toLocaleString("en-US")} claims; comparing…`,
} as const;

// ---------------------------------------------------------------------------------------------------
// Corpus reconciliation (reconcile/ truth discovery)
// ---------------------------------------------------------------------------------------------------

/** Text for corpus-level reconciliation. */
export const corpusMessages = {
  unknownMethod: (method: unknown) => `unknown corpus reconciliation method ${quote(method)}; expected "truth-discovery", "accu", "majority" or "median"`,
  badOption: (name: string, value: unknown, expected: string) => `option ${name} must be ${expected}, got ${quote(value)}`,
  notIterable: (value: unknown) => `claims must be an iterable or async iterable of claims, got ${quote(value)}`,
} as const;
