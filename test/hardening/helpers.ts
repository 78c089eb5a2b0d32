// Shared tools of the hardening suite: deep-freezing inputs, checking errors, and watching globals.
import { expect } from "vitest";
import { isDiscrepancyError, type DiscrepancyErrorCode } from "../../src/index.js";

/**
 * Freezes a value and every object reachable from it (iteratively: inputs may be 10,000 levels deep).
 * Functions are left alone: freezing a class (decimal.js's constructor, reachable from every Decimal)
 * would freeze its prototype for everyone.
 */
export const deepFreeze = <T>(value: T): T => {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || seen.has(v)) continue;
    seen.add(v);
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d !== undefined && "value" in d) stack.push(d.value);
    }
  }
  return value;
};

/** A structural fingerprint of a value, to prove it was not changed (frozen objects cannot be, but arrays of primitives in a test can be rebuilt). */
export const snapshot = (value: unknown): string => {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? `${v}n` : typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
  } catch {
    return "<unserialisable>";
  }
};

/** The error `fn` throws, or undefined. */
export const thrownBy = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
};

/**
 * Asserts that `fn` throws a DiscrepancyError with `code`, whose message mentions `mentions` (the field
 * and/or the value at fault).
 */
export const expectDiscrepancyError = (fn: () => unknown, code: DiscrepancyErrorCode, ...mentions: string[]): void => {
  const error = thrownBy(fn);
  if (!isDiscrepancyError(error)) throw new Error(`expected a DiscrepancyError, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  expect(error.code).toBe(code);
  for (const text of mentions) expect(error.message).toContain(text);
};

/** Keys, own property names and symbols on the prototypes a polluting input could reach. */
export const prototypeFingerprint = (): string =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
    .map((proto) => Reflect.ownKeys(proto).map(String).sort().join(","))
    .join("|");
