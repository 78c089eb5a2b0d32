// test/README.md reports the bad-input families with counts; this keeps those numbers honest.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CASES, FAMILIES, PUBLIC_FUNCTIONS } from "./badInputTable.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const section = readme.slice(readme.indexOf("<!-- bad-input-families:start -->"), readme.indexOf("<!-- bad-input-families:end -->"));

const row = (family: string, cases: number, functions: number): string => `| ${family} | ${cases} | ${functions} |`;

describe("test/README.md", () => {
  it("has the bad-input table", () => {
    expect(section.length).toBeGreaterThan(100);
  });

  it.each(FAMILIES.map((f) => [f] as const))("counts the %s family as the table does", (family) => {
    const rows = CASES.filter((c) => c.family === family);
    expect(section, "run npx tsx test/hardening/printFamilies.ts and paste its table into test/README.md").toContain(
      row(family, rows.length, new Set(rows.map((c) => c.fn)).size),
    );
  });

  it("gives the totals", () => {
    expect(section).toContain(`| **total** | **${CASES.length}** | **${Object.keys(PUBLIC_FUNCTIONS).length}** |`);
    const errors = CASES.filter((c) => c.outcome.kind === "error").length;
    expect(readme).toContain(`${errors} of the cases expect a \`DiscrepancyError\``);
    expect(readme).toContain(`${CASES.length - errors} a documented result`);
  });
});
