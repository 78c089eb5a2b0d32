import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import * as notebookApi from "../../src/notebook/index.js";

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

  it("imports only names the package exports, display from the discrepancy/notebook entry", () => {
    const namesFrom = (path: string): string[] =>
      [...code.join("\n").matchAll(new RegExp(`import \\{([^}]+)\\} from "\\.\\./dist/${path}"`, "g"))].flatMap((m) => m[1]!.split(",").map((n) => n.trim()));
    const names = namesFrom("index\\.js");
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(api, name).toHaveProperty(name);
    expect(namesFrom("notebook/index\\.js")).toEqual(["display"]);
    for (const name of namesFrom("notebook/index\\.js")) expect(notebookApi, name).toHaveProperty(name);
  });

  it("reads the seed corpus by a path that exists next to it", () => {
    expect(code.join("\n")).toContain('"./kazakhstan-china/claims.json"');
    expect(() => readFileSync(new URL("../../examples/kazakhstan-china/claims.json", import.meta.url))).not.toThrow();
  });

  it("runs top to bottom against the library, with a stand-in for Deno's file and display calls", async () => {
    // The cells are plain JavaScript; the imports of ../dist become the source tree, Deno's API a recorder.
    // Each cell's last line is its value, as the kernel shows it: kept in `values` to render afterwards.
    const body = code
      .map((cell) => {
        const lines = cell.trimEnd().split("\n");
        return [...lines.slice(0, -1), `values.push(${lines.at(-1)!.replace(/;$/, "")});`].join("\n");
      })
      .join("\n;\n")
      .replace(/import \{([^}]+)\} from "\.\.\/dist\/index\.js";/, "const {$1} = api;")
      .replace(/import \{([^}]+)\} from "\.\.\/dist\/notebook\/index\.js";/, "const {$1} = notebook;");
    const values: unknown[] = [];
    const shown: unknown[] = [];
    const Deno = {
      readTextFile: (path: string) => readFile(new URL(path, new URL("../../examples/", import.meta.url)), "utf8"),
      jupyter: {
        md: (strings: TemplateStringsArray, ...values: unknown[]) => shown.push(String.raw(strings, ...values)),
        display: (bundle: unknown) => shown.push(bundle),
      },
    };
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;
    const { report, reconciled, corpusResult } = (await new AsyncFunction("api", "notebook", "Deno", "values", `${body}\n;return { report, reconciled, corpusResult };`)(
      api,
      notebookApi,
      Deno,
      values,
    )) as {
      report: api.Report;
      reconciled: api.Reconciliation;
      corpusResult: api.CorpusReconciliation;
    };
    expect(report.summary.claims).toBe(53);
    expect(reconciled.method).toBe("mirror-statistics");
    expect(api.formatReconciliationNote(reconciled)).toContain("CN reports $41 billion, KZ reports $31.5 billion");
    expect(shown).toHaveLength(2);
    expect(String(shown[0])).toContain("## Discrepancy report");
    expect(JSON.stringify(shown[1])).toContain("vega-lite/v5.json");
    // The results stay plain data; the cells that display them show their bundles, as the kernel would.
    expect(Object.getOwnPropertySymbols(report)).toEqual([]);
    expect(Object.getOwnPropertySymbols(corpusResult)).toEqual([]);
    const rendered = values
      .filter((v): v is Record<symbol, () => api.MimeBundle> => typeof v === "object" && v !== null && api.JUPYTER_DISPLAY in v)
      .map((v) => v[api.JUPYTER_DISPLAY]!());
    expect(rendered).toHaveLength(3);
    expect(rendered[0]!["text/plain"]).toMatch(/^Discrepancy report: 53 claims/);
    expect(JSON.stringify(rendered[0]!["application/vnd.vegalite.v5+json"])).toContain("vega-lite/v5.json");
    expect(rendered[1]!["text/plain"]).toContain("CN reports $41 billion, KZ reports $31.5 billion");
    // The last cell's value: the corpus reconciliation's text and tables.
    expect(rendered[2]!["text/plain"]).toContain("Corpus reconciliation (truth discovery): 53 claims from 12 sources");
    expect(rendered[2]!["text/html"]).toContain("<h4>Sources, least reliable first</h4>");
  });
});
