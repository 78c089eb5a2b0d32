import { Decimal, isDecimal } from "../decimal.js";

// Decimals travel as strings with a prefix no JSON text of ours starts with; a string that happens to
// start with it is escaped. NUL cannot appear in a claim's text fields unescaped in JSON input, but it
// can appear escaped, so the escape is kept for correctness rather than likelihood.
const DECIMAL = "\u0000d";
const ESCAPED = "\u0000s";

/**
 * Claims and reports as text for another thread: JSON, with each Decimal marked so that
 * {@link fromWire} rebuilds it as a Decimal (plain JSON would leave a string). Structured cloning
 * cannot carry Decimals (their own `constructor` property is a function), so JSON is the wire format
 * between worker threads, as it is between machines.
 */
export const toWire = (value: unknown): string =>
  JSON.stringify(value, function (this: Record<string, unknown>, key: string, json: unknown) {
    const raw = this[key];
    if (isDecimal(raw)) return DECIMAL + raw.toString();
    if (typeof json === "string" && json.charCodeAt(0) === 0) return ESCAPED + json;
    return json;
  });

const revive = (value: unknown): unknown => {
  if (typeof value === "string") {
    if (value.charCodeAt(0) !== 0) return value;
    return value.startsWith(DECIMAL) ? new Decimal(value.slice(DECIMAL.length)) : value.slice(ESCAPED.length);
  }
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) record[key] = revive(record[key]);
  }
  // Claims and reports are frozen plain data, on every thread.
  return Object.freeze(value);
};

/** The value {@link toWire} wrote: Decimals rebuilt, everything frozen. */
export const fromWire = <T>(text: string): T => revive(JSON.parse(text)) as T;
