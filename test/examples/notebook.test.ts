import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
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

  it("runs top to bottom against the library, with a stand-in for Deno's file and display calls", async () => {
    // The cells are plain JavaScript; the import of ../dist becomes the source tree, Deno's API a recorder.
    const body = code
      .join("\n;\n")
      .replace(/import \{([^}]+)\} from "\.\.\/dist\/index\.js";/, "const {$1} = api;");
    const shown: unknown[] = [];
    const Deno = {
      readTextFile: (path: string) => readFile(new URL(path, new URL("../../examples/", import.meta.url)), "utf8"),
      jupyter: {
        md: (strings: TemplateStringsArray, ...values: unknown[]) => shown.push(String.raw(strings, ...values)),
        display: (bundle: unknown) => shown.push(bundle),
      },
    };
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;
    const { report, reconciled, corpusResult } = (await new AsyncFunction("api", "Deno", `${body}\n;return { report, reconciled, corpusResult };`)(api, Deno)) as {
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
    // The last cell's value renders itself: the corpus reconciliation's text and tables.
    const bundle = (corpusResult as unknown as Record<symbol, () => api.MimeBundle>)[api.JUPYTER_DISPLAY]!();
    expect(bundle["text/plain"]).toContain("Corpus reconciliation (truth discovery): 53 claims from 12 sources");
    expect(bundle["text/html"]).toContain("<h4>Sources, least reliable first</h4>");
  });
});
