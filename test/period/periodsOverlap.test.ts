import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodsOverlap } from "../../src/period/periodsOverlap.js";

describe("periodsOverlap", () => {
  it.for<readonly [string, string, boolean]>([
    ["2023", "2023-Q3", true],
    ["2023", "2024", false],
    ["2023-Q4", "winter 2023", true],
    ["2023-09/2023-11", "2023-11/2024-01", true],
    ["2023-09/2023-11", "2023-12/2024-01", false],
    ["as of 1 January 2024", "2024", true],
    ["as of 1 January 2024", "2023", false],
    ["as of 1 January 2024", "by the end of 2023", true],
    ["as of 1 January 2024", "as of 2 January 2024", false],
  ])("%s ∩ %s: %s", ([a, b, expected]) => {
    expect(periodsOverlap(parsePeriod(a), parsePeriod(b))).toBe(expected);
    expect(periodsOverlap(parsePeriod(b), parsePeriod(a))).toBe(expected);
  });
});
