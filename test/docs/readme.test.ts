import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { CHECK_PRELUDE, transform, type Block } from "./checkedExamples.js";

// The README's TypeScript examples run as written: every ```ts block (except one marked
// <!-- illustrative -->) goes, in order, into one module whose imports of "discrepancy" point at the
// sources, and every line of the form `expression; // literal` becomes a check that the expression's
// JSON form equals the literal (a JSON or JavaScript literal; text after it, such as ": what the words
// allow", is commentary). The literal may stand on the comment line below the expression, and a string
// may continue on the following comment lines.

const root = fileURLToPath(new URL("../../", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");


const blocks = (): Block[] => {
  const found: Block[] = [];
  const lines = readme.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "```ts") continue;
    const illustrative = (lines[i - 1] ?? "").includes("<!-- illustrative") || (lines[i - 2] ?? "").includes("<!-- illustrative");
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== "```") end++;
    if (!illustrative) found.push({ code: lines.slice(start, end).join("\n"), line: start + 1 });
    i = end;
  }
  return found;
};

const dir = mkdtempSync(join(tmpdir(), "discrepancy-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("README", () => {
  it("has examples to run", () => {
    expect(blocks().length).toBeGreaterThanOrEqual(3);
  });

  it("runs its TypeScript examples as written, and they print what it says", async () => {
    const imports = new Map<string, Set<string>>();
    // One module, blocks in order: the tour builds on earlier blocks (`claims` from one is used in the next).
    const bodies = blocks().map((block) => transform(block, imports));
    const source = pathToFileURL(join(root, "src/index.ts")).href;
    const header = [...imports].map(([from, names]) => {
      const target =
        from === "discrepancy"
          ? source
          : from === "discrepancy/testing" || from === "discrepancy/notebook"
            ? pathToFileURL(join(root, `src/${from.slice("discrepancy/".length)}/index.ts`)).href
            : from;
      return `import { ${[...names].join(", ")} } from ${JSON.stringify(target)};`;
    });
    const checks: { line: number; expected: unknown; actual: unknown }[] = [];
    (globalThis as Record<string, unknown>).__readmeChecks = checks;
    const module = [
      ...header,
      `process.chdir(${JSON.stringify(root)});`,
      CHECK_PRELUDE("__readmeChecks"),
      ...bodies,
    ].join("\n");
    const file = join(dir, "readme.ts");
    writeFileSync(file, module);
    await import(pathToFileURL(file).href);
    expect(checks.length).toBeGreaterThanOrEqual(5);
    for (const check of checks) expect({ line: check.line, value: check.actual }).toEqual({ line: check.line, value: check.expected });
  });
});
