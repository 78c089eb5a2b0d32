import { messages } from "../messages/misuse/input.js";
import type { PeriodUnit } from "../lexicon/types.js";
import { MAX_YEAR, MIN_YEAR, addUnits, fromDayNumber, startOfUnit, toDayNumber } from "./calendar.js";
import { instantExtent, intervalExtent, monthsExtent, splitYearExtent, type Extent } from "./extent.js";
import { partExtent, type Part, type Spec } from "./spec.js";

/**
 * What relative phrases are resolved against: usually the publication date, possibly known only to
 * the month or the year. An instant counts as its day.
 *
 * @internal
 */
export interface Reference {
  readonly start: number;
  /** Exclusive; always after `start`. */
  readonly end: number;
  /** How the caller wrote it, for messages. */
  readonly label: string;
}

/** @internal */
export type Resolved = { readonly ok: true; readonly x: Extent } | { readonly ok: false; readonly message: string };

const fail = (message: string): Resolved => ({ ok: false, message });
const ok = (x: Extent): Resolved => ({ ok: true, x });

/** The first day of the unit of the reference that `unit` needs, if the reference lies within one. */
const unitStart = (ref: Reference, unit: PeriodUnit | "day"): number | undefined => {
  if (unit === "day") return ref.end - ref.start === 1 ? ref.start : undefined;
  const first = startOfUnit(unit, ref.start);
  return first === startOfUnit(unit, ref.end - 1) ? first : undefined;
};

const inYears = (day: number): boolean => {
  const y = fromDayNumber(day).y;
  return y >= MIN_YEAR && y <= MAX_YEAR;
};

const relative = (unit: PeriodUnit, offset: number, ref: Reference, text: string): Resolved => {
  const first = unitStart(ref, unit);
  if (first === undefined) return fail(messages.coarseReference(text, ref.label, unit));
  // Beyond ten thousand years nothing is printable; keep date-fns inside the dates it can hold.
  if (Math.abs(offset) > 200_000) return fail(messages.badPeriod(text));
  const start = addUnits(unit, first, offset);
  const end = addUnits(unit, start, 1);
  if (!inYears(start) || !inYears(end)) return fail(messages.badPeriod(text));
  return ok({ kind: unit, start, end });
};

/** "this July" (offset 0), "July last year" (−1): the part in the reference year plus `offset`. */
const partInYear = (part: Part, offset: number, ref: Reference, text: string): Resolved => {
  const yearStart = unitStart(ref, "year");
  if (yearStart === undefined) return fail(messages.coarseReference(text, ref.label, "year"));
  let y = fromDayNumber(yearStart).y;
  // "This winter" in January 2025 is the winter that began in December 2024.
  if (part.kind === "season" && part.season === "winter" && ref.end <= toDayNumber(y, 3, 1)) y -= 1;
  const x = partExtent(part, y + offset);
  return x === undefined ? fail(messages.badDate(text)) : ok(x);
};

/**
 * Which point of a period must be past for a year-less phrase to name it: its end ("in May", "Q3",
 * "the first nine months" — the period has ended) or its start ("since May", "at the start of May" —
 * the period has begun).
 *
 * @internal
 */
export type PastPoint = "end" | "start";

/**
 * The one rule for every period named without a year ("in May", "Q3", "H1", "the first nine months",
 * "前三季度", "1-9月", "winter", "3 July"): the latest such period that has ended by the reference date
 * (begun, for "since"). "By" the date includes it: a period ended by day d when its last day is d or
 * earlier, so "3 July" read on 3 July is that day. The reference may be coarser than a day ("2024-03"):
 * the publication day is then any day in it, and the phrase is refused when the answer would differ
 * between those days ("Q1" in March 2024 is Q1 2024 if written on 31 March, Q1 2023 before).
 *
 * @internal
 */
export const latestPast = (
  extentIn: (y: number) => Extent | undefined,
  ref: Reference,
  text: string,
  point: PastPoint = "end",
): Resolved => {
  // The day after which the period counts as past: its end, or its first day + 1 (both exclusive ends).
  const past = (x: Extent): number => (point === "end" ? x.end : x.start + 1);
  const top = fromDayNumber(ref.end - 1).y + 1;
  let later = false;
  // Eight years back always reaches a leap year, for "29 February".
  for (let y = top; y > top - 10; y--) {
    const x = extentIn(y);
    if (x === undefined) continue;
    const when = past(x);
    // Past for the first possible publication day: the answer, unless a later one is past for the last.
    if (when <= ref.start + 1) return later ? fail(messages.ambiguousReference(text, ref.label)) : ok(x);
    if (when <= ref.end) later = true;
  }
  return fail(messages.badDate(text));
};

/**
 * Resolves what the grammar read against the reference. `text` is the matched text, for messages.
 *
 * @internal
 */
export const resolveSpec = (
  spec: Spec,
  ref: Reference | undefined,
  text: string,
  point: PastPoint = "end",
  fiscalYearStart?: number,
): Resolved => {
  // What a wrapper reads inside: the same reference and split-year months; a split year of unknown
  // start has no first or last day to wrap.
  const within = (inner: Spec, at: PastPoint): Resolved => {
    const r = resolveSpec(inner, ref, text, at, fiscalYearStart);
    return r.ok && r.x.kind === "split-year" ? fail(messages.splitYearNoStart(text)) : r;
  };
  switch (spec.kind) {
    case "splitYear": {
      const x =
        fiscalYearStart === undefined
          ? splitYearExtent(spec.year)
          : monthsExtent("interval", spec.year, fiscalYearStart, 12);
      return x === undefined ? fail(messages.badPeriod(text)) : ok(x);
    }
    case "absolute":
      return ok(spec.extent);
    case "invalid":
      return fail(spec.message);
    case "relative":
      return ref === undefined ? fail(messages.needsReference(text)) : relative(spec.unit, spec.offset, ref, text);
    case "part":
      if (ref === undefined) return fail(messages.needsReference(text));
      return spec.offset === undefined
        ? latestPast((y) => partExtent(spec.part, y), ref, text, point)
        : partInYear(spec.part, spec.offset, ref, text);
    case "since": {
      const inner = within(spec.inner, "start");
      if (!inner.ok) return inner;
      if (ref === undefined) return fail(messages.needsReference(text));
      return inner.x.start < ref.end ? ok(intervalExtent(inner.x.start, ref.end)) : fail(messages.reversedPeriod(text));
    }
    case "endOf":
    case "startOf": {
      const inner = within(spec.inner, spec.kind === "startOf" ? "start" : "end");
      if (!inner.ok) return inner;
      if (inner.x.kind === "instant") return fail(messages.instantHasNoEnd(text));
      return ok(instantExtent(spec.kind === "endOf" ? inner.x.end : inner.x.start));
    }
    case "asOf": {
      const inner = within(spec.inner, point);
      if (!inner.ok) return inner;
      if (inner.x.kind !== "day" && inner.x.kind !== "instant") return fail(messages.asOfNeedsDay(text));
      return ok(instantExtent(inner.x.start));
    }
    case "range": {
      const borrows = spec.from.kind === "part" && spec.from.offset === undefined;
      let a: Resolved = borrows ? fail("") : within(spec.from, point);
      if (!borrows && !a.ok) return a;
      const b = within(spec.to, "end");
      if (!b.ok) return b;
      if (spec.from.kind === "part" && spec.from.offset === undefined) {
        // "September–November 2023": the first end takes its year from the second.
        let y = fromDayNumber(b.x.start).y;
        let x = partExtent(spec.from.part, y);
        if (x !== undefined && x.start > b.x.start) x = partExtent(spec.from.part, --y);
        a = x === undefined ? fail(messages.badDate(text)) : ok(x);
      }
      if (!a.ok) return a;
      if (a.x.start >= b.x.end || a.x.end > b.x.end) return fail(messages.reversedPeriod(text));
      return ok(intervalExtent(a.x.start, b.x.end));
    }
  }
};
