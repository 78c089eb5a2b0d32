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
 * The tokens of a text, read on demand and kept in a ring buffer of {@link TOKEN_WINDOW} tokens.
 * Indexes are absolute (token 0 is the first of the text).
 *
 * @internal
 */
export class TokenStream {
  private readonly ring: (Token | undefined)[] = new Array<undefined>(TOKEN_WINDOW).fill(undefined);
  private count = 0;
  private done = false;

  constructor(private readonly text: string) {}

  /** Token `i`, or undefined past the end (or, never in practice, if it left the window). */
  at(i: number): Token | undefined {
    if (i < 0) return undefined;
    while (i >= this.count) {
      if (this.done) return undefined;
      const last = this.count === 0 ? 0 : (this.ring[(this.count - 1) % TOKEN_WINDOW] as Token).end;
      const token = readToken(this.text, last);
      if (token === undefined) {
        this.done = true;
        return undefined;
      }
      this.ring[this.count % TOKEN_WINDOW] = token;
      this.count++;
    }
    return i >= this.count - TOKEN_WINDOW ? this.ring[i % TOKEN_WINDOW] : undefined;
  }
}
