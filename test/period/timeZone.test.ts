import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { scanPeriods } from "../../src/period/scanPeriods.js";

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
  ])("%s (reference %s) is %s–%s under TZ=" + (process.env.TZ ?? "unset"), ([text, reference, start, end]) => {
    const [span] = scanPeriods(text, { reference });
    expect([span?.period.start, span?.period.end]).toEqual([start, end]);
    if (span?.start === 0 && span.end === text.length) expect(parsePeriod(text, { reference }).start).toBe(start);
  });
});
