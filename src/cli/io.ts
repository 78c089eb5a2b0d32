import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { cliMessages } from "../messages/misuse/cli.js";

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

/**
 * Writing the output failed: the reader went away (`EPIPE`: `discrepancy check … | head`) or the disk is
 * full (`ENOSPC`). Thrown by the next write, so the command stops instead of rendering for nobody.
 */
export class OutputError extends Error {
  readonly code: string | undefined;
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    const code = (cause as { code?: unknown } | null)?.code;
    this.code = typeof code === "string" ? code : undefined;
  }
}

/** An output stream that remembers its first write error and reports it as an {@link OutputError}. */
export interface GuardedOutput extends CliOutput {
  /** The first write error so far, or undefined. */
  failure(): OutputError | undefined;
  /** Waits until everything written has left the process (or failed), then returns the first failure. */
  settle(): Promise<OutputError | undefined>;
}

type NodeWritable = NodeJS.WritableStream & { readonly isTTY?: boolean; readonly errored?: unknown; readonly destroyed?: boolean };

/**
 * Wraps a Node stream so a failed write never becomes an unhandled `error` event (a stack trace and exit
 * code 1, which means "conflicts found"): the failure is kept, and every later write throws it. Errors
 * surface either synchronously (the stream is marked `errored` during the write: a pipe, a file) or as
 * an event afterwards; both are caught.
 */
export const guardOutput = (stream: NodeWritable): GuardedOutput => {
  let failure: OutputError | undefined;
  const fail = (error: unknown): OutputError => (failure ??= new OutputError(error));
  stream.on("error", fail);
  return {
    ...(stream.isTTY !== undefined ? { isTTY: stream.isTTY } : {}),
    write(chunk: string) {
      if (failure !== undefined) throw failure;
      try {
        stream.write(chunk);
      } catch (error) {
        throw fail(error);
      }
      if (stream.errored != null) throw fail(stream.errored);
      return true;
    },
    failure: () => failure,
    settle: () =>
      new Promise((resolve) => {
        if (failure !== undefined || stream.destroyed === true) {
          resolve(failure ?? (stream.errored != null ? fail(stream.errored) : undefined));
          return;
        }
        stream.write("", (error) => {
          if (error != null) fail(error);
          resolve(failure);
        });
      }),
  };
};

/** The real process's streams, files and environment. */
export const nodeIO = (stdout: CliOutput = process.stdout, stderr: CliOutput = process.stderr): CliIO => ({
  stdin: process.stdin,
  stdout,
  stderr,
  readFile: async (path) => decodeUtf8(await readFile(path)),
  openFile: (path) => createReadStream(path, { highWaterMark: 1 << 20 }),
  env: process.env,
});

const MAX_STRING_BYTES = 0x1fffffe8;

/** The byte offset of the first byte that is not part of well-formed UTF-8, or -1. */
export const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    const c1 = bytes[i + 1] ?? 0;
    // Overlong forms, surrogates and code points above U+10FFFF.
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += length;
  }
  return -1;
};

/**
 * Decodes bytes as UTF-8, refusing malformed input: a replacement character silently standing in for a
 * byte would change a source's name or a figure's text without anyone noticing.
 */
export const decodeUtf8 = (bytes: Uint8Array): string => {
  // Beyond this, V8 cannot hold the text as one string; say so instead of failing inside the decoder.
  if (bytes.length > MAX_STRING_BYTES) throw new Error(cliMessages.fileTooLarge(bytes.length));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    // The decoder reports malformed input as a TypeError; anything else is not about the encoding.
    if (!(error instanceof TypeError)) throw error;
    throw new Error(cliMessages.notUtf8(firstInvalidUtf8(bytes)));
  }
};

/** A reason for a failed read, in words: "no such file", "is a directory", or the error's own message. */
export const readFailure = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return cliMessages.noSuchFile;
  if (code === "EISDIR") return cliMessages.isDirectory;
  if (code === "EACCES" || code === "EPERM") return cliMessages.permissionDenied;
  return error instanceof Error ? error.message : String(error);
};

/** Reads a stream whole as UTF-8 text, refusing malformed UTF-8 (see {@link decodeUtf8}). */
export const readAll = async (stream: AsyncIterable<string | Uint8Array>): Promise<string> => {
  let text = "";
  let bytes: Uint8Array[] = [];
  const flush = (): void => {
    if (bytes.length === 0) return;
    const whole = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of bytes) {
      whole.set(b, at);
      at += b.length;
    }
    text += decodeUtf8(whole);
    bytes = [];
  };
  for await (const chunk of stream) {
    if (typeof chunk === "string") {
      flush();
      text += chunk;
    } else bytes.push(chunk);
  }
  flush();
  return text;
};
