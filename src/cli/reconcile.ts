import { createClaimsParser } from "../claim/parseClaims.js";
import type { CorpusMethod } from "../reconcile/corpusTypes.js";
import { reconcileAll } from "../reconcile/reconcileAll.js";
import { reportMessages } from "../messages.js";
import { formatCorpusReconciliation } from "../report/formatCorpusReconciliation.js";
import type { ReportFormat } from "../report/formatReport.js";
import { printProblems, toProblem } from "./formatProblem.js";
import type { CliIO } from "./io.js";
import type { InputFormat, InputProblem, InputRecord, RelationsPart } from "./parseInput.js";
import { createLaps } from "./laps.js";
import { createProgress } from "./progress.js";
import { ReadError, readFiles } from "./readFiles.js";
import { renderBlocks, writeObjectJSON } from "./writeJSON.js";

/** Options of `discrepancy reconcile`. */
export interface ReconcileCommandOptions {
  readonly files: readonly string[];
  readonly format: ReportFormat;
  readonly method: CorpusMethod;
  readonly inputFormat?: InputFormat;
  /** Print where the time went on stderr (`--timings`). */
  readonly timings?: boolean;
  /** Report invalid records on stderr and go on with the valid ones (`--skip-invalid`), instead of exiting 2. */
  readonly skipInvalid?: boolean;
}

/**
 * Reads and validates claims, reconciles the whole corpus at once (truth discovery learns each source's
 * reliability from all of it) and prints the result. Returns the exit code: 0, or 2 for bad input —
 * claims that disagree are the result, not a failure.
 */
export const runReconcile = async (options: ReconcileCommandOptions, io: CliIO): Promise<number> => {
  const progress = createProgress(io.stderr);
  const parser = createClaimsParser();
  // Syntax problems first, then invalid claims, as `check` prints them.
  let problems: InputProblem[];
  const invalid: InputProblem[] = [];
  const { lap, phases } = createLaps();
  // Relations beside the claims are checked by `check`; reconciling needs only the claims.
  const relationParts: RelationsPart[] = [];
  try {
    const sink = {
      add(record: InputRecord) {
        for (const issue of parser.add(record.input).issues) invalid.push(toProblem(issue, () => record));
        return undefined;
      },
    };
    problems = await readFiles(options, io, sink, relationParts, progress);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    progress.done();
    io.stderr.write(`${reportMessages.cannotRead(error.file, error.message)}\n`);
    return 2;
  }
  lap("read");
  const parsed = parser.finish();
  const last = parsed.issues[parsed.issues.length - 1];
  if (last !== undefined && last.path.length === 0) invalid.push(toProblem(last, () => undefined));
  // One by one: push(...list) overflows the stack past ~120,000 items.
  for (const problem of invalid) problems.push(problem);
  lap("validate");
  progress.done();
  if (problems.length > 0) {
    printProblems(io, problems);
    if (options.skipInvalid !== true) return 2;
    io.stderr.write(`${reportMessages.skippedInvalid}\n`);
  }
  if (parsed.claims.length === 0) {
    io.stderr.write(`${reportMessages.noClaims}\n`);
    return 2;
  }
  const result = reconcileAll(parsed.claims, { method: options.method });
  lap("reconcile");
  if (options.format === "json") {
    // Element by element: a corpus of millions of claims prints more than one string can hold.
    writeObjectJSON(
      [
        ["results", { elements: renderBlocks(result.results) }],
        ["sources", { elements: renderBlocks(result.sources) }],
        ["method", { whole: result.method }],
        ["iterations", { whole: result.iterations }],
        ["converged", { whole: result.converged }],
      ],
      (chunk) => io.stdout.write(chunk),
    );
  } else io.stdout.write(formatCorpusReconciliation(result, { format: options.format, claims: parsed.claims }));
  lap("format");
  if (options.timings === true) io.stderr.write(`${reportMessages.timings(phases)}\n`);
  return 0;
};
