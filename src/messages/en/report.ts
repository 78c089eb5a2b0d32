/** How reports name the explanation codes. */
const EXPLANATION_NAMES: Readonly<Record<string, string>> = {
  "mirror-statistics": "mirror statistics",
  "systematic-source-gap": "systematic gap between the sources",
  revision: "revision",
  copy: "copy",
  "scale-slip": "scale slip",
  "unit-slip": "unit slip",
  "currency-confusion": "currency confusion",
  "period-shift": "period shift",
  "different-basis": "different basis",
  rounding: "rounding",
  approximation: "approximation",
};

const REASONS: Readonly<Record<string, string>> = {
  "different-metric": "different metric",
  "different-subject": "different subject",
  "different-scope": "different scope",
  "different-period": "different period",
  "different-modality": "different modality",
  "incompatible-units": "incompatible units",
};

const count = (n: number, noun: string): string => `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;

/** English headings, table columns and short labels of the reports (Markdown, HTML, corpus, ClaimReview). */
export const report = {
  explanationNames: EXPLANATION_NAMES,
  explanationLabel: (code: string, strength: string) => `${EXPLANATION_NAMES[code] ?? code} (${strength})`,
  ruledOutLabel: (code: string, reason: string) => `${EXPLANATION_NAMES[code] ?? code}: ${reason.replaceAll("-", " ")}`,
  strength: { strong: "strong", moderate: "moderate", weak: "weak" } as Readonly<Record<string, string>>,
  /** Ends a sentence. */
  fullStop: ".",
  reportTitle: "Discrepancy report",
  summaryLine: (s: { claims: number; series: number; comparisons: number; conflicts: number; consistent: number; notComparable: number }) =>
    `${s.claims} claim${s.claims === 1 ? "" : "s"} in ${s.series} series; ${s.comparisons} comparison${s.comparisons === 1 ? "" : "s"}: ` +
    `${s.conflicts} conflict${s.conflicts === 1 ? "" : "s"}, ${s.consistent} consistent, ${s.notComparable} not comparable`,
  conflictsHeading: "Conflicts",
  noConflicts: "No conflicts: every comparable pair of claims agrees.",
  seriesHeading: "Series",
  // "Explanation", not "Likely explanation": the cell gives the leading hypothesis with its strength, and
  // a weak one ("approximation (weak)") is only possible.
  conflictColumns: ["#", "Series", "Period", "Figure", "Source", "Figure", "Source", "Gap", "Of the larger", "Ratio", "Explanation"],
  groupColumns: ["Series", "Period", "Modality", "Verdict", "Claims", "Reconciliation"],
  verdictWords: { conflict: "conflict", consistent: "consistent", single: "single figure", "not-comparable": "not comparable" } as Readonly<Record<string, string>>,
  /** Where a figure was read, after its source in a table cell: ", in Reuters". */
  inOutlet: (outlet: string) => `, in ${outlet}`,
  gapLine: (gap: string, share: string, ratio: string) => `gap ${gap} (${share} of the larger)${ratio === "" ? "" : `, ratio ${ratio}`}`,
  likelyLine: (labels: readonly string[]) => `likely: ${labels.join("; ")}`,
  ruledOutLine: (labels: readonly string[]) => `ruled out: ${labels.join("; ")}`,
  reconciledLine: (note: string) => `reconciled: ${note}`,
  noPeriod: "no period",

  // Relations and timelines in a report.
  relationsHeading: "Relations and timelines",
  relationColumns: ["#", "Check", "Verdict", "What it says"],
  relationSummary: (relations: number, ordinals: number, conflicts: number, implied: number) =>
    `${relations} relation${relations === 1 ? "" : "s"} and ${ordinals} ordinal check${ordinals === 1 ? "" : "s"}: ${conflicts} conflict${conflicts === 1 ? "" : "s"}, ${implied} implied value${implied === 1 ? "" : "s"}`,

  // Corpus reconciliation (report/formatCorpusReconciliation).
  corpusTitle: (method: string) => `Corpus reconciliation (${method})`,
  corpusMethodNames: { "truth-discovery": "truth discovery", accu: "truth discovery (Accu)", "truth-finder": "truth discovery (TruthFinder)", majority: "majority vote", median: "median" } as Readonly<Record<string, string>>,
  corpusSummary: (s: { claims: number; sources: number; estimates: number; contested: number }) =>
    `${count(s.claims, "claim")} from ${count(s.sources, "source")}: ${count(s.estimates, "estimate")}, ${s.contested.toLocaleString("en-US")} contested`,
  corpusRounds: (rounds: number, converged: boolean) =>
    converged ? `Converged after ${count(rounds, "round")}.` : `Stopped after ${count(rounds, "round")} without converging (raise maxIterations).`,
  contestedHeading: "Contested estimates",
  noContested: "None: the claims of every estimate agree.",
  confidenceWord: "confidence",
  supportWord: "for",
  dissentWord: "against",
  sourcesHeading: "Sources, least reliable first",
  claimCount: (n: number) => count(n, "claim"),
  contestedColumns: ["#", "Series", "Period", "Estimate", "Confidence", "For", "Against"],
  sourceColumns: ["Source", "Reliability", "Claims"],
  copyingColumn: "Copying",
  moreRows: (n: number) => `… and ${n.toLocaleString("en-US")} more (formatCorpusReconciliation lists them all)`,
  copyingWord: "copying",

  // ClaimReview (report/toClaimReview).
  claimReviewed: (text: string, source: string, period: string | undefined) => `${source}: ${text}${period === undefined ? "" : ` (${period})`}`,
  claimReviewRating: (verdict: string): string =>
    verdict === "conflict" ? "Conflicts with another source" : verdict === "consistent" ? "Consistent with another source" : "Not comparable",
  claimReviewExplanation: (f: {
    verdict: string;
    reviewed: { text: string; source: string };
    other: { text: string; source: string };
    period: string | undefined;
    gap: string | undefined;
    share: string | undefined;
    ratio: string | undefined;
    likely: string | undefined;
    /** The strength of the `likely` hypothesis: a weak one is a possible explanation, not the most likely. */
    likelyStrength?: string | undefined;
    reasons: readonly string[];
  }) => {
    const both = `${f.reviewed.source} gives ${f.reviewed.text}; ${f.other.source} gives ${f.other.text}${f.period === undefined ? "" : ` for ${f.period}`}.`;
    if (f.verdict === "consistent") return `${both} The figures agree within what their wording allows.`;
    if (f.verdict === "not-comparable") return `${both} They are not about the same thing (${f.reasons.map((r) => REASONS[r] ?? r).join(", ")}).`;
    return `${both} They conflict${f.gap === undefined ? "" : `: a gap of ${f.gap} (${f.share} of the larger${f.ratio === undefined ? "" : `, ratio ${f.ratio}`})`}.${
      f.likely === undefined ? "" : f.likelyStrength === "weak" ? ` Possible explanation: ${f.likely}.` : ` Most likely explanation: ${f.likely}.`
    }`;
  },
};

/** The shape every locale's report catalogue has (the English one is the reference). */
export type ReportCatalogue = Readonly<typeof report>;
