// Runs documentation examples as written. Every line of the form `expression; // literal` becomes a check
// that the expression's JSON form equals the literal (a JSON or JavaScript literal; text after it, such as
// ": what the words allow", is commentary). The literal may stand on the comment line below the
// expression, and a string may continue on the following comment lines. Used for the README's ```ts
// blocks (readme.test.ts) and every TSDoc @example of the public API (examples.test.ts).

/** A block of example code and the line of the document it starts on. */
export interface Block {
  readonly code: string;
  readonly line: number;
}

/** The longest JavaScript literal at the start of `text` (a string, array, object, number or keyword). */
const literalPrefix = (text: string): string | undefined => {
  const first = text[0];
  if (first === '"') {
    for (let i = 1; i < text.length; i++) {
      if (text[i] === "\\") i++;
      else if (text[i] === '"') return text.slice(0, i + 1);
    }
    return undefined;
  }
  if (first === "[" || first === "{") {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === "\\") i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === "[" || c === "{") depth++;
      else if (c === "]" || c === "}") {
        depth--;
        if (depth === 0) return text.slice(0, i + 1);
      }
    }
    return undefined;
  }
  const word = /^(-?\d+(\.\d+)?|true|false|null|undefined)(?![\w.])/.exec(text);
  return word?.[0];
};

const CHECKABLE = /^(?<code>[^/]*?[^\s;][^/]*?);\s*\/\/ (?<comment>.+)$/;

/** Turns one block's lines into module code: imports hoisted by the caller, checks inserted. */
export const transform = (block: Block, imports: Map<string, Set<string>>): string => {
  const out: string[] = [];
  const lines = block.code.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const imported = /^import (type )?\{([^}]*)\} from "([^"]+)";$/.exec(line.trim());
    if (imported !== null) {
      const names = imports.get(imported[3]!) ?? new Set<string>();
      for (const name of imported[2]!.split(",")) if (name.trim() !== "") names.add(name.trim());
      imports.set(imported[3]!, names);
      continue;
    }
    // The expected value may also stand on the comment line right below the expression.
    const below = /^\s*\/\/ (["[{].*)$/.exec(lines[i + 1] ?? "");
    const match = CHECKABLE.exec(line) ?? (line.trimEnd().endsWith(";") && below !== null ? CHECKABLE.exec(`${line.trimEnd()} // ${below[1]}`) : null);
    if (match !== null && !line.includes("//")) i++;
    const code = match?.groups?.code?.trim();
    if (match === null || code === undefined || /^(const|let|import|export|console\.)/.test(code)) {
      out.push(line);
      continue;
    }
    let comment = match.groups!.comment!;
    // A string may run on over the next comment lines: join them with single spaces.
    while (comment.startsWith('"') && literalPrefix(comment) === undefined && /^\s*\/\/ /.test(lines[i + 1] ?? "")) {
      comment = `${comment} ${lines[++i]!.replace(/^\s*\/\/\s*/, "")}`;
    }
    const literal = literalPrefix(comment);
    if (literal === undefined) {
      out.push(line);
      continue;
    }
    out.push(`__check(() => (${code}), ${JSON.stringify(literal)}, ${block.line + i});`);
  }
  return out.join("\n");
};


/**
 * The module prelude that defines `__check`: checks are pushed onto `globalThis[name]` as
 * `{ line, expected, actual }` with whitespace in strings squashed.
 */
export const CHECK_PRELUDE = (name: string): string =>
  [
    "const __plain = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));",
    "const __check = (run: () => unknown, literal: string, line: number): void => {",
    "  const expected = new Function(`return (${literal});`)();",
    "  const actual = __plain(run());",
    `  (globalThis as any)[${JSON.stringify(name)}].push({ line, expected: typeof expected === 'string' ? expected.replace(/\\s+/g, ' ') : expected, actual: typeof actual === 'string' ? actual.replace(/\\s+/g, ' ') : actual });`,
    "};",
  ].join("\n");
