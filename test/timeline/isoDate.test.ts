import { describe, expect, it } from "vitest";
import { looksLikeIsoDate, toDateRange } from "../../src/timeline/isoDate.js";

describe("toDateRange", () => {
  it.each([
    ["2024", "2024-01-01", "2024-12-31"],
    ["2024-02", "2024-02-01", "2024-02-29"],
    ["2023-02", "2023-02-01", "2023-02-28"],
    ["1900-02", "1900-02-01", "1900-02-28"],
    ["2000-02-29", "2000-02-29", "2000-02-29"],
    ["2024-04", "2024-04-01", "2024-04-30"],
    ["2024-12-31", "2024-12-31", "2024-12-31"],
  ])("%s covers %s … %s", (text, start, end) => {
    expect(toDateRange(text)).toMatchObject({ start, end });
  });

  it.each(["2023-02-29", "1900-02-29", "2024-04-31", "2024-00", "2024-13-01", "2024-01-00", "2024-1-1", "24", "2024-07-02T00:00", "２０２４", ""])(
    "%j is not a date",
    (text) => expect(toDateRange(text)).toBeUndefined(),
  );

  it("tells date-shaped text from labels", () => {
    expect(looksLikeIsoDate("2024-13-45")).toBe(true);
    expect(looksLikeIsoDate("2024 summit")).toBe(false);
    expect(looksLikeIsoDate("2024-07 visit")).toBe(false);
  });
});
