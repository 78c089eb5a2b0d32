import { cliMessages } from "../messages/misuse/cli.js";
import { readAll, readFailure, type CliIO } from "./io.js";
import { parseInput, parseNdjsonLine, stripBom, toInputFormat, type InputFormat, type InputProblem, type InputRecord, type RelationsPart } from "./parseInput.js";
import type { Progress } from "./progress.js";
import { readLineBatches } from "./readLineBatches.js";

/** Where records go as they are read; a promise means "wait before reading more". */
export interface RecordSink {
  add(record: InputRecord): Promise<void> | undefined;
}

/** A file that could not be read: reported as such, not as a bug. */
export class ReadError extends Error {
  constructor(
    readonly file: string,
    error: unknown,
  ) {
    super(readFailure(error));
  }
}

/** The lines of a file or standard input, a batch at a time; reading and decoding failures become a {@link ReadError}. */
async function* lineBatchesOf(stream: AsyncIterable<string | Uint8Array>, name: string): AsyncGenerator<readonly string[]> {
  try {
    // Errors in the consumer's loop end this generator without reaching this catch: only reading fails here.
    yield* readLineBatches(stream);
  } catch (error) {
    throw new ReadError(name, error);
  }
}

const readWhole = async (file: string, name: string, io: CliIO): Promise<string> => {
  try {
    return file === "-" ? await readAll(io.stdin) : await io.readFile(file);
  } catch (error) {
    throw new ReadError(name, error);
  }
};

async function* oneChunk(text: Promise<string>): AsyncGenerator<string> {
  yield await text;
}

/**
 * Reads every file into the sink. NDJSON (by extension or `--input-format`) is read as a stream, line
 * by line, so its text is never held whole; JSON and CSV are parsed whole, as their syntax requires.
 * Returns the syntax problems.
 */
export const readFiles = async (
  options: { readonly files: readonly string[]; readonly inputFormat?: InputFormat },
  io: CliIO,
  sink: RecordSink,
  relationParts: RelationsPart[],
  progress: Progress,
): Promise<InputProblem[]> => {
  const problems: InputProblem[] = [];
  let records = 0;
  // Not async: a sink that never asks to wait (validation on this thread) then costs no promise per
  // record, which was 3 µs of the 23 µs a record took to read (100,000 records of NDJSON).
  const add = (record: InputRecord): Promise<void> | undefined => {
    records++;
    if (records % 100_000 === 0) progress.show(cliMessages.progressRead(records, options.files.length));
    return sink.add(record);
  };
  for (const file of options.files) {
    const name = file === "-" ? "<stdin>" : file;
    if ((options.inputFormat ?? toInputFormat(name)) === "ndjson") {
      const stream = file === "-" ? io.stdin : (io.openFile?.(file) ?? oneChunk(io.readFile(file)));
      let line = 0;
      for await (const batch of lineBatchesOf(stream, name)) {
        for (const text of batch) {
          line++;
          const read = parseNdjsonLine(line === 1 ? stripBom(text) : text, name, line);
          if (read === undefined) continue;
          if ("problem" in read) problems.push(read.problem);
          else {
            const wait = add(read.record);
            if (wait !== undefined) await wait;
          }
        }
      }
    } else {
      const parsed = parseInput(await readWhole(file, name, io), name, options.inputFormat);
      for (const record of parsed.claims) {
        const wait = add(record);
        if (wait !== undefined) await wait;
      }
      if (parsed.relations !== undefined) relationParts.push(parsed.relations);
      // One by one: push(...list) overflows the stack past ~120,000 items, and a file can hold millions.
      for (const problem of parsed.problems) problems.push(problem);
    }
    progress.show(cliMessages.progressRead(records, options.files.length));
  }
  return problems;
};
