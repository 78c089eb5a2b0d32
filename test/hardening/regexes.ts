// Finds every regular expression in src/ with the TypeScript parser (literals and `new RegExp`), for
// the review in test/README.md and the nested-quantifier check.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface FoundRegex {
  readonly file: string;
  readonly line: number;
  readonly source: string;
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );

/** Every `.ts` file under `dir`, as paths relative to `root`. */
export const sourceFiles = (root: string, dir = "src"): string[] => walk(join(root, dir)).map((file) => relative(root, file));

/** The regular expressions of one file. */
export const regexesIn = (root: string, file: string): FoundRegex[] => {
  const text = readFileSync(join(root, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const visit = (node: ts.Node): void => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push({ file, line, source: node.getText(source) });
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp")
      found.push({ file, line, source: node.getText(source) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};

/**
 * Whether a pattern has a quantified group that itself contains a quantifier — `(a+)+`, `(\d*,?)*` —
 * the shape that backtracks exponentially. A lexical check: groups are matched by parentheses outside
 * character classes and escapes.
 */
export const hasNestedQuantifier = (pattern: string): boolean => {
  const body = pattern.startsWith("/") ? pattern.slice(1, pattern.lastIndexOf("/")) : pattern;
  const stack: { quantified: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") stack.push({ quantified: false });
    else if (c === ")") {
      const group = stack.pop();
      const next = body[i + 1];
      const quantifiedAfter = next === "*" || next === "+" || (next === "{" && /^\{\d+,\d*\}/.test(body.slice(i + 1)) && !/^\{(\d+),\1\}/.test(body.slice(i + 1)));
      if (group?.quantified === true && quantifiedAfter) return true;
      if (group?.quantified === true && stack.length > 0) stack[stack.length - 1]!.quantified = true;
      if (quantifiedAfter && stack.length > 0) stack[stack.length - 1]!.quantified = true;
    } else if ((c === "*" || c === "+" || c === "{") && stack.length > 0) stack[stack.length - 1]!.quantified = true;
  }
  return false;
};

/**
 * Whether a pattern without `^` ends in a quantified atom before `$` — `/0+$/`, `/\s*$/` — which tries
 * every start position and is quadratic on a long run of that atom.
 */
export const hasUnanchoredQuantifiedEnd = (pattern: string): boolean => {
  const body = pattern.startsWith("/") ? pattern.slice(1, pattern.lastIndexOf("/")) : pattern;
  if (body.startsWith("^")) return false;
  return /(\\.|\[[^\]]*\]|[^\\\])])[*+]\$$/.test(body);
};
