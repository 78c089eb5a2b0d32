#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { toClaimInputJSONSchema } from "../claim/toClaimInputJSONSchema.js";
import { isDiscrepancyError } from "../errors.js";
import { LANGS, type Lang } from "../lexicon/types.js";
import { cliMessages } from "../messages/misuse/cli.js";
import { CORPUS_METHODS, type CorpusMethod } from "../reconcile/corpusTypes.js";
import { escapeControls } from "../text/escapeControls.js";
import { REPORT_FORMATS, type ReportFormat } from "../report/formatReport.js";
import { LOCALE_CODES } from "../messages/locale/resolveLocale.js";
import type { LocaleCode } from "../messages/en/types.js";
import { REPORT_SCOPES } from "../compare/toConflictsOnly.js";
import { toReference } from "../period/toReference.js";
import { PUBLISHED_AT_PATTERN } from "../source/schema.js";
import { runCheck } from "./check.js";
import { runExtract } from "./extract.js";
import { runExtractClaims } from "./extractClaims.js";
import { runReconcile } from "./reconcile.js";
import { guardOutput, nodeIO, OutputError, type CliIO } from "./io.js";
import { INPUT_FORMATS, type InputFormat } from "./parseInput.js";

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";

/**
 * The exit code when the reader of the output went away (`discrepancy check … | head`): 128 + SIGPIPE,
 * what a shell reports for `cat` or `grep` in the same place. Not 0 ("nothing conflicts") nor 1 ("conflicts
 * found"): the command did not finish saying what it found, and under `set -o pipefail` that shows.
 */
export const EXIT_BROKEN_PIPE = 141;

/** Output failures {@link main} has already turned into its exit code. */
const reported = new WeakSet<OutputError>();

/** A failed write: quietly {@link EXIT_BROKEN_PIPE} when the reader left, else one line on stderr and 2. */
const outputFailed = (error: OutputError, io: CliIO): number => {
  reported.add(error);
  if (error.code === "EPIPE") return EXIT_BROKEN_PIPE;
  try {
    io.stderr.write(`discrepancy: ${cliMessages.cannotWrite(error.code, error.message)}\n`);
  } catch {
    // stderr is gone too: the exit code is all that is left to say it.
  }
  return 2;
};

/** A usage error: printed with a hint, exit code 2, no stack trace. */
class UsageError extends Error {}

const oneOf = <T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T => {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(cliMessages.badOption(name, value, allowed));
};

const OPTIONS = {
  format: { type: "string", short: "f" },
  "fail-on": { type: "string" },
  "input-format": { type: "string" },
  jobs: { type: "string", short: "j" },
  method: { type: "string", short: "m" },
  timings: { type: "boolean" },
  "skip-invalid": { type: "boolean" },
  only: { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  lang: { type: "string" },
  locale: { type: "string" },
  "published-at": { type: "string" },
  "reported-by": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/**
 * `--only all|conflicts`. The default is `conflicts` for JSON — what a pipeline reads, and on a corpus
 * nearly every comparison is a consistent pair nobody needs (the report was 19× its input) — and `all`
 * for text and Markdown, which people read on inputs small enough to want every "agree".
 */
const toOnly = (value: string | undefined, format: ReportFormat): "all" | "conflicts" =>
  oneOf("only", value, REPORT_SCOPES, format === "json" ? "conflicts" : "all");

/** `--jobs`: a whole number of worker threads, 1 (none: the main thread works) to 64. */
const MAX_JOBS = 64;
const toJobs = (value: string | undefined): number => {
  if (value === undefined) return 1;
  const n = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_JOBS)) throw new UsageError(cliMessages.badJobs(value, MAX_JOBS));
  return n;
};

const useColor = (io: CliIO, on: boolean | undefined, off: boolean | undefined): boolean => {
  if (off === true) return false;
  if (on === true) return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "0") return true;
  return io.stdout.isTTY === true;
};

/**
 * The `discrepancy` command line. Returns the exit code: 0 when nothing conflicts, 1 when conflicts are
 * found, 2 on usage or input errors or when the output cannot be written, 141 when the reader of the
 * output went away (a closed pipe). Data goes to `io.stdout`, messages to `io.stderr`.
 *
 * @example
 * ```ts
 * const code = await main(["check", "claims.csv", "--format", "markdown"]);
 * // prints the report as a Markdown table; code is 1 if claims conflict
 * ```
 */
export const main = async (argv: readonly string[], io: CliIO = nodeIO()): Promise<number> => {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      // parseArgs' own messages are clear ("Unknown option '--x'"); keep them, drop the stack.
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { values, positionals } = parsed;
    if (values.version === true) {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const [command, ...args] = positionals;
    if (values.help === true) {
      io.stdout.write(cliMessages.usage(VERSION));
      return 0;
    }
    if (command === undefined) throw new UsageError(cliMessages.noCommand);

    // The language of the report and of input problems, for every command.
    const locale = oneOf<LocaleCode>("locale", values.locale, LOCALE_CODES, "en");
    switch (command) {
      case "check": {
        if (args.length === 0) throw new UsageError(cliMessages.noFiles("check"));
        if (args.filter((file) => file === "-").length > 1) throw new UsageError(cliMessages.stdinTwice);
        const inputFormat = values["input-format"];
        const format = oneOf<ReportFormat>("format", values.format, REPORT_FORMATS, "text");
        return await runCheck(
          {
            files: args,
            format,
            failOn: oneOf("fail-on", values["fail-on"], ["conflict", "none"] as const, "conflict"),
            ...(inputFormat !== undefined ? { inputFormat: oneOf<InputFormat>("input-format", inputFormat, INPUT_FORMATS, "json") } : {}),
            color: useColor(io, values.color, values["no-color"]),
            jobs: toJobs(values.jobs),
            timings: values.timings === true,
            skipInvalid: values["skip-invalid"] === true,
            only: toOnly(values.only, format),
            locale,
          },
          io,
        );
      }
      case "reconcile": {
        if (args.length === 0) throw new UsageError(cliMessages.noFiles("reconcile"));
        if (args.filter((file) => file === "-").length > 1) throw new UsageError(cliMessages.stdinTwice);
        if (values.jobs !== undefined) throw new UsageError(cliMessages.reconcileJobs);
        if (values.only !== undefined) throw new UsageError(cliMessages.checkOnly("only", "reconcile"));
        const inputFormat = values["input-format"];
        return await runReconcile(
          {
            files: args,
            format: oneOf<ReportFormat>("format", values.format, REPORT_FORMATS, "text"),
            method: oneOf<CorpusMethod>("method", values.method, CORPUS_METHODS, "truth-discovery"),
            ...(inputFormat !== undefined ? { inputFormat: oneOf<InputFormat>("input-format", inputFormat, INPUT_FORMATS, "json") } : {}),
            timings: values.timings === true,
            skipInvalid: values["skip-invalid"] === true,
            locale,
          },
          io,
        );
      }
      case "extract": {
        if (args.length > 1) throw new UsageError(cliMessages.extractTooManyFiles(args.length));
        if (values.only !== undefined) throw new UsageError(cliMessages.checkOnly("only", "extract"));
        const publishedAt = values["published-at"];
        if (publishedAt !== undefined) {
          if (!PUBLISHED_AT_PATTERN.test(publishedAt)) throw new UsageError(cliMessages.badPublishedAt(publishedAt));
          // The shape is right but the date may not exist (2025-02-30, 0000): the library would then resolve
          // nothing and say nothing, so the date is read here as claims read it.
          const reference = toReference(publishedAt);
          if (reference !== undefined && "error" in reference) throw new UsageError(cliMessages.unusablePublishedAt(reference.error));
        }
        return await runExtract(
          {
            ...(args[0] !== undefined ? { file: args[0] } : {}),
            ...(values.lang !== undefined ? { lang: oneOf<Lang>("lang", values.lang, LANGS, "en") } : {}),
            ...(publishedAt !== undefined ? { publishedAt } : {}),
            format: oneOf("format", values.format, ["json", "text"] as const, "json"),
          },
          io,
        );
      }
      case "extract-claims": {
        if (args.length > 1) throw new UsageError(cliMessages.extractTooManyFiles(args.length, "extract-claims"));
        if (values.only !== undefined) throw new UsageError(cliMessages.checkOnly("only", "extract-claims"));
        const publishedAt = values["published-at"];
        if (publishedAt === undefined) throw new UsageError(cliMessages.extractClaimsNeedsDate);
        if (!PUBLISHED_AT_PATTERN.test(publishedAt)) throw new UsageError(cliMessages.badPublishedAt(publishedAt));
        const reference = toReference(publishedAt);
        if (reference !== undefined && "error" in reference) throw new UsageError(cliMessages.unusablePublishedAt(reference.error));
        const reportedBy = values["reported-by"];
        return await runExtractClaims(
          {
            ...(args[0] !== undefined ? { file: args[0] } : {}),
            ...(values.lang !== undefined ? { lang: oneOf<Lang>("lang", values.lang, LANGS, "en") } : {}),
            publishedAt,
            ...(reportedBy !== undefined && reportedBy.trim() !== "" ? { reportedBy } : {}),
          },
          io,
        );
      }
      case "schema":
        if (args.length > 0) throw new UsageError(cliMessages.tooManyArguments("schema"));
        io.stdout.write(`${JSON.stringify(toClaimInputJSONSchema(), null, 2)}\n`);
        return 0;
      default:
        throw new UsageError(cliMessages.unknownCommand(command));
    }
  } catch (error) {
    if (error instanceof OutputError) return outputFailed(error, io);
    if (error instanceof UsageError) {
      io.stderr.write(`discrepancy: ${escapeControls(cliMessages.usageError(error.message))}\n`);
      return 2;
    }
    if (isDiscrepancyError(error)) {
      io.stderr.write(`discrepancy: ${escapeControls(error.message)}\n`);
      return 2;
    }
    throw error;
  }
};

// Run when this file is the program (bin link or `node dist/cli.js`), not when a test imports it.
const isProgram = (): boolean => {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
};

/**
 * Runs the command line as this process: the exit code of {@link main}, or of a write that failed after
 * it returned (output still buffered when the reader left), and an internal error reported as such.
 */
const runProgram = async (): Promise<void> => {
  // A closed stderr must not crash the process either; there is nowhere left to say anything.
  process.stderr.on("error", () => {});
  const stdout = guardOutput(process.stdout);
  const io = nodeIO(stdout, process.stderr);
  let code: number;
  try {
    code = await main(process.argv.slice(2), io);
  } catch (error) {
    // A bug, not a user error: say so, with the stack, and exit 2.
    process.stderr.write(`discrepancy: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    code = 2;
  }
  // A write can fail after main returned (output still on its way when the reader left).
  const failure = await stdout.settle();
  if (failure !== undefined && !reported.has(failure)) code = outputFailed(failure, io);
  process.exitCode = code;
};

if (isProgram()) void runProgram();
