import type { Claim, Modality } from "../claim/types.js";
import type { Period } from "../period/types.js";
import { assertClaim } from "./assertClaim.js";
import { orderKey } from "./canonicalOrder.js";
import { familyKey } from "./keys.js";
import { periodSortKey } from "./samePeriod.js";

/** The claims of one series about one period and modality. @internal */
export interface ClaimGroup {
  readonly period: Period | undefined;
  readonly periodKey: string;
  readonly modality: Modality;
  /** In canonical order. */
  readonly claims: Claim[];
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

const metricText = (metric: string): string => metric.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " ");

const byKey = <T>(key: (t: T) => string) => (x: T, y: T): number => {
  const a = key(x);
  const b = key(y);
  return a < b ? -1 : a > b ? 1 : 0;
};

/**
 * Partitions claims by family, series, period and modality in one pass (hash maps), then sorts each
 * level, so the result does not depend on input order.
 *
 * @internal
 */
export const groupClaims = (claims: Iterable<Claim>): { families: Family[]; count: number } => {
  const families = new Map<string, Map<string, Map<string, Claim[]>>>();
  let count = 0;
  for (const c of claims) {
    assertClaim(c, `claims[${count}]`);
    count++;
    const fk = familyKey(c);
    let family = families.get(fk);
    if (family === undefined) families.set(fk, (family = new Map()));
    let series = family.get(c.seriesKey);
    if (series === undefined) family.set(c.seriesKey, (series = new Map()));
    const gk = `${periodSortKey(c.period)}\u0000${c.modality}`;
    const group = series.get(gk);
    if (group === undefined) series.set(gk, [c]);
    else group.push(c);
  }
  const out: Family[] = [];
  for (const [fk, family] of families) {
    const seriesList: SeriesBucket[] = [];
    for (const [sk, groups] of family) {
      const groupList: ClaimGroup[] = [...groups.entries()]
        .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
        .map(([, list]) => {
          list.sort(byKey(orderKey));
          const first = list[0]!;
          return { period: first.period, periodKey: periodSortKey(first.period), modality: first.modality, claims: list };
        });
      const all = groupList.flatMap((g) => g.claims);
      seriesList.push({ key: sk, first: all[0]!, claims: all, groups: groupList });
    }
    // Unqualified series first, then by key.
    seriesList.sort((x, y) => Object.keys(x.first.qualifiers).length - Object.keys(y.first.qualifiers).length || byKey<SeriesBucket>((s) => s.key)(x, y));
    out.push({ key: fk, series: seriesList, order: `${metricText(seriesList[0]!.first.metric)}\u0000${fk}` });
  }
  // By metric as read ("trade turnover" before "trade turnover growth multiple"), then by key.
  out.sort(byKey((f) => f.order));
  return { families: out, count };
};
