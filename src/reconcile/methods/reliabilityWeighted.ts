import { Decimal } from "../../decimal.js";
import { sourceKey } from "../../claim/keys.js";
import type { Entry, Prepared } from "../prepare.js";
import { lookupWeight, readWeight } from "../readWeight.js";
import { spreadOf } from "../toEstimate.js";
import type { Reconciliation, ReconcileOptions } from "../types.js";
import { rawOf, result, splitByPoint, statesFigure } from "./shared.js";
import { pushTo } from "../../util/pushTo.js";

/** The median of a source's own figures (usually one). */
const middle = (values: readonly Decimal[]): Decimal => {
  const sorted = [...values].sort((x, y) => x.cmp(y));
  return sorted[(sorted.length - 1) >> 1]!.plus(sorted[sorted.length >> 1]!).div(2);
};

/**
 * The mean of the sources' stated figures weighted by the caller's reliabilities (each source once: a
 * source with several figures weighs with their median). A bound word alone ("over $4 billion") states no
 * figure and does not vote, or it would drag the mean to its bound; it supports the result when it holds
 * it. The interval spans the sources' figures. `undefined` when no claim states a figure.
 *
 * @internal
 */
export const byReliability = (p: Prepared, options: ReconcileOptions): Reconciliation | undefined => {
  const fallback = readWeight("defaultReliability", options.defaultReliability ?? "0.5");
  const bySource = new Map<string, Entry[]>();
  for (const e of p.entries) if (statesFigure(e)) pushTo(bySource, sourceKey(e.claim), e);
  if (bySource.size === 0) return undefined;
  let sum = new Decimal(0);
  let total = new Decimal(0);
  const points: Decimal[] = [];
  const raw = [];
  for (const entries of [...bySource.values()]) {
    const source = entries[0]!.claim.source;
    const weight = lookupWeight(options.reliabilities, "reliabilities", [source.name, source.country]) ?? fallback;
    const value = middle(entries.map((e) => e.value));
    sum = sum.plus(value.times(weight));
    total = total.plus(weight);
    points.push(value);
    for (const e of entries) raw.push(rawOf(e, { weight }));
  }
  const estimate = sum.div(total);
  const { support, dissent } = splitByPoint(p.entries, estimate);
  return result(p, "reliability-weighted", estimate, spreadOf(points), support, dissent, { code: "reliability-weighted", params: { value: estimate, unit: p.unit, sources: bySource.size } }, raw);
};
