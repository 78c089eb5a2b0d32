import { parseClaims } from "../claim/parseClaims.js";
import { findDiscrepancies } from "../index.js";
import { reportMessages } from "../messages.js";
import { formatReport, type ReportFormat } from "../report/formatReport.js";
import { formatProblem, toInputProblem } from "./formatProblem.js";
import { readAll, type CliIO } from "./io.js";
import { parseInput, type InputFormat, type InputProblem, type InputRecord } from "./parseInput.js";
import { createProgress } from "./progress.js";

/** Options of `discrepancy check`. */
export interface CheckOptions {
  readonly files: readonly string[];
  readonly format: ReportFormat;
  readonly failOn: "conflict" | "none";
  readonly inputFormat?: InputFormat;
  readonly color: boolean;
}

const MAX_SHOWN = 20;

const printProblems = (io: CliIO, problems: readonly InputProblem[]): void => {
  for (const problem of problems.slice(0, MAX_SHOWN)) io.stderr.write(`${formatProblem(problem)}\n`);
  if (problems.length > MAX_SHOWN) io.stderr.write(`${reportMessages.moreProblems(problems.length - MAX_SHOWN)}\n`);
};

/** Reads, validates and compares claims; returns the exit code (0 nothing conflicts, 1 conflicts, 2 bad input). */
export const runCheck = async (options: CheckOptions, io: CliIO): Promise<number> => {
  const progress = createProgress(io.stderr);
  const records: InputRecord[] = [];
  const problems: InputProblem[] = [];
  for (const file of options.files) {
    const name = file === "-" ? "<stdin>" : file;
    let text: string;
    try {
      text = file === "-" ? await readAll(io.stdin) : await io.readFile(file);
    } catch (error) {
      const reason = (error as { code?: string }).code === "ENOENT" ? "no such file" : error instanceof Error ? error.message : String(error);
      io.stderr.write(`${reportMessages.cannotRead(name, reason)}\n`);
      progress.done();
      return 2;
    }
    const parsed = parseInput(text, name, options.inputFormat);
    records.push(...parsed.claims);
    problems.push(...parsed.problems);
    progress.show(reportMessages.progressRead(records.length, options.files.length));
  }

  const { claims, issues } = parseClaims(records.map((record) => record.input));
  for (const issue of issues) {
    const index = issue.path[0];
    const record = typeof index === "number" ? records[index] : undefined;
    problems.push(record === undefined ? { file: "(input)", message: issue.message } : toInputProblem(record, issue));
  }
  if (problems.length > 0) {
    progress.done();
    printProblems(io, problems);
    return 2;
  }
  if (claims.length === 0) {
    progress.done();
    io.stderr.write(`${reportMessages.noClaims}\n`);
    return 2;
  }
  progress.show(reportMessages.progressValidated(claims.length));
  const report = findDiscrepancies(claims);
  progress.done();
  io.stdout.write(formatReport(report, { format: options.format, color: options.color, claims }));
  return options.failOn === "conflict" && report.summary.conflicts > 0 ? 1 : 0;
};
