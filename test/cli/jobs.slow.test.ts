// `check --jobs N`: worker threads validate and compare the families of series; the output must be the
// single-threaded output, byte for byte, for every format, for problems and for relations.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { both, corpus, ndjson } from "./jobsCorpus.js";
import { run } from "./run.js";

const example = (name: string) => readFileSync(new URL(`../../examples/kazakhstan-china/${name}`, import.meta.url), "utf8");

// The longer --jobs runs (`npm run test:slow`): every format, --skip-invalid, and a worker part that
// spans many messages. The quick ones are in jobs.test.ts.
describe("check --jobs at length", () => {
  it("prints what one thread prints, in every format, with relations beside the claims", async () => {
    const files = {
      "seed.json": example("claims.json"),
      "relations.json": example("relations.json"),
      [resolve("timeline.json")]: example("timeline.json"),
      "more.ndjson": ndjson(corpus(400)),
    };
    for (const format of [["json"], ["json", "--only", "all"], ["text"], ["text", "--only", "conflicts"], ["markdown"]]) {
      const { single, jobs } = await both(["check", "seed.json", "relations.json", "more.ndjson", "-f", ...format], files);
      expect(single.code).toBe(1);
      expect(single.stderr).toBe("");
      expect(jobs).toEqual(single);
    }
  }, 120_000);

  it("--skip-invalid reports the same problems and goes on with the same claims, repeated ids across workers left out as one thread leaves them out", async () => {
    const lines = corpus(60).map((x) => JSON.stringify(x));
    lines.splice(5, 0, "{not json");
    lines.splice(9, 0, JSON.stringify({ metric: "exports", value: "banana", source: "X" }));
    // Same id as g2, another family: on another worker than g2 (the report must not hold it).
    lines.push(JSON.stringify({ ...corpus(3)[2], metric: "a different family", value: "$7 billion" }));
    const files = { "a.ndjson": `${lines.join("\n")}\n` };
    for (const format of ["json", "text"]) {
      const { single, jobs } = await both(["check", "a.ndjson", "--skip-invalid", "-f", format], files);
      expect(single.code).toBe(1);
      expect(single.stderr).toContain('a.ndjson:63: id: duplicate id "g2": this record and a.ndjson:3 differ; neither is kept');
      expect(single.stderr).toContain("--skip-invalid: going on without the records named above");
      expect(single.stdout).not.toContain("a different family");
      expect(jobs).toEqual(single);
    }
  }, 120_000);

  it("prints what one thread prints when a worker's part spans many messages (over 2,000 families, over 4 MB of JSON)", async () => {
    // Each family is one conflict of two figures, so the report is heavy and a worker holds many families.
    const pairs = Array.from({ length: 9_000 }, (_, i) => [
      { id: `p${i}a`, metric: "exports", subject: `Place ${i}`, value: "$41 billion", period: "2023", source: "Customs of China" },
      { id: `p${i}b`, metric: "exports", subject: `Place ${i}`, value: "$31.5 billion", period: "2023", source: "Statistics of Kazakhstan" },
    ]).flat();
    const files = { "pairs.ndjson": ndjson(pairs) };
    for (const format of ["json", "markdown"]) {
      // JSON travels as rendered bytes in 4 MB messages; Markdown as family reports, 2,000 per message.
      const single = await run(["check", "pairs.ndjson", "-f", format], { files });
      const jobs = await run(["check", "pairs.ndjson", "-f", format, "--jobs", "2"], { files });
      expect(single.code).toBe(1);
      if (format === "json") expect(single.stdout.length).toBeGreaterThan(2 * 2 * (1 << 22)); // over two messages per worker
      expect(jobs.stdout === single.stdout, format).toBe(true); // not toEqual: a diff of 20 MB would swamp the log
      expect(jobs.code).toBe(single.code);
    }
  }, 120_000);

});
