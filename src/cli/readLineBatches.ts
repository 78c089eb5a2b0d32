import { cliMessages } from "../messages/misuse/cli.js";
import { firstInvalidUtf8 } from "./io.js";

const EMPTY = new Uint8Array(0);

/** The bytes at the end of `bytes` that begin a character not yet complete (what a streaming decoder holds back). */
const incompleteTail = (bytes: Uint8Array): Uint8Array => {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k]!;
    if (b >= 0x80 && b <= 0xbf) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 1;
    return length > k ? bytes.subarray(bytes.length - k) : EMPTY;
  }
  return EMPTY;
};

const join = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/**
 * The lines of a stream of text or UTF-8 bytes, split at "\n" exactly as the whole-text NDJSON reader
 * splits them (a "\r" before it stays on the line, where trimming removes it, and the text after the
 * last newline is a line too), decoded incrementally so a character split across chunks arrives whole.
 * Malformed UTF-8 is refused, naming the offset of the first bad byte in the whole stream, as reading
 * a file whole does. Only the current chunk and a partial line are held, never the whole input; each
 * chunk is searched once, so a line longer than many chunks still costs linear time.
 *
 * The lines come a chunk's worth at a time: one resumption of an async generator per line cost about
 * 2 µs, as much as parsing the line's JSON (100,000 lines of NDJSON: 197 ms one by one).
 */
export async function* readLineBatches(stream: AsyncIterable<string | Uint8Array>): AsyncGenerator<readonly string[], void, undefined> {
  // The byte order mark is kept, as reading a file whole keeps it: the caller drops one, as for a whole file.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
  const pending: string[] = [];
  // Bytes before the current chunk, and the incomplete character the decoder carries over.
  let offset = 0;
  let tail: Uint8Array = EMPTY;
  const malformed = (bytes: Uint8Array): Error => {
    const at = firstInvalidUtf8(bytes);
    return new Error(cliMessages.notUtf8(at < 0 ? -1 : offset - tail.length + at));
  };
  for await (const chunk of stream) {
    let text: string;
    if (typeof chunk === "string") text = chunk;
    else {
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
        throw malformed(join(tail, chunk));
      }
      tail = incompleteTail(chunk.length < 4 ? join(tail, chunk) : chunk);
      offset += chunk.length;
    }
    const lines: string[] = [];
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      const piece = text.slice(start, end);
      if (pending.length === 0) lines.push(piece);
      else {
        pending.push(piece);
        lines.push(pending.join(""));
        pending.length = 0;
      }
      start = end + 1;
    }
    if (start < text.length) pending.push(start === 0 ? text : text.slice(start));
    if (lines.length > 0) yield lines;
  }
  try {
    pending.push(decoder.decode());
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new Error(cliMessages.notUtf8(offset - tail.length));
  }
  yield [pending.join("")];
}
