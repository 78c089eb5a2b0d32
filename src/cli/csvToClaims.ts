import { cliMessages } from "../messages/misuse/cli.js";
import type { CsvRecord } from "./parseCsv.js";

/**
 * The documented CSV header, in order. Only `metric`, `value` and `source` are required; columns may
 * come in any order; `url` and `author` are accepted too (they go to `reportedBy`).
 */
export const CSV_COLUMNS = Object.freeze([
  "id",
  "metric",
  "subject",
  "qualifiers",
  "value",
  "period",
  "modality",
  "source",
  "source_type",
  "source_country",
  "reported_by",
  "published_at",
  "lang",
  "quote",
  "url",
  "author",
] as const);

/** A CSV column name. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const REQUIRED: readonly CsvColumn[] = ["metric", "value", "source"];
const KNOWN = new Set<string>(CSV_COLUMNS);

/** A problem in a CSV file, on a line and in a column when known. */
export interface CsvProblem {
  readonly line: number;
  readonly column?: string;
  readonly message: string;
}

/** One CSV row turned into claim input, with the line it came from. */
export interface CsvClaim {
  readonly line: number;
  readonly input: Record<string, unknown>;
}

/** The claim-input field path that a CSV column fills, for pointing a validation issue back at its column. */
const COLUMN_OF_FIELD: ReadonlyMap<string, CsvColumn> = new Map([
  ["source.name", "source"],
  ["source.type", "source_type"],
  ["source.country", "source_country"],
  ["reportedBy.name", "reported_by"],
  ["reportedBy.publishedAt", "published_at"],
  ["reportedBy.lang", "lang"],
  ["reportedBy.url", "url"],
  ["reportedBy.author", "author"],
]);

/**
 * The CSV column behind a claim-input path: `["reportedBy", "publishedAt"]` → `published_at`,
 * `["subject", 1]` → `subject`.
 */
export const toCsvColumn = (path: readonly (string | number)[]): string => {
  const [first, second] = path;
  if (first === undefined) return "(record)";
  if (typeof second === "string") {
    const column = COLUMN_OF_FIELD.get(`${String(first)}.${second}`);
    if (column !== undefined) return column;
  }
  if (first === "source") return "source";
  if (first === "reportedBy") return "reported_by";
  return String(first);
};

const splitList = (text: string): string[] => {
  const items: string[] = [];
  for (const part of text.split(";")) {
    const item = part.trim();
    if (item !== "") items.push(item);
  }
  return items;
};

/**
 * Turns parsed CSV records (the first is the header) into claim inputs. Problems with the header stop
 * everything; problems with a row are reported with its line and column, and the other rows still count.
 */
export const csvToClaims = (
  records: readonly CsvRecord[],
): { readonly claims: readonly CsvClaim[]; readonly problems: readonly CsvProblem[] } => {
  const [header, ...rows] = records;
  if (header === undefined) return { claims: [], problems: [{ line: 1, message: cliMessages.csvNoHeader }] };

  const names = header.fields.map((field) => field.trim().toLowerCase());
  const problems: CsvProblem[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (!KNOWN.has(name)) problems.push({ line: header.line, message: cliMessages.csvUnknownColumn(name, CSV_COLUMNS) });
    else if (seen.has(name)) problems.push({ line: header.line, message: cliMessages.csvDuplicateColumn(name) });
    seen.add(name);
  }
  for (const name of REQUIRED)
    if (!seen.has(name)) problems.push({ line: header.line, message: cliMessages.csvMissingColumn(name) });
  if (problems.length > 0) return { claims: [], problems };

  const claims: CsvClaim[] = [];
  for (const row of rows) {
    if (row.fields.length !== names.length) {
      problems.push({ line: row.line, message: cliMessages.csvFieldCount(row.fields.length, names.length) });
      continue;
    }
    const cell = new Map<string, string>();
    for (let index = 0; index < names.length; index++) {
      const value = row.fields[index]!.trim();
      if (value !== "") cell.set(names[index]!, value);
    }
    const input: Record<string, unknown> = {};
    const rowProblems: CsvProblem[] = [];
    const id = cell.get("id");
    if (id !== undefined) input.id = id;
    // Required columns left empty still go through validation, which names them.
    input.metric = cell.get("metric") ?? "";
    const subject = cell.get("subject");
    if (subject !== undefined) input.subject = splitList(subject);
    const qualifiers = cell.get("qualifiers");
    if (qualifiers !== undefined) {
      const entries: [string, string][] = [];
      // A key given twice would keep only its last value: refused, as case and spacing do not make two keys.
      const seenKeys = new Map<string, string>();
      for (const pair of splitList(qualifiers)) {
        const eq = pair.indexOf("=");
        if (eq <= 0) {
          rowProblems.push({ line: row.line, column: "qualifiers", message: cliMessages.csvBadQualifier(pair) });
          continue;
        }
        const key = pair.slice(0, eq).trim();
        const folded = key.toLowerCase();
        const earlier = seenKeys.get(folded);
        if (earlier !== undefined) {
          rowProblems.push({ line: row.line, column: "qualifiers", message: cliMessages.csvRepeatedQualifier(earlier, key) });
          continue;
        }
        seenKeys.set(folded, key);
        entries.push([key, pair.slice(eq + 1).trim()]);
      }
      // fromEntries defines own keys, so "__proto__=x" reaches validation (which refuses it) instead of vanishing.
      input.qualifiers = Object.fromEntries(entries);
    }
    input.value = cell.get("value") ?? "";
    const period = cell.get("period");
    if (period !== undefined) input.period = period;
    const modality = cell.get("modality");
    if (modality !== undefined) input.modality = modality;
    const source = cell.get("source") ?? "";
    const sourceType = cell.get("source_type");
    const sourceCountry = cell.get("source_country");
    input.source =
      sourceType === undefined && sourceCountry === undefined
        ? source
        : {
            name: source,
            ...(sourceType !== undefined ? { type: sourceType } : {}),
            ...(sourceCountry !== undefined ? { country: sourceCountry } : {}),
          };
    const reportedBy: Record<string, string> = {};
    const put = (column: CsvColumn, key: string) => {
      const value = cell.get(column);
      if (value !== undefined) reportedBy[key] = value;
    };
    put("reported_by", "name");
    put("author", "author");
    put("url", "url");
    put("published_at", "publishedAt");
    put("lang", "lang");
    if (Object.keys(reportedBy).length > 0) input.reportedBy = reportedBy;
    const quote = cell.get("quote");
    if (quote !== undefined) input.quote = quote;

    if (rowProblems.length > 0) problems.push(...rowProblems);
    else claims.push({ line: row.line, input });
  }
  return { claims, problems };
};
