import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/period/parsePeriod.js";

// src/period/resolveSpec.ts: one rule for every period named without a year — the latest such period
// that has ended by the reference date (its last day is the reference day or earlier), unless the
// words say "this"/"今年"/"цього року"/"этого года". The oracle below is the platform's UTC calendar.
const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const utc = (y: number, m: number, d = 1): number => Date.UTC(y, m - 1, d);

describe("year-less periods: the latest that has ended by the reference", () => {
  const ref = { reference: "2024-03-01" } as const;
  it.for<readonly [string, string, string]>([
    // Not over on 1 March 2024, so the previous year's.
    ["first nine months", "2023-01-01", "2023-10-01"],
    ["the first nine months", "2023-01-01", "2023-10-01"],
    ["前三季度", "2023-01-01", "2023-10-01"],
    ["1-9月", "2023-01-01", "2023-10-01"],
    ["4-6月", "2023-04-01", "2023-07-01"],
    ["H1", "2023-01-01", "2023-07-01"],
    ["first half", "2023-01-01", "2023-07-01"],
    ["перше півріччя", "2023-01-01", "2023-07-01"],
    ["за перші 9 місяців", "2023-01-01", "2023-10-01"],
    ["за первые девять месяцев", "2023-01-01", "2023-10-01"],
    ["上半年", "2023-01-01", "2023-07-01"],
    ["Q3", "2023-07-01", "2023-10-01"],
    ["Q1", "2023-01-01", "2023-04-01"],
    ["the third quarter", "2023-07-01", "2023-10-01"],
    ["September", "2023-09-01", "2023-10-01"],
    ["in September", "2023-09-01", "2023-10-01"],
    ["in January–September", "2023-01-01", "2023-10-01"],
    ["3 July", "2023-07-03", "2023-07-04"],
    // Over by then: this year's.
    ["February", "2024-02-01", "2024-03-01"],
    ["in January", "2024-01-01", "2024-02-01"],
    ["winter", "2023-12-01", "2024-03-01"],
    ["1 March", "2024-03-01", "2024-03-02"],
    ["29 February", "2024-02-29", "2024-03-01"],
    // "This", "今年", "цього року": the current one, possibly not finished.
    ["this September", "2024-09-01", "2024-10-01"],
    ["今年前三季度", "2024-01-01", "2024-10-01"],
    ["今年1-9月", "2024-01-01", "2024-10-01"],
    ["the first half of this year", "2024-01-01", "2024-07-01"],
    ["перше півріччя цього року", "2024-01-01", "2024-07-01"],
    ["первое полугодие этого года", "2024-01-01", "2024-07-01"],
    // "So far", "to date": from the start of the current one to the reference, not the whole of it.
    ["so far this year", "2024-01-01", "2024-03-02"],
    ["this year so far", "2024-01-01", "2024-03-02"],
    ["this year to date", "2024-01-01", "2024-03-02"],
    ["з початку цього року", "2024-01-01", "2024-03-02"],
    ["с начала этого года", "2024-01-01", "2024-03-02"],
    ["今年以来", "2024-01-01", "2024-03-02"],
    // "Since" needs the period begun, not ended.
    ["since March", "2024-03-01", "2024-03-02"],
    ["since May", "2023-05-01", "2024-03-02"],
  ])("%s → %s to %s", ([text, start, end]) => {
    const p = parsePeriod(text, ref);
    expect([p.start, p.end]).toEqual([start, end]);
  });

  it.for<readonly [string, string]>([
    // A coarse reference: refused when the answer depends on the day of publication.
    ["Q1", "2024-03"],
    ["in March", "2024-03"],
    ["in May", "2024"],
    ["first nine months", "2024"],
  ])("%s against %s is refused", ([text, reference]) => {
    expect(() => parsePeriod(text, { reference })).toThrow(/depends on the day of publication/);
  });

  it.for<readonly [string, string, string, string]>([
    ["February", "2024-03", "2024-02-01", "2024-03-01"],
    ["Q1", "2024-04", "2024-01-01", "2024-04-01"],
    ["in May", "2024-12", "2024-05-01", "2024-06-01"],
    ["first nine months", "2024-12", "2024-01-01", "2024-10-01"],
  ])("%s against %s → %s to %s", ([text, reference, start, end]) => {
    const p = parsePeriod(text, { reference });
    expect([p.start, p.end]).toEqual([start, end]);
  });
});

// Each kind of year-less phrase with the extent it names in year y, as [start, end) in UTC ms.
type Phrase = readonly [text: string, thisText: string | undefined, at: (y: number) => readonly [number, number]];
const MONTHS = "January February March April May June July August September October November December".split(" ");
const ZH = "一二三四五六七八九十";
const UK = "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні".split(" ");
const RU = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split(" ");
const phrase: fc.Arbitrary<Phrase> = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((m): Phrase => [`у ${UK[m - 1]}`, `у ${UK[m - 1]} цього року`, (y) => [utc(y, m), utc(y, m + 1)]]),
  fc.integer({ min: 1, max: 12 }).map((m): Phrase => [`в ${RU[m - 1]}`, `в ${RU[m - 1]} этого года`, (y) => [utc(y, m), utc(y, m + 1)]]),
  fc.integer({ min: 1, max: 12 }).map((n): Phrase => [`за перші ${n} місяців`, `за перші ${n} місяців цього року`, (y) => [utc(y, 1), utc(y, n + 1)]]),
  fc.integer({ min: 1, max: 12 }).map((n): Phrase => [`за первые ${n} месяцев`, `за первые ${n} месяцев этого года`, (y) => [utc(y, 1), utc(y, n + 1)]]),
  fc.integer({ min: 1, max: 12 }).map((m): Phrase => [`in ${MONTHS[m - 1]}`, `this ${MONTHS[m - 1]}`, (y) => [utc(y, m), utc(y, m + 1)]]),
  fc.integer({ min: 1, max: 4 }).map((q): Phrase => [`Q${q}`, `Q${q} this year`, (y) => [utc(y, q * 3 - 2), utc(y, q * 3 + 1)]]),
  fc.integer({ min: 1, max: 2 }).map((h): Phrase => [`H${h}`, `H${h} this year`, (y) => [utc(y, h * 6 - 5), utc(y, h * 6 + 1)]]),
  fc.integer({ min: 1, max: 12 }).map((n): Phrase => [`the first ${n} months`, `the first ${n} months of this year`, (y) => [utc(y, 1), utc(y, n + 1)]]),
  fc.integer({ min: 1, max: 3 }).map((n): Phrase => [`前${ZH[n - 1]}季度`, `今年前${ZH[n - 1]}季度`, (y) => [utc(y, 1), utc(y, n * 3 + 1)]]),
  fc
    .tuple(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 11 }))
    .map(([a, k]): Phrase => {
      const b = Math.min(12, a + k);
      return [`${a}-${b}月`, `今年${a}-${b}月`, (y) => [utc(y, a), utc(y, b + 1)]];
    }),
  fc.integer({ min: 0, max: 3 }).map((s): Phrase => {
    const m = [3, 6, 9, 12][s] as number;
    return [`in ${["spring", "summer", "autumn", "winter"][s]}`, undefined, (y) => [utc(y, m), utc(y, m + 3)]];
  }),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([m, d]): Phrase => [`on ${d} ${MONTHS[m - 1]}`, undefined, (y) => [utc(y, m, d), utc(y, m, d) + DAY]]),
);
const refDay = fc.integer({ min: Math.round(utc(1100, 1) / DAY), max: Math.round(utc(2900, 12, 31) / DAY) }).map((n) => n * DAY);

describe("year-less periods: laws", () => {
  it("the resolved period has ended by the reference day, and no later one has", () => {
    fc.assert(
      fc.property(phrase, refDay, ([text, , at], ref) => {
        const p = parsePeriod(text, { reference: iso(ref) });
        const y = Number(p.start.slice(0, 4));
        const [start, end] = at(y);
        expect([p.start, p.end]).toEqual([iso(start), iso(end)]);
        expect(end).toBeLessThanOrEqual(ref + DAY);
        expect(at(y + 1)[1]).toBeGreaterThan(ref + DAY);
      }),
      { numRuns: 400 },
    );
  });

  it('"this" names the reference year\'s, ended or not', () => {
    fc.assert(
      fc.property(phrase, refDay, ([, thisText, at], ref) => {
        if (thisText === undefined) return;
        const p = parsePeriod(thisText, { reference: iso(ref) });
        const [start, end] = at(new Date(ref).getUTCFullYear());
        expect([p.start, p.end]).toEqual([iso(start), iso(end)]);
      }),
      { numRuns: 300 },
    );
  });

  it("against a month, the answer is the one every day of that month gives, or a refusal", () => {
    fc.assert(
      fc.property(phrase, refDay, ([text], ref) => {
        const d = new Date(ref);
        const month = iso(ref).slice(0, 7);
        const first = utc(d.getUTCFullYear(), d.getUTCMonth() + 1);
        const last = utc(d.getUTCFullYear(), d.getUTCMonth() + 2) - DAY;
        const a = parsePeriod(text, { reference: iso(first) });
        const b = parsePeriod(text, { reference: iso(last) });
        let read: string | undefined;
        try {
          read = parsePeriod(text, { reference: month }).start;
        } catch (e) {
          expect(String(e)).toMatch(/depends on the day of publication/);
        }
        if (a.start === b.start) expect(read).toBe(a.start);
        else expect(read).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
