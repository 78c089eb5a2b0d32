import { describe, expect, it } from "vitest";
import { isPeriodWithin } from "../../src/period/isPeriodWithin.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";

describe("isPeriodWithin", () => {
  it.for<readonly [string, string, boolean]>([
    ["2023-07", "2023-Q3", true],
    ["2023-Q3", "2023-Q3", true],
    ["2023", "2023-Q3", false],
    ["2023-Q4", "2023", true],
    ["winter 2023", "2023", false],
    ["2023-12", "winter 2023", true],
    ["as of 2023-07-01", "2023", true],
    ["as of 2024-01-01", "2023", false],
    ["as of 2024-01-01", "as of 2024-01-01", true],
    ["2024-01-01", "as of 2024-01-01", false],
  ])("%s ⊆ %s: %s", ([inner, outer, expected]) => {
    expect(isPeriodWithin(parsePeriod(inner), parsePeriod(outer))).toBe(expected);
  });
});
