/**
 * An append-only Int32Array or Float64Array that doubles when full. Typed arrays keep their elements
 * outside the JavaScript heap, so the garbage collector never copies them: a million-element list built
 * with `push` on a plain array is copied at every young-generation collection until it is promoted.
 *
 * @internal
 */
export class Growable<T extends Int32Array | Float64Array> {
  length = 0;
  private data: T;
  private readonly make: (size: number) => T;

  constructor(make: (size: number) => T, capacity = 1024) {
    this.make = make;
    this.data = make(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** The element at `index` (below `length`). */
  at(index: number): number {
    return this.data[index]!;
  }

  /** The elements, trimmed to length (a view, not a copy). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/** A growable Int32Array. @internal */
export const growInt32 = (capacity?: number): Growable<Int32Array> => new Growable((n) => new Int32Array(n), capacity);

/** A growable Float64Array. @internal */
export const growFloat64 = (capacity?: number): Growable<Float64Array> => new Growable((n) => new Float64Array(n), capacity);
