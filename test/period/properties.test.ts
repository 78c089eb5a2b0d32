import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDay, parseIsoDay } from "../../src/period/calendar.js";
import { comparePeriods } from "../../src/period/comparePeriods.js";
import { isPeriod } from "../../src/period/isPeriod.js";
import { isPeriodWithin } from "../../src/period/isPeriodWithin.js";
import { isSamePeriod } from "../../src/period/isSamePeriod.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { periodsOverlap } from "../../src/period/periodsOverlap.js";
import { scanPeriods } from "../../src/period/scanPeriods.js";
import { shiftPeriod } from "../../src/period/shiftPeriod.js";
import { toPeriodKey } from "../../src/period/toPeriodKey.js";
import { toPeriodLabel } from "../../src/period/toPeriodLabel.js";
import type { Period, PeriodKind } from "../../src/period/types.js";

// The oracle is the platform's own UTC calendar (Date.UTC, toISOString), independent of the
// library's integer arithmetic and of the machine's time zone.
const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const utc = (y: number, m: number, d = 1): number => Date.UTC(y, m - 1, d);
const make = (kind: PeriodKind, start: number, end: number): Period => ({ kind, start: iso(start), end: iso(end), text: "" });

// Text names years 1000–2999 (a bare "3000" is a number, not a year), so periods stay inside them.
const year = fc.integer({ min: 1001, max: 2970 });
const dayMs = fc.integer({ min: Math.round(utc(1001, 1) / DAY), max: Math.round(utc(2980, 12, 31) / DAY) }).map((n) => n * DAY);

const period: fc.Arbitrary<Period> = fc.oneof(
  year.map((y) => make("year", utc(y, 1), utc(y + 1, 1))),
  fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => make("half", utc(y, h * 6 - 5), utc(y, h * 6 + 1))),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => make("quarter", utc(y, q * 3 - 2), utc(y, q * 3 + 1))),
  fc.tuple(year, fc.constantFrom(3, 6, 9, 12)).map(([y, m]) => make("season", utc(y, m), utc(y, m + 3))),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => make("month", utc(y, m), utc(y, m + 1))),
  dayMs.map((ms) => {
    const monday = ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY;
    return make("week", monday, monday + 7 * DAY);
  }),
  dayMs.map((ms) => make("day", ms, ms + DAY)),
  dayMs.map((ms) => make("instant", ms, ms)),
  fc.tuple(dayMs, fc.integer({ min: 1, max: 4000 })).map(([ms, n]) => make("interval", ms, ms + n * DAY)),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 40 })).map(([y, m, n]) => make("interval", utc(y, m), utc(y, m + n))),
  fc.tuple(year, fc.integer({ min: 1, max: 20 })).map(([y, n]) => make("interval", utc(y, 1), utc(y + n, 1))),
  // A split year of unknown start ("2023/24"), stored as the two calendar years it may touch.
  year.map((y) => make("split-year", utc(y, 1), utc(y + 2, 1))),
);

const extent = (p: Period) => ({ kind: p.kind, start: p.start, end: p.end });

// Words and pieces the grammar reacts to, glued with and without spaces, to reach its corners.
const vocabulary = fc.constantFrom(
  ..."2023 2024 1992 2000 12023 - – / Q 3 H 1 W 05 13 00 31 02 in as of the end by since from to between and last this next year month week quarter July May Oct 19th 3rd , . 1,700 $ % s FY early mid- autumn winter summer у році липня минулого року на кінець станом з по в прошлом году июля года 年 月 日 第 三 季度 去年 上个月 底 以来 截至 T 2023.5 ９".split(
    " ",
  ),
);
const gluedText = fc
  .array(fc.tuple(vocabulary, fc.constantFrom(" ", "", "  ", "\n", ", ")), { maxLength: 40 })
  .map((parts) => parts.map(([word, sep]) => word + sep).join(""));
const reference = fc.option(fc.constantFrom("2025-09-05", "2024-12", "2024", "2024-01-01", "garbage"), { nil: undefined });

describe("period laws", () => {
  it("the calendar agrees with the platform's UTC calendar", () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        const text = iso(n * DAY);
        expect(formatDay(n)).toBe(text);
        expect(parseIsoDay(text)).toBe(n);
      }),
    );
  });

  it("generated periods are valid periods and flows start before they end", () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(isPeriod(p)).toBe(true);
        if (p.kind === "instant") expect(p.start).toBe(p.end);
        else expect(p.start < p.end).toBe(true);
      }),
    );
  });

  it("parsePeriod(toPeriodLabel(p)) is p", () => {
    fc.assert(
      fc.property(period, (p) => {
        const label = toPeriodLabel(p);
        const back = parsePeriod(label);
        expect(extent(back)).toEqual(extent(p));
        expect(back.text).toBe(label);
        expect(toPeriodLabel(back)).toBe(label);
      }),
    );
  });

  it("shiftPeriod(shiftPeriod(p, n), -n) is p (except instants on 29 February, and intervals of days that land on whole months)", () => {
    // An interval from a 1st to a 1st moves in months, any other in days: a move in days that lands on
    // a 1st to a 1st (start 2755-01-02, end 2765-06-04, moved back two lengths: 2734-03-01 to
    // 2744-08-01) comes back in months, as documented (shiftPeriod.test.ts).
    const byMonths = (q: Period): boolean => q.start.endsWith("-01") && q.end.endsWith("-01");
    fc.assert(
      fc.property(period, fc.integer({ min: -30, max: 30 }), (p, n) => {
        fc.pre(!(p.kind === "instant" && p.start.endsWith("-02-29")));
        const there = shiftPeriod(p, n);
        fc.pre(!(p.kind === "interval" && !byMonths(p) && byMonths(there)));
        expect(there.kind).toBe(p.kind);
        expect(extent(shiftPeriod(there, -n))).toEqual(extent(p));
        // Neighbours adjoin; a split year, stored as the two years it may touch, steps one year.
        if (n === 1 && p.kind !== "instant" && p.kind !== "split-year") expect(there.start).toBe(p.end);
        if (n === 1 && p.kind === "split-year") expect(Number(there.start.slice(0, 4))).toBe(Number(p.start.slice(0, 4)) + 1);
        if (p.kind !== "instant") expect(there.start < there.end).toBe(true);
      }),
    );
  });

  it("keys, sameness and order agree", () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        const same = isSamePeriod(a, b);
        expect(toPeriodKey(a) === toPeriodKey(b)).toBe(same);
        expect(comparePeriods(a, b) === 0).toBe(same);
        expect(comparePeriods(a, b)).toBe(-comparePeriods(b, a) || 0);
        expect(periodsOverlap(a, b)).toBe(periodsOverlap(b, a));
        expect(isPeriodWithin(a, a)).toBe(true);
        if (isPeriodWithin(a, b)) expect(periodsOverlap(a, b)).toBe(true);
      }),
    );
  });

  it("scanPeriods never throws, on any string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), gluedText), reference, (text, ref) => {
        expect(() => scanPeriods(text, { reference: ref })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it("scanned spans are ordered, inside the text, and parse to the same period (one grammar)", () => {
    fc.assert(
      fc.property(gluedText, reference, (text, ref) => {
        let last = 0;
        for (const { start, end, period: p } of scanPeriods(text, { reference: ref })) {
          expect(start >= last && start < end && end <= text.length).toBe(true);
          last = end;
          expect(p.text).toBe(text.slice(start, end));
          expect(isPeriod(p)).toBe(true);
          expect(extent(parsePeriod(p.text, { reference: ref === "garbage" ? undefined : ref }))).toEqual(extent(p));
        }
      }),
      { numRuns: 500 },
    );
  });
});
