/**
 * The lines of a stream of text or UTF-8 bytes, split at "\n" exactly as the whole-text NDJSON reader
 * splits them (a "\r" before it stays on the line, where trimming removes it, and the text after the
 * last newline is a line too), decoded incrementally so a character split across chunks arrives whole.
 * Only the current chunk and a partial line are held, never the whole input; each chunk is searched
 * once, so a line longer than many chunks still costs linear time.
 */
export async function* readLines(stream: AsyncIterable<string | Uint8Array>): AsyncGenerator<string, void, undefined> {
  // The byte order mark is kept, as readFile keeps it: the caller drops one, as for a whole file.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const pending: string[] = [];
  for await (const chunk of stream) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      const piece = text.slice(start, end);
      if (pending.length === 0) yield piece;
      else {
        pending.push(piece);
        const line = pending.join("");
        pending.length = 0;
        yield line;
      }
      start = end + 1;
    }
    if (start < text.length) pending.push(start === 0 ? text : text.slice(start));
  }
  pending.push(decoder.decode());
  yield pending.join("");
}
