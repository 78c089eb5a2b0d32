// Reads src/ with the TypeScript parser, once per file, for the source audits: every regular expression
// (literals and `new RegExp`), every use of Date, and every use of Node's modules and globals.
import { builtinModules } from "node:module";
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

const parsed = new Map<string, ts.SourceFile>();

/** A file parsed by TypeScript, from disk (cached) or from the given text. */
export const parse = (root: string, file: string, text?: string): ts.SourceFile => {
  if (text !== undefined) return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  let source = parsed.get(file);
  if (source === undefined) {
    source = ts.createSourceFile(file, readFileSync(join(root, file), "utf8"), ts.ScriptTarget.Latest, true);
    parsed.set(file, source);
  }
  return source;
};

const lineOf = (source: ts.SourceFile, node: ts.Node): number => source.getLineAndCharacterOfPosition(node.pos).line + 1;

/** The regular expressions of one file. */
export const regexesIn = (root: string, file: string): FoundRegex[] => {
  const source = parse(root, file);
  const found: FoundRegex[] = [];
  const visit = (node: ts.Node): void => {
    const line = lineOf(source, node);
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

// date-fns functions that read the clock: an answer would depend on when it is asked.
const CLOCK_READERS = /Today|Tomorrow|Yesterday|ToNow|^isThis|^isPast$|^isFuture$|^formatRelative$/;

/**
 * Uses of a bare `Date` and of locale date formatting: answers would depend on the machine's time zone.
 * `UTCDate` (@date-fns/utc) and date-fns on it are the calendar, with two traps flagged: a `UTCDate`
 * built from anything but one time value (`new UTCDate()` reads the clock; `new UTCDate(99, 0, 1)` is
 * 1999), and date-fns functions that read the clock.
 */
export const dateUses = (source: ts.SourceFile): string[] => {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const at = `${source.fileName}:${lineOf(source, node)}`;
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "UTCDate" && node.arguments?.length !== 1)
      found.push(`${at} new UTCDate( with ${node.arguments?.length ?? 0} arguments`);
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text.startsWith("date-fns")) {
      const named = node.importClause?.namedBindings;
      if (named !== undefined && ts.isNamedImports(named))
        for (const element of named.elements) if (CLOCK_READERS.test(element.name.text)) found.push(`${at} date-fns ${element.name.text}`);
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "Date") found.push(`${at} new Date(`);
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "Date") found.push(`${at} Date.${node.name.text}`);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "Date") found.push(`${at} Date(`);
    if (ts.isPropertyAccessExpression(node) && ["getTimezoneOffset", "toLocaleDateString", "toLocaleTimeString", "DateTimeFormat"].includes(node.name.text))
      found.push(`${at} .${node.name.text}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};

const NODE_GLOBALS = new Set(["process", "Buffer", "require", "__dirname", "__filename", "global", "setImmediate", "module", "exports"]);
const BUILTINS = new Set(builtinModules);

/** Imports of Node's modules and uses of Node's globals: the core must run in browsers, Deno and Bun. */
export const nodeUses = (source: ts.SourceFile): string[] => {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const at = `${source.fileName}:${lineOf(source, node)}`;
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      const name = node.moduleSpecifier.text;
      if (name.startsWith("node:") || BUILTINS.has(name)) found.push(`${at} imports ${name}`);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) found.push(`${at} dynamic import()`);
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) ||
        (ts.isBindingElement(parent) && parent.propertyName === node);
      const isDeclared = (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === node;
      if (!isPropertyName && !isDeclared) found.push(`${at} uses ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};
