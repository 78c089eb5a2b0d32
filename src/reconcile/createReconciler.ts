import type { Claim } from "../claim/types.js";
import { DiscrepancyError } from "../errors.js";
import { explainMessages as m } from "../messages/misuse/explain.js";
import { allShareAPoint } from "./maxAgreement.js";
import { byAttributedRange } from "./methods/attributedRange.js";
import { byIntersection } from "./methods/intersection.js";
import { byLatestRevision } from "./methods/latestRevision.js";
import { byMedian } from "./methods/median.js";
import { byMirrorStatistics } from "./methods/mirrorStatistics.js";
import { byPreferredSource } from "./methods/preferredSource.js";
import { byReliability } from "./methods/reliabilityWeighted.js";
import { prepare, type Prepared } from "./prepare.js";
import type { Interval } from "../interval/types.js";
import { RECONCILE_METHODS, type FallbackCode, type ReconcileMethod, type Reconciler, type Reconciliation, type ReconcileOptions } from "./types.js";

/** Intersection when all figures share a point, else every party's figure. */
const byDefault = (p: Prepared): Reconciliation => {
  const intervals = new Array<Interval>(p.entries.length);
  for (let i = 0; i < intervals.length; i++) intervals[i] = p.entries[i]!.interval;
  return allShareAPoint(intervals) ? byIntersection(p) : byAttributedRange(p);
};

/**
 * A method that could not apply hands over to the default: `method` is the one used, and `fallback`
 * says, as coded data, which was asked for and why it could not apply; the sentences of a reconciliation say it in words.
 */
const fallback = (p: Prepared, requested: ReconcileMethod, code: FallbackCode): Reconciliation => {
  const r = byDefault(p);
  return Object.freeze({ ...r, fallback: Object.freeze({ requested, code }) });
};

const run = (claims: Iterable<Claim>, options: ReconcileOptions): Reconciliation => {
  if (options.method !== undefined && !RECONCILE_METHODS.includes(options.method))
    throw new DiscrepancyError("invalid-argument", m.unknownMethod(options.method));
  const p = prepare(claims, options.unit, options.rates ?? []);
  switch (options.method) {
    case undefined:
      return byDefault(p);
    case "intersection":
      return byIntersection(p);
    case "attributed-range":
      return byAttributedRange(p);
    case "preferred-source":
      return byPreferredSource(p, options.ranking ?? []) ?? fallback(p, "preferred-source", "no-ranked-source");
    case "latest-revision":
      return byLatestRevision(p);
    case "median":
      return byMedian(p) ?? fallback(p, "median", "no-stated-figure");
    case "reliability-weighted":
      return byReliability(p, options) ?? fallback(p, "reliability-weighted", "no-stated-figure");
    case "mirror-statistics":
      return byMirrorStatistics(p, options) ?? fallback(p, "mirror-statistics", "no-mirror-pair");
    default:
      throw new DiscrepancyError("invalid-argument", m.unknownMethod(options.method));
  }
};

/**
 * Makes a reconciler with default options; options given to each call override them.
 *
 * @example
 * ```ts
 * const cn = claim({ id: "cn", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$41 billion", period: "2023",
 *   source: { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" } });
 * const kz = claim({ id: "kz", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$31.5 billion", period: "2023",
 *   source: { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" } });
 * const trustKazakhstan = createReconciler({ method: "preferred-source", ranking: ["KZ"] });
 * const r = trustKazakhstan([cn, kz]);
 * r.estimate.text; // "$31.5 billion" — the preferred figure as written
 * r.support;       // ["kz"]
 * r.dissent;       // ["cn"]
 * ```
 */
export const createReconciler = (defaults: ReconcileOptions = {}): Reconciler => {
  const base = Object.freeze({ ...defaults });
  return (claims, options = {}) => run(claims, { ...base, ...options });
};

/**
 * Reconciles the claims of one series, period and modality into one estimate, saying how (`method`),
 * which claims support it and which dissent. Duplicates (same figure, same source) and copies count once.
 * The default method is `intersection` when all figures agree, else `attributed-range`, which keeps
 * every party's figure instead of inventing one number.
 *
 * @throws {DiscrepancyError} `invalid-argument` for no claims, claims about different things, an unknown
 * method or a malformed option.
 * @example
 * ```ts
 * const cn = claim({ id: "cn", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$41 billion", period: "2023",
 *   source: { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" } });
 * const kz = claim({ id: "kz", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$31.5 billion", period: "2023",
 *   source: { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" } });
 * const r = reconcile([cn, kz]);
 * r.method;        // "attributed-range"
 * r.estimate.text; // "$31.5–41 billion"
 * r.note?.code;    // "attributed-range" (formatReconciliationNote(r): "$31.5–41 billion: KZ vs CN reporting.")
 * reconcile([cn, kz], { method: "mirror-statistics" }).estimate.value.toString(); // "36250000000"
 * ```
 */
export const reconcile: Reconciler = /* @__PURE__ */ createReconciler();
