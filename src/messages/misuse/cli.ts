import { quote } from "./quote.js";

/** Text of the command line: input-file problems, usage, progress and timings, in English. */
export const cliMessages = {
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
      --locale <en|uk|ru|zh>         the language of the report and of input problems (default en;
                                     every command takes it)
      --only <conflicts|all>         conflicts: the counts, every conflict and the series that have
                                     one; all: every comparison too (default: conflicts for JSON,
                                     which says in "omitted" what it left out; all for text and
                                     Markdown)
Options for reconcile (and --format, --input-format, --timings, --skip-invalid as for check):
  -m, --method <truth-discovery|accu|truth-finder|majority|median>  how estimates are picked (default
                                     truth-discovery: sources that are usually right win close
                                     calls, copiers discounted; accu and truth-finder: the
                                     published models it builds on)
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
  extractClaimsNeedsDate: "extract-claims needs --published-at: the date relative periods are read against (2025-09-05, 2025-09 or 2025)",
  skippedFigure: (text: string, start: number, reason: string) => `skipped ${quote(text)} at ${start}: ${reason}`,
  noCommand: "no command given; expected check, reconcile, extract, extract-claims or schema",
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
  progressValidated: (claims: number) => `validated ${claims.toLocaleString("en-US")} claims; comparing…`,
} as const;
