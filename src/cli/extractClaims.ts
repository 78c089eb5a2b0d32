import { extractClaims } from "../extract/extractClaims.js";
import type { Lang } from "../lexicon/types.js";
import { cliMessages } from "../messages/misuse/cli.js";
import { escapeControls } from "../text/escapeControls.js";
import { readAll, readFailure, type CliIO } from "./io.js";
import { escapeJSONText } from "./escapeJSONText.js";

/** Options of `discrepancy extract-claims`. */
export interface ExtractClaimsCliOptions {
  /** A file to read; standard input when absent or `-`. */
  readonly file?: string;
  readonly lang?: Lang;
  readonly publishedAt: string;
  readonly reportedBy?: string;
}

/**
 * Prints the claims of an article (a file, or standard input) as NDJSON — one claim input a line, what
 * `discrepancy check` reads — and on standard error each figure that gave no claim, with why. Exit 0,
 * or 2 when the text cannot be read.
 */
export const runExtractClaims = async (options: ExtractClaimsCliOptions, io: CliIO): Promise<number> => {
  const name = options.file === undefined || options.file === "-" ? "<stdin>" : options.file;
  let text: string;
  try {
    text = name === "<stdin>" ? await readAll(io.stdin) : await io.readFile(name);
  } catch (error) {
    io.stderr.write(`${escapeControls(cliMessages.cannotRead(name, readFailure(error)))}\n`);
    return 2;
  }
  const { claims, skipped } = extractClaims(text, {
    publishedAt: options.publishedAt,
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    ...(options.reportedBy !== undefined ? { reportedBy: options.reportedBy } : {}),
  });
  let out = "";
  for (const c of claims) out += `${escapeJSONText(JSON.stringify(c.input))}\n`;
  io.stdout.write(out);
  for (const s of skipped) io.stderr.write(`${escapeControls(cliMessages.skippedFigure(s.mention.text, s.mention.start, s.reason))}\n`);
  return 0;
};
