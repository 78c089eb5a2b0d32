import { messages } from "../messages/misuse/input.js";
import { readWholePeriod } from "./readWholePeriod.js";
import type { Reference } from "./resolveSpec.js";
import { checkPeriod } from "./toExtent.js";

const READ_LIMIT = 64;
const READ = new Map<string, Reference | { readonly error: string }>();

const referenceOfText = (value: string): Reference | { readonly error: string } => {
  const read = readWholePeriod(value, undefined, undefined);
  if (!read.ok) return Object.freeze({ error: messages.badReference(value, read.message) });
  const { start, end } = read.x;
  return Object.freeze({ start, end: Math.max(end, start + 1), label: read.text });
};

/**
 * The reference of the options: a {@link Period} or period text with no relative words ("2025-09-05",
 * "2024-12", "2024", "July 2024"). Returns undefined when none was given and the reason text when it
 * is unusable.
 *
 * @internal
 */
export const toReference = (value: unknown): Reference | undefined | { readonly error: string } => {
  if (value === undefined) return undefined;
  if (typeof value === "string") {
    const cached = READ.get(value);
    if (cached !== undefined) return cached;
    const result = referenceOfText(value);
    // A bounded memo: extraction calls this once per paragraph with the same publication date, and
    // reading it runs the whole period grammar. Results are frozen, so sharing them is safe.
    if (READ.size >= READ_LIMIT) READ.clear();
    READ.set(value, result);
    return result;
  }
  const checked = checkPeriod(value);
  if (typeof checked === "string") return { error: messages.badReference(value, checked) };
  const text = (value as { text: string }).text;
  return { start: checked.start, end: Math.max(checked.end, checked.start + 1), label: text === "" ? "the reference" : text };
};
