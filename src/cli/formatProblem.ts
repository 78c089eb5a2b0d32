import { formatIssuePath } from "../messages/misuse/quote.js";
import { cliMessages } from "../messages/misuse/cli.js";
import type { ClaimNotice } from "../claim/parseClaims.js";
import { escapeControls } from "../text/escapeControls.js";
import type { DiscrepancyIssue } from "../errors.js";
import type { Locale } from "../messages/en/types.js";
import { formatIssue } from "../report/formatIssue.js";
import type { CliIO } from "./io.js";
import { toCsvColumn } from "./csvToClaims.js";
import type { InputProblem, InputRecord } from "./parseInput.js";

/**
 * Where a record is, named the one way every message uses: `file:line` for NDJSON and CSV (lines from
 * 1), `file record N` for a JSON file (its Nth claim, from 1).
 */
export const formatWhere = (problem: Pick<InputProblem, "file" | "line" | "column" | "record">): string => {
  let where = problem.file;
  if (problem.line !== undefined) where += `:${problem.line}`;
  if (problem.column !== undefined) where += `:${problem.column}`;
  if (problem.record !== undefined) where += ` record ${problem.record}`;
  return where;
};

/**
 * One line naming the file, the line or record, the field and what is wrong: `claims.csv:4: column "value": …`.
 * File names, fields and quoted values come from the input: control characters in them are escaped.
 */
export const formatProblem = (problem: InputProblem, locale?: Locale): string =>
  escapeControls(
    cliMessages.inputProblem(
      formatWhere(problem),
      problem.field,
      locale === undefined || locale.code === "en" || problem.issue === undefined ? problem.message : formatIssue(problem.issue as DiscrepancyIssue, { locale }),
    ),
  );

/** The location of a record, without a field. */
const locate = (record: InputRecord): Pick<InputProblem, "file" | "line" | "record"> => {
  if (record.format === "json") {
    const last = record.path?.[record.path.length - 1];
    return { file: record.file, ...(typeof last === "number" ? { record: last + 1 } : {}) };
  }
  return { file: record.file, ...(record.line !== undefined ? { line: record.line } : {}) };
};

/** Where another record is, as {@link formatWhere} names it, or its number in the whole input. */
const whereIs = (index: number, recordAt: (index: number) => InputRecord | undefined): string => {
  const record = recordAt(index);
  return record === undefined ? `record ${index + 1}` : formatWhere(locate(record));
};

/** Points a validation issue of the claim read from `record` back at its file, line or record, and field. */
export const toInputProblem = (
  record: InputRecord,
  issue: DiscrepancyIssue,
  recordAt: (index: number) => InputRecord | undefined = () => undefined,
): InputProblem => {
  const path = issue.path.slice(1); // the first key is the record's index in the combined list
  let message = issue.message;
  // A duplicate names the other record by where it is, which only the command line knows: English words.
  const coded = issue.code === "duplicate-id" ? {} : { issue: { code: issue.code, params: issue.params, message: issue.message, ...(issue.input !== undefined ? { input: issue.input } : {}) } };
  if (issue.code === "duplicate-id" && issue.params !== undefined)
    message = cliMessages.duplicateRecordId(String(issue.params["id"]), whereIs(Number(issue.params["first"]), recordAt));
  if (record.format === "csv")
    return { ...locate(record), field: `column ${toCsvColumn(path)}`, message, ...coded };
  return { ...locate(record), ...(path.length > 0 ? { field: formatIssuePath(path) } : {}), message, ...coded };
};

/** A record read as the repeat of an earlier one: a line for stderr, naming both records. */
export const toNoticeLine = (notice: ClaimNotice, recordAt: (index: number) => InputRecord | undefined): string => {
  const record = recordAt(notice.record);
  const where = record === undefined ? `record ${notice.record + 1}` : formatWhere(locate(record));
  return `${where}: ${cliMessages.repeatedRecord(whereIs(notice.first, recordAt))}`;
};

const MAX_SHOWN = 20;

/** Prints the first notices (records read as repeats), one line each, and how many more there are. */
export const printNotices = (io: CliIO, notices: readonly string[]): void => {
  for (const line of notices.slice(0, MAX_SHOWN)) io.stderr.write(`${line}\n`);
  if (notices.length > MAX_SHOWN) io.stderr.write(`${cliMessages.moreNotices(notices.length - MAX_SHOWN)}\n`);
};

/** Prints the first problems, one line each, and how many more there are. */
export const printProblems = (io: CliIO, problems: readonly InputProblem[], locale?: Locale): void => {
  for (const problem of problems.slice(0, MAX_SHOWN)) io.stderr.write(`${formatProblem(problem, locale)}\n`);
  if (problems.length > MAX_SHOWN) io.stderr.write(`${cliMessages.moreProblems(problems.length - MAX_SHOWN)}\n`);
};

/** A validation issue (its path starts with the record's index) as a problem in the record's file. */
export const toProblem = (issue: DiscrepancyIssue, recordAt: (index: number) => InputRecord | undefined): InputProblem => {
  const index = issue.path[0];
  const record = typeof index === "number" ? recordAt(index) : undefined;
  return record === undefined ? { file: "(input)", message: issue.message } : toInputProblem(record, issue, recordAt);
};
