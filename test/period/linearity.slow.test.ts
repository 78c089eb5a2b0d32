import { describe, expect, it } from "vitest";
import { scanPeriods } from "../../src/period/scanPeriods.js";
import { perCharRatio } from "../timing.js";

// Linear time, checked as a ratio measured in one run (no absolute thresholds): the time per
// character of ~1 MB of adversarial text must stay within 5x of the time per character of ~10 KB.
const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe("scanPeriods runs in linear time", () => {
  it.for([
    "2023 ",
    "Q Q ",
    "as of as of the end of ",
    "in May 3 July 2024 ",
    "з 2020 по липня 2023 року ",
    "2023年第三季度",
    "the first nine months of the first nine months of 2024 ",
    "2024年前三季度1-9月前",
    "2023-2023-07-03/1,700.2023.",
  ])("%j", (unit) => {
    const small = repeat(unit, 10_000);
    const large = repeat(unit, 1_000_000);
    expect(perCharRatio((text) => scanPeriods(text, { reference: "2024-07-05" }), small, large, 3)).toBeLessThan(5);
  });
});
