// `check --jobs N`: worker threads validate and compare the families of series; the output must be the
// single-threaded output, byte for byte, for every format, for problems and for relations.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { run } from "./run.js";

const example = (name: string) => readFileSync(new URL(`../../examples/kazakhstan-china/${name}`, import.meta.url), "utf8");

/** A deterministic corpus: many families, qualifiers, periods, repeated and conflicting figures, copies. */
const corpus = (n: number): object[] => {
  const sources = [
    { name: "Customs of China", type: "statistics", country: "CN" },
    { name: "Statistics of Kazakhstan", type: "statistics", country: "KZ" },
    { name: "Reuters", type: "media" },
    { name: "Blog", type: "person", via: [{ name: "Reuters" }] },
  ];
  return Array.from({ length: n }, (_, i) => ({
    id: `g${i}`,
    metric: ["trade turnover", "exports", "Trade Turnover"][i % 3],
    subject: [["China", "Kazakhstan"], ["Kazakhstan", "Russia"], ["China"]][(i >> 2) % 3],
    ...(i % 11 === 0 ? { qualifiers: { scope: "goods" } } : {}),
    value: `$${[41, 31.5, 41, 24, 41000][(i * 7) % 5]} ${i % 13 === 0 ? "million" : "billion"}`,
    period: String(2020 + ((i >> 3) % 4)),
    ...(i % 17 === 0 ? { modality: "target" } : {}),
    source: sources[i % sources.length],
    reportedBy: { name: `Outlet ${i % 3}`, publishedAt: `202${4 + (i % 2)}-0${1 + (i % 9)}` },
  }));
};

const ndjson = (items: readonly unknown[]) => `${items.map((x) => JSON.stringify(x)).join("\n")}\n`;

const both = async (argv: string[], files: Record<string, string>) => {
  const single = await run(argv, { files });
  const jobs = await run([...argv, "--jobs", "3"], { files });
  return { single, jobs };
};

// The largest --jobs run (`npm run test:slow`); the others are in jobs.test.ts.
describe("check --jobs at size", () => {
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
