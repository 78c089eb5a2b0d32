import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claim } from "../../src/claim/claim.js";
import { compare } from "../../src/compare/compare.js";
import { findDiscrepancies } from "../../src/compare/findDiscrepancies.js";
import { comparePeriods } from "../../src/period/comparePeriods.js";
import { isPeriodWithin } from "../../src/period/isPeriodWithin.js";
import { isSamePeriod } from "../../src/period/isSamePeriod.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodsOverlap } from "../../src/period/periodsOverlap.js";
import { shiftPeriod } from "../../src/period/shiftPeriod.js";
import { toPeriodKey } from "../../src/period/toPeriodKey.js";
import { toPeriodLabel } from "../../src/period/toPeriodLabel.js";

// A split year ("2023/24", "FY2023-24", marketing years) is one period of kind "split-year", never
// calendar 2023, 2024 or the two of them.
const FORMS = [
  "2023/24",
  "2023-24",
  "2023–24",
  "2023/2024",
  "FY2023-24",
  "FY2023/24",
  "FY 2023/24",
  "FY2023/2024",
  "fiscal year 2023/24",
  "2023/24 marketing year",
  "2023/24 маркетинговий рік",
  "у 2023/24 маркетинговому році",
  "2023/24 МР",
  "2023/24 г.",
  "в 2023/24 маркетинговом году",
  "2023/24年度",
  "2023/24财年",
  // With spaces around the slash, as news types it: one split year, never two calendar years.
  "2023 / 2024",
  "2023 / 24",
  "у 2023 / 2024 роках",
];

describe("split years", () => {
  it.for(FORMS)("%s is the split year 2023/24", (text) => {
    const p = parsePeriod(text);
    expect({ ...p }).toEqual({ kind: "split-year", start: "2023-01-01", end: "2025-01-01", text: text.trim() });
    expect(toPeriodLabel(p)).toBe("2023/24");
    expect(toPeriodKey(p)).toBe("~2023-01-01/2025-01-01");
    expect(isSamePeriod(p, parsePeriod("2023/24"))).toBe(true);
  });

  it("spaced: only the next year after a slash, on one line", () => {
    expect(parsePeriod("2023 / 2024").kind).toBe("split-year");
    expect(() => parsePeriod("2023 / 2025")).toThrow();
    expect(() => parsePeriod("2023 /\n2024")).toThrow();
  });

  it("is never a calendar year, nor the two of them", () => {
    const s = parsePeriod("2023/24");
    for (const other of ["2023", "2024", "2023-01/2024-12", "2023–2024", "2022/23", "2024/25"]) {
      const o = parsePeriod(other);
      expect(isSamePeriod(s, o)).toBe(false);
      expect(toPeriodKey(s)).not.toBe(toPeriodKey(o));
      expect(comparePeriods(s, o)).not.toBe(0);
    }
    // "2023-2024" with a dash stays the two calendar years; "2011-12" stays ISO December 2011.
    expect(parsePeriod("2023-2024").kind).toBe("interval");
    expect(parsePeriod("2011-12").kind).toBe("month");
    expect(parsePeriod("2011–12").kind).toBe("split-year");
  });

  it("overlaps and holds only what every placement of its months does", () => {
    const s = parsePeriod("2023/24");
    expect(periodsOverlap(s, parsePeriod("2023"))).toBe(true);
    expect(periodsOverlap(s, parsePeriod("2024"))).toBe(true);
    expect(periodsOverlap(s, parsePeriod("2023-Q1"))).toBe(false);
    expect(periodsOverlap(s, parsePeriod("2023-12"))).toBe(true);
    expect(periodsOverlap(s, parsePeriod("2024/25"))).toBe(false);
    expect(periodsOverlap(s, parsePeriod("2023-24"))).toBe(true);
    expect(isPeriodWithin(parsePeriod("2024-01"), s)).toBe(true);
    expect(isPeriodWithin(parsePeriod("2023-03"), s)).toBe(false);
    expect(isPeriodWithin(s, parsePeriod("2023"))).toBe(false);
    expect(isPeriodWithin(s, parsePeriod("2022/2025"))).toBe(true);
    expect(isPeriodWithin(s, s)).toBe(true);
    expect(toPeriodLabel(shiftPeriod(s, 1))).toBe("2024/25");
    expect(toPeriodLabel(shiftPeriod(s, -24))).toBe("1999/00");
  });

  it("with fiscalYearStart, is the twelve months from that month", () => {
    const p = parsePeriod("FY2023-24", { fiscalYearStart: 7 });
    expect({ ...p }).toEqual({ kind: "interval", start: "2023-07-01", end: "2024-07-01", text: "FY2023-24" });
    expect(isSamePeriod(p, parsePeriod("2023-07/2024-06"))).toBe(true);
    expect(isSamePeriod(p, parsePeriod("2023"))).toBe(false);
    expect(parsePeriod("since 2023/24", { fiscalYearStart: 4, reference: "2025-01-10" }).start).toBe("2023-04-01");
  });

  it("a year and its split year: every form reads back and orders after the same span", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2990 }), fc.constantFrom("/", "–", "/full"), (y, sep) => {
        const yy = String((y + 1) % 100).padStart(2, "0");
        const text = sep === "/full" ? `${y}/${y + 1}` : `${y}${sep}${yy}`;
        const p = parsePeriod(text);
        expect(p.kind).toBe("split-year");
        const label = toPeriodLabel(p);
        expect(label).toBe(`${y}/${yy}`);
        expect(isSamePeriod(parsePeriod(label), p)).toBe(true);
        expect(isSamePeriod(p, parsePeriod(String(y)))).toBe(false);
        expect(isSamePeriod(p, parsePeriod(String(y + 1)))).toBe(false);
        const span = parsePeriod(`${y}-01/${y + 1}-12`);
        expect(comparePeriods(span, p)).toBe(-1);
        expect(comparePeriods(p, span)).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});

describe("compare: split years", () => {
  const make = (id: string, period: string, value: string) =>
    claim({ id, metric: "wheat exports", subject: ["Ukraine"], value, period, source: id });
  it('"2023/24" against calendar 2023 is not comparable (different-period)', () => {
    const c = compare(make("a", "2023/24", "40 million tonnes"), make("b", "2023", "30 million tonnes"));
    expect(c.verdict).toBe("not-comparable");
    expect(c.reasons).toContain("different-period");
  });
  it('"2023/24" against "2023-24" is the same period', () => {
    const c = compare(make("a", "2023/24", "40 million tonnes"), make("b", "FY2023-24", "30 million tonnes"));
    expect(c.reasons).not.toContain("different-period");
    expect(c.verdict).toBe("conflict");
  });
});

describe("findDiscrepancies: split years", () => {
  it("groups a split year with itself only, never with the two calendar years", () => {
    const make = (id: string, period: string, value: string) =>
      claim({ id, metric: "wheat exports", subject: ["Ukraine"], value, period, source: id });
    const report = findDiscrepancies([
      make("a", "2023/24", "40 million tonnes"),
      make("b", "2023-24 marketing year", "30 million tonnes"),
      make("c", "2023-01/2024-12", "20 million tonnes"),
      make("d", "2023", "10 million tonnes"),
    ]);
    expect(report.conflicts.map((c) => [...c.claims].sort().join("+"))).toEqual(["a+b"]);
  });
});
