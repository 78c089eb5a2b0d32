import type { Period } from "../period/types.js";
import type { Quantity } from "../quantity/types.js";
import { getUnit } from "../units/registry.js";
import type { PeriodSpan as PeriodSpanLike } from "../period/scanPeriods.js";

/** A period farther than this from its amount (in UTF-16 units) is not its period. */
const MAX_GAP = 120;

/** Whether text[from, to) crosses a sentence end: "!", "?", ";", a line break, Chinese stops, or ". " */
const crossesSentence = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 || c === 63 || c === 59 || c === 10 || c === 13 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) return true;
    if (c === 46) {
      const next = text.charCodeAt(i + 1);
      if (next === 32 || next === 10 || next === 13 || next === 0xa0) return true;
    }
  }
  return false;
};

type Span = { readonly start: number; readonly end: number; readonly quantity: Quantity };

const dimensionOf = (span: Span): string => getUnit(span.quantity.unit)?.dimension ?? "count";

/**
 * Whether another amount of the same dimension stands between span `i` and the position `at`: then the
 * period is that amount's ("target $40 billion …, up from over $31 billion in 2022"). Looks only
 * within {@link MAX_GAP} characters, so the work is bounded.
 */
const blocked = (spans: readonly Span[], i: number, at: number, step: 1 | -1): boolean => {
  const self = spans[i];
  if (self === undefined) return false;
  const dimension = dimensionOf(self);
  for (let j = i + step; j >= 0 && j < spans.length; j += step) {
    const other = spans[j];
    if (other === undefined || (step === 1 ? other.start >= at : other.end <= at)) return false;
    if (dimensionOf(other) === dimension) return true;
  }
  return false;
};

/**
 * For each span (sorted, not overlapping), the period nearest to it in the same sentence, within
 * {@link MAX_GAP} characters and with no other amount of its kind in between: "$41 billion in 2023",
 * "In autumn 2023, … 30 agreements totaling $16.54 billion". A period after the amount wins a tie.
 * One sweep over both sorted lists, with bounded checks: linear.
 *
 * @internal
 */
export const nearestPeriods = (text: string, spans: readonly Span[], periods: readonly PeriodSpanLike[]): (Period | undefined)[] => {
  const out: (Period | undefined)[] = [];
  let p = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    while (p < periods.length && (periods[p]?.end ?? 0) <= span.start) p++;
    // periods[p - 1] ends before the span; periods[p] is the first that does not.
    const before = periods[p - 1];
    let q = p;
    while (q < periods.length && (periods[q]?.start ?? 0) < span.end) q++;
    const after = periods[q];
    const gapBefore = before === undefined ? Infinity : span.start - before.end;
    const gapAfter = after === undefined ? Infinity : after.start - span.end;
    const beforeOk = before !== undefined && gapBefore <= MAX_GAP && !crossesSentence(text, before.end, span.start) && !blocked(spans, i, before.end, -1);
    const afterOk = after !== undefined && gapAfter <= MAX_GAP && !crossesSentence(text, span.end, after.start) && !blocked(spans, i, after.start, 1);
    if (afterOk && (!beforeOk || gapAfter <= gapBefore)) out.push(after?.period);
    else if (beforeOk) out.push(before?.period);
    else out.push(undefined);
  }
  return out;
};
