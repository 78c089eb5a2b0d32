import type { ReconciliationNote } from "../../reconcile/types.js";
import type { RenderContext } from "./types.js";

type Note<C extends ReconciliationNote["code"]> = (params: Extract<ReconciliationNote, { code: C }>["params"], ctx: RenderContext) => string;

/** A range, or nothing when one end is open. */
const rangeOf = (p: { low?: unknown; high?: unknown }, ctx: RenderContext, unit: string): string | undefined =>
  p.low !== undefined && p.high !== undefined ? ctx.n.range(p.low as never, p.high as never, unit) : undefined;

/**
 * English sentences for comparisons, explanations and reconciliations. Figures arrive formatted (see
 * `createNumberFormat`); counts arrive as numbers, so each language can agree its nouns with them.
 */
export const explain = {
  claimLabel: (text: string, source: string, period: string | undefined, modality: string, outlet?: string) =>
    `${text} (${source}${period !== undefined ? `, ${period}` : ""}${modality !== "actual" ? `, ${modality}` : ""}${outlet !== undefined ? `, in ${outlet}` : ""})`,
  /** Modality codes in words. */
  modality: { actual: "actual", estimate: "estimate", target: "target", forecast: "forecast", plan: "plan" } as Readonly<Record<string, string>>,
  modalities: (a: string, b: string) => `different modality (${a} vs ${b})`,
  consistent: (a: string, b: string, roundingOnly: boolean) =>
    roundingOnly ? `${a} and ${b} agree, but only thanks to rounding or bound words.` : `${a} and ${b} agree.`,
  conflict: (a: string, b: string) => `${a} and ${b} conflict.`,
  repeatsConflict: (a: string, b: string) => `It is the same disagreement as between ${a} and ${b}, counted once.`,
  gap: (absolute: string, share: string, ratio: string | undefined) =>
    `The gap is ${absolute}, ${share} of the larger figure${ratio !== undefined ? `; ratio ${ratio}` : ""}.`,
  notComparable: (a: string, b: string, reasons: readonly string[]) => `${a} and ${b} are not comparable: ${reasons.join(", ")}.`,
  reasons: {
    "different-metric": "different metric",
    "different-subject": "different subject",
    "different-scope": "different scope (qualifiers)",
    "different-period": "different period",
    "different-modality": "different modality",
    "incompatible-units": "incompatible units",
  } as Readonly<Record<string, string>>,
  targetMet: (met: boolean): string => (met ? "The actual figure meets the target." : "The actual figure falls short of the target."),
  /** The leading hypothesis, headed by its strength: a weak one is only possible, however it ranks. */
  leadingExplanation: (strength: string, text: string) => (strength === "weak" ? `Possibly: ${text}.` : `Most likely: ${text}.`),
  alsoPossible: (text: string) => `Also possible: ${text}.`,
  ruledOut: (items: readonly string[]) => `Ruled out: ${items.join("; ")}.`,
  /** Ends a sentence made of a phrase. */
  sentenceEnd: ".",
  /** Starts a sentence with a capital, where the script has capitals. */
  capitalise: (text: string) => text.charAt(0).toUpperCase() + text.slice(1),

  // Explanations (evidence already formatted; parties already named).
  mirrorStatistics: (e: { higher: string; lower: string; ratio: string; typical: string; margin: string; beyond: boolean; trade: boolean; follows?: string }) =>
    `mirror statistics — each partner reports the flow itself, ${e.higher}'s figure above ${e.lower}'s (ratio ${e.ratio})` +
    (e.follows !== undefined ? `; the figure without a country of its own agrees with ${e.follows}` : "") +
    (e.trade
      ? e.beyond
        ? `. A typical CIF/FOB margin is about ${e.margin} (IMF DOTS factor ${e.typical}); a gap this size is far beyond freight and insurance and points to re-exports, timing, partner attribution, classification or under-invoicing`
        : `. That is within a typical CIF/FOB margin of about ${e.margin} (IMF DOTS factor ${e.typical})`
      : ""),
  systematicGap: (e: { strength: string; reporters?: string; others: readonly string[] }) =>
    `systematic source gap — ${e.reporters !== undefined ? `${e.reporters} here, and ` : ""}a similar gap in ${e.others.join(", ")}` +
    (e.strength === "strong" ? ": the same two reporting bases" : e.strength === "moderate" ? ": probably the same two reporting bases" : ""),
  otherPeriodGap: (period: string, ratio: string, reporters: string | undefined) => `${period} (ratio ${ratio}${reporters !== undefined ? `, ${reporters}` : ""})`,
  reportersAbove: (higher: string, lower: string) => `${higher} above ${lower}`,
  revision: (earlier: string, later: string, laterDate: string | undefined) =>
    `revision — the same source published ${later} after ${earlier}${laterDate !== undefined ? ` (${laterDate})` : ""}`,
  revisionUnordered: "revision — the same source gave both figures in different publications",
  copy: (copy: string, original: string, how: "via" | "same-publication" | "later") =>
    `copy — ${copy} repeats ${original}${how === "via" ? ", quoting it" : how === "same-publication" ? " in the same text" : " in a later publication"}, so it is no independent corroboration`,
  scaleSlip: (ratio: string, scale: string) => `scale slip — the ratio ${ratio} is close to a ${scale}`,
  unitSlip: (ratio: string, factor: string, larger: string, smaller: string) =>
    `unit slip — the ratio ${ratio} is close to ${factor}, the factor between ${larger} and ${smaller}`,
  currencyRate: (ratio: string, from: string, to: string, rate: string) => `currency confusion — the ratio ${ratio} is close to the ${from}→${to} rate ${rate}`,
  currencyAmbiguous: (candidates: readonly string[]) => `currency confusion — the currency sign could mean ${candidates.join(" or ")}`,
  periodShift: (claim: string, matches: string, period: string) => `period shift — ${claim} matches ${matches} for ${period}`,
  basisSamePublication: (source: string) => `different basis — ${source} gives both figures in one text, probably from two reporting bases`,
  basisNouns: (nouns: readonly string[]) => `different basis — they count different things (${nouns.join(" vs ")})`,
  looseRounding: (distance: string, step: string) => `loose rounding — the intervals are ${distance} apart, within one rounding step of ${step}`,
  approximation: (share: string, tolerance: string) => `approximation — the gap is ${share} of the larger figure, within the ±${tolerance} an approximate figure allows`,
  /** Unit names for unit slips, by code (English takes them from the unit registry). */
  unitNames: {} as Readonly<Record<string, string>>,
  scaleNames: { 3: "thousand", 6: "million", 9: "billion", 12: "trillion" } as Readonly<Record<number, string>>,

  // Rejected hypotheses.
  ruledOutReasons: {
    "gap-exceeds-rounding": (e: { distance: string; step: string }) => `rounding (the intervals are ${e.distance} apart, more than a rounding step of ${e.step})`,
    "gap-exceeds-tolerance": (e: { share: string; tolerance: string }) => `approximation (a gap of ${e.share} exceeds ±${e.tolerance})`,
    "ratio-not-power-of-ten": (e: { ratio: string }) => `scale slip (ratio ${e.ratio} is not near a thousand, million or billion)`,
    "ratio-matches-no-unit-factor": (e: { ratio: string }) => `unit slip (ratio ${e.ratio} matches no unit factor)`,
    "ratio-matches-no-rate": (e: { ratio: string; rates: number }) =>
      e.rates === 0 ? "currency confusion (one currency, no exchange rate involved)" : `currency confusion (ratio ${e.ratio} matches none of the ${e.rates} rates given)`,
    "not-partner-reporters": () => "mirror statistics (the figures do not come from the two partners' own authorities)",
    "different-sources": () => "revision (different sources)",
    "no-neighbour-match": () => "period shift (no figure of a neighbouring period matches)",
    "no-similar-gap": (e: { ratio: string }) => `systematic source gap (no similar ratio to ${e.ratio} in other periods)`,
  },

  // Reconciliations.
  methodNames: {
    intersection: "intersection",
    "attributed-range": "attributed range",
    "preferred-source": "preferred source",
    "latest-revision": "latest revision",
    median: "median",
    "reliability-weighted": "reliability-weighted",
    "mirror-statistics": "mirror statistics",
  } as Readonly<Record<string, string>>,
  reconciliation: (method: string, estimate: string, note: string | undefined) => `Reconciled by ${method}: ${note !== undefined ? note : `${estimate}.`}`,
  support: (support: number, dissent: number) =>
    `${support} ${support === 1 ? "claim supports" : "claims support"} it, ${dissent} ${dissent === 1 ? "dissents" : "dissent"}.`,
  /** Why a method asked for could not apply (`Reconciliation.fallback.code`). */
  fallbacks: {
    "no-ranked-source": "None of the sources is in the ranking.",
    "no-mirror-pair": "Mirror statistics need a figure from each partner's own authorities.",
    "no-stated-figure": "A median or a weighted mean needs at least one claim that states a figure, not only a bound.",
  } as Readonly<Record<string, string>>,
  /** Reconciliation notes by code (`Reconciliation.note`). */
  notes: {
    "intersection-all": ((p, ctx) => {
      const range = rangeOf(p, ctx, p.unit);
      return `All ${p.agreeing} distinct figures agree${range !== undefined ? `: ${range}` : ""}.`;
    }) as Note<"intersection-all">,
    "intersection-largest": ((p, ctx) => {
      const range = rangeOf(p, ctx, p.unit);
      return `Not all figures agree; the largest agreeing set (${p.agreeing} of ${p.total})${range !== undefined ? ` gives ${range}` : " was intersected"}.`;
    }) as Note<"intersection-largest">,
    "attributed-range": ((p, ctx) => {
      const low = p.lowParties.map(ctx.party).join(", ");
      const high = p.highParties.map(ctx.party).join(", ");
      const range = ctx.n.range(p.low, p.high, p.unit);
      return low === high ? `${range}: both ends from ${low}.` : `${range}: ${low} vs ${high} reporting.`;
    }) as Note<"attributed-range">,
    "attributed-agree": ((p, ctx) => `Every party gives ${ctx.n.amount(p.value, p.unit)}.`) as Note<"attributed-agree">,
    "preferred-source": ((p) => `The figure of the preferred source, ${p.source}.`) as Note<"preferred-source">,
    "latest-revision": ((p) =>
      p.date === undefined ? "No publication dates: all figures taken as equally recent." : `The most recent publication (${p.date}).`) as Note<"latest-revision">,
    median: ((p, ctx) => `The median of ${p.figures} distinct figures: ${ctx.n.amount(p.value, p.unit)}.`) as Note<"median">,
    "reliability-weighted": ((p, ctx) => `Weighted by the reliability of ${p.sources} sources: ${ctx.n.amount(p.value, p.unit)}.`) as Note<"reliability-weighted">,
    "mirror-statistics": ((p, ctx) => {
      const typical = ctx.n.ratio(p.cifFob);
      const ratio = p.ratio === undefined ? undefined : ctx.n.ratio(p.ratio);
      return [
        `${p.figures.map((f) => `${ctx.party(f.country)} reports ${ctx.n.amount(f.value, p.unit)}`).join(", ")}${
          p.importer !== undefined ? ` (${ctx.party(p.importer)}'s CIF figure brought to FOB with factor ${typical})` : ""
        }; weighted estimate ${ctx.n.amount(p.estimate, p.unit)}.`,
        ratio === undefined
          ? ""
          : p.beyondTypical
            ? ` The ratio ${ratio} is far beyond a typical ${p.trade ? "CIF/FOB " : ""}factor of ${typical}: the estimate is a compromise between two reporting bases, not a measurement.`
            : ` The ratio ${ratio} is within the typical ${p.trade ? "CIF/FOB " : ""}margin (factor ${typical}).`,
      ].join("");
    }) as Note<"mirror-statistics">,
  },

  // The text report (report/text.ts).
  reportHeading: (claims: number, series: number) => `Discrepancy report: ${claims} claims in ${series} series.`,
  reportCounts: (comparisons: number, consistent: number, conflicts: number, notComparable: number) =>
    `${comparisons} ${comparisons === 1 ? "comparison" : "comparisons"}: ${consistent} consistent, ${conflicts} ${conflicts === 1 ? "conflict" : "conflicts"}, ${notComparable} not comparable.`,
  conflictsHeading: "Conflicts",
  noConflicts: "No conflicts.",
  seriesHeading: "Series",
  /** Joins a series' subject: a set, or a direction from the first to the last. */
  subjectJoin: (subject: readonly string[], direction: boolean) => subject.join(direction ? " → " : " & "),
  /**
   * The metric lexicon's metrics (by id, see `resolveMetric`) in this language. A series whose metric
   * resolves to one is named by it; any other metric is printed as the claims write it. English has
   * none: an English report keeps the claims' own words.
   */
  metricNames: {} as Readonly<Record<string, string>>,
  /** Labels of common qualifier keys (`window`, `basis`, …); other keys, and all values, as written. */
  qualifierKeys: {} as Readonly<Record<string, string>>,
  /** One qualifier of a series: `basis: cumulative stock`. */
  qualifier: (key: string, value: string) => `${key}: ${value}`,
  seriesTitle: (metric: string, subject: string, qualifiers: readonly string[]) =>
    `${metric}${subject !== "" ? ` — ${subject}` : ""}${qualifiers.length > 0 ? ` (${qualifiers.join(", ")})` : ""}`,
  groupTitle: (series: string, period: string | undefined, modality: string, actual: boolean) =>
    `${series}, ${period ?? "no period"}${!actual ? ` (${modality})` : ""}`,
  groupLine: (period: string | undefined, modality: string, claims: number, sources: number, verdict: string) =>
    `${period ?? "no period"}, ${modality}: ${verdict} — ${claims} ${claims === 1 ? "claim" : "claims"}, ${sources} independent ${sources === 1 ? "source" : "sources"}`,
  groupVerdicts: { consistent: "consistent", conflict: "conflict", single: "single figure" } as Readonly<Record<string, string>>,
  singlesHeading: (count: number) => `${count} series with a single figure and nothing to compare:`,
};

/** The shape every locale's explanation catalogue has (the English one is the reference). */
export type ExplainCatalogue = Readonly<typeof explain>;
