// Numbers for sentences: scale words, thousands separators, at most two decimals (half to even), a true minus sign.
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/decimal.js";
import { englishNumbers } from "../../src/messages/numbers/englishNumbers.js";

const { amount: formatAmount, range: formatRange, share: formatShare } = englishNumbers;

const d = (text: string) => new Decimal(text);

describe("formatAmount", () => {
  it.each([
    ["41000000000", "USD", "$41 billion"],
    ["9500000000", "USD", "$9.5 billion"],
    ["1698.66", "km", "1,698.66 km"],
    ["1251402", "count", "1.25 million"],
    ["1234567.125", "count", "1.23 million"],
    ["999", "count", "999"],
    ["1000.005", "count", "1,000"],
    ["1000.015", "count", "1,000.02"],
    ["-41000000000", "USD", "−$41 billion"],
    ["-1698.5", "km", "−1,698.5 km"],
    ["-0.001", "count", "0"],
    ["0", "count", "0"],
  ])("%s %s → %s", (value, unit, text) => {
    expect(formatAmount(d(value), unit)).toBe(text);
  });
});

describe("formatRange", () => {
  it.each([
    ["31500000000", "41000000000", "USD", "$31.5–41 billion"],
    ["1251402", "1251432", "count", "1.25–1.25 million"],
    ["999", "1251432", "count", "999–1.25 million"],
    ["-2500000", "1500000", "count", "−2.5–1.5 million"],
    ["7", "7", "count", "7"],
  ])("%s to %s %s → %s", (low, high, unit, text) => {
    expect(formatRange(d(low), d(high), unit)).toBe(text);
  });
});

describe("formatShare", () => {
  it.each([
    ["0.231707", "23.2%"],
    ["12.3456", "1,234.6%"],
    ["-0.5", "−50%"],
  ])("%s → %s", (share, text) => {
    expect(formatShare(d(share))).toBe(text);
  });
});
