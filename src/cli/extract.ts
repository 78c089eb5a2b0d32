import { reportMessages } from "../messages.js";
import type { CliIO } from "./io.js";

/** Options of `discrepancy extract`. */
export interface ExtractOptions {
  readonly file?: string;
  readonly lang?: string;
  readonly publishedAt?: string;
}

/** Prints the quantity mentions of a text as JSON. */
export const runExtract = async (_options: ExtractOptions, io: CliIO): Promise<number> => {
  io.stderr.write(`discrepancy: ${reportMessages.extractUnavailable}\n`);
  return 2;
};
