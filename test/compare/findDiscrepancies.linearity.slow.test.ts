import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/claim/parseClaims.js";
import type { Claim } from "../../src/claim/types.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { perUnitRatio } from "../timing.js";

// One series over many periods, checked as a ratio measured in one run (no absolute thresholds): per
// claim, eight times as many days must not take more than three times as long. Weighing every
// conflict's gap against every other period's once made a daily series quadratic (12,000 claims, 29 s).

/** A daily price with the same gap every day: two sources agree, a third is 40 % higher. */
const daily = (days: number): readonly Claim[] => {
  const inputs = [];
  for (let d = 0; d < days; d++) {
    const day = `2000-${String(1 + Math.floor(d / 28) % 12).padStart(2, "0")}-${String(1 + (d % 28)).padStart(2, "0")}`;
    const year = 2000 + Math.floor(d / (28 * 12));
    for (const [k, value] of ["$1,000", "$1,000", "$1,400"].entries())
      inputs.push({ metric: "price", subject: "Brent", value, period: `${year}${day.slice(4)}`, source: `Source ${k}` });
  }
  const { claims, issues } = parseClaims(inputs);
  expect(issues).toEqual([]);
  return claims;
};

describe("findDiscrepancies on a long daily series", () => {
  const small = daily(250);
  const large = daily(2_000);

  it("still finds the recurring gap", () => {
    const report = findDiscrepancies(small);
    expect(report.conflicts.length).toBeGreaterThanOrEqual(250);
    for (const conflict of report.conflicts) expect(conflict.explanations.map((e) => e.code)).toContain("systematic-source-gap");
  });

  it("grows linearly", () => {
    expect(perUnitRatio((claims) => findDiscrepancies(claims), small, large, (claims) => claims.length, 3)).toBeLessThan(3);
  });
});
