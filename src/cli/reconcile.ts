import type { LocaleCode } from "../messages/en/types.js";
import { resolveLocale } from "../messages/locale/resolveLocale.js";
import type { CorpusMethod } from "../reconcile/corpusTypes.js";
import { reconcileAll } from "../reconcile/reconcileAll.js";
import { cliMessages } from "../messages/misuse/cli.js";
import { escapeControls } from "../text/escapeControls.js";
import { formatCorpusReconciliation } from "../report/formatCorpusReconciliation.js";
import type { ReportFormat } from "../report/formatReport.js";
import { printNotices, printProblems } from "./formatProblem.js";
import type { CliIO } from "./io.js";
import type { InputFormat, InputProblem, RelationsPart } from "./parseInput.js";
import { createLaps } from "./laps.js";
import { createProgress } from "./progress.js";
import { ReadError, readFiles } from "./readFiles.js";
import { createRecordValidator } from "./validateRecords.js";
import { toJSONMembers, writeObjectJSON } from "./writeJSON.js";
import { escapeJSONText } from "./escapeJSONText.js";

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
  /** `--locale`: the language of the text and Markdown output and of input problems. */
  readonly locale?: LocaleCode;
}

/**
 * Reads and validates claims, reconciles the whole corpus at once (truth discovery learns each source's
 * reliability from all of it) and prints the result. Returns the exit code: 0, or 2 for bad input —
 * claims that disagree are the result, not a failure.
 */
export const runReconcile = async (options: ReconcileCommandOptions, io: CliIO): Promise<number> => {
  const progress = createProgress(io.stderr);
  const validator = createRecordValidator();
  let problems: InputProblem[];
  const { lap, phases } = createLaps();
  // Relations beside the claims are checked by `check`; reconciling needs only the claims.
  const relationParts: RelationsPart[] = [];
  try {
    problems = await readFiles(options, io, validator, relationParts, progress);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    progress.done();
    io.stderr.write(`${escapeControls(cliMessages.cannotRead(error.file, error.message))}\n`);
    return 2;
  }
  lap("read");
  const parsed = validator.finish();
  // Syntax problems first, then invalid claims, as `check` prints them; one by one, as push(...list)
  // overflows the stack past ~120,000 items.
  for (const problem of parsed.problems) problems.push(problem);
  lap("validate");
  progress.done();
  printNotices(io, parsed.notices);
  if (problems.length > 0) {
    printProblems(io, problems, resolveLocale(options.locale));
    if (options.skipInvalid !== true) return 2;
    io.stderr.write(`${cliMessages.skippedInvalid}\n`);
  }
  if (parsed.claims.length === 0) {
    io.stderr.write(`${cliMessages.noClaims}\n`);
    return 2;
  }
  const result = reconcileAll(parsed.claims, { method: options.method });
  lap("reconcile");
  if (options.format === "json") {
    // Element by element: a corpus of millions of claims prints more than one string can hold.
    writeObjectJSON(toJSONMembers(result), (chunk) => io.stdout.write(escapeJSONText(chunk)));
  } else io.stdout.write(formatCorpusReconciliation(result, { format: options.format, claims: parsed.claims, ...(options.locale !== undefined ? { locale: options.locale } : {}) }));
  lap("format");
  if (options.timings === true) io.stderr.write(`${cliMessages.timings(phases)}\n`);
  return 0;
};
