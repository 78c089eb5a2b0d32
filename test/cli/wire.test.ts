import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromWire, toWire } from "../../src/cli/wire.js";
import { parseClaims } from "../../src/claim/parseClaims.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { isDecimal } from "../../src/decimal.js";
import { formatReport } from "../../src/report/formatReport.js";

const file = new URL("../../examples/kazakhstan-china/claims.json", import.meta.url);
const { claims } = parseClaims(JSON.parse(readFileSync(file, "utf8")));

describe("toWire / fromWire", () => {
  it("carries claims and reports between threads: equal, printed the same, Decimals rebuilt, frozen", () => {
    const report = findDiscrepancies(claims);
    const back = fromWire<typeof report>(toWire({ ...report }));
    expect(back).toEqual({ ...report });
    expect(JSON.stringify(back)).toBe(JSON.stringify(report));
    expect(isDecimal(back.conflicts[0]!.gap!.ratio)).toBe(true);
    expect(Object.isFrozen(back.comparisons[0]!.sides[0])).toBe(true);
    const claimsBack = fromWire<typeof claims>(toWire(claims));
    expect(claimsBack).toEqual(claims);
    expect(formatReport(back, { format: "text", claims: claimsBack })).toBe(formatReport(report, { format: "text", claims }));
  });

  it("keeps a string that starts like a marker a string", () => {
    const value = { a: "\u0000d12", b: ["\u0000s", "\u0000"], c: "plain" };
    expect(fromWire(toWire(value))).toEqual(value);
  });
});
