import { describe, expect, it } from "vitest";
import { comparePeriods } from "../../src/period/comparePeriods.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";

describe("comparePeriods", () => {
  it.for<readonly [string, string, -1 | 0 | 1]>([
    ["2023", "2024", -1],
    ["2024", "2023", 1],
    ["2023", "2023-01/2023-12", 0],
    ["2023-Q1", "2023", -1],
    ["as of 2023-01-01", "2023-01-01", -1],
    ["2023-01-01", "as of 2023-01-01", 1],
    ["as of 2024-01-01", "by the end of 2023", 0],
  ])("%s vs %s → %i", ([a, b, expected]) => {
    expect(comparePeriods(parsePeriod(a), parsePeriod(b))).toBe(expected);
  });

  it("sorts periods", () => {
    const sorted = ["2024", "2023-Q3", "as of 2023-07-01", "2023"].map((t) => parsePeriod(t)).sort(comparePeriods);
    expect(sorted.map((p) => p.text)).toEqual(["2023", "as of 2023-07-01", "2023-Q3", "2024"]);
  });

  it("throws on a non-period", () => {
    expect(() => comparePeriods(parsePeriod("2023"), { kind: "nope" } as never)).toThrow(/b is not a valid period: unknown kind "nope"/);
  });
});
