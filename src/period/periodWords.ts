import { LEXICONS } from "../lexicon/index.js";
import { LANGS } from "../lexicon/types.js";
import type { Lang, PeriodSeason, PeriodUnit, PeriodWords } from "../lexicon/types.js";
import { addPhrase, createPhraseTrie, type PhraseTrieNode } from "../text/phraseTrie.js";
import { tokenize } from "../text/tokenize.js";
import { toPeriodTokens, type PeriodToken } from "./toPeriodTokens.js";

/**
 * What a phrase of the lexicons means to the period grammar. A phrase may have several roles
 * (Ukrainian "з" opens a range and means "since"; "квартал" is a quarter word and a unit word).
 *
 * @internal
 */
export interface Roles {
  month?: number;
  season?: PeriodSeason;
  /** A month or season name that, alone, is a period only after a cue (English "may", "fall"). */
  needsCue?: boolean;
  ordinal?: number;
  /** A number word 1–12 of the quantity lexicon: "nine", "дев'яти", "九". */
  count?: number;
  /** "First" before a count: "the *first* nine months", "*前*三季度". */
  first?: true;
  /** Months per counted unit after a count: 1 for "months", 3 for "quarters". */
  countUnit?: number;
  ordinalSuffix?: true;
  quarterWord?: true;
  halfWord?: true;
  halfPhrase?: number;
  yearSuffix?: true;
  monthSuffix?: true;
  daySuffix?: true;
  article?: true;
  of?: true;
  unit?: PeriodUnit;
  modifier?: number;
  relative?: { readonly unit: PeriodUnit; readonly offset: number };
  preposition?: true;
  asOf?: true;
  endOf?: true;
  startOf?: true;
  vague?: true;
  since?: true;
  sinceSuffix?: true;
  endSuffix?: true;
  vagueSuffix?: true;
  rangeStart?: true;
  rangeJoiner?: true;
  fiscal?: true;
}

/** What a phrase of the period trie means, and its roles as {@link ROLE_BITS}, so that asking for a role a phrase lacks costs one `&`. @internal */
export interface PeriodEntry {
  readonly roles: Roles;
  mask: number;
}

/** A node of the phrase trie: keyed by period token keys, so a lookup is one Map access per token. @internal */
export type TrieNode = PhraseTrieNode<PeriodEntry>;

/** The period words of one or more languages, compiled for the scanner. @internal */
export interface CompiledPeriodWords {
  readonly root: TrieNode;
  /** The longest phrase, in tokens: the most a lookup ever reads. */
  readonly depth: number;
  /** Phrases two languages give different meanings (the first language listed wins). */
  readonly conflicts: readonly string[];
}

type RoleKey = keyof Roles;

const ROLE_KEYS: readonly RoleKey[] = [
  "month", "season", "needsCue", "ordinal", "count", "first", "countUnit", "ordinalSuffix", "quarterWord", "halfWord", "halfPhrase", "yearSuffix",
  "monthSuffix", "daySuffix", "article", "of", "unit", "modifier", "relative", "preposition", "asOf", "endOf", "startOf",
  "vague", "since", "sinceSuffix", "endSuffix", "vagueSuffix", "rangeStart", "rangeJoiner", "fiscal",
];

/**
 * One bit per role of {@link Roles}: at most 32 roles fit the 32-bit integers of `&` and `|` (a test
 * checks it). @internal
 */
export const ROLE_BITS: Readonly<Record<RoleKey, number>> = /* @__PURE__ */ (() => Object.freeze(
  Object.fromEntries(ROLE_KEYS.map((key, index) => [key, 1 << index])) as Record<RoleKey, number>,
))();

/** The keys of a phrase's period tokens: the one tokenizer's, cut as the grammar reads text. @internal */
export const periodKeys = (phrase: string): string[] => {
  const pieces: PeriodToken[] = [];
  for (const token of tokenize(phrase)) toPeriodTokens(phrase, token, pieces);
  return pieces.map((piece) => piece.key);
};

const compile = (langs: readonly Lang[]): CompiledPeriodWords => {
  const root = createPhraseTrie<PeriodEntry>();
  const conflicts: string[] = [];
  let depth = 0;
  const add = <K extends RoleKey>(phrase: string, key: K, value: NonNullable<Roles[K]>, lang: Lang): void => {
    const keys = periodKeys(phrase);
    const entry = addPhrase(root, keys, (): PeriodEntry => ({ roles: {}, mask: 0 }));
    if (entry === undefined) return;
    depth = Math.max(depth, keys.length);
    const roles: Roles = entry.roles;
    entry.mask |= ROLE_BITS[key];
    const old = roles[key];
    if (old === undefined) roles[key] = value;
    else if (JSON.stringify(old) !== JSON.stringify(value)) conflicts.push(`${lang}: ${JSON.stringify(phrase)} as ${key}`);
  };
  for (const lang of langs) {
    const w: PeriodWords = LEXICONS[lang].period;
    w.months.forEach((names, index) => {
      for (const name of names) {
        add(name, "month", index + 1, lang);
        if (w.bareNamesNeedCue) add(name, "needsCue", true, lang);
      }
    });
    for (const season of Object.keys(w.seasons) as PeriodSeason[]) {
      for (const name of w.seasons[season]) {
        add(name, "season", season, lang);
        if (w.bareNamesNeedCue) add(name, "needsCue", true, lang);
      }
    }
    w.ordinals.forEach((words, index) => words.forEach((word) => add(word, "ordinal", index + 1, lang)));
    // Counts for "the first nine months" are the quantity lexicon's numerals 1–12 (one list of number
    // words), and with bare multipliers "十" (10), "十一", "十二".
    const q = LEXICONS[lang].quantity;
    const ones: [string, number][] = [];
    for (const [word, value] of Object.entries(q.numbers ?? {})) {
      const n = Number(value);
      if (Number.isInteger(n) && n >= 1 && n <= 12) {
        add(word, "count", n, lang);
        if (n <= 2) ones.push([word, n]);
      }
    }
    if (q.bareMultipliers === true) {
      for (const [word, power] of Object.entries(q.multipliers ?? {})) {
        if (power !== 1) continue;
        add(word, "count", 10, lang);
        for (const [one, n] of ones) add(word + one, "count", 10 + n, lang);
      }
    }
    w.monthsWords.forEach((word) => add(word, "countUnit", 1, lang));
    w.quartersWords.forEach((word) => add(word, "countUnit", 3, lang));
    w.halfPhrases.forEach((words, index) => words.forEach((word) => add(word, "halfPhrase", index + 1, lang)));
    for (const unit of Object.keys(w.unitWords) as PeriodUnit[]) for (const word of w.unitWords[unit]) add(word, "unit", unit, lang);
    w.modifiers.last.forEach((word) => add(word, "modifier", -1, lang));
    w.modifiers.this.forEach((word) => add(word, "modifier", 0, lang));
    w.modifiers.next.forEach((word) => add(word, "modifier", 1, lang));
    for (const phrase of w.relativePhrases) add(phrase.text, "relative", { unit: phrase.unit, offset: phrase.offset }, lang);
    const flags: readonly [readonly string[], RoleKey][] = [
      [w.firstWords, "first"],
      [w.ordinalSuffixes, "ordinalSuffix"],
      [w.quarterWords, "quarterWord"],
      [w.halfWords, "halfWord"],
      [w.yearSuffixes, "yearSuffix"],
      [w.monthSuffixes, "monthSuffix"],
      [w.daySuffixes, "daySuffix"],
      [w.articles, "article"],
      [w.ofWords, "of"],
      [w.prepositions, "preposition"],
      [w.asOf, "asOf"],
      [w.endOf, "endOf"],
      [w.startOf, "startOf"],
      [w.vague, "vague"],
      [w.since, "since"],
      [w.sinceSuffixes, "sinceSuffix"],
      [w.endSuffixes, "endSuffix"],
      [w.vagueSuffixes, "vagueSuffix"],
      [w.rangeStarts, "rangeStart"],
      [w.rangeJoiners, "rangeJoiner"],
      [w.fiscalYear, "fiscal"],
    ];
    for (const [words, key] of flags) for (const word of words) add(word, key, true as never, lang);
  }
  return { root, depth, conflicts };
};

const CACHE = /* @__PURE__ */ new Map<string, CompiledPeriodWords>();

/**
 * The compiled period words of a language, or of every language when `lang` is undefined (news
 * quotes across languages, and the lexicons do not contradict each other: a test checks it).
 * Compiled once per language on first use.
 *
 * @internal
 */
export const getPeriodWords = (lang: Lang | undefined): CompiledPeriodWords => {
  const key = lang ?? "*";
  let words = CACHE.get(key);
  if (words === undefined) {
    words = compile(lang === undefined ? LANGS : [lang]);
    CACHE.set(key, words);
  }
  return words;
};
