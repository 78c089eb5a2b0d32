import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";

/** A stream the command line writes to. `isTTY` decides colour (stdout) and progress (stderr). */
export interface CliOutput {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * Everything the command line touches, injected so tests run it in-process: standard streams, files and
 * the environment.
 */
export interface CliIO {
  /** Standard input, read whole when a file argument is `-` (or for `extract` without a file). */
  readonly stdin: AsyncIterable<string | Uint8Array> & { readonly isTTY?: boolean };
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** Reads a file as UTF-8 text. */
  readonly readFile: (path: string) => Promise<string>;
  /** Reads a file as a stream of chunks (NDJSON is read this way); without it, `readFile` reads it whole. */
  readonly openFile?: (path: string) => AsyncIterable<string | Uint8Array>;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The real process's streams, files and environment. */
export const nodeIO = (): CliIO => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: (path) => readFile(path, "utf8"),
  openFile: (path) => createReadStream(path, { highWaterMark: 1 << 20 }),
  env: process.env,
});

/** Reads a stream whole as UTF-8 text (a split multi-byte character is decoded correctly). */
export const readAll = async (stream: AsyncIterable<string | Uint8Array>): Promise<string> => {
  const decoder = new TextDecoder("utf-8");
  let text = "";
  for await (const chunk of stream) text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
};
