import type { Claim } from "../claim/types.js";
import { describeSeries, formatInterval, pickScale, scaleUnitLabel, type Scale } from "./describe.js";
import { pushTo } from "../util/pushTo.js";

/** How a claim fared in its comparisons, for colouring a chart. */
export type ClaimStatus = "conflict" | "consistent" | "not compared";

/**
 * The closed list of {@link ClaimStatus} values, in legend order.
 *
 * @example
 * ```ts
 * CLAIM_STATUSES; // ["conflict", "consistent", "not compared"]
 * ```
 */
export const CLAIM_STATUSES: readonly ClaimStatus[] = /* @__PURE__ */ Object.freeze(["conflict", "consistent", "not compared"] as const);

/** One bar of a chart: a claim's interval in its group's scale, as plain numbers for drawing. @internal */
export interface ChartRow {
  readonly group: number;
  readonly row: string;
  readonly order: number;
  readonly claim: string;
  readonly source: string;
  readonly reportedBy: string;
  readonly period: string;
  readonly modality: string;
  readonly text: string;
  readonly interval: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** True when an end is unbounded ("over 70") and the bar stops at the chart's edge. */
  readonly open: boolean;
  readonly status: ClaimStatus;
}

/** One panel: the claims of one series in one unit. @internal */
export interface ChartGroup {
  readonly title: string;
  readonly unit: string;
  readonly rows: readonly ChartRow[];
}

// Charts need JavaScript numbers; this is drawing, not arithmetic, so the rounding of a double is harmless here.
const toNumber = (value: { toString(): string }): number => Number(value.toString());

/**
 * Groups claims by series and unit and lays out one row per claim: interval ends and value scaled to the
 * group's scale word (billion, million), unbounded ends drawn to just past the group's finite extent.
 * @internal
 */
export const toChartGroups = (claims: readonly Claim[], statusOf: (claim: Claim) => ClaimStatus, minClaims = 1): ChartGroup[] => {
  const byKey = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = `${claim.seriesKey}\u0000${claim.quantity.unit}`;
    pushTo(byKey, key, claim);
  }
  const groups: ChartGroup[] = [];
  for (const list of byKey.values()) {
    if (list.length < minClaims) continue;
    const first = list[0]!;
    const unit = first.quantity.unit;
    const scale: Scale = pickScale(list.flatMap((c) => [c.quantity.low, c.quantity.high, c.quantity.value]));
    const finite = list.flatMap((c) => [c.quantity.low, c.quantity.high, c.quantity.value]).filter((v) => v !== null);
    const numbers = finite.map((v) => toNumber(v.div(scale.divisor)));
    // A loop, not Math.min(...numbers): spreading more than ~120,000 arguments overflows the stack.
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const n of numbers) {
      if (n < min) min = n;
      if (n > max) max = n;
    }
    const pad = max > min ? (max - min) * 0.25 : Math.abs(max) * 0.25 || 1;
    const sorted = [...list].sort(
      (a, b) => (a.period?.start ?? "").localeCompare(b.period?.start ?? "") || a.quantity.value.cmp(b.quantity.value),
    );
    // Rows are labelled period · modality · source; the same source read in two places is told apart by
    // the outlet, and anything still equal by a number.
    const baseOf = (claim: Claim) => [claim.period?.text ?? "—", ...(claim.modality === "actual" ? [] : [claim.modality]), claim.source.name].join(" · ");
    const outletsOf = new Map<string, Set<string | undefined>>();
    for (const claim of sorted) {
      const set = outletsOf.get(baseOf(claim)) ?? new Set();
      set.add(claim.reportedBy?.name);
      outletsOf.set(baseOf(claim), set);
    }
    const labels = new Map<string, number>();
    const rows = sorted.map((claim, order): ChartRow => {
      const q = claim.quantity;
      const base = baseOf(claim);
      const outlet = claim.reportedBy?.name;
      const label = (outletsOf.get(base)?.size ?? 0) > 1 && outlet !== undefined && outlet !== claim.source.name ? `${base}, in ${outlet}` : base;
      const seen = (labels.get(label) ?? 0) + 1;
      labels.set(label, seen);
      return {
        group: groups.length,
        row: seen === 1 ? label : `${label} (${seen})`,
        order,
        claim: claim.id,
        source: claim.source.name,
        reportedBy: claim.reportedBy?.name ?? "",
        period: claim.period?.text ?? "",
        modality: claim.modality,
        text: q.text,
        interval: formatInterval(q, scale),
        value: toNumber(q.value.div(scale.divisor)),
        low: q.low === null ? min - pad : toNumber(q.low.div(scale.divisor)),
        high: q.high === null ? max + pad : toNumber(q.high.div(scale.divisor)),
        open: q.low === null || q.high === null,
        status: statusOf(claim),
      };
    });
    groups.push({ title: describeSeries(first), unit: scaleUnitLabel(scale, unit), rows });
  }
  return groups;
};
