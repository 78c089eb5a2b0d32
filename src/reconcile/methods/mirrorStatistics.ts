import { Decimal } from "../../decimal.js";
import { overlaps } from "../../interval/algebra.js";
import { decimalOption } from "../../explain/resolveOptions.js";
import { toCountryCode, toPartnerCountries, toReporterParty } from "../../explain/countries.js";
import { isBeyondTypical, isTradeMetric } from "../../explain/hypotheses/mirrorStatistics.js";
import type { Entry, Prepared } from "../prepare.js";
import { lookupWeight } from "../readWeight.js";
import { spreadOf } from "../toEstimate.js";
import type { Reconciliation, ReconcileOptions, ReconciledValue } from "../types.js";
import { rawOf, result, statesFigure } from "./shared.js";
import { pushTo } from "../../util/pushTo.js";

/**
 * Mirror statistics for a bilateral flow reported by both partners: figures reported by the importer
 * (CIF) are divided by the CIF/FOB factor to bring them to FOB; each partner's figure is then weighted
 * (`reporterWeights`, equal by default). The raw and adjusted figures are kept beside the estimate, whose
 * interval spans the partners' adjusted figures. Third-party figures support it when they fall within
 * that span. `undefined` when the subject is not two countries or a partner's own figure is missing.
 *
 * @internal
 */
export const byMirrorStatistics = (p: Prepared, options: ReconcileOptions): Reconciliation | undefined => {
  const first = p.entries[0]!.claim;
  const partners = toPartnerCountries(first.subject);
  if (partners === undefined) return undefined;
  const cifFob = decimalOption("cifFob", options.cifFob, "1.06");
  const importer =
    options.importer !== undefined ? options.importer.trim().toUpperCase() : first.direction ? toCountryCode(first.subject[1]!) : undefined;
  const byReporter = new Map<string, Entry[]>();
  const others: Entry[] = [];
  for (const e of p.entries) {
    const country = toReporterParty(e.claim.source, partners);
    // A partner's bound alone ("more than €60 billion") is no figure to mirror: it only supports or dissents.
    if (country !== undefined && statesFigure(e)) pushTo(byReporter, country, e);
    else others.push(e);
  }
  if (byReporter.size < 2) return undefined;
  let sum = new Decimal(0);
  let total = new Decimal(0);
  const points: Decimal[] = [];
  const raw: ReconciledValue[] = [];
  const figures: { country: string; value: Decimal }[] = [];
  for (const country of [...partners].sort()) {
    const entries = byReporter.get(country)!;
    const adjusted = entries.map((e) => (country === importer ? e.value.div(cifFob) : e.value)).sort((x, y) => x.cmp(y));
    const value = adjusted[(adjusted.length - 1) >> 1]!.plus(adjusted[adjusted.length >> 1]!).div(2);
    const weight = lookupWeight(options.reporterWeights, "reporterWeights", [country]) ?? new Decimal(1);
    sum = sum.plus(value.times(weight));
    total = total.plus(weight);
    points.push(value);
    figures.push(Object.freeze({ country, value }));
    for (const e of entries) raw.push(rawOf(e, { adjusted: country === importer ? e.value.div(cifFob) : e.value, weight }));
  }
  const estimate = sum.div(total);
  const interval = spreadOf(points);
  const larger = Decimal.max(...points);
  const smaller = Decimal.min(...points);
  const ratio = smaller.isZero() ? undefined : larger.div(smaller);
  const support = [...[...byReporter.values()].flat(), ...others.filter((e) => overlaps(e.interval, interval))];
  const dissent = others.filter((e) => !overlaps(e.interval, interval));
  const note = {
    code: "mirror-statistics",
    params: {
      figures: Object.freeze(figures),
      estimate,
      unit: p.unit,
      ...(importer !== undefined ? { importer } : {}),
      cifFob,
      ...(ratio !== undefined ? { ratio } : {}),
      beyondTypical: ratio !== undefined && isBeyondTypical(ratio, cifFob),
      trade: isTradeMetric(first.metric),
    },
  } as const;
  return result(p, "mirror-statistics", estimate, interval, support, dissent, note, raw);
};
