import { readToken, type Token } from "./tokenize.js";

/**
 * How many tokens behind the furthest one read stay available. The grammar looks back two tokens and
 * ahead a few dozen at most, so this is ample; what lies further back is dropped, so scanning a
 * long text holds a constant amount of memory (besides its results) and the garbage collector never
 * has to walk a million tokens.
 *
 * @internal
 */
export const TOKEN_WINDOW = 1024;

/**
 * How many token slots a text needs: a text of n characters has at most n tokens, so a short text
 * (a paragraph, a date) gets a window as small as itself instead of {@link TOKEN_WINDOW} slots —
 * allocating the full window per call used to cost more than scanning a paragraph.
 *
 * @internal
 */
export const windowFor = (textLength: number): number => Math.max(1, Math.min(TOKEN_WINDOW, textLength));

/**
 * The tokens of a text, read on demand and kept in a ring buffer of {@link windowFor} tokens (at most
 * {@link TOKEN_WINDOW}). Indexes are absolute (token 0 is the first of the text).
 *
 * @internal
 */
export class TokenStream {
  /** Slots in the ring (and in the grammar's memos): every token of a short text, the last ones of a long one. */
  readonly capacity: number;
  private readonly ring: (Token | undefined)[];
  private count = 0;
  private done = false;

  constructor(private readonly text: string) {
    this.capacity = windowFor(text.length);
    this.ring = new Array<undefined>(this.capacity);
  }

  /** Token `i`, or undefined past the end (or, never in practice, if it left the window). */
  at(i: number): Token | undefined {
    if (i < 0) return undefined;
    while (i >= this.count) {
      if (this.done) return undefined;
      const last = this.count === 0 ? 0 : (this.ring[(this.count - 1) % this.capacity] as Token).end;
      const token = readToken(this.text, last);
      if (token === undefined) {
        this.done = true;
        return undefined;
      }
      this.ring[this.count % this.capacity] = token;
      this.count++;
    }
    return i >= this.count - this.capacity ? this.ring[i % this.capacity] : undefined;
  }
}
