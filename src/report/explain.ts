import type { Claim } from "../claim/types.js";
import { claimsOption } from "../claim/assertClaim.js";
import type { Comparison, ComparisonSide } from "../compare/types.js";
import { DiscrepancyError } from "../errors.js";
import { explainMessages } from "../messages/misuse/explain.js";
import { messages } from "../messages/misuse/input.js";
import { periodLabel } from "../messages/locale/periodLabel.js";
import { renderContext, resolveLocale } from "../messages/locale/resolveLocale.js";
import type { Locale, LocaleCode, RenderContext } from "../messages/en/types.js";
import { parsePeriod } from "../period/parsePeriod.js";
import type { Reconciliation } from "../reconcile/types.js";
import { describeExplanation, describeRuledOut, type LabelOf } from "./describeExplanation.js";
import { escapeControls } from "../text/escapeControls.js";

/** What {@link explain} can put into words. */
export type Finding = Comparison | Reconciliation;

/** Options for {@link explain}. */
export interface ExplainOptions {
  /** Claims to name by their figure and source when an explanation cites them by id. */
  readonly claims?: Iterable<Claim>;
  /** The language of the sentences: `"en"` (default), `"uk"`, `"ru"`, `"zh"`, or a {@link Locale} object. */
  readonly locale?: LocaleCode | Locale;
}

/**
 * Everything sentences need in one locale: the catalogues, numbers, and claims by id (for labels and
 * for naming a side's period from the period itself). Built once for a whole report. @internal
 */
export interface SentenceContext {
  readonly locale: Locale;
  readonly ctx: RenderContext;
  readonly labels: ReadonlyMap<string, string> | undefined;
  readonly claims: ReadonlyMap<string, Claim> | undefined;
}

/**
 * A side's period in the reader's words. English keeps the claim's own words, as it always has; other
 * locales name the period itself (the claim's words may be another language's), or keep the words when
 * the period cannot be read back.
 */
const sidePeriod = (id: string, text: string | undefined, s: Pick<SentenceContext, "locale" | "claims">): string | undefined => {
  if (text === undefined || s.locale.code === "en") return text;
  const period = s.claims?.get(id)?.period;
  if (period !== undefined) return periodLabel(period, s.locale);
  try {
    return periodLabel(parsePeriod(text), s.locale);
  } catch {
    return text;
  }
};

const modalityOf = (modality: string, locale: Locale): string => locale.explain.modality[modality] ?? modality;

const sideLabel = (side: ComparisonSide, s: SentenceContext, withOutlet = false): string =>
  s.locale.explain.claimLabel(
    side.text,
    side.source,
    sidePeriod(side.claim, side.period, s),
    side.modality === "actual" ? "actual" : modalityOf(side.modality, s.locale),
    withOutlet ? side.outlet : undefined,
  );

const claimLabel = (c: Claim, s: Pick<SentenceContext, "locale" | "claims">): string =>
  s.locale.explain.claimLabel(
    c.quantity.text,
    c.source.name,
    c.period === undefined ? undefined : s.locale.code === "en" ? c.period.text : periodLabel(c.period, s.locale),
    c.modality === "actual" ? "actual" : modalityOf(c.modality, s.locale),
  );

/**
 * The context of sentences for a whole report: each claim's label by id, built once, since
 * explanations cite claims by id and a report explains every comparison against the same claims. @internal
 */
export const toSentenceContext = (claims: readonly Claim[] | undefined, locale: Locale = resolveLocale(undefined)): SentenceContext => {
  const byId = claims === undefined ? undefined : new Map(claims.map((c) => [c.id, c] as const));
  let labels: Map<string, string> | undefined;
  if (claims !== undefined) {
    labels = new Map<string, string>();
    for (const c of claims) labels.set(c.id, claimLabel(c, { locale, claims: byId }));
  }
  return { locale, ctx: renderContext(locale), labels, claims: byId };
};

/** A comparison's own sides are named as it saw them; any other claim by its label, or by its id. */
const labeller = (sides: readonly [ComparisonSide, ComparisonSide], s: SentenceContext): LabelOf => {
  const [sa, sb] = sides;
  return (id) => (id === sb.claim ? sideLabel(sb, s) : id === sa.claim ? sideLabel(sa, s) : (s.labels?.get(id) ?? JSON.stringify(id)));
};

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

/** A comparison's sentences, citing other claims by their labels (see {@link toSentenceContext}). @internal */
export const comparisonSentences = (c: Comparison, s: SentenceContext): string[] => {
  const m = s.locale.explain;
  const { n } = s.ctx;
  // Figures of one source read in two places are told apart by where they were read.
  const [sa, sb] = c.sides;
  const outlets = sa.source === sb.source && sa.outlet !== sb.outlet;
  const a = sideLabel(sa, s, outlets);
  const b = sideLabel(sb, s, outlets);
  const labelOf = labeller(c.sides, s);
  if (c.verdict === "not-comparable") {
    const reasons = c.reasons.map((r) =>
      r === "different-modality" ? m.modalities(modalityOf(sa.modality, s.locale), modalityOf(sb.modality, s.locale)) : (m.reasons[r] ?? r),
    );
    const out = [m.notComparable(a, b, reasons)];
    if (c.targetMet !== undefined) out.push(m.targetMet(c.targetMet));
    return out;
  }
  if (c.verdict === "consistent") {
    const out = [m.consistent(a, b, c.withinRoundingOnly === true)];
    for (const e of c.explanations) out.push(`${m.capitalise(describeExplanation(e, labelOf, s.locale, s.ctx))}${m.sentenceEnd}`);
    return out;
  }
  const out = [m.conflict(a, b)];
  if (c.repeats !== undefined) out.push(m.repeatsConflict(labelOf(c.repeats[0]), labelOf(c.repeats[1])));
  if (c.gap !== undefined)
    out.push(m.gap(n.amount(c.gap.absolute, c.gap.unit), n.share(c.gap.relativeToLarger), c.gap.ratio === null ? undefined : n.ratio(c.gap.ratio)));
  c.explanations.forEach((e, i) =>
    out.push(i === 0 ? m.leadingExplanation(e.strength, describeExplanation(e, labelOf, s.locale, s.ctx)) : m.alsoPossible(describeExplanation(e, labelOf, s.locale, s.ctx))),
  );
  if (c.ruledOut.length > 0) out.push(m.ruledOut(c.ruledOut.map((r) => describeRuledOut(r, s.locale, s.ctx))));
  return out;
};

/** A reconciliation's note in words, with why the method asked for could not apply, if it could not. @internal */
export const noteText = (r: Reconciliation, locale: Locale, ctx: RenderContext): string | undefined => {
  const note = r.note === undefined ? undefined : (locale.explain.notes[r.note.code] as (p: unknown, c: RenderContext) => string)(r.note.params, ctx);
  const why = r.fallback === undefined ? undefined : locale.explain.fallbacks[r.fallback.code];
  return why === undefined ? note : note === undefined ? why : `${why} ${note}`;
};

/** An estimate in words: English keeps its text; other locales write its value or range. */
const estimateText = (r: Reconciliation, locale: Locale, ctx: RenderContext): string => {
  const e = r.estimate;
  if (locale.code === "en") return e.text;
  if (e.low !== null && e.high !== null) return ctx.n.range(e.low, e.high, e.unit);
  return ctx.n.interval(e, e.unit);
};

/** A reconciliation's sentences. @internal */
export const reconciliationSentences = (r: Reconciliation, locale: Locale = resolveLocale(undefined)): string[] => {
  const m = locale.explain;
  const ctx = renderContext(locale);
  return [m.reconciliation(m.methodNames[r.method] ?? r.method, estimateText(r, locale, ctx), noteText(r, locale, ctx)), m.support(r.support.length, r.dissent.length)];
};

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
  const locale = resolveLocale(options.locale);
  // Names and figures come from the input: control characters in them are shown escaped (escapeControls).
  if (isComparison(finding)) return Object.freeze(comparisonSentences(finding, toSentenceContext(claims, locale)).map(escapeControls));
  if (isReconciliation(finding)) return Object.freeze(reconciliationSentences(finding, locale).map(escapeControls));
  throw new DiscrepancyError("invalid-argument", explainMessages.notAFinding(finding));
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
