import { describe, expect, it } from "vitest";
import { isDiscrepancyError } from "../../src/errors.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { shiftPeriod } from "../../src/period/shiftPeriod.js";

describe("shiftPeriod", () => {
  it.for<readonly [string, number, string, string, string]>([
    ["2023", 1, "2024", "2024-01-01", "2025-01-01"],
    ["2023", -1, "2022", "2022-01-01", "2023-01-01"],
    ["2023", 0, "2023", "2023-01-01", "2024-01-01"],
    ["2023-H2", 1, "2024-H1", "2024-01-01", "2024-07-01"],
    ["2023-Q4", 1, "2024-Q1", "2024-01-01", "2024-04-01"],
    ["2023-Q1", -5, "2021-Q4", "2021-10-01", "2022-01-01"],
    ["autumn 2023", 1, "winter 2023", "2023-12-01", "2024-03-01"],
    ["winter 2023", 1, "spring 2024", "2024-03-01", "2024-06-01"],
    ["autumn 2023", 4, "autumn 2024", "2024-09-01", "2024-12-01"],
    ["2023-12", 1, "2024-01", "2024-01-01", "2024-02-01"],
    ["2020-W53", 1, "2021-W01", "2021-01-04", "2021-01-11"],
    ["2024-02-28", 1, "2024-02-29", "2024-02-29", "2024-03-01"],
    ["as of 2024-01-01", -1, "as of 2023-01-01", "2023-01-01", "2023-01-01"],
    ["as of 2024-02-29", 1, "as of 2025-02-28", "2025-02-28", "2025-02-28"],
    ["2023-09/2023-11", 1, "2023-12/2024-02", "2023-12-01", "2024-03-01"],
    ["2013/2015", -1, "2010/2012", "2010-01-01", "2013-01-01"],
    ["2023-09-05/2023-09-11", 1, "2023-09-12/2023-09-18", "2023-09-12", "2023-09-19"],
    // An interval of days moves in days even when it lands on a 1st to a 1st; from there it moves in months.
    ["2755-01-02/2765-06-03", -2, "2734-03/2744-07", "2734-03-01", "2744-08-01"],
    ["2734-03/2744-07", 2, "2755-01/2765-05", "2755-01-01", "2765-06-01"],
  ])("%s by %i → %s", ([text, n, label, start, end]) => {
    const period = shiftPeriod(parsePeriod(text), n);
    expect({ ...period }).toEqual({ kind: parsePeriod(text).kind, start, end, text: label });
  });

  it.for<readonly [unknown, unknown, string, RegExp]>([
    [parsePeriod("2023"), 1.5, "invalid-argument", /whole number, got 1.5/],
    [parsePeriod("2023"), "1", "invalid-argument", /whole number, got "1"/],
    [parsePeriod("2023"), Number.NaN, "invalid-argument", /whole number/],
    [parsePeriod("2023"), 8000, "invalid-argument", /shifting "2023" by 8000 leaves the years 0001–9999/],
    [parsePeriod("2023-07-03"), -1e9, "invalid-argument", /leaves the years/],
    [{ kind: "year", start: "2023-01-01", end: "2023-12-31", text: "2023" }, 1, "invalid-period", /year does not end where a year ends/],
  ])("rejects %j by %j", ([period, n, code, message]) => {
    let error: unknown;
    try {
      shiftPeriod(period as never, n as never);
    } catch (e) {
      error = e;
    }
    expect(isDiscrepancyError(error)).toBe(true);
    expect((error as { code: string }).code).toBe(code);
    expect((error as Error).message).toMatch(message);
  });
});
