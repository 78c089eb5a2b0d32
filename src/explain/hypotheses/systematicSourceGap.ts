import type { Decimal } from "../../decimal.js";
import type { RuledOut, SystematicSourceGapExplanation } from "../types.js";
import { pushTo } from "../../util/pushTo.js";

/** One conflict of a series, as the cross-period test sees it. @internal */
export interface GapRecord {
  readonly period: string;
  /** Equal for claims about the same period (a period span key). */
  readonly periodKey: string;
  readonly modality: string;
  readonly ratio: Decimal;
  /** The reporting countries, larger figure first, when both sides have one. */
  readonly reporters?: readonly [string, string];
  readonly claims: readonly [string, string];
}

/** At most this many other periods are listed as evidence (the nearest ratios first). */
const MAX_EVIDENCE = 5;

/**
 * At most this many matching conflicts with the nearest ratios on each side are weighed as evidence for one
 * conflict. A daily series with thousands of periods and one steady gap would otherwise weigh every
 * conflict against every other (quadratic: 12,000 claims took 29 s). A series with more recurrences
 * than that is judged on the nearest ones: the strength and the five periods cited come from them.
 */
const MAX_NEIGHBOURS = 64;

const sameReporters = (x: GapRecord, y: GapRecord): boolean | undefined =>
  x.reporters === undefined || y.reporters === undefined ? undefined : x.reporters[0] === y.reporters[0] && x.reporters[1] === y.reporters[1];

/**
 * Systematic source gap, across the periods of one series: a conflict whose ratio recurs (within
 * `tolerance`, relative) in conflicts of other periods. Strong when the same two reporters stand on the
 * same sides; moderate when one period's reporters are unknown (the recurring ratio suggests the same two
 * bases); weak when neither is attributed. Records are sorted by ratio and only neighbours within the
 * tolerance are visited, at most {@link MAX_NEIGHBOURS} on each side, so the cost is O(n log n).
 *
 * @returns for each record index that has other periods to compare with, its explanation or why it was rejected.
 * @internal
 */
export const findSystematicGaps = (
  records: readonly GapRecord[],
  tolerance: Decimal,
): Map<number, SystematicSourceGapExplanation | RuledOut> => {
  const out = new Map<number, SystematicSourceGapExplanation | RuledOut>();
  const byModality = new Map<string, number[]>();
  records.forEach((r, i) => {
    pushTo(byModality, r.modality, i);
  });
  for (const indexes of byModality.values()) {
    const periods = new Set(indexes.map((i) => records[i]!.periodKey));
    if (periods.size < 2) continue;
    const sorted = [...indexes].sort((x, y) => records[x]!.ratio.cmp(records[y]!.ratio));
    const close = (x: GapRecord, y: GapRecord) => x.ratio.minus(y.ratio).abs().lte(tolerance.times(x.ratio.gt(y.ratio) ? x.ratio : y.ratio));
    sorted.forEach((index, k) => {
      const me = records[index]!;
      const matches: GapRecord[] = [];
      for (const step of [-1, 1]) {
        let found = 0;
        for (let j = k + step; j >= 0 && j < sorted.length && found < MAX_NEIGHBOURS; j += step) {
          const other = records[sorted[j]!]!;
          if (!close(me, other)) break;
          if (other.periodKey !== me.periodKey && sameReporters(me, other) !== false) {
            matches.push(other);
            found++;
          }
        }
      }
      if (matches.length === 0) {
        out.set(index, { code: "systematic-source-gap", reason: "no-similar-gap", evidence: { ratio: me.ratio, periods: periods.size - 1 } });
        return;
      }
      const kinds = matches.map((o) => sameReporters(me, o));
      const strength = kinds.includes(true) ? "strong" : me.reporters !== undefined || matches.some((o) => o.reporters !== undefined) ? "moderate" : "weak";
      // One gap per other period: the attributed one, else the nearest ratio.
      const perPeriod = new Map<string, GapRecord>();
      for (const o of matches) {
        const known = perPeriod.get(o.periodKey);
        const better =
          known === undefined ||
          (o.reporters !== undefined && known.reporters === undefined) ||
          ((o.reporters !== undefined) === (known.reporters !== undefined) && o.ratio.minus(me.ratio).abs().lt(known.ratio.minus(me.ratio).abs()));
        if (better) perPeriod.set(o.periodKey, o);
      }
      const others = [...perPeriod.values()]
        .sort((x, y) => x.ratio.minus(me.ratio).abs().cmp(y.ratio.minus(me.ratio).abs()) || (x.periodKey < y.periodKey ? -1 : 1))
        .slice(0, MAX_EVIDENCE)
        .sort((x, y) => (x.periodKey < y.periodKey ? -1 : x.periodKey > y.periodKey ? 1 : 0))
        .map((o) => ({ period: o.period, ratio: o.ratio, claims: o.claims, ...(o.reporters !== undefined ? { reporters: o.reporters } : {}) }));
      out.set(index, {
        code: "systematic-source-gap",
        strength,
        evidence: { ratio: me.ratio, ...(me.reporters !== undefined ? { reporters: me.reporters } : {}), others },
      });
    });
  }
  return out;
};
