import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

interface Cell {
  cell_type: string;
  source: string[];
}
const notebook = JSON.parse(readFileSync(new URL("../../examples/notebook.ipynb", import.meta.url), "utf8")) as {
  nbformat: number;
  metadata: { kernelspec: { name: string } };
  cells: Cell[];
};
const code = notebook.cells.filter((c) => c.cell_type === "code").map((c) => c.source.join(""));

describe("examples/notebook.ipynb", () => {
  it("is an nbformat 4 notebook for the Deno kernel", () => {
    expect(notebook.nbformat).toBe(4);
    expect(notebook.metadata.kernelspec.name).toBe("deno");
    expect(code.length).toBeGreaterThan(3);
  });

  it("imports only names the package exports", () => {
    const imports = code.join("\n").matchAll(/import \{([^}]+)\} from "\.\.\/dist\/index\.js"/g);
    const names = [...imports].flatMap((m) => m[1]!.split(",").map((n) => n.trim()));
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(api, name).toHaveProperty(name);
  });

  it("reads the seed corpus by a path that exists next to it", () => {
    expect(code.join("\n")).toContain('"./kazakhstan-china/claims.json"');
    expect(() => readFileSync(new URL("../../examples/kazakhstan-china/claims.json", import.meta.url))).not.toThrow();
  });
});
