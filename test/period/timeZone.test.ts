import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { formatPeriod } from "../../src/period/formatPeriod.js";
import { scanPeriods } from "../../src/period/scanPeriods.js";
import { shiftPeriod } from "../../src/period/shiftPeriod.js";
import { toPeriodLabel } from "../../src/period/toPeriodLabel.js";

// CI runs the whole suite again under other TZ values (see .ci/run); every expected value here is a
// fixed string, so a time-zone-dependent answer fails there. The guard below says why none can be.
describe("periods do not depend on the machine's time zone", () => {
  it("the period code never builds a bare Date (the calendar is date-fns on UTCDate)", () => {
    const dir = fileURLToPath(new URL("../../src/period/", import.meta.url));
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
      const code = readFileSync(dir + file, "utf8");
      expect(code, file).not.toMatch(/\bnew Date\b|\bDate\.(now|parse|UTC)\b|\bgetTimezoneOffset\b|new UTCDate\(\)/);
    }
  });

  it.for<readonly [string, string | undefined, string, string]>([
    ["2024-01-01", undefined, "2024-01-01", "2024-01-02"],
    ["as of 1 January 2024", undefined, "2024-01-01", "2024-01-01"],
    ["by the end of 2023", undefined, "2024-01-01", "2024-01-01"],
    ["2024-03-31", undefined, "2024-03-31", "2024-04-01"],
    ["this year", "2024-12-31", "2024-01-01", "2025-01-01"],
    ["last month", "2025-01-01", "2024-12-01", "2025-01-01"],
    ["yesterday's 2023", undefined, "2023-01-01", "2024-01-01"],
    // Daylight-saving changes (10 March and 3 November 2024 in New York; none in Kolkata) and year ends
    // in ISO weeks: date-fns runs on UTCDate, so no local midnight can shift a day.
    ["last week", "2024-03-11", "2024-03-04", "2024-03-11"],
    ["last week", "2024-11-04", "2024-10-28", "2024-11-04"],
    ["this month", "2024-03-10", "2024-03-01", "2024-04-01"],
    ["last quarter", "2024-11-03", "2024-07-01", "2024-10-01"],
    ["2020-W53", undefined, "2020-12-28", "2021-01-04"],
    ["2025-W01", undefined, "2024-12-30", "2025-01-06"],
    ["last year", "0100-06-01", "0099-01-01", "0100-01-01"],
  ])("%s (reference %s) is %s–%s under TZ=" + (process.env.TZ ?? "unset"), ([text, reference, start, end]) => {
    const [span] = scanPeriods(text, { reference });
    expect([span?.period.start, span?.period.end]).toEqual([start, end]);
    if (span?.start === 0 && span.end === text.length) expect(parsePeriod(text, { reference }).start).toBe(start);
  });
});

describe("calendar arithmetic does not depend on the machine's time zone", () => {
  it.for<readonly [string, number, string]>([
    ["2024-03", 1, "2024-04-01"],
    ["2024-10", 1, "2024-11-01"],
    ["2024-W10", 1, "2024-03-11"],
    ["2024-W44", 1, "2024-11-04"],
    ["as of 29 February 2024", 1, "2025-02-28"],
    ["2024-01-31/2024-03-10", 1, "2024-03-11"],
  ])("shiftPeriod(%s, %i) starts %s under TZ=" + (process.env.TZ ?? "unset"), ([text, n, start]) => {
    expect(shiftPeriod(parsePeriod(text), n).start).toBe(start);
  });

  it("labels under TZ=" + (process.env.TZ ?? "unset"), () => {
    expect(formatPeriod(parsePeriod("2024-03-10"), { locale: "uk" })).toBe("10 березня 2024 р.");
    expect(formatPeriod(parsePeriod("2024-11-03"), { locale: "ru" })).toBe("3 ноября 2024 г.");
    expect(formatPeriod(parsePeriod("2025-W01"), { locale: "zh" })).toBe("2025年第1周");
    expect(toPeriodLabel(parsePeriod("2024-12-30/2025-01-05"))).toBe("2024-12-30/2025-01-05");
  });
});
