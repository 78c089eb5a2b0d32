import { toCanonicalClaim } from "../claim/toClaimId.js";
import type { Claim, Modality } from "../claim/types.js";
import { sortSmall } from "../util/sortSmall.js";
import type { Period } from "../period/types.js";
import { assertClaim, isClaimShaped } from "../claim/assertClaim.js";
import { familyKey } from "../claim/keys.js";
import { memoText } from "../util/memoText.js";
import { compareInOrder, toGroupKeys, toKeyed, type GroupKeys, type Keyed } from "./keyed.js";
import { pushTo } from "../util/pushTo.js";

/** The claims of one series about one period and modality. @internal */
export interface ClaimGroup {
  readonly period: Period | undefined;
  readonly periodKey: string;
  readonly modality: Modality;
  /** In canonical order. */
  readonly claims: Claim[];
  /** The same claims with their keys, in the same order (`entries[i].index === i`). */
  readonly entries: Keyed[];
}

/** One series and its groups, oldest period first. @internal */
export interface SeriesBucket {
  readonly key: string;
  readonly first: Claim;
  readonly claims: Claim[];
  readonly groups: ClaimGroup[];
}

/** Series that share metric and subject and differ at most in scope. @internal */
export interface Family {
  readonly key: string;
  readonly series: SeriesBucket[];
  /** Sort key: the metric as read, then the family key. */
  readonly order: string;
}

/** Claims being grouped one at a time: {@link createGrouper}. @internal */
export interface Grouper {
  /** Adds one claim (checked to be a built claim); `index` names it in an error. */
  add(claim: unknown): void;
  /** How many claims were added. */
  readonly count: number;
  /** Sorts every level and returns the families in report order. */
  finish(): Family[];
}

// Metrics are few and families many: each distinct metric is normalised once.
const metricText = /* @__PURE__ */ memoText((metric: string): string => metric.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " "));

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// Within a series: by group (period, then modality), then in canonical order. Equal to sorting by the
// full canonical order key, whose first fields (series key, period, modality) the group shares.
const byGroupThenOrder = (x: Keyed, y: Keyed): number => (x.groupKey === y.groupKey ? compareInOrder(x, y) : compareText(x.groupKey, y.groupKey) || compareInOrder(x, y));

const toSeriesBucket = (key: string, entries: Keyed[]): SeriesBucket => {
  if (entries.length > 1) sortSmall(entries, byGroupThenOrder);
  const claims: Claim[] = new Array<Claim>(entries.length);
  const groups: ClaimGroup[] = [];
  let start = 0;
  for (let i = 0; i < entries.length; i++) {
    claims[i] = entries[i]!.claim;
    if (i + 1 < entries.length && entries[i + 1]!.groupKey === entries[i]!.groupKey) continue;
    const whole = start === 0 && i + 1 === entries.length;
    const slice = whole ? entries : entries.slice(start, i + 1);
    const first = slice[0]!;
    for (let j = 0; j < slice.length; j++) slice[j]!.index = j;
    groups.push({
      period: first.claim.period,
      periodKey: first.periodKey,
      modality: first.claim.modality,
      claims: whole ? claims : claims.slice(start, i + 1),
      entries: slice,
    });
    start = i + 1;
  }
  return { key, first: claims[0]!, claims, groups };
};

/**
 * The entries of a series without verbatim repeats: a claim given twice (the same object, or the same
 * id and canonical form) is one claim, never compared with itself and counted once. A repeat has the
 * same series, so a per-series look suffices and nothing is held across series.
 */
const withoutRepeats = (entries: Keyed[]): Keyed[] => {
  // A series holds a handful of claims: compared pairwise up to a dozen (no Map per series), hashed beyond.
  const small = entries.length <= 12;
  const byId = small ? undefined : new Map<string, Claim>();
  let out: Keyed[] | undefined;
  for (let i = 0; i < entries.length; i++) {
    const c = entries[i]!.claim;
    let seen: Claim | undefined;
    if (byId === undefined) {
      for (let j = 0; j < i && seen === undefined; j++) if (entries[j]!.claim.id === c.id) seen = entries[j]!.claim;
    } else {
      seen = byId.get(c.id);
      if (seen === undefined) byId.set(c.id, c);
    }
    const repeat = seen !== undefined && (seen === c || toCanonicalClaim(seen) === toCanonicalClaim(c));
    if (repeat) out ??= entries.slice(0, i);
    else if (out !== undefined) out.push(entries[i]!);
  }
  return out ?? entries;
};

/**
 * Partitions claims by series (one hash lookup per claim), then, once all are in, by period and
 * modality, and sorts each level, so the result does not depend on input order. The family of a series
 * (metric and subject without qualifiers) is read once per series: a claim's series key is derived from
 * exactly those fields, so every claim of a series belongs to the same family.
 *
 * @internal
 */
export const createGrouper = (): Grouper => {
  const series = new Map<string, Keyed[]>();
  let count = 0;
  // One string object per distinct period and group key (a corpus has a few dozen).
  const interned = new Map<string, string>();
  const intern = (text: string): string => {
    const known = interned.get(text);
    if (known !== undefined) return known;
    interned.set(text, text);
    return text;
  };
  // Claims share their period objects (see claim/shareParts.ts), so a period's keys are looked up by the
  // object itself, per modality: no key is built or hashed per claim. Bounded: claims whose periods are
  // not shared build their keys as they come.
  const byPeriod = new Map<Period | undefined, Map<string, GroupKeys>>();
  const keysOf = (period: Period | undefined, modality: string): GroupKeys => {
    let byModality = byPeriod.get(period);
    if (byModality === undefined) {
      if (byPeriod.size >= 4096) return toGroupKeys(period, modality, intern);
      byPeriod.set(period, (byModality = new Map()));
    }
    let keys = byModality.get(modality);
    if (keys === undefined) byModality.set(modality, (keys = toGroupKeys(period, modality, intern)));
    return keys;
  };
  return {
    add(claim: unknown) {
      if (!isClaimShaped(claim)) assertClaim(claim, `claims[${count}]`);
      count++;
      const entry = toKeyed(claim, keysOf(claim.period, claim.modality));
      pushTo(series, claim.seriesKey, entry);
    },
    get count() {
      return count;
    },
    finish() {
      const families = new Map<string, SeriesBucket[]>();
      for (const [key, all] of series) {
        const entries = all.length > 1 ? withoutRepeats(all) : all;
        count -= all.length - entries.length;
        const bucket = toSeriesBucket(key, entries);
        // An unqualified series key is its family key (the same fields, no qualifiers to drop).
        const fk = Object.keys(bucket.first.qualifiers).length === 0 ? key : familyKey(bucket.first);
        pushTo(families, fk, bucket);
      }
      series.clear();
      const out: Family[] = [];
      for (const [fk, list] of families) {
        // Unqualified series first, then by key.
        if (list.length > 1)
          list.sort((x, y) => Object.keys(x.first.qualifiers).length - Object.keys(y.first.qualifiers).length || compareText(x.key, y.key));
        // Joined into one flat string: the families are sorted by it, and a concatenated rope is walked on every comparison.
        out.push({ key: fk, series: list, order: [metricText(list[0]!.first.metric), "\u0000", fk].join("") });
      }
      // By metric as read ("trade turnover" before "trade turnover growth multiple"), then by key.
      out.sort((x, y) => compareText(x.order, y.order));
      return out;
    },
  };
};

/**
 * Partitions claims by family, series, period and modality (hash maps), then sorts each level, so the
 * result does not depend on input order.
 *
 * @internal
 */
export const groupClaims = (claims: Iterable<Claim>): { families: Family[]; count: number } => {
  const grouper = createGrouper();
  for (const c of claims) grouper.add(c);
  return { families: grouper.finish(), count: grouper.count };
};
