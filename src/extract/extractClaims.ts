import { buildClaim } from "../claim/claim.js";
import type { ClaimInput } from "../claim/schema.js";
import type { Claim, Modality } from "../claim/types.js";
import { entityIndex, aliasIndex, type EntityName } from "../entity/entityIndex.js";
import { findEntities } from "../entity/findEntities.js";
import { assertAliases } from "../entity/resolveEntity.js";
import type { Entity, EntityAliases } from "../entity/types.js";
import { DiscrepancyError } from "../errors.js";
import type { ClaimWordKind } from "../lexicon/claimWords.js";
import { LANGS, type Lang } from "../lexicon/types.js";
import { messages } from "../messages/misuse/input.js";
import type { MetricWord } from "../metric/metricIndex.js";
import { metricIndex } from "../metric/metricIndex.js";
import { assertMetricWords } from "../metric/resolveMetric.js";
import type { MetricWords } from "../metric/types.js";
import { safeParsePeriod } from "../period/safeParsePeriod.js";
import { scanPeriods, type PeriodSpan } from "../period/scanPeriods.js";
import { toPeriodLabel } from "../period/toPeriodLabel.js";
import type { Period } from "../period/types.js";
import { pushTo } from "../util/pushTo.js";
import { isPublishedAt } from "../source/isPublishedAt.js";
import type { ReportedBy, Source, SourceType } from "../source/types.js";
import { matchPhrases, type PhraseMatch } from "../text/phraseIndex.js";
import { toWords, type Word } from "../text/toWords.js";
import { getUnit } from "../units/registry.js";
import { claimWordIndex } from "./claimWordIndex.js";
import type { ClaimOrigin, ExtractClaimsOptions, ExtractedClaim, ExtractedClaims, SkippedMention, SkipReason } from "./claimTypes.js";
import { detectLang } from "./detectLang.js";
import { extractQuantities } from "./extractQuantities.js";
import { splitSentences, type Span } from "./splitSentences.js";
import type { Mention } from "./types.js";

type Cue = PhraseMatch<readonly ClaimWordKind[]>;
type MetricMatch = PhraseMatch<MetricWord>;
type EntityMatch = PhraseMatch<EntityName>;

/** An attribution: the whole phrase ("according to X", "X said") and the name in it. */
interface Attribution {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
}

/** What a claim is about, before it is written as claim input. */
interface Reading {
  readonly metric: string;
  readonly bilateral: boolean;
  readonly subject: readonly string[];
  readonly subjectIds: readonly string[];
  readonly direction: boolean;
  readonly period: Period | undefined;
  readonly dimension: string;
  readonly unit: string | undefined;
  /** The counting window of a count or ordinal ("since 2020"), a qualifier. */
  readonly window: string | undefined;
  readonly origin: ClaimOrigin;
}

/** A figure's subjects and metric may come from words this far from it (UTF-16 units). */
const LOCAL = 60;
/** A cue that turns a percentage into growth or a share must be this close to it. */
const CUE_REACH = 40;
/** Parties this close to a figure or its metric word are its own ("trade between Kazakhstan and Russia"). */
const TIGHT = 30;
/** How many earlier figures a figure that continues one looks back over. */
const LOOK_BACK = 8;
/** A figure's words are looked for this far around it in its sentence (UTF-16 units): bounded work per figure, however long the sentence. */
const SCOPE = 400;
/** Dates of one kind of event kept for refining later ones. */
const MAX_EVENTS = 4;
/** An undated event is dated by a date this many sentences back at most. */
const NARRATIVE = 2;
/** A modal word farther before a figure than this is about something else. */
const MODAL_REACH = 70;

const isLang = (value: unknown): value is Lang => typeof value === "string" && (LANGS as readonly string[]).includes(value);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const inside = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start >= b.start && a.end <= b.end;

const has = (cue: Cue, kind: ClaimWordKind): boolean => cue.value.includes(kind);

const dimensionOf = (unit: string): string => getUnit(unit)?.dimension ?? unit;

/**
 * Matches not inside any of the (sorted, disjoint) spans: bound words inside a figure ("more than") are
 * the figure's, and words inside a period ("19th May") the period's. A match that only overlaps a span
 * is kept: "two-way trade" is a metric even where "two" was read as a number.
 */
const outside = <T extends { start: number; end: number }>(list: readonly T[], spans: readonly { start: number; end: number }[]): T[] => {
  const out: T[] = [];
  let j = 0;
  for (const m of list) {
    while (j < spans.length && (spans[j] as { end: number }).end <= m.start) j++;
    const s = spans[j];
    if (s !== undefined && inside(m, s)) continue;
    out.push(m);
  }
  return out;
};

/** The items of a sorted list that lie inside `span`, by binary search for the first. */
const within = <T extends { start: number; end: number }>(list: readonly T[], span: { start: number; end: number }): T[] => {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as T).start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && (list[i] as T).start < span.end; i++) if ((list[i] as T).end <= span.end) out.push(list[i] as T);
  return out;
};

const CLAUSE_WORDS = new Set(["while", "whereas", "but", "although", "though", "а", "але", "тоді", "проте", "однак", "хоча", "но", "тогда", "однако", "хотя"]);

/** The clauses of a sentence: cut at ";" and at a comma before "while", "but", "а", "але", "но", "而", "但". */
const toClauses = (text: string, sentence: Span, words: readonly Word[]): Span[] => {
  const cuts: number[] = [];
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 0xff1b) cuts.push(i + 1);
  }
  for (const w of within(words, sentence)) {
    const starts = w.cjk ? w.text.startsWith("而") || w.text.startsWith("但") : CLAUSE_WORDS.has(w.key);
    if (!starts) continue;
    let k = w.start - 1;
    while (k > sentence.start && text.charCodeAt(k) === 32) k--;
    const c = text.charCodeAt(k);
    if (c === 44 || c === 0xff0c || c === 0x3001) cuts.push(w.start);
  }
  cuts.sort((a, b) => a - b);
  const out: Span[] = [];
  let start = sentence.start;
  for (const cut of cuts) {
    if (cut > start && cut < sentence.end) {
      out.push({ start, end: cut });
      start = cut;
    }
  }
  out.push({ start, end: sentence.end });
  return out;
};

const BOUNDARY = new Set([44, 59, 58, 0x201c, 0x201d, 0xab, 0xbb, 34, 40, 41, 0xff0c, 0xff1b, 0xff1a, 0x3001, 0x2014, 0x2013]);
const LEADING = new Set(["the", "a", "an", "however", "but", "and", "meanwhile", "also", "while", "moreover", "yet", "і", "й", "та", "а", "але", "и", "но", "однако", "проте"]);
const SOURCE_NOUNS = [
  "official", "ministry", "government", "intelligence", "expert", "analyst", "data", "statistic", "customs", "committee", "agency", "bureau", "office", "service", "bank",
  "посадов", "міністерств", "уряд", "розвідк", "експерт", "аналітик", "статистик", "митниц", "комітет", "агентств", "служб", "банк", "чиновник",
  "министерств", "правительств", "разведк", "эксперт", "аналитик", "таможн", "комитет", "агентств", "служб", "банк",
];
const MAX_NAME_WORDS = 12;
/** How far from its verb or preposition a source's name is looked for (UTF-16 units): bounded work per cue. */
const NAME_REACH = 160;

const isSourceLike = (name: string, nameWords: readonly Word[], pronouns: ReadonlySet<string>): boolean => {
  if (nameWords.length === 0) return false;
  if (nameWords.length === 1 && pronouns.has((nameWords[0] as Word).key)) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
  }
  if (nameWords.some((w) => w.cjk)) return name.length >= 2 && name.length <= 20;
  return nameWords.some((w) => {
    const first = w.text.charAt(0);
    return (first !== first.toLowerCase() && first === first.toUpperCase()) || SOURCE_NOUNS.some((n) => w.key.startsWith(n));
  });
};

/** The name's words with leading "the", "however", … dropped, and its text. */
const trimName = (text: string, nameWords: Word[]): { words: Word[]; start: number; end: number; name: string } | undefined => {
  while (nameWords.length > 0 && LEADING.has((nameWords[0] as Word).key)) nameWords.shift();
  if (nameWords.length === 0) return undefined;
  const start = (nameWords[0] as Word).start;
  const end = (nameWords[nameWords.length - 1] as Word).end;
  return { words: nameWords, start, end, name: text.slice(start, end) };
};

const ZH_SOURCE_STOPS = ["统计", "数据", "显示", "消息", "报道", "称", "的", "发布"];

/**
 * The attribution of a sentence: "according to X", "за даними X", "по данным X", "据X" (the name after
 * the words), or "X said", "X reported" (the name before them, back to a comma or the sentence start;
 * in Ukrainian and Russian also after them: "повідомили в розвідці"). A name must look like a source:
 * a capital letter, or a word such as "officials", "ministry", "розвідка"; pronouns are not.
 */
const findAttribution = (text: string, sentence: Span, cues: readonly Cue[], words: readonly Word[], mentions: readonly Mention[], pronouns: ReadonlySet<string>): Attribution | undefined => {
  const isBoundary = (i: number): boolean => BOUNDARY.has(text.charCodeAt(i));
  const touchesMention = (start: number, end: number): boolean => within(mentions, { start: start - 1000, end: end + 1000 }).some((m) => m.start < end && start < m.end);
  for (const cue of cues) {
    if (has(cue, "source-before")) {
      const cueWord = words[cue.from] as Word;
      if (cueWord.cjk) {
        // 据X统计 / 据X, …: the name runs to a stop word or a comma.
        let end = cue.end;
        const run = cueWord.end;
        for (; end < Math.min(run, cue.end + 20); end++) {
          if (isBoundary(end) || ZH_SOURCE_STOPS.some((s) => text.startsWith(s, end))) break;
        }
        if (end - cue.end >= 2) return { start: cue.start, end, name: text.slice(cue.end, end), nameStart: cue.end, nameEnd: end };
        continue;
      }
      let end = cue.end;
      const stop = Math.min(sentence.end, cue.end + NAME_REACH);
      while (end < stop && !isBoundary(end)) end++;
      const nameWords = within(words, { start: cue.end, end }).slice(0, MAX_NAME_WORDS);
      const name = trimName(text, nameWords);
      if (name !== undefined && !touchesMention(name.start, name.end) && isSourceLike(name.name, name.words, pronouns))
        return { start: cue.start, end: name.end, name: name.name, nameStart: name.start, nameEnd: name.end };
    }
    if (has(cue, "source-after")) {
      let start = cue.start;
      const stop = Math.max(sentence.start, cue.start - NAME_REACH);
      while (start > stop && !isBoundary(start - 1)) start--;
      const before = within(words, { start, end: cue.start });
      const name = trimName(text, before.slice(-MAX_NAME_WORDS));
      if (name !== undefined && !touchesMention(name.start, name.end) && isSourceLike(name.name, name.words, pronouns))
        return { start: name.start, end: cue.end, name: name.name, nameStart: name.start, nameEnd: name.end };
      // Ukrainian and Russian put the speaker after the verb: "…, повідомили в розвідці".
      const cueWord = words[cue.from] as Word;
      if (!cueWord.cjk && /* Cyrillic */ cueWord.key.charCodeAt(0) >= 0x400) {
        let end = cue.end;
        const stop = Math.min(sentence.end, cue.end + NAME_REACH);
        while (end < stop && !isBoundary(end) && text.charCodeAt(end) !== 46) end++;
        const after = within(words, { start: cue.end, end }).slice(0, 6);
        while (after.length > 0 && ["в", "у", "во", "із", "з"].includes((after[0] as Word).key)) after.shift();
        const named = trimName(text, after);
        if (named !== undefined && !touchesMention(named.start, named.end) && isSourceLike(named.name, named.words, pronouns))
          return { start: cue.start, end: named.end, name: named.name, nameStart: named.start, nameEnd: named.end };
      }
    }
  }
  return undefined;
};

const SOURCE_TYPES: readonly (readonly [SourceType, readonly string[]])[] = [
  ["statistics", ["statistic", "статистик", "统计"]],
  ["intelligence", ["intelligence", "розвідк", "разведк", "情报"]],
  ["government", ["ministry", "government", "president", "prime minister", "committee", "customs", "міністерств", "уряд", "президент", "прем'єр", "комітет", "митн", "министерств", "правительств", "премьер", "комитет", "таможн", "部", "政府", "海关", "主席", "总理"]],
  ["media", ["news", "agency", "times", "xinhua", "bloomberg", "reuters", "kazinform", "interfax", "tass", "агентств", "інформагентств", "新华", "通讯社", "报"]],
];

const toSource = (attribution: Attribution, entities: readonly EntityMatch[]): Source => {
  const lower = attribution.name.toLowerCase();
  const type = SOURCE_TYPES.find(([, words]) => words.some((w) => lower.includes(w)))?.[0];
  const country = entities.find((e) => inside(e, { start: attribution.nameStart, end: attribution.nameEnd }) && e.value.ids.length === 1 && (e.value.ids[0] as string).length === 2)?.value.ids[0];
  return { name: attribution.name, ...(type !== undefined ? { type } : {}), ...(country !== undefined && type !== "media" ? { country } : {}) };
};

const ORIGIN_WORDS = new Set(["from", "з", "із", "зі", "из", "от", "从"]);
const DESTINATION_WORDS = new Set(["to", "into", "in", "до", "в", "у", "во", "на", "对", "向", "到"]);

/** The word before a match, in lower case ("" at the start). */
const wordBefore = (words: readonly Word[], match: EntityMatch): string => (match.from > 0 ? (words[match.from - 1] as Word).key : "");

/** A party taken from an earlier sentence has no place in this one, and so no direction. */
const isHere = (e: EntityMatch): boolean => e.from >= 0;

/** Which of two parties is the origin and which the destination, when the words say ("exports from A to B", "Chinese investment in Kazakhstan"). */
const direct = (a: EntityMatch, b: EntityMatch, words: readonly Word[], metric: MetricMatch | undefined): [EntityMatch, EntityMatch] | undefined => {
  const role = (e: EntityMatch): "origin" | "destination" | undefined => {
    const before = wordBefore(words, e);
    if (ORIGIN_WORDS.has(before)) return "origin";
    if (DESTINATION_WORDS.has(before)) return "destination";
    if (!isHere(e)) return undefined;
    const w = words[e.from] as Word;
    // 中国对哈萨克斯坦投资: the party before 对/向 is the origin.
    if (w.cjk && (text2(w, e, "对") || text2(w, e, "向"))) return "origin";
    if (metric !== undefined && e.end <= metric.start && metric.start - e.end <= 3 && (e.value.adjective || isPossessive(w))) return "origin";
    return undefined;
  };
  const ra = role(a);
  const rb = role(b);
  if (ra === "destination" && rb !== "destination") return [b, a];
  if (rb === "destination" && ra !== "destination") return [a, b];
  if (ra === "origin" && rb !== "origin") return [a, b];
  if (rb === "origin" && ra !== "origin") return [b, a];
  return undefined;
};

const text2 = (w: Word, e: EntityMatch, next: string): boolean => w.text.startsWith(next, e.end - w.start);
const isPossessive = (w: Word): boolean => w.key.endsWith("'s") || w.key.endsWith("'");

/**
 * The period as claim input writes it: its canonical label ("2023", "2024-07", "as of 2024-01-01") when
 * the claim's language reads the label back to the same period, else the words it was read from ("на 1
 * января 2024 года"), which read back the same against the same publication date.
 */
const periodText = (period: Period, lang: string | undefined, reference: string): string => {
  const label = toPeriodLabel(period);
  const options = { reference, ...(isLang(lang) ? { lang } : {}) };
  const back = safeParsePeriod(label, options);
  if (back.success && back.period.start === period.start && back.period.end === period.end && back.period.kind === period.kind) return label;
  return period.text;
};

/** The year a period falls in (its start's), as a period. */
const yearPeriod = (year: number): Period | undefined => {
  const parsed = safeParsePeriod(String(year).padStart(4, "0"));
  return parsed.success ? parsed.period : undefined;
};

const yearOf = (period: Period): number => Number(period.start.slice(0, 4));

const lemmaOf = (entity: Entity | undefined, id: string, lang: Lang): string => {
  const known = entityIndex().lemma.get(id);
  if (known !== undefined) return known[lang];
  return entity?.name ?? id;
};

const entityById = (id: string, aliases: EntityAliases | undefined): Entity | undefined =>
  entityIndex().byId.get(id) ?? (aliases !== undefined ? aliasIndex(aliases).custom.get(id) : undefined);

/** A name of two or more capitalised words, or in quotes, just before `at` in the clause: "Dalian Group", "\"Fufeng Group\"". */
const namedSubject = (text: string, clause: Span, words: readonly Word[], at: number, exclude: readonly Span[]): { name: string; start: number; end: number } | undefined => {
  const clauseWords = within(words, { start: Math.max(clause.start, at - NAME_REACH), end: at }).filter((w) => !exclude.some((s) => overlaps(w, s)));
  let k = clauseWords.length - 1;
  // Skip the verb and small words between the name and the metric word (at most three words).
  for (let skipped = 0; k >= 0 && skipped < 3; skipped++) {
    const w = clauseWords[k] as Word;
    if (isCapitalised(w) && !w.cjk) break;
    k--;
  }
  const end = k;
  while (k >= 0 && isCapitalised(clauseWords[k] as Word) && !(clauseWords[k] as Word).cjk && end - k < 5) k--;
  const first = clauseWords[k + 1];
  const last = clauseWords[end];
  if (first === undefined || last === undefined || end - k < 2) return undefined;
  // A capitalised word at the start of the sentence is not evidence of a name.
  if (first.start === clause.start && end - k < 3) return undefined;
  return { name: text.slice(first.start, last.end), start: first.start, end: last.end };
};

const isCapitalised = (w: Word): boolean => {
  const c = w.text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
};

const nearest = <T extends { start: number; end: number }>(list: readonly T[], m: { start: number; end: number }, afterWeight = 1.5): T | undefined => {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const x of list) {
    const d = x.end <= m.start ? m.start - x.end : x.start >= m.end ? (x.start - m.end) * afterWeight : 0;
    if (d < bestDistance) {
      best = x;
      bestDistance = d;
    }
  }
  return best;
};

/** Options checked: a `publishedAt` the claims can carry, a known `lang`, and plain aliases and metrics. Misuse throws; text never does. */
const readOptions = (options: unknown): { lang: Lang | undefined; publishedAt: string; reportedBy: ReportedBy; aliases: EntityAliases | undefined; metrics: MetricWords | undefined; dollar: string | undefined } => {
  if (typeof options !== "object" || options === null) throw new DiscrepancyError("invalid-argument", messages.badOption("options", options, "an object with publishedAt"));
  const o = options as Partial<Record<keyof ExtractClaimsOptions, unknown>>;
  if (typeof o.publishedAt !== "string" || !isPublishedAt(o.publishedAt)) {
    const message = messages.badOption("publishedAt", o.publishedAt, 'a publication date such as "2024-02-14", "2024-12" or "2024"');
    throw new DiscrepancyError("invalid-argument", message, [{ path: ["publishedAt"], message, input: o.publishedAt }]);
  }
  if (o.lang !== undefined && !isLang(o.lang)) {
    const message = messages.badOption("lang", o.lang, `one of ${LANGS.join(", ")}`);
    throw new DiscrepancyError("invalid-argument", message, [{ path: ["lang"], message, input: o.lang }]);
  }
  if (o.aliases !== undefined) assertAliases(o.aliases, "aliases");
  if (o.metrics !== undefined) assertMetricWords(o.metrics, "metrics");
  let reportedBy: ReportedBy = {};
  if (typeof o.reportedBy === "string") reportedBy = o.reportedBy.trim() === "" ? {} : { name: o.reportedBy.trim() };
  else if (typeof o.reportedBy === "object" && o.reportedBy !== null && !Array.isArray(o.reportedBy)) reportedBy = { ...(o.reportedBy as ReportedBy) };
  else if (o.reportedBy !== undefined) {
    const message = messages.badOption("reportedBy", o.reportedBy, "an outlet's name or a reportedBy object");
    throw new DiscrepancyError("invalid-argument", message, [{ path: ["reportedBy"], message, input: o.reportedBy }]);
  }
  return {
    lang: o.lang as Lang | undefined,
    publishedAt: o.publishedAt,
    reportedBy,
    aliases: o.aliases as EntityAliases | undefined,
    metrics: o.metrics as MetricWords | undefined,
    dollar: typeof o.dollar === "string" ? o.dollar : undefined,
  };
};

/**
 * Reads the claims of an article: for each quantity mention (found by {@link extractQuantities}), a
 * claim validated by `claim()`, with the sentence as its quote and the figure's span — or the mention
 * among `skipped` with the reason (`no-metric`, `no-subject`). Each claim gets:
 *
 * - its **metric** from the metric lexicon (`resolveMetric`; "товарообіг", "bilateral trade", "贸易额"
 *   are "trade turnover"): for a count, the noun it counts ("70 agreements" → "agreements signed"); for
 *   an amount, the nearest metric word of its clause, "value of …" for money beside a count ("agreements
 *   worth $15 billion"), "… growth" for a percentage beside "increase", "… to GDP" before "of GDP";
 * - its **subjects**, the parties the clause names (`resolveEntity`, in any case form, adjectives
 *   too: "Chinese investment"), written in the text's language, with the direction when the words give
 *   it ("exports from A to B", "Chinese investment in Kazakhstan"); "bilateral", "two-way", "between the
 *   two" take the pair an earlier sentence named; otherwise a name of two or more capitalised words
 *   before the metric, as written ("Dalian Group");
 * - its **period**: the one beside the figure, else the sentence's nearest; "a year earlier", "the
 *   previous year" count back from the sentence's period (or the latest earlier one, or `publishedAt`);
 *   "the current 2–3 million" is the year of publication; relative phrases ("last year", "this July")
 *   are resolved against `publishedAt`;
 * - its **modality** from the words before it in its clause (target: "aims", "target", "мета", "目标";
 *   plan: "will", "plans", "планує", "计划"; forecast: "expected", "could", "очікується", "预计";
 *   estimate), back to a comparison's "up from", "against", "проти", which introduce an actual;
 * - its **source** from the sentence's attribution ("according to X", "X said", "за даними X", "по
 *   данным X", "据X"), with a type and country when its words say ("Chinese Ministry of Foreign
 *   Affairs": government, CN); without one, the outlet (`reportedBy`) is the source.
 *
 * A figure with no metric word of its own that continues an earlier one takes that one's metric, parties
 * and period: in the same sentence ("$41 billion in 2023, while Kazakhstan's ministry counted $31.5
 * billion") or the next sentence when it points back ("reported a lower figure of $31.5 billion"); a bare
 * number compared with an amount takes its unit ("10 million tons, against the current 2–3 million").
 * What came from elsewhere is listed in each claim's `origin`.
 *
 * Never throws on text and runs in linear time; misused options throw.
 *
 * @throws {DiscrepancyError} `invalid-argument` when `publishedAt` is missing or not a date, `lang` is not
 *   `en`, `uk`, `ru` or `zh`, or `aliases`, `metrics` or `reportedBy` are malformed.
 * @example
 * ```ts
 * const { claims } = extractClaims(
 *   "According to China's customs, bilateral trade between China and Kazakhstan reached $41 billion in 2023.",
 *   { publishedAt: "2024-02-14" },
 * );
 * claims.map(({ claim: c }) => [c.metric, c.subject, c.period?.start, c.quantity.value.toString(), c.source.name]);
 * // [["trade turnover", ["China", "Kazakhstan"], "2023-01-01", "41000000000", "China's customs"]]
 * const uk = extractClaims("Торік товарообіг України з ЄС становив 60 млрд доларів.", { publishedAt: "2024-02-14" });
 * uk.claims[0]?.claim.seriesKey; // "trade turnover|european union,ukraine|"
 * ```
 */
export const extractClaims = (text: string, options: ExtractClaimsOptions): ExtractedClaims => {
  const o = readOptions(options);
  if (typeof text !== "string" || text.length === 0) return Object.freeze({ claims: Object.freeze([]), skipped: Object.freeze([]) });
  const lang = o.lang ?? detectLang(text);
  const mentions = extractQuantities(text, { ...(o.lang !== undefined ? { lang: o.lang } : {}), publishedAt: o.publishedAt, ...(o.dollar !== undefined ? { dollar: o.dollar } : {}) });
  if (mentions.length === 0) return Object.freeze({ claims: Object.freeze([]), skipped: Object.freeze([]) });

  const words = toWords(text);
  const periods: readonly PeriodSpan[] = scanPeriods(text, { reference: o.publishedAt, ...(o.lang !== undefined ? { lang: o.lang } : {}) });
  const cues = outside(outside(matchPhrases(text, words, claimWordIndex()), mentions), periods);
  const metricsFound = outside(matchPhrases(text, words, metricIndex(o.metrics)), mentions);
  const entities = outside(findEntities(text, words, o.aliases), mentions);
  const sentences = splitSentences(text);
  const pronouns = new Set<string>();
  for (const c of cues) if (has(c, "pronoun")) pronouns.add((words[c.from] as Word).key);
  for (const p of ["he", "she", "they", "it", "we", "i", "він", "вона", "вони", "он", "она", "они"]) pronouns.add(p);
  const published = safeParsePeriod(o.publishedAt);
  const publicationYear = published.success ? yearPeriod(yearOf(published.period)) : undefined;
  const monthText = o.publishedAt.length >= 7 ? o.publishedAt.slice(0, 7) : o.publishedAt;
  const month = safeParsePeriod(monthText);
  const publicationMonth = month.success ? month.period : undefined;
  const reportedBy: ReportedBy = { ...o.reportedBy, publishedAt: o.publishedAt, lang: o.reportedBy.lang ?? lang };
  const outlet: Source = reportedBy.name !== undefined ? { name: reportedBy.name, type: "media" } : { name: "unattributed" };

  const claims: ExtractedClaim[] = [];
  const skipped: SkippedMention[] = [];
  let recentPair: readonly EntityMatch[] | undefined;
  let recentPairSentence = -1;
  let lastPeriod: Period | undefined;
  let previousSentencePeriod: Period | undefined;
  let previousPeriodSentence = -1;
  const events = new Map<string, Period[]>();
  // The readings of the previous sentence that had figures, for a figure that points back to one.
  let previous: { readonly sentence: number; readonly readings: readonly Reading[] } | undefined;
  let m = 0;

  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Span;
    const own: Mention[] = [];
    while (m < mentions.length && (mentions[m] as Mention).start < sentence.end) {
      const mention = mentions[m] as Mention;
      if (mention.start >= sentence.start) own.push(mention);
      else skipped.push({ mention, reason: "no-metric" });
      m++;
    }
    const sentenceCues = within(cues, sentence);
    const sentencePeriods = within(periods, sentence);
    const attribution = findAttribution(text, sentence, sentenceCues, words, own, pronouns);
    const attributionSpan: Span[] = attribution === undefined ? [] : [{ start: attribution.start, end: attribution.end }];
    const sentenceEntities = within(entities, sentence).filter((e) => !attributionSpan.some((a) => overlaps(e, a)));
    const sentenceMetrics = within(metricsFound, sentence).filter((x) => !attributionSpan.some((a) => overlaps(x, a)));
    const clauses = toClauses(text, sentence, words);
    const source = attribution === undefined ? outlet : toSource(attribution, within(entities, sentence));
    const readings: Reading[] = [];
    const quote = text.slice(sentence.start, sentence.end);

    let clauseAt = 0;
    for (let k = 0; k < own.length; k++) {
      const mention = own[k] as Mention;
      if (inCompound(text, mention)) {
        skipped.push({ mention, reason: "not-a-figure" });
        continue;
      }
      while (clauseAt + 1 < clauses.length && mention.start >= (clauses[clauseAt] as Span).end) clauseAt++;
      const clause = clauses[clauseAt] ?? sentence;
      // The words around the figure, within its sentence: bounded, so a sentence with no end costs no more per figure.
      const scope = { start: Math.max(sentence.start, mention.start - SCOPE), end: Math.min(sentence.end, mention.end + SCOPE) };
      const inClause = { start: Math.max(scope.start, clause.start), end: Math.min(scope.end, clause.end) };
      const nearCues = within(sentenceCues, scope);
      const nearby = within(own, scope);
      const read = readMention(mention, clause, sentence, {
        text,
        words,
        lang,
        aliases: o.aliases,
        metrics: within(sentenceMetrics, inClause),
        entities: within(sentenceEntities, scope),
        clauseEntities: within(sentenceEntities, inClause),
        cues: within(nearCues, inClause),
        sentenceCues: nearCues,
        sentencePeriods: within(sentencePeriods, scope),
        readings,
        previous: previous !== undefined && previous.sentence === s - 1 ? previous.readings : undefined,
        recentPair,
        pairJustBefore: recentPairSentence === s - 1,
        lastPeriod,
        previousPeriod: s - previousPeriodSentence <= NARRATIVE ? previousSentencePeriod : undefined,
        publicationYear,
        publicationMonth,
        events,
        exclude: [...attributionSpan],
        mentions: nearby,
        index: nearby.indexOf(mention),
      });
      if (typeof read === "string") {
        skipped.push({ mention, reason: read });
        continue;
      }
      const modality = modalityOf(mention, within(within(sentenceCues, clause), { start: mention.start - SCOPE, end: mention.end + SCOPE }), within(own, { start: mention.start, end: mention.end + SCOPE }));
      const input: ClaimInput = {
        metric: read.metric,
        ...(read.subject.length > 0 ? { subject: [...read.subject] } : {}),
        ...(read.direction ? { direction: true } : {}),
        ...(read.window !== undefined ? { qualifiers: { window: read.window } } : {}),
        value: mention.text,
        ...(read.unit !== undefined ? { unit: read.unit } : {}),
        ...(read.period !== undefined ? { period: periodText(read.period, reportedBy.lang, o.publishedAt) } : {}),
        modality,
        source,
        reportedBy,
        quote,
      };
      const built = buildClaim(input, {
        ...(o.aliases !== undefined ? { aliases: o.aliases } : {}),
        ...(o.metrics !== undefined ? { metrics: o.metrics } : {}),
        ...(o.dollar !== undefined ? { dollar: o.dollar } : {}),
      });
      const claim: Claim | undefined = built.claim;
      if (claim === undefined || !claim.quantity.value.equals(mention.quantity.value)) {
        skipped.push({ mention, reason: "invalid-claim" });
        continue;
      }
      readings.push(read);
      claims.push(
        Object.freeze({
          claim,
          input: Object.freeze(input),
          mention,
          start: mention.start,
          end: mention.end,
          sentence: Object.freeze({ start: sentence.start, end: sentence.end }),
          origin: Object.freeze(read.origin),
        }),
      );
    }
    if (readings.length > 0) previous = { sentence: s, readings };
    // The pair a later "the two countries" refers to: the parties of the sentence's last figure about
    // two of them, else the first two the sentence names.
    const ids = new Set<string>();
    const pair: EntityMatch[] = [];
    for (const e of sentenceEntities)
      for (const id of e.value.ids)
        if (!ids.has(id)) {
          ids.add(id);
          pair.push({ ...e, value: { ids: [id], adjective: e.value.adjective } });
        }
    const paired = [...readings].reverse().find((r) => r.subjectIds.length === 2 && r.subjectIds.every((id) => entityById(id, o.aliases) !== undefined));
    if (paired !== undefined) {
      recentPair = paired.subjectIds.map((id) => pair.find((e) => e.value.ids[0] === id) ?? { start: 0, end: 0, from: -1, to: -1, value: { ids: [id], adjective: false } });
      recentPairSentence = s;
    } else if (pair.length >= 2) {
      recentPair = pair.slice(0, 2);
      recentPairSentence = s;
    }
    const lastInSentence = sentencePeriods[sentencePeriods.length - 1];
    if (lastInSentence !== undefined) lastPeriod = lastInSentence.period;
    for (const word of sentenceMetrics) {
      if (word.value.kind !== "metric" || !EVENT_METRICS.has(word.value.metric.id)) continue;
      const when = nearest(sentencePeriods, word, 1);
      if (when === undefined) continue;
      pushTo(events, word.value.metric.id, when.period);
      const list = events.get(word.value.metric.id);
      if (list !== undefined && list.length > MAX_EVENTS) list.shift();
    }
    if (lastInSentence !== undefined) {
      previousSentencePeriod = lastInSentence.period;
      previousPeriodSentence = s;
    }
  }
  for (; m < mentions.length; m++) skipped.push({ mention: mentions[m] as Mention, reason: "no-metric" });
  return Object.freeze({ claims: Object.freeze(claims), skipped: Object.freeze(skipped) });
};

interface Context {
  readonly text: string;
  readonly words: readonly Word[];
  readonly lang: Lang;
  readonly aliases: EntityAliases | undefined;
  readonly metrics: readonly MetricMatch[];
  readonly entities: readonly EntityMatch[];
  readonly clauseEntities: readonly EntityMatch[];
  readonly cues: readonly Cue[];
  readonly sentenceCues: readonly Cue[];
  readonly sentencePeriods: readonly PeriodSpan[];
  readonly readings: readonly Reading[];
  readonly previous: readonly Reading[] | undefined;
  readonly recentPair: readonly EntityMatch[] | undefined;
  /** Whether the recent pair was named in the sentence just before ("Kazakhstan and China signed … . Among them were 70 agreements"). */
  readonly pairJustBefore: boolean;
  readonly lastPeriod: Period | undefined;
  /** The last period of the sentences just before (two at most), if they give one. */
  readonly previousPeriod: Period | undefined;
  readonly publicationYear: Period | undefined;
  readonly publicationMonth: Period | undefined;
  /** Events told before with their dates ("This July, … his fifth official visit"), by metric. */
  readonly events: ReadonlyMap<string, readonly Period[]>;
  readonly exclude: readonly Span[];
  readonly mentions: readonly Mention[];
  readonly index: number;
}

const isCounted = (unit: string): boolean => unit === "count" || unit === "ordinal";

/** Words that may follow an amount without being the thing it measures. */
const AFTER_AMOUNT = new Set([
  "in", "of", "to", "for", "from", "by", "and", "or", "a", "an", "the", "this", "that", "last", "next", "per", "each", "annually", "a year", "year", "yearly",
  "with", "at", "on", "as", "than", "against", "versus", "vs", "compared", "up", "down", "more", "less", "while", "but", "which", "who", "is", "was", "were", "are", "be", "been",
  "worth", "over", "under", "since", "until", "through", "into", "during", "after", "before", "between", "among", "across", "according", "so", "far", "now", "then", "only", "alone",
]);

/**
 * Whether the word right after an English amount is a noun the amount describes ("a $650 million
 * plant"): a lower-case English word, with only a space between, that is not a preposition, article,
 * verb of being or other word that may follow an amount.
 */
const DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her", "new", "another"]);

const isAttributiveNoun = (text: string, words: readonly Word[], mention: Mention, next: Word): boolean => {
  if (mention.lang !== "en" || mention.quantity.unit === "count" || mention.quantity.unit === "ordinal" || mention.quantity.unit === "%") return false;
  if (text.slice(mention.end, next.start) !== " ") return false;
  // Only after a determiner: "a new $650 million plant", not "only $2 billion behind".
  const before = within(words, { start: mention.start - 14, end: mention.start }).slice(-2);
  if (!before.some((w) => DETERMINERS.has(w.key))) return false;
  const first = next.text.charCodeAt(0);
  if (!(first >= 97 && first <= 122)) return false;
  return !AFTER_AMOUNT.has(next.key);
};

/** Nouns that count people: the figure's metric is then its clause's ("population … 146 million people"). */
const PEOPLE_NOUNS = ["people", "persons", "residents", "inhabitants", "individuals", "осіб", "особ", "людей", "люди", "мешканц", "человек", "людей", "жителей", "人"];

/** Nouns of a place in a ranking: "third place", "третє місце", "третье место", "第三位". */
const RANK_NOUNS = ["place", "position", "rank", "місц", "позиці", "мест", "позици", "位", "名"];

/** Words that open a counting window: "since 2020", "з 2020 року", "с 2020 года", "自2020年". */
const SINCE = ["since", "з ", "із ", "зі ", "с ", "со ", "自", "从"];

const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x400 && c <= 0x52f);

const PARTITIVE = [" of ", " з ", " із ", " из "];

/**
 * A number word inside a compound ("two-way", "three-year"), or one that picks members out of a group
 * ("one of China's 56 ethnic groups", "один із"): part of a phrase, not a figure.
 */
const inCompound = (text: string, mention: Mention): boolean =>
  mention.quantity.unit === "count" &&
  ((text.charCodeAt(mention.end) === 45 && isLetterCode(text.charCodeAt(mention.end + 1))) ||
    (mention.noun === undefined && PARTITIVE.some((p) => text.startsWith(p, mention.end))));

/** The metric word a count counts: the first metric word in its noun ("70 commercial agreements"). */
const countedMetric = (mention: Mention, metrics: readonly MetricMatch[]): MetricMatch | undefined => {
  if (mention.noun === undefined) return undefined;
  const reach = mention.end + mention.noun.length + 4;
  return metrics.find((x) => x.value.kind === "metric" && x.start >= mention.end && x.end <= reach);
};

/** What a mention is about, or why it cannot be read. */
const readMention = (mention: Mention, clause: Span, sentence: Span, c: Context): Reading | SkipReason => {
  const unit = mention.quantity.unit;
  const dimension = dimensionOf(unit);
  const origin: { -readonly [K in keyof ClaimOrigin]: ClaimOrigin[K] } = {};
  const metricWords = c.metrics.filter((x) => x.value.kind === "metric");
  let metricMatch: MetricMatch | undefined;
  let rank = false;
  if (isCounted(unit) && mention.noun !== undefined) {
    metricMatch = countedMetric(mention, metricWords);
    // "second only to Russia as a source of imports": an ordinal's place in a metric named just after it;
    // "in the third place", "на третьому місці": its place in the metric of its clause.
    // "146 млн человек", "2.7 million people": people are what is counted, the metric is the clause's.
    if (metricMatch === undefined && unit === "count" && PEOPLE_NOUNS.some((n) => mention.noun?.toLowerCase().startsWith(n) === true)) metricMatch = nearest(metricWords, mention);
    if (metricMatch === undefined && unit === "ordinal") {
      metricMatch = metricWords.find((x) => x.start >= mention.end && x.start - mention.end <= CUE_REACH && x.value.kind === "metric" && x.value.metric.counted !== true);
      if (metricMatch === undefined && RANK_NOUNS.some((n) => mention.noun?.toLowerCase().startsWith(n) === true))
        metricMatch = nearest(metricWords.filter((x) => x.value.kind === "metric" && x.value.metric.counted !== true), mention);
      rank = metricMatch !== undefined;
    }
    if (metricMatch === undefined) return "no-metric";
  } else {
    // "A $650 million plant": an amount before a noun is that thing's value or size — the noun's metric
    // when it has one ("a $2 billion investment"), else none of its clause's.
    const next = within(c.words, { start: mention.end, end: mention.end + 80 })[0];
    const adjacent = next !== undefined && next.start - mention.end <= 2 ? next : undefined;
    if (adjacent !== undefined && !adjacent.cjk && isAttributiveNoun(c.text, c.words, mention, adjacent)) {
      metricMatch = metricWords.find((x) => x.start === adjacent.start);
      if (metricMatch === undefined) return "no-metric";
    } else metricMatch = nearest(metricWords, mention);
  }

  // A figure with no metric of its own continues an earlier one: in its sentence, or in the sentence
  // before when it points back ("a lower figure").
  let referent: Reading | undefined;
  if (metricMatch === undefined) {
    referent = c.readings.slice(-LOOK_BACK).reverse().find((r) => r.dimension === dimension || (unit === "count" && r.unit === undefined && mention.noun === undefined));
    if (referent === undefined && c.previous !== undefined && c.sentenceCues.some((x) => has(x, "anaphora")))
      referent = c.previous.slice(-LOOK_BACK).reverse().find((r) => r.dimension === dimension);
    // A bare number compared with an amount: "10 million tons, against the current 2–3 million".
    if (referent === undefined && unit === "count" && mention.noun === undefined) {
      const before = c.readings.slice(-LOOK_BACK).reverse().find((r) => r.dimension !== "count");
      if (before !== undefined && c.cues.some((x) => has(x, "baseline") && x.end <= mention.start)) referent = before;
    }
    if (referent === undefined) return "no-metric";
    origin.metric = "reference";
  }

  const metricEntry = metricMatch?.value.kind === "metric" ? metricMatch.value.metric : undefined;
  let metric = metricEntry?.id ?? (referent as Reading).metric;
  let bilateral = metricEntry !== undefined ? metricEntry.bilateral === true || metricEntry.id === "agreements signed" || metricEntry.id === "projects" : (referent as Reading).bilateral;
  // A value beside a count of things: "70 agreements worth $15 billion" is the agreements' value.
  if (metricEntry?.counted === true && !isCounted(unit) && dimension === "currency") metric = `value of ${metric}`;
  if (rank) metric = `${metric} rank`;
  // "3.5% of Kazakhstan's GDP" after "debt …": the debt's ratio to GDP.
  if (metricEntry?.id === "GDP" && (unit === "%" || unit === "pp") && metricMatch !== undefined && metricMatch.start >= mention.end) {
    const base = nearest(metricWords.filter((x) => x.end <= mention.start && x.value.kind === "metric" && x.value.metric.id !== "GDP"), mention);
    const baseMetric = base?.value.kind === "metric" ? base.value.metric.id : undefined;
    if (baseMetric !== undefined) metric = `${baseMetric} to GDP`;
  } else if (metricEntry !== undefined && (unit === "%" || unit === "pp")) {
    const ofGdp = c.metrics.find((x) => x.value.kind === "cue" && x.value.cue === "ofGdp" && x.start >= mention.end && x.start - mention.end <= 4);
    const growth = c.metrics.find((x) => x.value.kind === "cue" && x.value.cue === "growth" && (x.start - mention.end <= CUE_REACH && x.start >= mention.end || mention.start - x.end <= CUE_REACH && x.end <= mention.start));
    const share = c.metrics.find((x) => x.value.kind === "cue" && x.value.cue === "share");
    if (ofGdp !== undefined && metric !== "GDP") metric = `${metric} to GDP`;
    else if (growth !== undefined) metric = `${metric} growth`;
    else if (share !== undefined) metric = `share of ${metric}`;
    bilateral = bilateral && growth === undefined && share === undefined;
  }
  if (unit === "x" && metricEntry !== undefined) metric = `${metric} growth multiple`;

  // Subjects.
  let subject: string[] = [];
  let subjectIds: string[] = [];
  let direction = false;
  if (referent !== undefined && metricMatch === undefined) {
    subject = [...referent.subject];
    subjectIds = [...referent.subjectIds];
    direction = referent.direction;
    if (subject.length > 0) origin.subject = "reference";
  } else {
    const anchor = metricMatch !== undefined ? { start: Math.min(metricMatch.start, mention.start), end: Math.max(metricMatch.end, mention.end) } : mention;
    const local = c.clauseEntities.filter((e) => e.end > anchor.start - LOCAL && e.start < anchor.end + LOCAL);
    const pool = local.length > 0 ? local : c.clauseEntities.length > 0 ? c.clauseEntities : c.entities;
    const distinct = distinctEntities(pool, mention);
    const bilateralCue = c.sentenceCues.some((x) => has(x, "bilateral") && x.end > anchor.start - LOCAL && x.start < anchor.end + LOCAL);
    let chosen: EntityMatch[];
    const held = parenthesisedBy(c.text, mention, c.entities, c.words);
    if (held !== undefined && typeof held === "string") {
      chosen = [];
    } else if (held !== undefined) chosen = [held];
    else if (bilateral) {
      const tight = distinctEntities(c.clauseEntities.filter((e) => e.end > anchor.start - TIGHT && e.start < anchor.end + TIGHT), anchor);
      const near = (kind: ClaimWordKind, reach: number): boolean => c.sentenceCues.some((x) => has(x, kind) && x.end > anchor.start - reach && x.start < anchor.end + reach);
      const all = distinctEntities(c.entities, anchor);
      if (tight.length >= 2) chosen = tight.slice(0, 2);
      else if (c.recentPair !== undefined && (near("the-pair", TIGHT) || (all.length < 2 && (bilateralCue || near("the-pair", LOCAL) || (all.length === 0 && c.pairJustBefore))))) {
        // "Between the two nations", or "bilateral" in a sentence that names fewer than two parties: the pair named before.
        chosen = [...c.recentPair];
        origin.subject = "earlier-sentence";
      } else if (all.length >= 2) {
        // The sentence's first party and the one nearest the figure: "China overtook Russia to become
        // Kazakhstan's largest trading partner, with two-way trade exceeding $41 billion".
        const first = [...c.entities].sort((a, b) => a.start - b.start)[0] as EntityMatch;
        const firstId = first.value.ids[0] as string;
        const other = all.find((e) => e.value.ids[0] !== firstId);
        chosen = other === undefined ? all.slice(0, 2) : [{ ...first, value: { ids: [firstId], adjective: first.value.adjective } }, other];
      } else chosen = all;
    } else if (metricEntry?.directed === true) chosen = distinct.slice(0, 2);
    else chosen = distinct.slice(0, 1);
    if (chosen.length === 2 && metricEntry?.directed === true) {
      const ordered = direct(chosen[0] as EntityMatch, chosen[1] as EntityMatch, c.words, metricMatch);
      if (ordered !== undefined) {
        chosen = ordered;
        direction = true;
      }
    }
    if (typeof held === "string") {
      subject = [held];
      subjectIds = [held];
      origin.subject = "name";
    } else if (chosen.length === 0) {
      const at = metricMatch !== undefined && metricMatch.start < mention.start ? metricMatch.start : mention.start;
      const named = namedSubject(c.text, clause, c.words, at, c.exclude);
      if (named === undefined) return "no-subject";
      subject = [named.name];
      subjectIds = [named.name];
      origin.subject = "name";
    } else {
      subjectIds = chosen.map((e) => e.value.ids[0] as string);
      subject = subjectIds.map((id) => lemmaOf(entityById(id, c.aliases), id, c.lang));
    }
    if (!direction && subjectIds.length === 2) {
      // A set: order is meaningless, and one order keeps inputs from two languages alike.
      const both = subjectIds.map((id, i) => [id, subject[i] as string] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      subjectIds = both.map((x) => x[0]);
      subject = both.map((x) => x[1]);
    }
  }

  // Period.
  let period: Period | undefined = mention.period;
  // "The third since 2020": for a count or an ordinal, "since 2020" is the window it counts in, a
  // qualifier of the series, not the time the claim is about.
  let window: string | undefined;
  if (isCounted(unit) && period !== undefined && period.kind === "interval" && SINCE.some((w) => period?.text.toLowerCase().startsWith(w) === true)) {
    window = period.text;
    period = undefined;
  }
  // "$5 billion in 2023, against $4 billion a year earlier": a phrase counting back that is nearer the
  // figure than the period beside it is this figure's.
  const back = unit === "x" ? undefined : c.sentenceCues.find((x) => has(x, "previous-year") && x.end > mention.start - LOCAL && x.start < mention.end + LOCAL);
  if (back !== undefined && period !== undefined) {
    const own = c.sentencePeriods.find((p) => p.period === mention.period || (p.period.start === mention.period?.start && p.period.end === mention.period.end && p.period.text === mention.period.text));
    const gap = (x: { start: number; end: number }): number => (x.end <= mention.start ? mention.start - x.end : x.start - mention.end);
    if (own !== undefined && gap(back) < gap(own)) period = undefined;
  }
  if (period === undefined && back !== undefined) {
    {
      const anchor = nearest(c.sentencePeriods, back)?.period ?? c.lastPeriod ?? c.publicationYear;
      if (anchor !== undefined) {
        period = yearPeriod(yearOf(anchor) - 1);
        origin.period = "previous-year";
      }
    }
  }
  // "The same year's two-way trade": the period of the sentence, or of the figures before it.
  if (period === undefined) {
    const same = c.sentenceCues.find((x) => has(x, "same-period") && x.end > mention.start - LOCAL && x.start < mention.end + LOCAL);
    const anchor = same === undefined ? undefined : (nearest(c.sentencePeriods, same)?.period ?? c.lastPeriod);
    if (anchor !== undefined) {
      period = anchor;
      origin.period = "same-period";
    }
  }
  if (period === undefined) {
    // As extractQuantities does beside a figure: a period with another figure of the same kind between
    // is that figure's ("1.5 million tonnes from January 2023 … and up to 6 million tonnes").
    const free = c.sentencePeriods.filter((p) => p.period.text !== window && !c.mentions.some((other, j) => j !== c.index && sameKind(other, mention) && between(other, p, mention)));
    const inSentence = nearest(free, mention, 1);
    if (inSentence !== undefined) {
      period = inSentence.period;
      origin.period = "sentence";
    }
  }
  if (period === undefined && c.cues.some((x) => has(x, "current") && x.end <= mention.start && mention.start - x.end <= CUE_REACH)) {
    period = c.publicationYear;
    if (period !== undefined) origin.period = "current";
  }
  if (period === undefined && referent !== undefined && referent.period !== undefined) {
    period = referent.period;
    origin.period = "reference";
  }
  // "During Xi's visit this summer" after "This July, Xi … held his fifth official visit": the same
  // event, dated more finely before — its date, when it lies inside this one.
  if (period !== undefined && COARSE.has(period.kind)) {
    for (const word of c.metrics) {
      if (word.value.kind !== "metric") continue;
      const finer = c.events.get(word.value.metric.id)?.find((q) => isFinerInside(q, period as Period));
      if (finer !== undefined) {
        period = finer;
        origin.period = "same-event";
        break;
      }
    }
  }
  // An event told without a date (agreements signed, a visit) is the news of its sentence's story: dated
  // by one of the two sentences before, when they give a date, else by the month of publication.
  if (period === undefined && EVENT_METRICS.has(metric) && modalityOf(mention, c.cues, c.mentions) === "actual") {
    if (c.previousPeriod !== undefined) {
      period = c.previousPeriod;
      origin.period = "earlier-sentence";
    } else if (c.publicationMonth !== undefined) {
      period = c.publicationMonth;
      origin.period = "publication";
    }
  }

  // A bare number compared with an amount before it takes the amount's unit: "10 million tons,
  // against the current 2–3 million".
  let borrowedUnit: string | undefined;
  if (unit === "count" && mention.noun === undefined) {
    const compared = referent ?? (c.cues.some((x) => has(x, "baseline") && x.end <= mention.start) ? c.readings.slice(-LOOK_BACK).reverse().find((r) => r.dimension !== "count") : undefined);
    if (compared !== undefined && compared.dimension !== "count" && compared.unit !== undefined) {
      borrowedUnit = compared.unit;
      origin.unit = "comparison";
    }
  }
  void sentence;
  return { metric, bilateral, subject, subjectIds, direction, period, window, dimension: borrowedUnit !== undefined ? dimensionOf(borrowedUnit) : dimension, unit: borrowedUnit ?? (unit === "count" ? undefined : unit), origin };
};

const QUOTES = new Set([34, 39, 0x2018, 0x2019, 0x201c, 0x201d, 0xab, 0xbb]);

/**
 * The party a figure in parentheses belongs to: the name just before the bracket — "USA (31 per cent)",
 * "‘KazMunaiGaz’ (31 per cent)" — a gazetteer entity, or a quoted or capitalised name as written.
 */
const parenthesisedBy = (text: string, mention: Mention, entities: readonly EntityMatch[], words: readonly Word[]): EntityMatch | string | undefined => {
  let i = mention.start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (text.charCodeAt(i) !== 40 && text.charCodeAt(i) !== 0xff08) return undefined;
  let end = i;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  const entity = entities.find((e) => e.end === end);
  if (entity !== undefined) return { ...entity, value: { ids: [entity.value.ids[0] as string], adjective: entity.value.adjective } };
  let quoted = false;
  if (QUOTES.has(text.charCodeAt(end - 1))) {
    quoted = true;
    end--;
  }
  const before = within(words, { start: end - 60, end });
  const last = before[before.length - 1];
  if (last === undefined || last.end !== end) return undefined;
  const first = text.charAt(last.start);
  if (!quoted && !(first !== first.toLowerCase() && first === first.toUpperCase())) return undefined;
  return last.text;
};

/** Periods an event's date may refine. */
const COARSE: ReadonlySet<string> = new Set(["year", "half", "season", "quarter"]);

/** Whether `q` is a month or a day inside `p` (and not `p` itself). */
const isFinerInside = (q: Period, p: Period): boolean =>
  (q.kind === "month" || q.kind === "day") && q.start >= p.start && q.end <= p.end && (q.start !== p.start || q.end !== p.end);

/** Metrics of events, which happen when the news tells them unless the words give another date. */
const EVENT_METRICS: ReadonlySet<string> = new Set(["agreements signed", "value of agreements signed", "visits", "summits"]);

/** Two figures of one kind: the same unit, and for counts the same noun. */
const sameKind = (a: Mention, b: Mention): boolean =>
  a.quantity.unit === b.quantity.unit && (!isCounted(a.quantity.unit) || (a.noun ?? "") === (b.noun ?? ""));

/** Whether `x` lies between `a` and `b` (in either order). */
const between = (x: { start: number; end: number }, a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.end <= b.start ? x.start >= a.end && x.end <= b.start : x.start >= b.end && x.end <= a.start;

/** The entities of a pool, one per party, nearest to `anchor` first. */
const distinctEntities = (pool: readonly EntityMatch[], anchor: { start: number; end: number }): EntityMatch[] => {
  // A party before the figure is its own more often than one after it ("Europe … 17 per cent …, and China").
  const distance = (e: EntityMatch): number => (e.end <= anchor.start ? anchor.start - e.end : e.start >= anchor.end ? 2 * (e.start - anchor.end) : 0);
  const sorted = [...pool].sort((a, b) => distance(a) - distance(b));
  const seen = new Set<string>();
  const out: EntityMatch[] = [];
  for (const e of sorted)
    for (const id of e.value.ids)
      if (!seen.has(id)) {
        seen.add(id);
        out.push({ ...e, value: { ids: [id], adjective: e.value.adjective } });
      }
  return out;
};

const MODAL: readonly (readonly [ClaimWordKind, Modality])[] = [
  ["target", "target"],
  ["plan", "plan"],
  ["forecast", "forecast"],
  ["estimate", "estimate"],
];

const modalOf = (cue: Cue): Modality | undefined => MODAL.find(([kind]) => has(cue, kind))?.[1];

/**
 * The modality the words give a figure: the nearest modal word before it in its clause, back to a
 * comparison's base ("up from", "against", "проти") or "current", which introduce an actual; else a
 * modal word after it, before the next figure; else an actual.
 */
const modalityOf = (mention: Mention, cues: readonly Cue[], mentions: readonly Mention[]): Modality => {
  let found: Modality | undefined;
  let plan = false;
  for (const cue of cues) {
    if (cue.end > mention.start) break;
    if (mention.start - cue.end > MODAL_REACH) continue;
    if (has(cue, "baseline") || has(cue, "current") || has(cue, "previous-year")) {
      found = undefined;
      plan = false;
      continue;
    }
    const modal = modalOf(cue);
    // "Expected to … will reach", "预计 … 将达到": the future tense of a forecast or target is not a plan.
    if (modal === "plan") plan = true;
    else if (modal !== undefined) found = modal;
  }
  if (found !== undefined) return found;
  if (plan) return "plan";
  const next = mentions.find((x) => x.start >= mention.end);
  for (const cue of cues) {
    if (cue.start < mention.end) continue;
    if (next !== undefined && cue.start >= next.start) break;
    if (has(cue, "baseline")) break;
    const modal = modalOf(cue);
    if (modal !== undefined && modal !== "plan") return modal;
  }
  return "actual";
};
