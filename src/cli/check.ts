import { dirname, resolve } from "node:path";
import type { Claim } from "../claim/types.js";
import { findDiscrepancies } from "../compare/findDiscrepancies.js";
import type { Report } from "../compare/reportTypes.js";
import { isDiscrepancyError } from "../errors.js";
import { formatIssuePath } from "../messages/misuse/quote.js";
import { checkRelations, type RelationsReport } from "../relations/checkRelations.js";
import type { Timeline } from "../timeline/types.js";
import { cliMessages } from "../messages/misuse/cli.js";
import { escapeControls } from "../text/escapeControls.js";
import { formatReport, type ReportFormat } from "../report/formatReport.js";
import type { LocaleCode } from "../messages/en/types.js";
import { resolveLocale } from "../messages/locale/resolveLocale.js";
import { printNotices, printProblems, toNoticeLine, toProblem } from "./formatProblem.js";
import { createRecordValidator } from "./validateRecords.js";
import type { CliIO } from "./io.js";
import { createClaimPool } from "./jobs.js";
import type { InputFormat, InputProblem, RelationsPart } from "./parseInput.js";
import { createLaps } from "./laps.js";
import { createProgress } from "./progress.js";
import { ReadError, readFiles, type RecordSink } from "./readFiles.js";
import { toReportJSONParts, writeReportJSON, type ReportJSONParts } from "./writeJSON.js";
import { escapeJSONText } from "./escapeJSONText.js";

/** Options of `discrepancy check`. */
export interface CheckOptions {
  readonly files: readonly string[];
  readonly format: ReportFormat;
  readonly failOn: "conflict" | "none";
  readonly inputFormat?: InputFormat;
  readonly color: boolean;
  /** Worker threads that validate and compare (`--jobs`); 1, the default, works on the main thread. */
  readonly jobs?: number;
  /** Print where the time went on stderr (`--timings`). */
  readonly timings?: boolean;
  /** Report invalid records on stderr and go on with the valid ones (`--skip-invalid`), instead of exiting 2. */
  readonly skipInvalid?: boolean;
  /** `--only`: every comparison, or the conflicts and the counts (see toConflictsOnly). */
  readonly only?: "all" | "conflicts";
  /** `--locale`: the language of the text and Markdown report and of input problems. */
  readonly locale?: LocaleCode;
}

/** Where the claims go as they are read: validated and compared here, or by worker threads. */
interface ClaimSink extends RecordSink {
  /** How many claims are valid, and the validation problems in input order. */
  validate(): Promise<{ readonly count: number; readonly problems: readonly InputProblem[]; readonly notices: readonly string[] }>;
  claims(): Promise<readonly Claim[]>;
  compare(): Promise<Report>;
  /** The report as the JSON format prints it. */
  compareJSON(relations: RelationsReport | undefined, only: "all" | "conflicts"): Promise<ReportJSONParts>;
  /** More about where the time went, for `--timings`. */
  timings(): string | undefined;
  close(): Promise<void>;
}

/** Validates each record as it arrives (nothing but the claims is kept) and compares on this thread. */
const localSink = (): ClaimSink => {
  const validator = createRecordValidator();
  let claims: readonly Claim[] = [];
  return {
    add: (record) => validator.add(record),
    async validate() {
      const { claims: valid, problems, notices } = validator.finish();
      claims = valid;
      return { count: claims.length, problems, notices };
    },
    async claims() {
      return claims;
    },
    async compare() {
      return findDiscrepancies(claims);
    },
    async compareJSON(relations, only) {
      return toReportJSONParts(findDiscrepancies(claims, { only }), relations);
    },
    timings: () => undefined,
    async close() {},
  };
};

/** Hands records to `jobs` worker threads (see {@link createClaimPool}). */
const poolSink = (jobs: number): ClaimSink => {
  const pool = createClaimPool(jobs);
  return {
    add: (record) => pool.add(record),
    async validate() {
      const { count, issues, notices } = await pool.validate();
      return {
        count,
        problems: issues.map((issue) => toProblem(issue, pool.recordAt)),
        notices: notices.map((notice) => toNoticeLine(notice, pool.recordAt)),
      };
    },
    claims: () => pool.claims(),
    compare: () => pool.compare(),
    async compareJSON(relations, only) {
      const parts = await pool.compareJSON(only);
      return relations === undefined ? parts : { ...parts, relations };
    },
    timings() {
      const { workers, revive } = pool.timings();
      return cliMessages.workerTimings(workers, revive);
    },
    close: () => pool.close(),
  };
};

/** Reads, validates and compares claims; returns the exit code (0 nothing conflicts, 1 conflicts, 2 bad input). */
export const runCheck = async (options: CheckOptions, io: CliIO): Promise<number> => {
  const progress = createProgress(io.stderr);
  const relationParts: RelationsPart[] = [];
  const sink = (options.jobs ?? 1) > 1 ? poolSink(options.jobs!) : localSink();
  const { lap, phases } = createLaps();
  try {
    let syntax: InputProblem[];
    try {
      syntax = await readFiles(options, io, sink, relationParts, progress);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      io.stderr.write(`${escapeControls(cliMessages.cannotRead(error.file, error.message))}\n`);
      progress.done();
      return 2;
    }
    lap("read");
    const validated = await sink.validate();
    lap("validate");
    const problems = syntax;
    for (const problem of validated.problems) problems.push(problem);
    // Repeats are read as one claim: said, never a reason to stop.
    if (validated.notices.length > 0) {
      progress.done();
      printNotices(io, validated.notices);
    }
    if (problems.length > 0) {
      progress.done();
      printProblems(io, problems, resolveLocale(options.locale));
      if (options.skipInvalid !== true) return 2;
      io.stderr.write(`${cliMessages.skippedInvalid}\n`);
      // Relations below are checked against the claims that remain; their problems still stop the run.
      problems.length = 0;
    }
    if (validated.count === 0) {
      progress.done();
      io.stderr.write(`${cliMessages.noClaims}\n`);
      return 2;
    }
    // Text and Markdown reports name outlets and dates from the claims; relations resolve claim ids.
    const claims = options.format !== "json" || relationParts.length > 0 ? await sink.claims() : undefined;
    lap("claims");
    const relations = claims === undefined ? undefined : await checkAllRelations(relationParts, claims, io, problems);
    lap("relations");
    if (problems.length > 0) {
      progress.done();
      printProblems(io, problems, resolveLocale(options.locale));
      return 2;
    }
    progress.show(cliMessages.progressValidated(validated.count));
    let conflicts: number;
    if (options.format === "json") {
      // Printed element by element: a corpus-scale report is larger than one string can be.
      const parts = await sink.compareJSON(relations, options.only ?? "all");
      lap("compare");
      progress.done();
      writeReportJSON(parts, (chunk) => io.stdout.write(escapeJSONText(chunk)));
      conflicts = parts.summary.conflicts;
    } else {
      const report = await sink.compare();
      lap("compare");
      progress.done();
      io.stdout.write(
        formatReport(report, {
          format: options.format,
          color: options.color,
          only: options.only ?? "all",
          ...(options.locale !== undefined ? { locale: options.locale } : {}),
          ...(claims !== undefined ? { claims } : {}),
          ...(relations !== undefined ? { relations } : {}),
        }),
      );
      conflicts = report.summary.conflicts;
    }
    lap("format");
    if (options.timings === true) {
      io.stderr.write(`${cliMessages.timings(phases)}\n`);
      const more = sink.timings();
      if (more !== undefined) io.stderr.write(`${more}\n`);
    }
    conflicts += relations?.summary.conflicts ?? 0;
    return options.failOn === "conflict" && conflicts > 0 ? 1 : 0;
  } finally {
    await sink.close();
  }
};
/** Reads a timeline named by a relations file, relative to that file. */
const readTimeline = async (part: RelationsPart, io: CliIO): Promise<Timeline | InputProblem | undefined> => {
  const name = part.data.timeline;
  if (typeof name !== "string") return undefined;
  const path = part.file === "<stdin>" ? name : resolve(dirname(part.file), name);
  try {
    return JSON.parse(await io.readFile(path)) as Timeline;
  } catch (error) {
    return { file: part.file, field: "timeline", message: cliMessages.timelineProblem(name, error instanceof Error ? error.message : String(error)) };
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
        problems.push({
          file: part.file,
          ...(issue.path.length > 0 ? { field: formatIssuePath(issue.path) } : {}),
          message: issue.message,
          // Coded, so --locale words it; the English line is the issue's message, as before.
          issue: { code: issue.code, params: issue.params, message: issue.message, ...(issue.input !== undefined ? { input: issue.input } : {}) },
        });
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
