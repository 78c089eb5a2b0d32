import { describe, expect, it } from "vitest";
import { UK_ARTICLE } from "../fixtures/articles.js";
import { run } from "./run.js";

const ARTICLE = [
  "China and Kazakhstan opened embassies in 1992.",
  "According to China's foreign ministry, bilateral trade reached $41 billion in 2023.",
  "However, Kazakhstan's trade ministry reported a lower figure of $31.5 billion.",
  "For three years nothing changed.",
].join("\n");

describe("discrepancy extract-claims", () => {
  it("prints the claims as NDJSON, the skipped figures on stderr", async () => {
    const result = await run(["extract-claims", "article.txt", "--published-at", "2024-02-14", "--reported-by", "Test Wire"], { files: { "article.txt": ARTICLE } });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.metric, l.subject, l.value, l.period, l.source.name, l.reportedBy])).toEqual([
      ["trade turnover", ["China", "Kazakhstan"], "$41 billion", "2023", "China's foreign ministry", { name: "Test Wire", publishedAt: "2024-02-14", lang: "en" }],
      ["trade turnover", ["China", "Kazakhstan"], "$31.5 billion", "2023", "Kazakhstan's trade ministry", { name: "Test Wire", publishedAt: "2024-02-14", lang: "en" }],
    ]);
    expect(result.stderr).toBe('skipped "three" at 214: no-metric\n');
  });

  it("pipes into check, which finds the conflict (exit 1)", async () => {
    const extracted = await run(["extract-claims", "--published-at", "2024-02-14"], { stdin: ARTICLE });
    const checked = await run(["check", "-", "--input-format", "ndjson", "--format", "json"], { stdin: extracted.stdout });
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout).summary.conflicts).toBe(1);
  });

  it("reads Ukrainian with --lang, and its claims check clean", async () => {
    const extracted = await run(["extract-claims", "-", "--published-at", "2025-09-05", "--lang", "uk"], { stdin: UK_ARTICLE });
    expect(extracted.stdout.trimEnd().split("\n").length).toBeGreaterThanOrEqual(4);
    const checked = await run(["check", "-", "--input-format", "ndjson"], { stdin: extracted.stdout });
    expect(checked.code).toBe(0);
  });

  it.each([
    [["extract-claims", "a.txt"], "extract-claims needs --published-at"],
    [["extract-claims", "--published-at", "yesterday"], "--published-at must be an ISO date"],
    [["extract-claims", "a.txt", "b.txt", "--published-at", "2024"], "extract-claims reads one file or standard input, got 2 files"],
    [["extract-claims", "--published-at", "2024", "--lang", "fr"], "--lang must be one of en, uk, ru, zh"],
  ])("usage error %j exits 2", async (argv, words) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(words);
  });
});
