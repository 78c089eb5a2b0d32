import { Decimal } from "../decimal.js";
import { DiscrepancyError } from "../errors.js";
import { explainMessages } from "../messages/misuse/explain.js";
import type { Weight } from "./types.js";

const DECIMAL = /^(\d{1,40}(\.\d{1,40})?|\.\d{1,40})$/;

/**
 * Reads a weight (a decimal string, or a finite number read through its shortest decimal text), or
 * throws naming the option. Weights must be positive.
 *
 * @internal
 */
export const readWeight = (name: string, value: Weight): Decimal => {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!DECIMAL.test(text) || new Decimal(text).isZero())
    throw new DiscrepancyError("invalid-argument", explainMessages.badWeight(name, value), [{ path: [name], message: explainMessages.badWeight(name, value), input: value }]);
  return new Decimal(text);
};

/** Looks a weight up by exact key, then case- and space-insensitively. @internal */
export const lookupWeight = (
  table: Readonly<Record<string, Weight>> | undefined,
  tableName: string,
  keys: readonly (string | undefined)[],
): Decimal | undefined => {
  if (table === undefined) return undefined;
  const norm = (s: string) => s.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " ");
  for (const key of keys) {
    if (key === undefined) continue;
    if (Object.hasOwn(table, key)) return readWeight(`${tableName}.${key}`, table[key]!);
    const found = Object.keys(table).find((k) => norm(k) === norm(key));
    if (found !== undefined) return readWeight(`${tableName}.${found}`, table[found]!);
  }
  return undefined;
};
