import { extractQuantities } from "../extract/extractQuantities.js";
import type { Mention } from "../extract/types.js";
import type { Lang } from "../lexicon/types.js";
import { cliMessages } from "../messages/misuse/cli.js";
import { formatInterval, pickScale } from "../report/describe.js";
import { escapeControls } from "../text/escapeControls.js";
import { readAll, readFailure, type CliIO } from "./io.js";
import { escapeJSONText } from "./escapeJSONText.js";

/** Options of `discrepancy extract`. */
export interface ExtractOptions {
  /** A file to read; standard input when absent or `-`. */
  readonly file?: string;
  readonly lang?: Lang;
  readonly publishedAt?: string;
  /** `json` (default): the mentions as JSON; `text`: one line per mention. */
  readonly format: "json" | "text";
}

const pad = (text: string, width: number): string => (text.length >= width ? text : text + " ".repeat(width - text.length));

/** One line per mention: span, text as written, what it allows, unit, bound, counted noun and period. */
const toTable = (mentions: readonly Mention[]): string => {
  const rows = mentions.map((m) => {
    const q = m.quantity;
    const scale = pickScale([q.value]);
    return [
      `${m.start}–${m.end}`,
      escapeControls(m.text),
      `${formatInterval(q, scale)}${scale.word === "" ? "" : ` ${scale.word}`}`,
      q.unit,
      q.bound,
      escapeControls(m.noun ?? ""),
      escapeControls(m.period?.text ?? ""),
    ];
  });
  const header = cliMessages.extractColumns;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) => r.map((c, i) => pad(c, widths[i]!)).join("  ").trimEnd()).join("\n") + "\n";
};

/** Prints the quantity mentions of a text (a file, or standard input) as JSON or a table. */
export const runExtract = async (options: ExtractOptions, io: CliIO): Promise<number> => {
  const name = options.file === undefined || options.file === "-" ? "<stdin>" : options.file;
  let text: string;
  try {
    text = name === "<stdin>" ? await readAll(io.stdin) : await io.readFile(name);
  } catch (error) {
    const reason = readFailure(error);
    io.stderr.write(`${escapeControls(cliMessages.cannotRead(name, reason))}\n`);
    return 2;
  }
  const mentions = extractQuantities(text, {
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    ...(options.publishedAt !== undefined ? { publishedAt: options.publishedAt } : {}),
  });
  io.stdout.write(options.format === "text" ? toTable(mentions) : `${escapeJSONText(JSON.stringify(mentions, null, 2))}\n`);
  return 0;
};
