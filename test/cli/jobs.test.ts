// `check --jobs N`: worker threads validate and compare the families of series; the output must be the
// single-threaded output, byte for byte, for every format, for problems and for relations.
import { describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { both, corpus, ndjson } from "./jobsCorpus.js";
import { run } from "./run.js";

describe("check --jobs", () => {
  it("reports the same problems: bad JSON lines, invalid claims, ids repeated across workers, and more than can be shown", async () => {
    const lines = corpus(60).map((x) => JSON.stringify(x));
    lines.splice(5, 0, "{not json");
    lines.splice(9, 0, JSON.stringify({ metric: "exports", value: "banana", source: "X" }));
    lines.push(JSON.stringify({ ...corpus(3)[2], metric: "a different family" }));
    const broken = Array.from({ length: 1100 }, (_, i) => JSON.stringify({ id: `b${i}`, metric: `m${i}`, value: "nothing here", source: "X" }));
    const files = { "a.ndjson": `${lines.join("\n")}\n`, "b.ndjson": ndjson(corpus(2)), "c.ndjson": broken.join("\n") };
    const { single, jobs } = await both(["check", "a.ndjson", "b.ndjson"], files);
    expect(single.code).toBe(2);
    expect(single.stderr).toContain('a.ndjson:6:2: not valid JSON');
    expect(single.stderr).toContain('a.ndjson:63: id: duplicate id "g2": this record and a.ndjson:3 differ; neither is kept');
    expect(jobs).toEqual(single);
    const many = await both(["check", "c.ndjson", "-f", "json"], files);
    // 1,000 issues and "and 100 more issues": 1,001 problems, 20 shown.
    expect(many.single.stderr).toContain("… and 981 more problems");
    expect(many.jobs).toEqual(many.single);
  }, 120_000);

  it("reads a record repeated verbatim as one claim, with a notice naming both lines, as one thread does", async () => {
    const lines = corpus(40).map((x) => JSON.stringify(x));
    // Line 41 repeats line 2 verbatim; line 42 repeats line 5 with its keys in another order.
    lines.push(lines[1]!, JSON.stringify(Object.fromEntries(Object.entries(corpus(5)[4]!).reverse())));
    const files = { "r.ndjson": `${lines.join("\n")}\n` };
    const { single, jobs } = await both(["check", "r.ndjson", "-f", "json"], files);
    expect(single.stderr).toContain("r.ndjson:41: repeats r.ndjson:2 verbatim; read as one claim");
    expect(single.stderr).toContain("r.ndjson:42: repeats r.ndjson:5 verbatim; read as one claim");
    expect(single.code).not.toBe(2);
    expect(JSON.parse(single.stdout).summary.claims).toBe(40);
    expect(jobs).toEqual(single);
  }, 120_000);

  it("--timings says where the time went, worker by worker with --jobs", async () => {
    const files = { "c.ndjson": ndjson(corpus(50)) };
    const single = await run(["check", "c.ndjson", "-f", "json", "--timings"], { files });
    expect(single.stderr).toMatch(/^timings: read \d[\d,]* ms, validate \d[\d,]* ms, claims \d[\d,]* ms, relations \d[\d,]* ms, compare \d[\d,]* ms, format \d[\d,]* ms\n$/);
    const jobs = await run(["check", "c.ndjson", "-f", "json", "--timings", "--jobs", "2"], { files });
    expect(jobs.stderr).toMatch(/\nworkers: validate \d[\d,]*\/\d[\d,]* ms, compare \d[\d,]*\/\d[\d,]* ms, serialise \d[\d,]*\/\d[\d,]* ms; main thread: read back \d[\d,]* ms\n$/);
    expect(jobs.stdout).toBe(single.stdout);
  }, 60_000);

  it.each(["0", "65", "two", "1.5"])("refuses --jobs %s", async (value) => {
    const result = await run(["check", "x.json", "--jobs", value], { files: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--jobs must be a whole number from 1 to 64");
  });
});

describe("check reads NDJSON as a stream", () => {
  it("gives the report it gives when the file is read whole, however the bytes arrive", async () => {
    const text = ndjson(corpus(120)).replace("Outlet 1", "Outlet «1» 中");
    const bytes = new TextEncoder().encode(text);
    let stdout = "";
    const io: CliIO = {
      stdin: (async function* () {})(),
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: () => true },
      readFile: async () => {
        throw new Error("the stream is read, not the whole file");
      },
      openFile: async function* () {
        for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
      },
      env: {},
    };
    const code = await main(["check", "c.ndjson", "-f", "json"], io);
    const whole = await run(["check", "c.ndjson", "-f", "json"], { files: { "c.ndjson": text } });
    expect(code).toBe(whole.code);
    expect(stdout).toBe(whole.stdout);
  });

  it("a file that cannot be opened exits 2 naming it", async () => {
    const io: CliIO = {
      stdin: (async function* () {})(),
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      readFile: async () => "",
      openFile: async function* () {
        throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
      },
      env: {},
    };
    let stderr = "";
    expect(await main(["check", "gone.ndjson"], io)).toBe(2);
    expect(stderr).toBe("gone.ndjson: cannot read: no such file\n");
  });
});
