import { buildClaim } from "../claim/claim.js";
import type { ClaimInput } from "../claim/schema.js";
import type { Claim } from "../claim/types.js";
import { findEntities } from "../entity/findEntities.js";
import { metricIndex } from "../metric/metricIndex.js";
import { safeParsePeriod } from "../period/safeParsePeriod.js";
import { scanPeriods, type PeriodSpan } from "../period/scanPeriods.js";
import type { Period } from "../period/types.js";
import type { ReportedBy, Source } from "../source/types.js";
import { matchPhrases } from "../text/phraseIndex.js";
import { toWords, type Word } from "../text/toWords.js";
import { pushTo } from "../util/pushTo.js";
import type { ExtractClaimsOptions, ExtractedClaim, ExtractedClaims, SkippedMention } from "./claimTypes.js";
import { claimWordIndex } from "./claimWordIndex.js";
import { detectLang } from "./detectLang.js";
import { entityById } from "./entityById.js";
import { extractQuantities } from "./extractQuantities.js";
import { findAttribution } from "./findAttribution.js";
import { inCompound } from "./inCompound.js";
import { modalityOf } from "./modalityOf.js";
import { periodText, yearOf, yearPeriod } from "./periodText.js";
import { EVENT_METRICS } from "./pickPeriod.js";
import { MAX_EVENTS, NARRATIVE, SCOPE } from "./reaches.js";
import { readMention } from "./readMention.js";
import { readOptions } from "./readOptions.js";
import { has, type EntityMatch, type Reading } from "./readingTypes.js";
import { nearest, outside, overlaps, within } from "./spans.js";
import { splitSentences, type Span } from "./splitSentences.js";
import { toClauses } from "./toClauses.js";
import { toSource } from "./toSource.js";
import type { Mention } from "./types.js";

// The driver: it walks the article sentence by sentence, keeps what later sentences refer back to (the
// pair of parties, the last period, dated events), and hands each figure to readMention. The readers
// themselves live one per file beside it.

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
      const read = readMention(mention, clause, {
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
