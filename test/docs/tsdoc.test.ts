import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every public export is documented: values (functions, constants, schemas, classes) with a TSDoc
// comment that has an @example showing the result, types with at least a comment. Read through the
// compiler, so re-exports are followed to their declarations.

const entries = ["src/index.ts", "src/testing/index.ts", "src/notebook/index.ts"].map((path) => fileURLToPath(new URL(`../../${path}`, import.meta.url)));
const program = ts.createProgram(entries, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true });
const checker = program.getTypeChecker();

interface Export {
  readonly entry: string;
  readonly name: string;
  readonly isValue: boolean;
  readonly hasDoc: boolean;
  readonly hasExample: boolean;
}

const exportsOf = (entry: string): Export[] => {
  const source = program.getSourceFile(entry)!;
  const module = checker.getSymbolAtLocation(source)!;
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declarations = target.getDeclarations() ?? [];
    const tags = declarations.flatMap((d) => ts.getJSDocTags(d));
    const docs = declarations.flatMap((d) => ts.getJSDocCommentsAndTags(d));
    return {
      entry: entry.replace(/.*\/src\//, "src/"),
      name: symbol.getName(),
      isValue: (target.flags & ts.SymbolFlags.Value) !== 0,
      hasDoc: docs.length > 0,
      hasExample: tags.some((tag) => tag.tagName.text === "example"),
    };
  });
};

const all = entries.flatMap(exportsOf);

describe("TSDoc of the public API", () => {
  it("finds the public exports", () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it("gives every exported value an @example", () => {
    expect(all.filter((e) => e.isValue && !e.hasExample).map((e) => `${e.entry}: ${e.name}`)).toEqual([]);
  });

  it("documents every exported type", () => {
    expect(all.filter((e) => !e.isValue && !e.hasDoc).map((e) => `${e.entry}: ${e.name}`)).toEqual([]);
  });
});
