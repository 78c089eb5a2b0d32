import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { toPeriodLabel } from "../../src/period/toPeriodLabel.js";

describe("toPeriodLabel", () => {
  it.for<readonly [string, string]>([
    ["in 2023", "2023"],
    ["H1 2023", "2023-H1"],
    ["Q3 2023", "2023-Q3"],
    ["2023年第三季度", "2023-Q3"],
    ["July 2023", "2023-07"],
    ["2023-W05", "2023-W05"],
    ["2021-01-03", "2021-01-03"],
    ["3 липня 2024 року", "2024-07-03"],
    ["As of January 1, 2024", "as of 2024-01-01"],
    ["by the end of 2021", "as of 2022-01-01"],
    ["autumn 2023", "autumn 2023"],
    ["winter 2023", "winter 2023"],
    ["осенью 2023 года", "autumn 2023"],
    ["2023-09/2023-11", "2023-09/2023-11"],
    ["September–November 2023", "2023-09/2023-11"],
    ["2013–2015", "2013/2015"],
    ["2023/2023", "2023/2023"],
    ["2023-09-05/2023-11-20", "2023-09-05/2023-11-20"],
    ["2000s", "2000/2009"],
  ])("%s → %s", ([text, label]) => {
    expect(toPeriodLabel(parsePeriod(text))).toBe(label);
    // The label reads back as the same period.
    const back = parsePeriod(label);
    const period = parsePeriod(text);
    expect([back.kind === "interval" || back.kind === period.kind, back.start, back.end]).toEqual([true, period.start, period.end]);
  });

  it("labels a period object built by hand", () => {
    expect(toPeriodLabel({ kind: "week", start: "2021-01-04", end: "2021-01-11", text: "" })).toBe("2021-W01");
    expect(toPeriodLabel({ kind: "interval", start: "2023-01-01", end: "2023-04-01", text: "" })).toBe("2023-01/2023-03");
  });

  it("throws a DiscrepancyError for a non-period", () => {
    expect(() => toPeriodLabel({ kind: "quarter", start: "2023-02-01", end: "2023-05-01", text: "" })).toThrow(
      /period is not a valid period: quarter does not start where a quarter starts/,
    );
    expect(() => toPeriodLabel(undefined as never)).toThrow(/expected an object, got undefined/);
  });
});
