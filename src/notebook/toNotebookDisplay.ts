import { resolveLocale } from "../messages/locale/resolveLocale.js";
import type { Locale, LocaleCode } from "../messages/en/types.js";
import { claimsOption } from "../claim/assertClaim.js";
import type { Claim } from "../claim/types.js";
import { assertReport } from "../compare/assertReport.js";
import type { Report } from "../compare/reportTypes.js";
import type { Comparison } from "../compare/types.js";
import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { reportMessages as m } from "../messages/misuse/report.js";
import type { CorpusReconciliation } from "../reconcile/corpusTypes.js";
import type { Reconciliation } from "../reconcile/types.js";
import { assertCorpusReconciliation, toCorpusBundle } from "../report/formatCorpusReconciliation.js";
import type { MimeBundle } from "../report/mimeBundle.js";
import { toComparisonBundle, toReconciliationBundle, toReportBundle } from "./bundles.js";

/** What a notebook can display: the results of `findDiscrepancies`, `compare`, `reconcile` and `reconcileAll`. */
export type Displayable = Report | Comparison | Reconciliation | CorpusReconciliation;

/** Options of {@link toNotebookDisplay} and {@link display}. */
export interface NotebookOptions {
  /**
   * The claims the result is about: results hold only their ids. With them a report or comparison also
   * gets its chart and names claims by figure and source; a corpus reconciliation needs them.
   */
  readonly claims?: Iterable<Claim>;
  /** The language of the display: `"en"` (default), `"uk"`, `"ru"`, `"zh"`, or a {@link Locale} object. */
  readonly locale?: LocaleCode | Locale;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * Checks the result and its options now, and returns how to render it later: the kernel calls the
 * renderer only when the value is shown, while a wrong argument should fail where it was passed.
 *
 * @internal
 */
export const toRenderer = (result: unknown, options: NotebookOptions): (() => MimeBundle) => {
  if (!isObject(options)) throw new DiscrepancyError("invalid-argument", messages.badOption("options", options, "an object { claims? }"));
  const claims = claimsOption(options.claims, "options.claims");
  const locale = resolveLocale(options.locale);
  if (!isObject(result)) throw new DiscrepancyError("invalid-argument", m.notDisplayable(result));
  if (Array.isArray(result.results) && Array.isArray(result.sources)) {
    const corpus = assertCorpusReconciliation(result);
    if (claims === undefined) throw new DiscrepancyError("invalid-argument", m.displayNeedsClaims);
    return () => toCorpusBundle(corpus, claims, locale);
  }
  if ("summary" in result && "comparisons" in result) {
    assertReport(result, "result");
    return () => toReportBundle(result, claims, locale);
  }
  if (typeof result.verdict === "string" && Array.isArray(result.sides) && result.sides.length === 2 && Array.isArray(result.explanations)) {
    const comparison = result as unknown as Comparison;
    return () => toComparisonBundle(comparison, claims, locale);
  }
  if (isObject(result.estimate) && typeof result.method === "string" && Array.isArray(result.support) && Array.isArray(result.dissent)) {
    const reconciliation = result as unknown as Reconciliation;
    return () => toReconciliationBundle(reconciliation, locale);
  }
  throw new DiscrepancyError("invalid-argument", m.notDisplayable(result));
};

/**
 * A result as a notebook shows it: a MIME bundle with plain text, HTML tables and, given the claims, a
 * Vega-Lite chart. A plain object, for any kernel: in Deno's, `Deno.jupyter.display(bundle, { raw: true })`.
 * Reports, comparisons, reconciliations and corpus reconciliations (which need `options.claims`).
 *
 * @throws {DiscrepancyError} `invalid-argument` when `result` is none of these, or a claim is not one.
 * @example
 * ```ts
 * const cn = claim({ id: "cn", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$41 billion", period: "2023",
 *   source: { name: "Ministry of Foreign Affairs of China", type: "government", country: "CN" } });
 * const kz = claim({ id: "kz", metric: "trade turnover", subject: ["China", "Kazakhstan"], value: "$31.5 billion", period: "2023",
 *   source: { name: "Ministry of Trade and Integration of Kazakhstan", type: "government", country: "KZ" } });
 * const bundle = toNotebookDisplay(findDiscrepancies([cn, kz]), { claims: [cn, kz] });
 * Object.keys(bundle); // ["text/plain", "text/html", "application/vnd.vegalite.v5+json"]
 * bundle["text/plain"].split("\n")[0]; // "Discrepancy report: 2 claims in 1 series."
 * ```
 */
export const toNotebookDisplay = (result: Displayable, options: NotebookOptions = {}): MimeBundle => toRenderer(result, options)();
