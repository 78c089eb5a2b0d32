import { describe, expect, it } from "vitest";
import { isPeriod } from "../../src/period/isPeriod.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";

describe("isPeriod", () => {
  it.for<readonly [unknown, boolean]>([
    [{ kind: "year", start: "2023-01-01", end: "2024-01-01", text: "2023" }, true],
    [{ kind: "half", start: "2023-07-01", end: "2024-01-01", text: "" }, true],
    [{ kind: "season", start: "2023-12-01", end: "2024-03-01", text: "winter" }, true],
    [{ kind: "week", start: "2024-01-01", end: "2024-01-08", text: "" }, true],
    [{ kind: "interval", start: "2023-01-05", end: "2023-01-06", text: "" }, true],
    [{ kind: "year", start: "2023-01-01", end: "2023-12-31", text: "2023" }, false],
    [{ kind: "season", start: "2023-01-01", end: "2023-04-01", text: "" }, false],
    [{ kind: "week", start: "2024-01-02", end: "2024-01-09", text: "" }, false],
    [{ kind: "interval", start: "2023-01-05", end: "2023-01-05", text: "" }, false],
    [{ kind: "day", start: "2023-02-29", end: "2023-03-01", text: "" }, false],
    [{ kind: "year", start: "2023-01-01", end: "2024-01-01" }, false],
    ["2023", false],
    [null, false],
  ])("%j → %s", ([value, expected]) => {
    expect(isPeriod(value)).toBe(expected);
  });

  it("accepts what parsePeriod returns", () => {
    expect(isPeriod(parsePeriod("2023-Q3"))).toBe(true);
  });
});
