// `only: "conflicts"` (issue 16): on a corpus nearly every comparison is a consistent pair, and printing
// each made the JSON report many times its input. The reduced report keeps the counts, the conflicts and
// the series that have one, and says what it left out, so the numbers still add up.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/claim/parseClaims.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { isDiscrepancyError } from "../../src/errors.js";
import { formatReport } from "../../src/report/formatReport.js";
import { run } from "../cli/run.js";

const seed = readFileSync(new URL("../../examples/kazakhstan-china/claims.json", import.meta.url), "utf8");
const { claims } = parseClaims(JSON.parse(seed));

describe("findDiscrepancies(claims, { only: \"conflicts\" })", () => {
  const full = findDiscrepancies(claims);
  const reduced = findDiscrepancies(claims, { only: "conflicts" });

  it("keeps the summary, the conflicts and the series that have one; no list of comparisons", () => {
    expect(reduced.summary).toEqual(full.summary);
    expect(reduced.conflicts).toEqual(full.conflicts);
    expect(reduced.conflicts.length).toBeGreaterThan(0);
    expect(reduced.comparisons).toEqual([]);
    expect(reduced.series.every((s) => s.periods.some((p) => p.verdict === "conflict") || s.verdicts.conflict > 0)).toBe(true);
  });

  it("says what it left out, and the counts add up", () => {
    expect(reduced.omitted).toEqual({ series: full.series.length - reduced.series.length, comparisons: full.comparisons.length });
    expect(reduced.omitted!.comparisons).toBeGreaterThan(0);
    expect(full.omitted).toBeUndefined();
  });

  it("formatReport's option of the same name gives the same JSON", () => {
    expect(formatReport(full, { format: "json", only: "conflicts" })).toBe(formatReport(reduced, { format: "json" }));
    const text = formatReport(full, { only: "conflicts", claims });
    expect(text).not.toContain(" agree.");
    // Every conflict is still told in full under its group; only a repeat of one ("counted once") is left out.
    const all = formatReport(full, { claims });
    const conflictSection = (t: string) => t.slice(t.indexOf("Conflicts\n"), t.indexOf("\nSeries\n"));
    const repeat = /\n {3}· [^\n]*\n[^\n]*counted once\./;
    expect(conflictSection(all)).toMatch(repeat);
    expect(conflictSection(text)).toBe(conflictSection(all).replace(repeat, ""));
  });

  it.each([["some"], [true], [null]])("refuses only: %j naming the option", (only) => {
    try {
      findDiscrepancies(claims, { only: only as never });
      expect.unreachable();
    } catch (error) {
      expect(isDiscrepancyError(error) && error.code === "invalid-argument").toBe(true);
      expect((error as Error).message).toContain("only");
    }
  });
});

describe("discrepancy check --only", () => {
  const files = { "seed.json": seed };

  it("JSON by default prints the conflicts and the counts, with omitted; --only all prints every comparison", async () => {
    const reduced = await run(["check", "seed.json", "-f", "json"], { files });
    const all = await run(["check", "seed.json", "-f", "json", "--only", "all"], { files });
    expect(reduced.stdout).toBe(formatReport(findDiscrepancies(claims, { only: "conflicts" }), { format: "json" }));
    expect(all.stdout).toBe(formatReport(findDiscrepancies(claims), { format: "json" }));
    expect(reduced.code).toBe(1);
    expect(all.code).toBe(1);
  });

  it("text prints everything by default; --only conflicts leaves out the agreeing pairs", async () => {
    const all = await run(["check", "seed.json"], { files });
    const reduced = await run(["check", "seed.json", "--only", "conflicts"], { files });
    expect(all.stdout).toContain(" agree.");
    expect(reduced.stdout).not.toContain(" agree.");
    expect(reduced.stdout.split("\n").slice(0, 8)).toEqual(all.stdout.split("\n").slice(0, 8));
  });

  it.each([
    [["check", "seed.json", "--only", "some"], "--only must be one of all, conflicts"],
    [["reconcile", "seed.json", "--only", "all"], "--only applies to check only"],
  ])("%j is a usage error", async (argv, words) => {
    const result = await run(argv, { files });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(words);
  });
});
