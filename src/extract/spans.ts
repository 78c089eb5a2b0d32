// Span arithmetic over sorted, start-ordered lists (words, cues, entities, periods): the binary search
// in `within` is what keeps extractClaims linear.

/**
 * Whether two spans share a character.
 *
 * @internal
 */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
/**
 * Whether `a` lies inside `b`.
 *
 * @internal
 */
export const inside = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start >= b.start && a.end <= b.end;

/**
 * Matches not inside any of the (sorted, disjoint) spans: bound words inside a figure ("more than") are
 * the figure's, and words inside a period ("19th May") the period's. A match that only overlaps a span
 * is kept: "two-way trade" is a metric even where "two" was read as a number.
 *
 * @internal
 */
export const outside = <T extends { start: number; end: number }>(list: readonly T[], spans: readonly { start: number; end: number }[]): T[] => {
  const out: T[] = [];
  let j = 0;
  for (const m of list) {
    while (j < spans.length && (spans[j] as { end: number }).end <= m.start) j++;
    const s = spans[j];
    if (s !== undefined && inside(m, s)) continue;
    out.push(m);
  }
  return out;
};

/**
 * The items of a sorted list that lie inside `span`, by binary search for the first.
 *
 * @internal
 */
export const within = <T extends { start: number; end: number }>(list: readonly T[], span: { start: number; end: number }): T[] => {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as T).start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && (list[i] as T).start < span.end; i++) if ((list[i] as T).end <= span.end) out.push(list[i] as T);
  return out;
};

/**
 * The item of `list` nearest `m`; one after it counts `afterWeight` times its distance (words before a figure are more often its own).
 *
 * @internal
 */
export const nearest = <T extends { start: number; end: number }>(list: readonly T[], m: { start: number; end: number }, afterWeight = 1.5): T | undefined => {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const x of list) {
    const d = x.end <= m.start ? m.start - x.end : x.start >= m.end ? (x.start - m.end) * afterWeight : 0;
    if (d < bestDistance) {
      best = x;
      bestDistance = d;
    }
  }
  return best;
};

/**
 * Whether `x` lies between `a` and `b` (in either order).
 *
 * @internal
 */
export const between = (x: { start: number; end: number }, a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.end <= b.start ? x.start >= a.end && x.end <= b.start : x.start >= b.end && x.end <= a.start;
