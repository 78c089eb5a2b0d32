import { dirname, resolve } from "node:path";
import { parseClaims } from "../claim/parseClaims.js";
import type { Claim } from "../claim/types.js";
import { findDiscrepancies } from "../compare/findDiscrepancies.js";
import { isDiscrepancyError } from "../errors.js";
import { formatIssuePath } from "../messages.js";
import { checkRelations, type RelationsReport } from "../relations/checkRelations.js";
import type { Timeline } from "../timeline/types.js";
import { reportMessages } from "../messages.js";
import { formatReport, type ReportFormat } from "../report/formatReport.js";
import { formatProblem, toInputProblem } from "./formatProblem.js";
import { readAll, readFailure, type CliIO } from "./io.js";
import { parseInput, type InputFormat, type InputProblem, type InputRecord, type RelationsPart } from "./parseInput.js";
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
  const relationParts: RelationsPart[] = [];
  const problems: InputProblem[] = [];
  for (const file of options.files) {
    const name = file === "-" ? "<stdin>" : file;
    let text: string;
    try {
      text = file === "-" ? await readAll(io.stdin) : await io.readFile(file);
    } catch (error) {
      const reason = readFailure(error);
      io.stderr.write(`${reportMessages.cannotRead(name, reason)}\n`);
      progress.done();
      return 2;
    }
    const parsed = parseInput(text, name, options.inputFormat);
    // One by one: push(...list) overflows the stack past ~120,000 items, and a file can hold millions.
    for (const record of parsed.claims) records.push(record);
    if (parsed.relations !== undefined) relationParts.push(parsed.relations);
    for (const problem of parsed.problems) problems.push(problem);
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
  const relations = await checkAllRelations(relationParts, claims, io, problems);
  if (problems.length > 0) {
    progress.done();
    printProblems(io, problems);
    return 2;
  }
  progress.show(reportMessages.progressValidated(claims.length));
  const report = findDiscrepancies(claims);
  progress.done();
  io.stdout.write(
    formatReport(report, { format: options.format, color: options.color, claims, ...(relations !== undefined ? { relations } : {}) }),
  );
  const conflicts = report.summary.conflicts + (relations?.summary.conflicts ?? 0);
  return options.failOn === "conflict" && conflicts > 0 ? 1 : 0;
};

/** Reads a timeline named by a relations file, relative to that file. */
const readTimeline = async (part: RelationsPart, io: CliIO): Promise<Timeline | InputProblem | undefined> => {
  const name = part.data.timeline;
  if (typeof name !== "string") return undefined;
  const path = part.file === "<stdin>" ? name : resolve(dirname(part.file), name);
  try {
    return JSON.parse(await io.readFile(path)) as Timeline;
  } catch (error) {
    return { file: part.file, field: "timeline", message: reportMessages.timelineProblem(name, error instanceof Error ? error.message : String(error)) };
  }
};

/** Checks every file's relations and ordinals against all the claims; problems name the file and the path. */
const checkAllRelations = async (
  parts: readonly RelationsPart[],
  claims: readonly Claim[],
  io: CliIO,
  problems: InputProblem[],
): Promise<RelationsReport | undefined> => {
  if (parts.length === 0) return undefined;
  const found: RelationsReport[] = [];
  for (const part of parts) {
    const timeline = await readTimeline(part, io);
    if (timeline !== undefined && "message" in timeline) {
      problems.push(timeline);
      continue;
    }
    try {
      found.push(checkRelations(part.data, claims, timeline !== undefined ? { timeline } : {}));
    } catch (error) {
      if (!isDiscrepancyError(error)) throw error;
      if (error.issues.length === 0) problems.push({ file: part.file, message: error.message });
      for (const issue of error.issues)
        problems.push({ file: part.file, ...(issue.path.length > 0 ? { field: formatIssuePath(issue.path) } : {}), message: issue.message });
    }
  }
  const relations = found.flatMap((r) => r.relations);
  const ordinals = found.flatMap((r) => r.ordinals);
  return {
    relations,
    ordinals,
    implied: found.flatMap((r) => r.implied),
    summary: {
      relations: relations.length,
      ordinals: ordinals.length,
      conflicts: found.reduce((sum, r) => sum + r.summary.conflicts, 0),
      implied: found.reduce((sum, r) => sum + r.summary.implied, 0),
    },
  };
};
