import type { Claim } from "../claim/types.js";
import { assertClaim, isClaimShaped } from "../claim/assertClaim.js";
import type { Decimal } from "../decimal.js";
import type { Quantity } from "../quantity/types.js";
import { convertQuantity } from "../quantity/convert.js";
import { getUnit } from "../units/registry.js";
import { compareDecimals } from "./compareDecimals.js";
import { growInt32 } from "./growable.js";
import { isExactFloat, toFloat } from "../util/toFloat.js";

/**
 * A corpus partitioned by series, period, modality and kind of unit, in flat arrays so that the corpus
 * methods loop over typed arrays instead of allocating per claim. Every order in it is canonical (sorted
 * keys, then figures, then sources, then ids), so nothing downstream depends on the input's order.
 *
 * A *figure* is one distinct stated figure within a group: the same value and the same interval.
 *
 * @internal
 */
export interface CorpusIndex {
  /** The claims in canonical order: by group key, then figure (ascending value), then source, then id. */
  readonly claims: readonly Claim[];
  /** Each claim's quantity in its group's unit: the claim's own quantity unless the group mixes units. */
  readonly views: readonly Quantity[];
  /** Whether each view is one closed point (then it meets another point only when both state one figure). */
  readonly point: Uint8Array;
  /** Each view's value as a float: a ranking and closeness heuristic, never a verdict. */
  readonly floats: Float64Array;
  /** Each claim's source number. */
  readonly source: Int32Array;
  /** Source names by number, sorted by their normalised key. */
  readonly sourceNames: readonly string[];
  /** Claims per source. */
  readonly sourceClaims: Int32Array;
  readonly groupKeys: readonly string[];
  /** Group g holds claims `groupStart[g]` to `groupStart[g + 1]` (exclusive). */
  readonly groupStart: Int32Array;
  /** Group g holds figures `groupFigure[g]` to `groupFigure[g + 1]` (exclusive), in ascending value. */
  readonly groupFigure: Int32Array;
  /** Figure f holds claims `figureStart[f]` to `figureStart[f + 1]` (exclusive). */
  readonly figureStart: Int32Array;
  /** Each claim's figure. */
  readonly figureOf: Int32Array;
}

const SEP = "\u001d";

// Units of one dimension convert exactly by their factors; currencies only with a dated rate, so each
// currency is a kind of its own and "$41 billion" never meets "¥290 billion" in one group.
const unitKinds = new Map<string, string>();
const unitKind = (code: string): string => {
  let kind = unitKinds.get(code);
  if (kind === undefined) {
    const unit = getUnit(code);
    kind = unit === undefined || unit.factor === null ? `unit:${code}` : unit.dimension;
    unitKinds.set(code, kind);
  }
  return kind;
};

// Case and spacing in a name are how people write, not who they are (as in findDiscrepancies).
const normaliseName = (name: string): string => name.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " ");

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const compareEnd = (a: Decimal | null, b: Decimal | null, nullFirst: boolean): number => {
  if (a === null || b === null) return a === b ? 0 : (a === null) === nullFirst ? -1 : 1;
  return compareDecimals(a, b);
};

/**
 * Orders two quantities by value, then interval; 0 exactly when they state the same figure. `exact`
 * says both are closed points whose floats are exact (see isExactFloat): then the floats decide alone.
 */
const compareFigure = (a: Quantity, fa: number, b: Quantity, fb: number, exact = false): number => {
  if (exact) return fa < fb ? -1 : fa > fb ? 1 : 0;
  // Floats only skip the exact comparison when they are far apart; near-equal floats fall through to the
  // Decimals, so the order is exact even where a float would round two values together.
  const gap = fa - fb;
  if (Math.abs(gap) > 1e-9 * Math.max(Math.abs(fa), Math.abs(fb))) return gap < 0 ? -1 : 1;
  return (
    compareDecimals(a.value, b.value) ||
    compareEnd(a.low, b.low, true) ||
    compareEnd(a.high, b.high, false) ||
    Number(a.lowOpen) - Number(b.lowOpen) ||
    Number(a.highOpen) - Number(b.highOpen)
  );
};

/** The unit most claims of a group use; ties go to the first code in alphabetical order. */
const commonestUnit = (claims: readonly Claim[], order: Int32Array, from: number, to: number): string => {
  const counts = new Map<string, number>();
  for (let k = from; k < to; k++) {
    const unit = claims[order[k]!]!.quantity.unit;
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  let best = "";
  let bestCount = 0;
  for (const [unit, count] of counts)
    if (count > bestCount || (count === bestCount && unit < best)) {
      best = unit;
      bestCount = count;
    }
  return best;
};

/** Records a view's float, whether it is one closed point, and whether that float decides it exactly. */
const setView = (view: Quantity, i: number, floats: Float64Array, point: Uint8Array, exact: Uint8Array): void => {
  floats[i] = toFloat(view.value);
  const isPointView = view.low !== null && view.high !== null && !view.lowOpen && !view.highOpen && compareDecimals(view.low, view.high) === 0;
  point[i] = isPointView ? 1 : 0;
  exact[i] = isPointView && view.low === view.value && view.high === view.value && isExactFloat(view.value) ? 1 : 0;
};

/**
 * Partitions claims into groups — one per series, period, modality and kind of unit — in one pass of
 * hash lookups, then sorts keys and, inside each group, figures. Decimals are compared, never created,
 * except to convert a group that mixes units (km and mi) into its commonest unit.
 *
 * Memory, not arithmetic, bounds this at a million claims: claims are read in input order once (where
 * each claim's parts lie together), and everything later passes need — each claim's quantity, float,
 * kind of figure, source and group — is taken then into flat arrays, so the canonical order is built
 * without visiting scattered claims again. Groups live in parallel arrays chained per series, not in an
 * object apiece.
 *
 * @throws {DiscrepancyError} `invalid-argument` when an item is not a built claim.
 * @internal
 */
export const groupBySeriesPeriod = (input: Iterable<Claim>): CorpusIndex => {
  const raw: readonly unknown[] = Array.isArray(input) ? input : Array.from(input);
  const n = raw.length;
  const groupOf = new Int32Array(n);
  const sourceOf = new Int32Array(n);
  const rawViews: Quantity[] = new Array<Quantity>(n);
  const rawFloats = new Float64Array(n);
  const rawExact = new Uint8Array(n);
  const rawPoint = new Uint8Array(n);
  // Two levels — series key, then the series' groups chained by `groupNext` and matched on (period,
  // modality, kind of unit) — so no per-claim key string is built and hashed; a group's full key is
  // built once, for sorting.
  const bySeries = new Map<string, number>();
  const groupNext = growInt32(1024);
  const groupStartText: string[] = [];
  const groupEndText: string[] = [];
  const groupModality: string[] = [];
  const groupKind: string[] = [];
  const groupKeysSeen: string[] = [];
  const sourceByName = new Map<string, number>();
  const sourceIds = new Map<string, number>();
  const sourceKeysSeen: string[] = [];
  const sourceShown: string[] = [];
  let lastUnit = "";
  let lastKind = "";
  // Per group: its first claim's unit, and whether any other claim's unit differs.
  const groupUnit: string[] = [];
  const groupMixed: boolean[] = [];
  let anyMixed = false;

  for (let i = 0; i < n; i++) {
    const c = raw[i];
    if (!isClaimShaped(c)) assertClaim(c, `claims[${i}]`);
    const period = c.period;
    const start = period === undefined ? "" : period.start;
    // A split year is not the two calendar years it is stored as (see periodSortKey).
    const end = period === undefined ? "" : period.kind === "split-year" ? `${period.end}~` : period.end;
    const modality = c.modality;
    const q = c.quantity;
    const unit = q.unit;
    if (unit !== lastUnit) {
      lastUnit = unit;
      lastKind = unitKind(unit);
    }
    const kind = lastKind;
    const seriesKey = c.seriesKey;
    const head = bySeries.get(seriesKey);
    let g = head === undefined ? -1 : head;
    while (g >= 0 && !(groupStartText[g] === start && groupEndText[g] === end && groupModality[g] === modality && groupKind[g] === kind))
      g = groupNext.at(g);
    if (g < 0) {
      g = groupKeysSeen.length;
      groupNext.push(head === undefined ? -1 : head);
      bySeries.set(seriesKey, g);
      groupStartText.push(start);
      groupEndText.push(end);
      groupModality.push(modality);
      groupKind.push(kind);
      // Joined, not concatenated: the keys are sorted, and a concatenated rope is flattened on the first comparison.
      groupKeysSeen.push([seriesKey, SEP, period === undefined ? "" : `${start}/${end}`, SEP, modality, SEP, kind].join(""));
      groupUnit.push(unit);
      groupMixed.push(false);
    } else if (unit !== groupUnit[g]) {
      groupMixed[g] = true;
      anyMixed = true;
    }
    const name = c.source.name;
    let s = sourceByName.get(name);
    if (s === undefined) {
      const key = normaliseName(name);
      s = sourceIds.get(key);
      if (s === undefined) {
        s = sourceKeysSeen.length;
        sourceIds.set(key, s);
        sourceKeysSeen.push(key);
        sourceShown.push(name);
      } else if (name < sourceShown[s]!) sourceShown[s] = name; // one spelling, whatever the input order
      sourceByName.set(name, s);
    }
    groupOf[i] = g;
    sourceOf[i] = s;
    // The claim's own quantity is its view unless its group mixes units (fixed below): read now, while
    // the claim's parts are at hand.
    rawViews[i] = q;
    setView(q, i, rawFloats, rawPoint, rawExact);
  }
  const claimsIn = raw as readonly Claim[];

  const groupCount = groupKeysSeen.length;

  // Rank groups and sources by key: ids in first-seen order depend on the input order, ranks do not.
  const groupRank = new Int32Array(groupCount);
  const groupsSorted = [...groupKeysSeen.keys()].sort((x, y) => compareText(groupKeysSeen[x]!, groupKeysSeen[y]!));
  groupsSorted.forEach((g, rank) => (groupRank[g] = rank));
  const sourceRank = new Int32Array(sourceKeysSeen.length);
  const sourcesSorted = [...sourceKeysSeen.keys()].sort((x, y) => compareText(sourceKeysSeen[x]!, sourceKeysSeen[y]!));
  sourcesSorted.forEach((s, rank) => (sourceRank[s] = rank));

  // Counting sort of claims by group rank.
  const groupStart = new Int32Array(groupCount + 1);
  for (let i = 0; i < n; i++) groupStart[groupRank[groupOf[i]!]! + 1]!++;
  for (let g = 0; g < groupCount; g++) groupStart[g + 1]! += groupStart[g]!;
  const fill = groupStart.slice(0, groupCount);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[groupRank[groupOf[i]!]!]!++] = i;

  // A group that mixes units of one dimension is brought to its commonest unit.
  if (anyMixed)
    for (let g = 0; g < groupCount; g++) {
      const firstSeen = groupsSorted[g]!;
      if (groupMixed[firstSeen] !== true) continue;
      const from = groupStart[g]!;
      const to = groupStart[g + 1]!;
      const unit = commonestUnit(claimsIn, order, from, to);
      for (let k = from; k < to; k++) {
        const i = order[k]!;
        const q = rawViews[i]!;
        if (q.unit === unit) continue;
        const view = convertQuantity(q, unit);
        rawViews[i] = view;
        setView(view, i, rawFloats, rawPoint, rawExact);
      }
    }

  const compareClaims = (x: number, y: number): number =>
    compareFigure(rawViews[x]!, rawFloats[x]!, rawViews[y]!, rawFloats[y]!, (rawExact[x]! & rawExact[y]!) === 1) ||
    sourceRank[sourceOf[x]!]! - sourceRank[sourceOf[y]!]! ||
    compareText(claimsIn[x]!.id, claimsIn[y]!.id);

  // Sort each group's claims; groups are small, so insertion sort in place beats a copy per group.
  for (let g = 0; g < groupCount; g++) {
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    if (to - from <= 24) {
      for (let k = from + 1; k < to; k++) {
        const item = order[k]!;
        let j = k - 1;
        while (j >= from && compareClaims(order[j]!, item) > 0) {
          order[j + 1] = order[j]!;
          j--;
        }
        order[j + 1] = item;
      }
    } else order.subarray(from, to).set(Array.from(order.subarray(from, to)).sort(compareClaims));
  }

  // Lay out the canonical arrays and find the figures (runs of equal figures in sorted order).
  const claims = new Array<Claim>(n);
  const views = new Array<Quantity>(n);
  const floats = new Float64Array(n);
  const point = new Uint8Array(n);
  const source = new Int32Array(n);
  const sourceClaims = new Int32Array(sourceKeysSeen.length);
  const figureOf = new Int32Array(n);
  const groupFigure = new Int32Array(groupCount + 1);
  const figureStarts = growInt32(n);
  for (let g = 0; g < groupCount; g++) {
    groupFigure[g] = figureStarts.length;
    for (let k = groupStart[g]!; k < groupStart[g + 1]!; k++) {
      const i = order[k]!;
      claims[k] = claimsIn[i]!;
      views[k] = rawViews[i]!;
      floats[k] = rawFloats[i]!;
      point[k] = rawPoint[i]!;
      const s = sourceRank[sourceOf[i]!]!;
      source[k] = s;
      sourceClaims[s]!++;
      if (k === groupStart[g] || compareFigure(views[k - 1]!, floats[k - 1]!, views[k]!, floats[k]!, (rawExact[order[k - 1]!]! & rawExact[i]!) === 1) !== 0)
        figureStarts.push(k);
      figureOf[k] = figureStarts.length - 1;
    }
  }
  groupFigure[groupCount] = figureStarts.length;
  figureStarts.push(n);
  const figureStart = figureStarts.view();

  return {
    claims,
    views,
    point,
    floats,
    source,
    sourceNames: sourcesSorted.map((s) => sourceShown[s]!),
    sourceClaims,
    groupKeys: groupsSorted.map((g) => groupKeysSeen[g]!),
    groupStart,
    groupFigure,
    figureStart,
    figureOf,
  };
};
