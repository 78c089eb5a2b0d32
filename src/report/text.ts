import type { Claim } from "../claim/types.js";
import { claimsOption } from "../claim/assertClaim.js";
import { assertReport } from "../compare/assertReport.js";
import type { PeriodGroup, Report, SeriesReport } from "../compare/reportTypes.js";
import type { Comparison } from "../compare/types.js";
import { comparisonSentences, reconciliationSentences, toSentenceContext } from "./explain.js";
import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { resolveLocale } from "../messages/locale/resolveLocale.js";
import type { Locale, LocaleCode } from "../messages/en/types.js";
import { pushTo } from "../util/pushTo.js";
import { escapeStrings } from "../text/escapeControls.js";
import { groupPeriodLabel } from "./groupPeriodLabel.js";
import { describeSeries } from "./describe.js";

/** Options for {@link formatReportText}. */
export interface TextReportOptions {
  /** The claims the report was built from, so explanations can name cited claims by figure and source. */
  readonly claims?: Iterable<Claim>;
  /** ANSI colour: bold headings, conflicts in red, consistent groups in green. Default false (the CLI sets it on a terminal). */
  readonly color?: boolean;
  /** The language of the report: `"en"` (default), `"uk"`, `"ru"`, `"zh"`, or a {@link Locale} object. */
  readonly locale?: LocaleCode | Locale;
}

const INDENT = "  ";

type Paint = (text: string) => string;
const ansi = (open: number, close: number): Paint => (text) => `\x1b[${open}m${text}\x1b[${close}m`;
const PLAIN: Paint = (text) => text;

/**
 * A discrepancy report as readable plain text: the counts, every conflict with its gap, ranked
 * explanations, rejected hypotheses and reconciliation, then each series that has something to compare
 * with its period groups and comparisons, and a list of the series with a single figure.
 *
 * @example
 * ```ts
 * const { claims } = parseClaims(JSON.parse(readFileSync("examples/kazakhstan-china/claims.json", "utf8"))); // the seed corpus
 * console.log(formatReportText(findDiscrepancies(claims), { claims }));
 * // Discrepancy report: 53 claims in 31 series.
 * // 24 comparisons: 12 consistent, 2 conflicts, 10 not comparable.
 * //
 * // Conflicts
 * // 1. trade turnover — China & Kazakhstan, 2022
 * //    · over $31 billion (Channon Heenan, 2022) and $24 billion (Channon Heenan, 2022) conflict.
 * //      The gap is $7 billion, 22.6% of the larger figure; ratio 1.29.
 * //      Most likely: systematic source gap — a similar gap in 2023 (ratio 1.30, CN above KZ): probably …
 * ```
 */
export const formatReportText = (report: Report, options: TextReportOptions = {}): string => {
  assertReport(report, "report");
  if (typeof options !== "object" || options === null) throw new DiscrepancyError("invalid-argument", messages.badOption("options", options, "an object"));
  // Every string from the input escaped before a word is written (see escapeStrings); no copy when clean.
  report = escapeStrings(report);
  const claims = escapeStrings(claimsOption(options.claims, "options.claims"));
  const locale = resolveLocale(options.locale);
  const m = locale.explain;
  const sentences = toSentenceContext(claims, locale);
  const seriesTitle = (s: SeriesReport): string => describeSeries(s, locale);
  const modality = (code: string): string => m.modality[code] ?? code;
  const lines: string[] = [];
  const color = options.color === true;
  const bold = color ? ansi(1, 22) : PLAIN;
  const red = color ? ansi(31, 39) : PLAIN;
  const green = color ? ansi(32, 39) : PLAIN;
  const verdictPaint = (verdict: string): Paint => (verdict === "conflict" ? red : verdict === "consistent" ? green : PLAIN);
  const { summary } = report;
  lines.push(bold(m.reportHeading(summary.claims, summary.series)));
  lines.push(m.reportCounts(summary.comparisons, summary.consistent, summary.conflicts, summary.notComparable));
  lines.push("");

  const seriesOf = new Map<string, SeriesReport>();
  for (const s of report.series) for (const id of s.claims) seriesOf.set(id, s);

  // Conflicts by period group: each group's conflicts, then its reconciliation once.
  lines.push(bold(m.conflictsHeading));
  if (report.conflicts.length === 0) lines.push(INDENT + m.noConflicts);
  // Each conflict under the groups that hold its first claim, in report order: one pass, not one per group.
  const groupsOf = new Map<string, PeriodGroup[]>();
  for (const s of report.series)
    for (const p of s.periods)
      if (p.verdict === "conflict")
        for (const id of p.claims) if (groupsOf.get(id)?.at(-1) !== p) pushTo(groupsOf, id, p);
  const conflictsOf = new Map<PeriodGroup, Comparison[]>();
  // A report reduced to its conflicts (only: "conflicts") keeps them in `conflicts` alone.
  for (const c of report.omitted !== undefined ? report.conflicts : report.comparisons) if (c.verdict === "conflict") for (const p of groupsOf.get(c.claims[0]) ?? []) pushTo(conflictsOf, p, c);
  let n = 0;
  for (const s of report.series)
    for (const p of s.periods) {
      if (p.verdict !== "conflict") continue;
      const head = `${++n}. `;
      const pad = " ".repeat(head.length);
      lines.push(red(head + m.groupTitle(seriesTitle(s), groupPeriodLabel(p.period, locale), modality(p.modality), p.modality === "actual")));
      for (const c of conflictsOf.get(p) ?? []) {
        // A conflict that repeats another gets its headline and what it repeats, not the whole case again.
        const said = comparisonSentences(c, sentences);
        (c.repeats === undefined ? said : said.slice(0, 2)).forEach((sentence, k) => lines.push((k === 0 ? pad + "· " : pad + "  ") + sentence));
      }
      if (p.reconciliation !== undefined) lines.push(pad + reconciliationSentences(p.reconciliation, locale)[0]!);
    }
  lines.push("");

  lines.push(bold(m.seriesHeading));
  const touching = new Map<string, Comparison[]>();
  for (const c of report.comparisons) {
    const keys = new Set([seriesOf.get(c.claims[0])?.key, seriesOf.get(c.claims[1])?.key]);
    for (const k of keys) if (k !== undefined) pushTo(touching, k, c);
  }
  const singles: SeriesReport[] = [];
  for (const s of report.series) {
    const own = touching.get(s.key) ?? [];
    if (own.length === 0 && s.claims.length <= 1) {
      singles.push(s);
      continue;
    }
    lines.push(bold(seriesTitle(s)));
    for (const p of s.periods)
      lines.push(
        INDENT +
          verdictPaint(p.verdict)(m.groupLine(groupPeriodLabel(p.period, locale), modality(p.modality), p.claims.length, p.independentSources, m.groupVerdicts[p.verdict] ?? p.verdict)),
      );
    for (const c of own) {
      if (c.verdict === "conflict") continue;
      for (const [k, sentence] of comparisonSentences(c, sentences).entries()) lines.push((k === 0 ? INDENT + "· " : INDENT + "  ") + sentence);
    }
  }
  if (singles.length > 0) {
    lines.push("");
    lines.push(bold(m.singlesHeading(singles.length)));
    for (const s of singles) lines.push(INDENT + seriesTitle(s));
  }
  return lines.join("\n") + "\n";
};
