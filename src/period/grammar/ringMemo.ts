/**
 * A memo of per-token results for the last `capacity` token indexes (the token window, at most
 * `TOKEN_WINDOW`). The slots are allocated on the first `set`, so a text where no token needs
 * this memo allocates nothing.
 *
 * @internal
 */
export class RingMemo<T> {
  private keys: number[] | undefined;
  private values: (T | undefined)[] | undefined;

  constructor(private readonly capacity: number) {}

  get(i: number): T | undefined {
    const keys = this.keys;
    if (keys === undefined) return undefined;
    const slot = i % this.capacity;
    return keys[slot] === i ? this.values?.[slot] : undefined;
  }

  set(i: number, value: T): void {
    if (this.keys === undefined) {
      this.keys = new Array<number>(this.capacity).fill(-1);
      this.values = new Array<T | undefined>(this.capacity);
    }
    const slot = i % this.capacity;
    this.keys[slot] = i;
    (this.values as (T | undefined)[])[slot] = value;
  }
}
