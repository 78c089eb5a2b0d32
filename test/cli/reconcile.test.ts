import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/claim/parseClaims.js";
import { reconcileAll } from "../../src/reconcile/reconcileAll.js";
import { CORPUS_METHODS } from "../../src/reconcile/corpusTypes.js";
import { formatCorpusReconciliation } from "../../src/report/formatCorpusReconciliation.js";
import { run } from "./run.js";

// Two places, three sources; "blog" is alone and wrong twice.
const inputs = [
  { id: "census-S", metric: "population", subject: ["Springfield"], value: "30,120", period: "2020", source: "census" },
  { id: "atlas-S", metric: "population", subject: ["Springfield"], value: "30,120", period: "2020", source: "atlas" },
  { id: "blog-S", metric: "population", subject: ["Springfield"], value: "33,000", period: "2020", source: "blog" },
  { id: "census-B", metric: "population", subject: ["Shelbyville"], value: "12,600", period: "2021", source: "census" },
  { id: "blog-B", metric: "population", subject: ["Shelbyville"], value: "16,000", period: "2021", source: "blog" },
];
const ndjson = `${inputs.map((i) => JSON.stringify(i)).join("\n")}\n`;
const { claims } = parseClaims(inputs);

describe("discrepancy reconcile", () => {
  it("prints each contested estimate and the sources, least reliable first, and exits 0 (disagreement is the result)", async () => {
    const result = await run(["reconcile", "claims.ndjson"], { files: { "claims.ndjson": ndjson } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(formatCorpusReconciliation(reconcileAll(claims), { claims }));
    expect(result.stdout).toContain("2. population — Springfield, 2020: 30,120");
    expect(result.stdout).toMatch(/Sources, least reliable first\n {2}0\.\d{3} {2}blog \(2 claims\)/);
  });

  it("reads a record repeated verbatim as one claim, says so on stderr naming both lines, and reconciles as without it", async () => {
    const repeated = `${ndjson}${JSON.stringify(inputs[2])}\n`;
    const result = await run(["reconcile", "claims.ndjson"], { files: { "claims.ndjson": repeated } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("claims.ndjson:6: repeats claims.ndjson:3 verbatim; read as one claim\n");
    expect(result.stdout).toBe(formatCorpusReconciliation(reconcileAll(claims), { claims }));
  });

  it("--format json prints what formatCorpusReconciliation's JSON is, byte for byte, element by element", async () => {
    for (const method of CORPUS_METHODS) {
      const result = await run(["reconcile", "claims.ndjson", "--format", "json", "--method", method], { files: { "claims.ndjson": ndjson } });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(formatCorpusReconciliation(reconcileAll(claims, { method }), { format: "json" }));
    }
  });

  it("--format markdown, -m majority, and claims from stdin as a JSON array", async () => {
    const result = await run(["reconcile", "-", "-f", "markdown", "-m", "majority"], { stdin: JSON.stringify(inputs) });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(formatCorpusReconciliation(reconcileAll(claims, { method: "majority" }), { claims, format: "markdown" }));
  });

  it("--timings says where the time went", async () => {
    const result = await run(["reconcile", "claims.ndjson", "--timings"], { files: { "claims.ndjson": ndjson } });
    expect(result.stderr).toMatch(/^timings: read \d[\d,]* ms, validate \d[\d,]* ms, reconcile \d[\d,]* ms, format \d[\d,]* ms\n$/);
  });

  it.each([
    [["reconcile"], "reconcile needs at least one file"],
    [["reconcile", "x.ndjson", "--method", "vote"], '--method must be one of truth-discovery, accu, truth-finder, majority, median, got "vote"'],
    [["reconcile", "x.ndjson", "--jobs", "2"], "--jobs applies to check only"],
    [["reconcile", "-", "-"], "standard input (-) can be read only once"],
  ])("usage error %j exits 2 with one line on stderr", async (argv, words) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(words);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("bad input exits 2 naming the file, the line and the field; nothing is printed on stdout", async () => {
    const broken = `${JSON.stringify(inputs[0])}\n{"metric": "population"\n${JSON.stringify({ ...inputs[1], value: "" })}\n`;
    const result = await run(["reconcile", "claims.ndjson"], { files: { "claims.ndjson": broken } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^claims\.ndjson:2:24: not valid JSON/);
    expect(lines[1]).toMatch(/^claims\.ndjson:3: value: /);
  });

  it("--skip-invalid names the invalid records on stderr and reconciles the rest", async () => {
    const broken = `${ndjson}{"metric": "population"\n${JSON.stringify({ ...inputs[1], id: "x", value: "" })}\n`;
    const result = await run(["reconcile", "claims.ndjson", "--skip-invalid"], { files: { "claims.ndjson": broken } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(formatCorpusReconciliation(reconcileAll(claims), { claims }));
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^claims\.ndjson:6:24: not valid JSON/),
      expect.stringMatching(/^claims\.ndjson:7: value: /),
      "--skip-invalid: going on without the records named above",
    ]);
    const nothing = await run(["reconcile", "bad.ndjson", "--skip-invalid"], { files: { "bad.ndjson": '{"metric": "x"}\n' } });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain("no claims in the input");
  });

  it("a missing file, or no claims at all, exits 2", async () => {
    expect((await run(["reconcile", "nope.ndjson"])).stderr).toContain("nope.ndjson: cannot read: no such file");
    const empty = await run(["reconcile", "empty.ndjson"], { files: { "empty.ndjson": "\n" } });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("no claims in the input");
  });
});
