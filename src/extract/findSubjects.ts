import { entityIndex } from "../entity/entityIndex.js";
import type { Entity } from "../entity/types.js";
import type { ClaimWordKind } from "../lexicon/claimWords.js";
import type { Lang } from "../lexicon/types.js";
import type { Word } from "../text/toWords.js";
import type { SkipReason } from "./claimTypes.js";
import { entityById } from "./entityById.js";
import type { MetricFinding } from "./findMetric.js";
import { LOCAL, NAME_REACH, TIGHT } from "./reaches.js";
import { has, type Context, type EntityMatch, type MetricMatch, type MutableOrigin } from "./readingTypes.js";
import { overlaps, within } from "./spans.js";
import type { Span } from "./splitSentences.js";
import type { Mention } from "./types.js";

// Step two of readMention: whose figure it is. The helpers below (direction words, a name in
// parentheses, a capitalised name) serve only this step, so they live here rather than in util/.

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

const lemmaOf = (entity: Entity | undefined, id: string, lang: Lang): string => {
  const known = entityIndex().lemma.get(id);
  if (known !== undefined) return known[lang];
  return entity?.name ?? id;
};

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

/**
 * A figure's parties, as claim input writes them, and whether their order is a direction.
 *
 * @internal
 */
export interface Subjects {
  readonly subject: readonly string[];
  readonly subjectIds: readonly string[];
  readonly direction: boolean;
}

/**
 * The parties a figure is about: its reference's, the clause's nearest, the pair named before, or a name as written; "no-subject" when none.
 *
 * @internal
 */
export const findSubjects = (mention: Mention, clause: Span, c: Context, found: MetricFinding, origin: MutableOrigin): Subjects | SkipReason => {
  const { metricMatch, metricEntry, bilateral, referent } = found;
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
  return { subject, subjectIds, direction };
};
