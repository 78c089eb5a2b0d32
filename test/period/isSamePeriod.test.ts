import { describe, expect, it } from "vitest";
import { isSamePeriod } from "../../src/period/isSamePeriod.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";

describe("isSamePeriod", () => {
  it.for<readonly [string, string, boolean]>([
    ["2023", "in 2023", true],
    ["2023", "2023年", true],
    ["2023-Q1", "2023-01/2023-03", true],
    ["autumn 2023", "2023-09/2023-11", true],
    ["by the end of 2021", "as of 1 January 2022", true],
    ["на кінець 2021 року", "as of January 1, 2022", true],
    ["2023", "2024", false],
    ["2024-01-01", "as of 2024-01-01", false],
    ["2023-Q3", "2023-H2", false],
  ])("%s ≡ %s: %s", ([a, b, expected]) => {
    expect(isSamePeriod(parsePeriod(a), parsePeriod(b))).toBe(expected);
  });
});
