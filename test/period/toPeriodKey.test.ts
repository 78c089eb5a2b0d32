import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { toPeriodKey } from "../../src/period/toPeriodKey.js";

describe("toPeriodKey", () => {
  it.for<readonly [string, string]>([
    ["2023", "2023-01-01/2024-01-01"],
    ["2023-Q1", "2023-01-01/2023-04-01"],
    ["2023-01/2023-03", "2023-01-01/2023-04-01"],
    ["2024-01-01", "2024-01-01/2024-01-02"],
    ["as of 2024-01-01", "@2024-01-01"],
    ["by the end of 2023", "@2024-01-01"],
  ])("%s → %s", ([text, key]) => {
    expect(toPeriodKey(parsePeriod(text))).toBe(key);
  });

  it("validates plain objects", () => {
    expect(toPeriodKey({ kind: "month", start: "2023-07-01", end: "2023-08-01", text: "July" })).toBe("2023-07-01/2023-08-01");
    expect(() => toPeriodKey({ kind: "instant", start: "2023-07-01", end: "2023-08-01", text: "" })).toThrow(/start === end/);
    expect(() => toPeriodKey({ kind: "day", start: "2023-7-1", end: "2023-7-2", text: "" })).toThrow(/start "2023-7-1" is not a valid YYYY-MM-DD date/);
  });
});
