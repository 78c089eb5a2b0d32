import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { CHECK_PRELUDE, transform } from "./checkedExamples.js";

// Every TSDoc @example of the public API runs as written, as the README's examples do: each becomes one
// module in which every public name of `discrepancy`, `discrepancy/testing` and `discrepancy/notebook` is in scope (as a user who
// imported it would have), plus the few Node and test-runner names examples use without importing them.
// Every `expression; // literal` line must print what it says (see checkedExamples.ts).

const root = fileURLToPath(new URL("../../", import.meta.url));
const entries = {
  discrepancy: join(root, "src/index.ts"),
  "discrepancy/testing": join(root, "src/testing/index.ts"),
  "discrepancy/notebook": join(root, "src/notebook/index.ts"),
};
const program = ts.createProgram(Object.values(entries), { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true });
const checker = program.getTypeChecker();

interface Example {
  readonly name: string;
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

const valuesOf = (entry: string): { readonly names: string[]; readonly examples: Example[] } => {
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const names: string[] = [];
  const examples: Example[] = [];
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if ((target.flags & ts.SymbolFlags.Value) === 0) continue;
    names.push(symbol.getName());
    for (const declaration of target.getDeclarations() ?? []) {
      for (const tag of ts.getJSDocTags(declaration)) {
        if (tag.tagName.text !== "example" || typeof tag.comment !== "string") continue;
        const source = declaration.getSourceFile();
        const fence = /```(?:ts|typescript)?\n([\s\S]*?)```/.exec(tag.comment);
        examples.push({
          name: symbol.getName(),
          file: source.fileName.replace(root, ""),
          line: source.getLineAndCharacterOfPosition(tag.getStart()).line + 1,
          code: fence?.[1] ?? tag.comment,
        });
      }
    }
  }
  return { names, examples };
};

const lib = valuesOf(entries.discrepancy);
const testing = valuesOf(entries["discrepancy/testing"]);
const notebook = valuesOf(entries["discrepancy/notebook"]);
const examples = [lib, testing, notebook]
  .flatMap((entry) => entry.examples)
  .filter((e, i, all) => all.findIndex((o) => o.file === e.file && o.line === e.line) === i);

// Names examples may use as a reader would expect them in scope. An example's own import of one wins.
const AMBIENT: Readonly<Record<string, readonly string[]>> = {
  "node:fs": ["readFileSync"],
  vitest: ["expect"],
};
const DEFAULT_AMBIENT: Readonly<Record<string, string>> = { "fast-check": "fc" };

const dir = mkdtempSync(join(tmpdir(), "discrepancy-tsdoc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One example as a module: its own imports, then every public name not imported, then its code. */
const toModule = (example: Example, index: number): string => {
  const imports = new Map<string, Set<string>>();
  const body = transform({ code: example.code, line: example.line }, imports);
  const taken = new Set([...imports.values()].flatMap((names) => [...names].map((n) => n.replace(/^type /, "").split(" as ").pop()!.trim())));
  // Default and namespace imports stay in the body (ESM hoists them); their names are taken too.
  for (const match of body.matchAll(/^import (?:\* as )?(\w+) from /gm)) taken.add(match[1]!);
  const target = (from: string): string =>
    from in entries ? pathToFileURL(entries[from as keyof typeof entries]).href : from;
  const header: string[] = [];
  for (const [from, names] of imports) header.push(`import { ${[...names].join(", ")} } from ${JSON.stringify(target(from))};`);
  const scope = (from: keyof typeof entries, names: readonly string[]) => {
    const free = names.filter((n) => !taken.has(n) && !body.includes(`const ${n} `) && !body.includes(`function ${n}(`));
    for (const n of free) taken.add(n);
    if (free.length > 0) header.push(`import { ${free.join(", ")} } from ${JSON.stringify(target(from))};`);
  };
  scope("discrepancy", lib.names);
  scope("discrepancy/testing", testing.names);
  scope("discrepancy/notebook", notebook.names);
  for (const [from, names] of Object.entries(AMBIENT)) {
    const free = names.filter((n) => !taken.has(n) && new RegExp(`\\b${n}\\b`).test(body));
    if (free.length > 0) header.push(`import { ${free.join(", ")} } from ${JSON.stringify(from)};`);
  }
  for (const [from, name] of Object.entries(DEFAULT_AMBIENT)) {
    if (!taken.has(name) && new RegExp(`\\b${name}\\.`).test(body)) header.push(`import ${name} from ${JSON.stringify(from)};`);
  }
  return [...header, `process.chdir(${JSON.stringify(root)});`, CHECK_PRELUDE(`__exampleChecks${index}`), body].join("\n");
};

describe("TSDoc @example of every public export", () => {
  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThan(90);
  });

  it.each(examples.map((e, i) => [`${e.name} (${e.file}:${e.line})`, e, i] as const))("%s runs and prints what it says", async (_label, example, index) => {
    const checks: { line: number; expected: unknown; actual: unknown }[] = [];
    (globalThis as Record<string, unknown>)[`__exampleChecks${index}`] = checks;
    const file = join(dir, `example${index}.ts`);
    writeFileSync(file, toModule(example, index));
    await import(pathToFileURL(file).href);
    for (const check of checks) expect({ line: check.line, value: check.actual }).toEqual({ line: check.line, value: check.expected });
  });
});
