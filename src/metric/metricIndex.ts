import { METRIC_CUES, METRICS, type MetricEntry } from "../lexicon/metrics.js";
import { createPhraseIndex, type PhraseEntry, type PhraseIndex } from "../text/phraseIndex.js";
import type { MetricWords } from "./types.js";

/** What a phrase of the text is: a metric's word, or a cue that modifies one. @internal */
export type MetricWord =
  | { readonly kind: "metric"; readonly metric: MetricEntry; readonly loose?: true }
  | { readonly kind: "cue"; readonly cue: keyof typeof METRIC_CUES };

const isCyrillic = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x52f) return true;
  }
  return false;
};

const ENDINGS = "аяоеєиіїуюйьы";

/**
 * The caller's Ukrainian and Russian words are nominatives ("урожай зерна"): each word longer than four
 * letters loses its last vowel, й or ь, so that its other case forms meet it as a stem ("урожаю зерна").
 */
const toStems = (phrase: string): string =>
  isCyrillic(phrase)
    ? phrase
        .split(" ")
        .map((w) => (w.length > 4 && ENDINGS.includes(w.slice(-1).toLowerCase()) ? w.slice(0, -1) : w))
        .join(" ")
    : phrase;

/** English whole words; Ukrainian and Russian stems. */
const entry = (phrase: string, value: MetricWord): PhraseEntry<MetricWord> => ({ phrase: phrase.replaceAll("-", " "), value, mode: isCyrillic(phrase) ? "stem" : "exact" });

const compile = (extra: MetricWords | undefined): PhraseIndex<MetricWord> => {
  const entries: PhraseEntry<MetricWord>[] = [];
  const byId = new Map<string, MetricEntry>(METRICS.map((m) => [m.id, m]));
  const added = new Map<string, string[]>();
  for (const [id, words] of Object.entries(extra ?? {})) {
    const name = id.trim();
    if (name === "" || !Array.isArray(words)) continue;
    added.set(name, words.filter((w): w is string => typeof w === "string"));
    if (!byId.has(name)) byId.set(name, { id: name, en: [], uk: [], ru: [], zh: [] });
  }
  // The caller's words first: where the lexicon has the same phrase, the caller's metric wins.
  for (const [id, words] of added) {
    const metric = byId.get(id) as MetricEntry;
    for (const w of [id, ...words]) entries.push(entry(toStems(w), { kind: "metric", metric }));
  }
  for (const metric of byId.values()) {
    const value: MetricWord = { kind: "metric", metric };
    for (const w of [metric.id, ...metric.en, ...metric.uk, ...metric.ru, ...metric.zh]) entries.push(entry(w, value));
    for (const w of metric.loose ?? []) entries.push(entry(w, { kind: "metric", metric, loose: true }));
  }
  for (const [cue, words] of Object.entries(METRIC_CUES) as [keyof typeof METRIC_CUES, Readonly<Record<string, readonly string[]>>][]) {
    for (const list of Object.values(words)) for (const w of list) entries.push(entry(w, { kind: "cue", cue }));
  }
  return createPhraseIndex(entries);
};

let builtIn: PhraseIndex<MetricWord> | undefined;
const withWords = new WeakMap<MetricWords, PhraseIndex<MetricWord>>();

/**
 * The metric lexicon compiled for matching, with the caller's words when given (cached per object).
 * An earlier phrase wins over a later equal one, so the caller's words come first.
 *
 * @internal
 */
export const metricIndex = (extra?: MetricWords): PhraseIndex<MetricWord> => {
  if (extra === undefined) return (builtIn ??= compile(undefined));
  const known = withWords.get(extra);
  if (known !== undefined) return known;
  const index = compile(extra);
  withWords.set(extra, index);
  return index;
};
