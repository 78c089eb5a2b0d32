import type { Claim } from "../claim/types.js";
import { claimsOption } from "../claim/assertClaim.js";
import { DiscrepancyError } from "../errors.js";
import { reportMessages as errors } from "../messages/misuse/report.js";
import { periodLabel } from "../messages/locale/periodLabel.js";
import { renderContext, resolveLocale } from "../messages/locale/resolveLocale.js";
import type { Locale, LocaleCode } from "../messages/en/types.js";
import type { CorpusEstimate, CorpusReconciliation, SourceReliability } from "../reconcile/corpusTypes.js";
import { describeSeries } from "./describe.js";
import { escapeControls, escapeStrings } from "../text/escapeControls.js";
import { REPORT_FORMATS, type ReportFormat } from "./formatReport.js";
import { escapeHTML } from "./toHTML.js";
import { markdownCell } from "./toMarkdown.js";
import type { MimeBundle } from "./mimeBundle.js";

/** Options of {@link formatCorpusReconciliation}. */
export interface FormatCorpusReconciliationOptions {
  /** Default `"text"`. */
  readonly format?: ReportFormat;
  /**
   * The claims that were reconciled. Text and Markdown need them (a reconciliation holds only claim ids)
   * to name each series and the figures and sources on either side; JSON does not.
   */
  readonly claims?: Iterable<Claim>;
  /** The language of text and Markdown: `"en"` (default), `"uk"`, `"ru"`, `"zh"`, or a {@link Locale} object. */
  readonly locale?: LocaleCode | Locale;
}

/** A decimal fraction to `places` in the locale's way: 0.63 → "0.630", "0,630". */
const fixed = (value: number, places: number, L: Locale): string => value.toFixed(places).replace(".", L.number.decimal);

/** One side of a contested estimate: a figure as stated, and who stated it. */
interface FigureSide {
  readonly figure: string;
  readonly sources: readonly string[];
}

/** What the text and Markdown formats show of a contested estimate. */
interface ContestedRow {
  readonly series: string;
  readonly period: string;
  readonly estimate: string;
  readonly confidence: string;
  readonly support: readonly FigureSide[];
  readonly dissent: readonly FigureSide[];
}

const isStrings = (value: unknown): value is readonly string[] => Array.isArray(value) && value.every((v) => typeof v === "string");

const isEstimate = (e: unknown): e is CorpusEstimate => {
  const x = e as Partial<CorpusEstimate> | null;
  return (
    typeof x === "object" &&
    x !== null &&
    isStrings(x.claimIds) &&
    x.claimIds.length > 0 &&
    isStrings(x.support) &&
    isStrings(x.dissent) &&
    typeof x.estimate === "object" &&
    x.estimate !== null &&
    typeof x.estimate.text === "string" &&
    typeof x.modality === "string"
  );
};

const isSource = (s: unknown): s is SourceReliability => {
  const x = s as Partial<SourceReliability> | null;
  return (
    typeof x === "object" &&
    x !== null &&
    typeof x.name === "string" &&
    typeof x.reliability === "number" &&
    typeof x.claims === "number" &&
    (x.copying === undefined || typeof x.copying === "number")
  );
};

/** Checks the shape before anything is read from it: a wrong value is named, never a TypeError. @internal */
export const assertCorpusReconciliation = (value: unknown): CorpusReconciliation => {
  const r = value as Partial<CorpusReconciliation> | null;
  if (typeof r !== "object" || r === null || !Array.isArray(r.results) || !Array.isArray(r.sources) || typeof r.method !== "string")
    throw new DiscrepancyError("invalid-argument", errors.notCorpusReconciliation(value));
  r.results.forEach((e, i) => {
    if (!isEstimate(e)) throw new DiscrepancyError("invalid-argument", errors.badCorpusPart(`reconciliation.results[${i}]`, e));
  });
  r.sources.forEach((s, i) => {
    if (!isSource(s)) throw new DiscrepancyError("invalid-argument", errors.badCorpusPart(`reconciliation.sources[${i}]`, s));
  });
  return r as CorpusReconciliation;
};

/** The claims' figures grouped by the figure as stated, each with its sources, in the order first met. */
const sidesOf = (ids: readonly string[], byId: ReadonlyMap<string, Claim>): FigureSide[] => {
  // Sets keep one name per source, in the order met, in linear time however large the group.
  const sides = new Map<string, Set<string>>();
  for (const id of ids) {
    const c = byId.get(id);
    const figure = c === undefined ? JSON.stringify(id) : c.quantity.text;
    let sources = sides.get(figure);
    if (sources === undefined) sides.set(figure, (sources = new Set()));
    if (c !== undefined) sources.add(c.source.name);
  }
  return [...sides].map(([figure, sources]) => ({ figure, sources: [...sources] }));
};

/** The contested estimates (the first `limit` of them as rows), and how many there are. */
const toContestedRows = (r: CorpusReconciliation, claims: readonly Claim[], L: Locale, limit = Infinity): { rows: ContestedRow[]; contested: number } => {
  const m = L.report;
  const { n } = renderContext(L);
  const byId = new Map<string, Claim>();
  for (const c of claims) byId.set(c.id, c);
  const rows: ContestedRow[] = [];
  let contested = 0;
  for (const e of r.results) {
    if (e.dissent.length === 0) continue;
    if (contested++ >= limit) continue;
    const first = byId.get(e.claimIds[0]!);
    const series = first === undefined ? escapeControls(e.seriesKey) : describeSeries(first, L);
    // Labelled from the period itself, not from one claim's words for it (which may be another language's).
    const period = e.period === undefined ? m.noPeriod : periodLabel(e.period, L);
    const q = e.estimate;
    rows.push({
      series,
      period: e.modality === "actual" ? period : `${period} (${L.explain.modality[e.modality] ?? e.modality})`,
      // English keeps the estimate's own text; other locales write its figure in their numbers.
      estimate: L.code === "en" ? q.text : q.low !== null && q.high !== null ? n.range(q.low, q.high, q.unit) : n.interval(q, q.unit),
      confidence: e.confidence === undefined ? "" : fixed(e.confidence, 2, L),
      support: sidesOf(e.support, byId),
      dissent: sidesOf(e.dissent, byId),
    });
  }
  return { rows, contested };
};

/** Least reliable first (what a fact-checker looks at first), then by name. */
const bySuspicion = (sources: readonly SourceReliability[]): SourceReliability[] =>
  [...sources].sort((a, b) => a.reliability - b.reliability || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** A source's copying rate to two places, or nothing when there is none to speak of. */
const copyingText = (s: SourceReliability): string => {
  const text = s.copying === undefined ? "" : s.copying.toFixed(2);
  return text === "0.00" ? "" : text;
};

const sideText = (sides: readonly FigureSide[]): string =>
  sides.map((s) => (s.sources.length === 0 ? s.figure : `${s.figure} (${s.sources.join("; ")})`)).join(" · ");

const title = (r: CorpusReconciliation, m: Locale["report"]): string => m.corpusTitle(m.corpusMethodNames[r.method] ?? r.method);
const summary = (r: CorpusReconciliation, claims: number, contested: number, m: Locale["report"]): string =>
  m.corpusSummary({ claims, sources: r.sources.length, estimates: r.results.length, contested });

/** The text format; a notebook's display shows the first `limit` contested estimates and sources. */
const toText = (reconciliation: CorpusReconciliation, input: readonly Claim[], L: Locale, limit = Infinity): string => {
  const m = L.report;
  // Every string from the input escaped before a word is written (see escapeStrings).
  const r = escapeStrings(reconciliation);
  const claims = escapeStrings(input);
  const { rows, contested } = toContestedRows(r, claims, L, limit);
  const out = [`${title(r, m)}: ${summary(r, claims.length, contested, m)}${m.fullStop}`];
  if (r.method !== "majority" && r.method !== "median") out.push(m.corpusRounds(r.iterations, r.converged));
  out.push("", m.contestedHeading);
  if (rows.length === 0) out.push(m.noContested);
  rows.forEach((row, i) => {
    const head = `${i + 1}. ${row.series}, ${row.period}: ${row.estimate}`;
    out.push(row.confidence === "" ? head : `${head} (${m.confidenceWord} ${row.confidence})`);
    out.push(`   ${m.supportWord}: ${sideText(row.support)}`, `   ${m.dissentWord}: ${sideText(row.dissent)}`);
  });
  if (contested > rows.length) out.push(m.moreRows(contested - rows.length));
  out.push("", m.sourcesHeading);
  const sources = bySuspicion(r.sources);
  for (const s of sources.slice(0, limit)) {
    const copying = copyingText(s);
    out.push(`  ${fixed(s.reliability, 3, L)}  ${s.name} (${m.claimCount(s.claims)}${copying === "" ? "" : `; ${m.copyingWord} ${copying}`})`);
  }
  if (sources.length > limit) out.push(m.moreRows(sources.length - limit));
  return `${out.join("\n")}\n`;
};

const cell = markdownCell;
const row = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
const table = (columns: readonly string[], rows: readonly (readonly string[])[]): string[] => [row(columns), row(columns.map(() => "---")), ...rows.map(row)];

const toMarkdown = (reconciliation: CorpusReconciliation, input: readonly Claim[], L: Locale): string => {
  const m = L.report;
  const r = escapeStrings(reconciliation);
  const claims = escapeStrings(input);
  const { rows, contested } = toContestedRows(r, claims, L);
  const out = [`## ${title(r, m)}`, "", `**${summary(r, claims.length, contested, m)}**`];
  if (r.method !== "majority" && r.method !== "median") out.push("", m.corpusRounds(r.iterations, r.converged));
  out.push("", `### ${m.contestedHeading}`, "");
  if (rows.length === 0) out.push(m.noContested);
  else
    out.push(
      ...table(
        m.contestedColumns,
        rows.map((x, i) => [String(i + 1), cell(x.series), cell(x.period), cell(x.estimate), x.confidence, cell(sideText(x.support)), cell(sideText(x.dissent))]),
      ),
    );
  out.push("", `### ${m.sourcesHeading}`, "");
  const copies = r.sources.some((s) => s.copying !== undefined);
  out.push(
    ...table(
      copies ? [...m.sourceColumns, m.copyingColumn] : m.sourceColumns,
      bySuspicion(r.sources).map((s) => [cell(s.name), fixed(s.reliability, 3, L), String(s.claims), ...(copies ? [copyingText(s)] : [])]),
    ),
  );
  return `${out.join("\n")}\n`;
};

/**
 * Writes a corpus reconciliation ({@link reconcileAll}) for people or programs. `text` and `markdown`
 * say how many estimates are contested, list each contested one — the estimate, its confidence, the
 * figures for it and against it with their sources — and every source's reliability, least reliable
 * first; they need the claims, since the result names claims by id. `json` is the result itself as plain
 * data (decimals as strings), what the command line's `reconcile --format json` prints.
 *
 * @throws {DiscrepancyError} `invalid-argument` for a value that is not a corpus reconciliation, an
 * unknown format, or text or Markdown asked for without the claims.
 * @example
 * ```ts
 * // census and atlas say Springfield had 30,120 people in 2020, blog 33,000; blog is also alone
 * // against census elsewhere.
 * const at = (id: string, source: string, place: string, period: string, value: string, modality?: "estimate") =>
 *   claim({ id, metric: "population", subject: [place], period, value, source, ...(modality ? { modality } : {}) });
 * const claims = [
 *   at("census-S20", "census", "Springfield", "2020", "30,120"), at("atlas-S20", "atlas", "Springfield", "2020", "30,120"),
 *   at("blog-S20", "blog", "Springfield", "2020", "33,000"), at("census-B20", "census", "Shelbyville", "2020", "12,400"),
 *   at("atlas-B20", "atlas", "Shelbyville", "2020", "about 12,000"), at("blog-B20", "blog", "Shelbyville", "2020", "12,400"),
 *   at("census-B21", "census", "Shelbyville", "2021", "12,600"), at("blog-B21", "blog", "Shelbyville", "2021", "16,000"),
 *   at("blog-B25", "blog", "Shelbyville", "2025", "20,000", "estimate"),
 * ];
 * formatCorpusReconciliation(reconcileAll(claims), { claims });
 * // Corpus reconciliation (truth discovery): 9 claims from 3 sources: 4 estimates, 2 contested.
 * // Converged after 22 rounds.
 * //
 * // Contested estimates
 * // 1. population — Shelbyville, 2021: 12,600 (confidence 0.58)
 * //    for: 12,600 (census)
 * //    against: 16,000 (blog)
 * // 2. population — Springfield, 2020: 30,120 (confidence 0.66)
 * //    for: 30,120 (atlas; census)
 * //    against: 33,000 (blog)
 * //
 * // Sources, least reliable first
 * //   0.630  blog (4 claims)
 * //   0.653  census (3 claims)
 * //   0.677  atlas (2 claims)
 * ```
 */
export const formatCorpusReconciliation = (reconciliation: CorpusReconciliation, options: FormatCorpusReconciliationOptions = {}): string => {
  const r = assertCorpusReconciliation(reconciliation);
  if (typeof options !== "object" || options === null) throw new DiscrepancyError("invalid-argument", errors.notOptions(options));
  const format = options.format ?? "text";
  if (!(REPORT_FORMATS as readonly unknown[]).includes(format)) throw new DiscrepancyError("invalid-argument", errors.unknownFormat(format, REPORT_FORMATS));
  if (format === "json") return `${JSON.stringify(r, null, 2)}\n`;
  const claims = claimsOption(options.claims, "options.claims");
  if (claims === undefined) throw new DiscrepancyError("invalid-argument", errors.corpusNeedsClaims);
  const locale = resolveLocale(options.locale);
  return format === "text" ? toText(r, claims, locale) : toMarkdown(r, claims, locale);
};

/** Rows a notebook shows of each list: a corpus's thousands would stall it (the formats give them all). */
const DISPLAY_ROWS = 100;

const td = (text: string): string => `<td>${escapeHTML(text)}</td>`;
const th = (text: string): string => `<th style="text-align:left">${escapeHTML(text)}</th>`;

/**
 * The notebook rendering of a corpus reconciliation: the text format and HTML tables, each showing the
 * first 100 contested estimates and sources (and saying how many more there are). @internal
 */
export const toCorpusBundle = (r: CorpusReconciliation, claims: readonly Claim[], L: Locale = resolveLocale(undefined)): MimeBundle => {
  const m = L.report;
  const { rows, contested } = toContestedRows(r, claims, L, DISPLAY_ROWS);
  const sources = bySuspicion(r.sources);
  const html = [`<div class="discrepancy-corpus">`, `<p><strong>${escapeHTML(`${title(r, m)}: ${summary(r, claims.length, contested, m)}`)}</strong></p>`];
  if (r.method !== "majority" && r.method !== "median") html.push(`<p>${escapeHTML(m.corpusRounds(r.iterations, r.converged))}</p>`);
  html.push(`<h4>${escapeHTML(m.contestedHeading)}</h4>`);
  if (rows.length === 0) html.push(`<p>${escapeHTML(m.noContested)}</p>`);
  else {
    html.push(`<table><thead><tr>${m.contestedColumns.map(th).join("")}</tr></thead><tbody>`);
    rows.forEach((x, i) =>
      html.push(`<tr>${[String(i + 1), x.series, x.period, x.estimate, x.confidence, sideText(x.support), sideText(x.dissent)].map(td).join("")}</tr>`),
    );
    html.push(`</tbody></table>`);
    if (contested > rows.length) html.push(`<p>${escapeHTML(m.moreRows(contested - rows.length))}</p>`);
  }
  const copies = r.sources.some((s) => s.copying !== undefined);
  html.push(`<h4>${escapeHTML(m.sourcesHeading)}</h4>`, `<table><thead><tr>${(copies ? [...m.sourceColumns, m.copyingColumn] : m.sourceColumns).map(th).join("")}</tr></thead><tbody>`);
  for (const s of sources.slice(0, DISPLAY_ROWS))
    html.push(`<tr>${[s.name, fixed(s.reliability, 3, L), String(s.claims), ...(copies ? [copyingText(s)] : [])].map(td).join("")}</tr>`);
  html.push(`</tbody></table>`);
  if (sources.length > DISPLAY_ROWS) html.push(`<p>${escapeHTML(m.moreRows(sources.length - DISPLAY_ROWS))}</p>`);
  html.push(`</div>`);
  return { "text/plain": toText(r, claims, L, DISPLAY_ROWS), "text/html": html.join("\n") };
};
