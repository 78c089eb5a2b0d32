import type { Claim } from "../claim/types.js";
import { claimsOption } from "../claim/assertClaim.js";
import type { Comparison, ComparisonSide } from "../compare/types.js";
import { DiscrepancyError } from "../errors.js";
import { explainMessages as m, messages } from "../messages.js";
import type { Reconciliation } from "../reconcile/types.js";
import { describeExplanation, describeRuledOut, type LabelOf } from "./describeExplanation.js";
import { formatAmount, formatRatio, formatShare } from "../explain/format.js";
import { escapeControls } from "../text/escapeControls.js";

/** What {@link explain} can put into words. */
export type Finding = Comparison | Reconciliation;

/** Options for {@link explain}. */
export interface ExplainOptions {
  /** Claims to name by their figure and source when an explanation cites them by id. */
  readonly claims?: Iterable<Claim>;
}

const sideLabel = (s: ComparisonSide, withOutlet = false): string =>
  m.claimLabel(s.text, s.source, s.period, s.modality, withOutlet ? s.outlet : undefined);
const claimLabel = (c: Claim): string => m.claimLabel(c.quantity.text, c.source.name, c.period?.text, c.modality);

/**
 * Each claim's label by id, built once for a whole report: explanations cite claims by id, and a report
 * explains every one of its comparisons against the same claims. @internal
 */
export const toClaimLabels = (claims: readonly Claim[] | undefined): ReadonlyMap<string, string> | undefined => {
  if (claims === undefined) return undefined;
  const labels = new Map<string, string>();
  for (const c of claims) labels.set(c.id, claimLabel(c));
  return labels;
};

/** A comparison's own sides are named as it saw them; any other claim by its label, or by its id. */
const labeller = (sides: readonly [ComparisonSide, ComparisonSide], labels: ReadonlyMap<string, string> | undefined): LabelOf => {
  const [sa, sb] = sides;
  return (id) => (id === sb.claim ? sideLabel(sb) : id === sa.claim ? sideLabel(sa) : (labels?.get(id) ?? JSON.stringify(id)));
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const isComparison = (f: unknown): f is Comparison =>
  typeof f === "object" &&
  f !== null &&
  typeof (f as Comparison).verdict === "string" &&
  Array.isArray((f as Comparison).sides) &&
  (f as Comparison).sides.length === 2 &&
  Array.isArray((f as Comparison).reasons) &&
  Array.isArray((f as Comparison).explanations) &&
  Array.isArray((f as Comparison).ruledOut);
const isReconciliation = (f: unknown): f is Reconciliation => typeof f === "object" && f !== null && "estimate" in f && "method" in f;

/** A comparison's sentences, citing other claims by `labels` (see {@link toClaimLabels}). @internal */
export const comparisonSentences = (c: Comparison, labels: ReadonlyMap<string, string> | undefined): string[] => {
  // Figures of one source read in two places are told apart by where they were read.
  const [sa, sb] = c.sides;
  const outlets = sa.source === sb.source && sa.outlet !== sb.outlet;
  const a = sideLabel(sa, outlets);
  const b = sideLabel(sb, outlets);
  const labelOf = labeller(c.sides, labels);
  if (c.verdict === "not-comparable") {
    const reasons = c.reasons.map((r) => (r === "different-modality" ? m.modalities(sa.modality, sb.modality) : (m.reasons[r] ?? r)));
    const out = [m.notComparable(a, b, reasons)];
    if (c.targetMet !== undefined) out.push(m.targetMet(c.targetMet));
    return out;
  }
  if (c.verdict === "consistent") {
    const out = [m.consistent(a, b, c.withinRoundingOnly === true)];
    for (const e of c.explanations) out.push(`${capitalise(describeExplanation(e, labelOf))}.`);
    return out;
  }
  const out = [m.conflict(a, b)];
  if (c.repeats !== undefined) out.push(m.repeatsConflict(labelOf(c.repeats[0]), labelOf(c.repeats[1])));
  if (c.gap !== undefined)
    out.push(m.gap(formatAmount(c.gap.absolute, c.gap.unit), formatShare(c.gap.relativeToLarger), c.gap.ratio === null ? undefined : formatRatio(c.gap.ratio)));
  c.explanations.forEach((e, i) => out.push(i === 0 ? m.leadingExplanation(e.strength, describeExplanation(e, labelOf)) : m.alsoPossible(describeExplanation(e, labelOf))));
  if (c.ruledOut.length > 0) out.push(m.ruledOut(c.ruledOut.map(describeRuledOut)));
  return out;
};

/** A reconciliation's sentences. @internal */
export const reconciliationSentences = (r: Reconciliation): string[] => [
  m.reconciliation(m.methodNames[r.method] ?? r.method, r.estimate.text, r.note),
  m.support(r.support.length, r.dissent.length),
];

/**
 * A finding as plain sentences, one string each: a comparison's verdict, gap, most likely explanation,
 * other hypotheses and what was ruled out; a reconciliation's method, estimate and support. All wording
 * comes from the library's message module.
 *
 * @throws {DiscrepancyError} `invalid-argument` when `finding` is neither a comparison nor a reconciliation.
 * @example
 * ```ts
 * const cn = claim({ id: "cn", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$41 billion", period: "2023",
 *   source: { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" } });
 * const kz = claim({ id: "kz", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$31.5 billion", period: "2023",
 *   source: { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" } });
 * explainSentences(compare(kz, cn))[0];
 * // "$31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023) and $41 billion (Ministry of Foreign Affairs of China, 2023) conflict."
 * ```
 */
export const explainSentences = (finding: Finding, options: ExplainOptions = {}): readonly string[] => {
  if (typeof options !== "object" || options === null) throw new DiscrepancyError("invalid-argument", messages.badOption("options", options, "an object"));
  const claims = claimsOption(options.claims, "options.claims");
  // Names and figures come from the input: control characters in them are shown escaped (escapeControls).
  if (isComparison(finding)) return Object.freeze(comparisonSentences(finding, toClaimLabels(claims)).map(escapeControls));
  if (isReconciliation(finding)) return Object.freeze(reconciliationSentences(finding).map(escapeControls));
  throw new DiscrepancyError("invalid-argument", m.notAFinding(finding));
};

/**
 * A finding as one paragraph of plain sentences (see {@link explainSentences}).
 *
 * @example
 * ```ts
 * const cn = claim({ id: "cn", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$41 billion", period: "2023",
 *   source: { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" } });
 * const kz = claim({ id: "kz", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$31.5 billion", period: "2023",
 *   source: { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" } });
 * explain(compare(kz, cn));
 * // "$31.5 billion (Ministry of Trade and Integration of Kazakhstan, 2023) and $41 billion (Ministry of
 * // Foreign Affairs of China, 2023) conflict. The gap is $9.5 billion, 23.2% of the larger figure;
 * // ratio 1.30. Most likely: mirror statistics — each partner reports the flow itself, CN's figure
 * // above KZ's (ratio 1.30). A typical CIF/FOB margin is about 6% (IMF DOTS factor 1.06); a gap this
 * // size is far beyond freight and insurance and points to re-exports, timing, partner attribution,
 * // classification or under-invoicing. Ruled out: revision (different sources); scale slip (ratio 1.30
 * // is not near a thousand, million or billion); currency confusion (one currency, no exchange rate
 * // involved); rounding (the intervals are $8.95 billion apart, more than a rounding step of $1
 * // billion); approximation (a gap of 23.2% exceeds ±10%)."
 * ```
 */
export const explain = (finding: Finding, options: ExplainOptions = {}): string => explainSentences(finding, options).join(" ");
