/**
 * Whether a UTF-16 code unit is shown escaped in human-readable output: C0 controls (newline and tab
 * included: in a name they would break a line or a table), DEL, C1 controls, the Arabic letter mark, the
 * line and paragraph separators, and the bidirectional marks, embeddings, overrides and isolates, which
 * reorder the text around them on screen.
 *
 * @internal
 */
export const isHidden = (c: number): boolean =>
  c < 0x20 ||
  (c >= 0x7f && c <= 0x9f) ||
  c === 0x061c ||
  c === 0x200e ||
  c === 0x200f ||
  (c >= 0x2028 && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069);

/**
 * Text from the input as it may be shown on a terminal or in a document: every character that
 * {@link isHidden} lists becomes `\uXXXX` (four lowercase hex digits), so a source named
 * `"\u001b]0;pwned\u0007"` prints as those characters instead of retitling the terminal, and a name with
 * a newline stays on its line. Everything else is kept, backslashes included (this is for reading; JSON
 * output keeps the exact text, in `\u` escapes that read back to it: see cli/escapeJSONText). Returns the
 * same string when nothing needs escaping.
 *
 * @internal
 */
export const escapeControls = (text: string): string => {
  let i = 0;
  while (i < text.length && !isHidden(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += isHidden(c) ? `\\u${c.toString(16).padStart(4, "0")}` : text[i];
  }
  return out;
};

// A claim's series key joins its parts with control characters; renderers use it only as an identity.
// Escaping it would copy every claim of a corpus for nothing.
const IDENTITY_KEYS: ReadonlySet<string> = new Set(["seriesKey"]);

const isPlain = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || proto === Array.prototype;
};

/**
 * A value with {@link escapeControls} applied to every string in its plain objects and arrays (other
 * objects, such as decimals, are kept): what renderers call on a report, its claims and relations before
 * writing a word, so no string from the input can reach the output unescaped however it is interpolated.
 * Objects without anything to escape are returned as they are (no copy), and an object shared within the
 * value stays shared (one copy), so renderers that key maps by object still find it.
 *
 * @internal
 */
export const escapeStrings = <T>(value: T): T => {
  const done = new Map<object, unknown>();
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return escapeControls(v);
    if (typeof v !== "object" || v === null || !isPlain(v)) return v;
    const known = done.get(v);
    if (known !== undefined) return known;
    let result: unknown = v;
    if (Array.isArray(v)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        // Most elements are clean strings (claim ids): no call for them.
        if (typeof item === "string" && escapeControls(item) === item) continue;
        const next = walk(item);
        if (next !== item) (copy ??= v.slice())[i] = next;
      }
      result = copy ?? v;
    } else {
      const record = v as Record<string, unknown>;
      let copy: Record<string, unknown> | undefined;
      let renamed = false;
      // A plain object's enumerable keys are its own (Object.prototype has none): no key array built.
      for (const key in record) {
        if (escapeControls(key) !== key) renamed = true;
        if (IDENTITY_KEYS.has(key)) continue;
        const item = record[key];
        if (typeof item !== "object" && (typeof item !== "string" || escapeControls(item) === item)) continue;
        const next = walk(item);
        if (next !== item) (copy ??= { ...record })[key] = next;
      }
      // Keys are text from the input too (qualifiers, meta): rebuilt in order when one needs escaping.
      if (renamed) {
        const source: Record<string, unknown> = copy ?? record;
        copy = {};
        for (const key in source) copy[escapeControls(key)] = source[key];
      }
      result = copy ?? v;
    }
    // Only copies are remembered (an object shared within the value gets one copy); a clean object
    // met again is walked again, which costs less than remembering every object of a corpus.
    if (result !== v) done.set(v, result);
    return result;
  };
  return walk(value) as T;
};
