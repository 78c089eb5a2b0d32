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
  badJSON: (detail: string) => `not valid JSON: ${detail.trim()}`,
  notClaimsJSON: 'expected an array of claims or an object { "claims": [...], "relations": [...] }',
  inputProblem: (where: string, field: string | undefined, message: string) =>
    field === undefined ? `${where}: ${message}` : `${where}: ${field}: ${message}`,
  cannotRead: (file: string, reason: string) => `${file}: cannot read: ${reason}`,
  moreProblems: (count: number) => `… and ${count} more problem${count === 1 ? "" : "s"}`,
  noClaims: "no claims in the input",

  // The command line (cli/)
  usage: (version: string) => `discrepancy ${version} — find, explain and reconcile disagreements between quantitative claims

Usage:
  discrepancy check <file…|->   compare claims (JSON, NDJSON or CSV; - reads stdin)
  discrepancy extract [file]    print the quantity mentions in a text (stdin when no file)
  discrepancy schema            print the JSON Schema of a claim

Options for check:
  -f, --format <text|markdown|json>  report format (default text)
      --fail-on <conflict|none>      exit 1 when claims conflict (default conflict), or never
      --input-format <json|ndjson|csv>  how to read stdin or files without a known extension
      --color, --no-color            colour the text report (default: when stdout is a terminal)
Options for extract:
  -f, --format <json|text>           mentions as JSON (default) or one line each
      --lang <en|uk|ru|zh>           the text's language (default: detected)
      --published-at <YYYY-MM-DD>    resolves relative dates such as "last year"
  -h, --help                         this help
  -v, --version                      the version

CSV columns: id, metric, subject (entities separated by ;), qualifiers (key=value;key=value), value,
period, modality, source, source_type, source_country, reported_by, published_at, lang, quote, url, author.
Only metric, value and source are required.

Exit codes: 0 nothing conflicts, 1 conflicts found, 2 usage or input error.
`,
  unknownCommand: (name: string) => `unknown command ${quote(name)}; expected check, extract or schema`,
  noCommand: "no command given; expected check, extract or schema",
  noFiles: "check needs at least one file, or - for standard input",
  badOption: (name: string, value: string, allowed: readonly string[]) =>
    `--${name} must be one of ${allowed.join(", ")}, got ${quote(value)}`,
  usageError: (detail: string) => `${detail} (see discrepancy --help)`,
  extractColumns: ["span", "text", "allows", "unit", "bound", "noun", "period"],
  badPublishedAt: (value: string) => `--published-at must be an ISO date, month or year such as 2025-09-05, got ${quote(value)}`,
  extractTooManyFiles: (count: number) => `extract reads one file or standard input, got ${count} files`,
  tooManyArguments: (command: string) => `${command} takes no file arguments`,
  stdinTwice: "standard input (-) can be read only once",
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
  conflictColumns: ["#", "Series", "Period", "Figure", "Source", "Figure", "Source", "Gap", "Of the larger", "Ratio", "Likely explanation"],
  groupColumns: ["Series", "Period", "Modality", "Verdict", "Claims", "Reconciliation"],
  verdictWords: { conflict: "conflict", consistent: "consistent", single: "single figure", "not-comparable": "not comparable" } as Readonly<
    Record<string, string>
  >,
  gapLine: (gap: string, share: string, ratio: string) => `gap ${gap} (${share} of the larger)${ratio === "" ? "" : `, ratio ${ratio}`}`,
  likelyLine: (labels: readonly string[]) => `likely: ${labels.join("; ")}`,
  ruledOutLine: (labels: readonly string[]) => `ruled out: ${labels.join("; ")}`,
  reconciledLine: (note: string) => `reconciled: ${note}`,
  noPeriod: "no period",

  chartNeedsClaims: "toVegaLite needs the claims of a report: pass them as options.claims (a report holds only their ids)",
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
    reasons: readonly string[];
  }) => {
    const both = `${f.reviewed.source} gives ${f.reviewed.text}; ${f.other.source} gives ${f.other.text}${f.period === undefined ? "" : ` for ${f.period}`}.`;
    if (f.verdict === "consistent") return `${both} The figures agree within what their wording allows.`;
    if (f.verdict === "not-comparable") return `${both} They are not about the same thing (${f.reasons.map((r) => r.replaceAll("-", " ")).join(", ")}).`;
    return `${both} They conflict${f.gap === undefined ? "" : `: a gap of ${f.gap} (${f.share} of the larger${f.ratio === undefined ? "" : `, ratio ${f.ratio}`})`}.${
      f.likely === undefined ? "" : ` Most likely explanation: ${f.likely}.`
    }`;
  },

  // Assertions and matchers (testing/)
  side: (id: string, text: string, source: string, period: string | undefined) =>
    `${id} (${quote(text)}, ${source}${period === undefined ? "" : `, ${period}`})`,
  verdictPhrase: (comparison: {
    readonly verdict: string;
    readonly reasons: readonly string[];
    readonly gap?: { readonly absolute: { toString(): string }; readonly unit: string; readonly ratio: { toString(): string } | null };
    readonly explanations: readonly { readonly code: string }[];
  }) =>
    comparison.verdict === "consistent"
      ? "they are consistent"
      : comparison.verdict === "not-comparable"
        ? `they are not comparable (${comparison.reasons.join(", ")})`
        : `they conflict${comparison.gap === undefined ? "" : ` (gap ${comparison.gap.absolute.toString()} ${comparison.gap.unit}${comparison.gap.ratio === null ? "" : `, ratio ${comparison.gap.ratio.toString()}`})`}${
            comparison.explanations[0] === undefined ? "" : `; most likely ${comparison.explanations[0].code}`
          }`,
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
export const corpusMessages = {} as const;
