import { describe, expect, it } from "vitest";
import { isDiscrepancyError } from "../../src/errors.js";
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
    ["the first nine months of 2024", "2024-01-01/2024-10-01"],
  ])("%s → %s", ([text, key]) => {
    expect(toPeriodKey(parsePeriod(text))).toBe(key);
  });

  it("validates plain objects", () => {
    expect(toPeriodKey({ kind: "month", start: "2023-07-01", end: "2023-08-01", text: "July" })).toBe("2023-07-01/2023-08-01");
    expect(() => toPeriodKey({ kind: "instant", start: "2023-07-01", end: "2023-08-01", text: "" })).toThrow(/start === end/);
    expect(() => toPeriodKey({ kind: "day", start: "2023-7-1", end: "2023-7-2", text: "" })).toThrow(/start "2023-7-1" is not a valid YYYY-MM-DD date/);
  });

  it.for<readonly [unknown, RegExp]>([
    [{ kind: 1n, start: "2023-07-01", end: "2023-08-01", text: "" }, /unknown kind 1n/],
    [{ kind: "day", start: 2n, end: "2023-07-02", text: "" }, /start 2n is not a valid YYYY-MM-DD date/],
    [{ kind: "day", start: "2023-07-01", end: Symbol("e"), text: "" }, /end symbol is not a valid YYYY-MM-DD date/],
  ])("names what is wrong with %s in a DiscrepancyError, never a TypeError", ([value, message]) => {
    let error: unknown;
    try {
      toPeriodKey(value as never);
    } catch (e) {
      error = e;
    }
    expect(isDiscrepancyError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});
