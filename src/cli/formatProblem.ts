import { formatIssuePath, reportMessages } from "../messages.js";
import { escapeControls } from "../report/escapeControls.js";
import type { DiscrepancyIssue } from "../errors.js";
import type { CliIO } from "./io.js";
import { toCsvColumn } from "./csvToClaims.js";
import type { InputProblem, InputRecord } from "./parseInput.js";

/**
 * One line naming the file, the line or record, the field and what is wrong: `claims.csv:4: column "value": …`.
 * File names, fields and quoted values come from the input: control characters in them are escaped.
 */
export const formatProblem = (problem: InputProblem): string => {
  let where = problem.file;
  if (problem.line !== undefined) where += `:${problem.line}`;
  if (problem.column !== undefined) where += `:${problem.column}`;
  return escapeControls(reportMessages.inputProblem(where, problem.field, problem.message));
};

/** Points a validation issue of the claim read from `record` back at its file, line or record, and field. */
export const toInputProblem = (record: InputRecord, issue: DiscrepancyIssue): InputProblem => {
  const path = issue.path.slice(1); // the first key is the record's index in the combined list
  if (record.format === "csv")
    return { file: record.file, ...(record.line !== undefined ? { line: record.line } : {}), field: `column ${toCsvColumn(path)}`, message: issue.message };
  const fieldPath = record.format === "json" ? [...(record.path ?? []), ...path] : path;
  return {
    file: record.file,
    ...(record.line !== undefined ? { line: record.line } : {}),
    ...(fieldPath.length > 0 ? { field: formatIssuePath(fieldPath) } : {}),
    message: issue.message,
  };
};

const MAX_SHOWN = 20;

/** Prints the first problems, one line each, and how many more there are. */
export const printProblems = (io: CliIO, problems: readonly InputProblem[]): void => {
  for (const problem of problems.slice(0, MAX_SHOWN)) io.stderr.write(`${formatProblem(problem)}\n`);
  if (problems.length > MAX_SHOWN) io.stderr.write(`${reportMessages.moreProblems(problems.length - MAX_SHOWN)}\n`);
};

/** A validation issue (its path starts with the record's index) as a problem in the record's file. */
export const toProblem = (issue: DiscrepancyIssue, recordAt: (index: number) => InputRecord | undefined): InputProblem => {
  const index = issue.path[0];
  const record = typeof index === "number" ? recordAt(index) : undefined;
  return record === undefined ? { file: "(input)", message: issue.message } : toInputProblem(record, issue);
};
