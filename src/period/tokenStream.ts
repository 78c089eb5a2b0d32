import { readToken } from "../text/tokenize.js";
import { toPeriodToken, toPeriodTokens, type PeriodToken } from "./toPeriodTokens.js";

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
 * Where the period grammar reads its tokens: token `i` (indexes absolute, from `first`), `undefined`
 * past the end; and how many per-token memo slots it needs. @internal
 */
export interface PeriodTokens {
  readonly capacity: number;
  /** The index of the first token. */
  readonly first: number;
  at(i: number): PeriodToken | undefined;
}

/**
 * The period tokens of a text, read on demand with the one tokenizer and kept in a ring buffer of
 * {@link windowFor} tokens (at most {@link TOKEN_WINDOW}). Indexes are absolute (token 0 is the first
 * of the text).
 *
 * @internal
 */
export class TokenStream implements PeriodTokens {
  /** Slots in the ring (and in the grammar's memos): every token of a short text, the last ones of a long one. */
  readonly capacity: number;
  readonly first = 0;
  private readonly ring: (PeriodToken | undefined)[];
  private count = 0;
  private done = false;
  /** Where the tokenizer goes on. */
  private offset = 0;
  private readonly pending: PeriodToken[] = [];

  constructor(private readonly text: string) {
    this.capacity = windowFor(text.length);
    this.ring = new Array<undefined>(this.capacity);
  }

  /** Token `i`, or undefined past the end (or, never in practice, if it left the window). */
  at(i: number): PeriodToken | undefined {
    if (i < 0) return undefined;
    while (i >= this.count) {
      if (this.done) return undefined;
      const token = readToken(this.text, this.offset);
      if (token === undefined) {
        this.done = true;
        return undefined;
      }
      this.offset = token.end;
      const one = toPeriodToken(this.text, token);
      if (one !== undefined) {
        this.ring[this.count % this.capacity] = one;
        this.count++;
        continue;
      }
      this.pending.length = 0;
      toPeriodTokens(this.text, token, this.pending);
      for (const piece of this.pending) {
        this.ring[this.count % this.capacity] = piece;
        this.count++;
      }
    }
    return i >= this.count - this.capacity ? this.ring[i % this.capacity] : undefined;
  }
}

/** Period tokens already cut, read from `first` to before `end`: a window of a text read by extraction. @internal */
export const periodTokenWindow = (tokens: readonly PeriodToken[], first: number, end: number): PeriodTokens => ({
  capacity: windowFor(end - first),
  first,
  at: (i) => (i >= first && i < end ? tokens[i] : undefined),
});
