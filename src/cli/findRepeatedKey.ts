const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The first key that appears twice in one object of a JSON text, with the offset of its second
 * appearance, or undefined. `JSON.parse` keeps the last value of a repeated key without a word, so
 * `{"value": "$41 billion", "value": "$31 billion"}` would be read as one figure when the text states two.
 *
 * For text `JSON.parse` has accepted (its structure is not checked again). One pass, linear in the text:
 * strings are skipped with `indexOf`, and only keys are compared (unescaped when they hold a backslash).
 */
export const findRepeatedKey = (text: string): { readonly key: string; readonly offset: number } | undefined => {
  // One set of keys per open object; undefined for an open array.
  const stack: (Set<string> | undefined)[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      let end = text.indexOf('"', i + 1);
      // A quote preceded by an odd number of backslashes is part of the string.
      for (;;) {
        let b = end - 1;
        while (text.charCodeAt(b) === BACKSLASH) b--;
        if ((end - 1 - b) % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      i = end + 1;
      let j = i;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      const keys = stack[stack.length - 1];
      if (keys !== undefined && text.charCodeAt(j) === COLON) {
        const raw = text.slice(start + 1, end);
        const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (keys.has(key)) return { key, offset: start };
        keys.add(key);
      }
      continue;
    }
    if (c === 0x7b) stack.push(new Set());
    else if (c === 0x5b) stack.push(undefined);
    else if (c === 0x7d || c === 0x5d) stack.pop();
    i++;
  }
  return undefined;
};
