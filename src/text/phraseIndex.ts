import type { Word } from "./toWords.js";

/**
 * How a phrase's words meet the text's: `exact` words (an English plural or possessive ending allowed
 * on the last: "agreements", "China's"), or `stem` words, each the start of a text word that goes on for
 * at most four more letters ("товарообіг" meets "товарообігу", "товарообігом"), as Ukrainian and Russian
 * endings do.
 *
 * @internal
 */
export type PhraseMode = "exact" | "stem";

/** Letter case the text must show: `any`, a `capital` first letter (names), or all `upper` ("EU", "ЄС"). @internal */
export type CaseRule = "any" | "capital" | "upper";

/** One phrase of an index. @internal */
export interface PhraseEntry<T> {
  readonly phrase: string;
  readonly value: T;
  readonly mode?: PhraseMode;
  readonly case?: CaseRule;
}

interface Compiled<T> {
  readonly words: readonly string[];
  readonly value: T;
  readonly mode: PhraseMode;
  readonly case: CaseRule;
}

/** A compiled phrase table: alphabetic phrases keyed by their first word, ideograph phrases by their text. @internal */
export interface PhraseIndex<T> {
  readonly exact: ReadonlyMap<string, readonly Compiled<T>[]>;
  readonly stems: ReadonlyMap<string, readonly Compiled<T>[]>;
  readonly cjk: ReadonlyMap<string, readonly T[]>;
  readonly cjkMax: number;
}

/** A phrase found in a text: its offsets, the words it covers (`from` to `to`, exclusive) and its value. @internal */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
  readonly value: T;
}

/** Stems shorter than this would meet too many words. */
const MIN_STEM = 3;
/** How many letters a stem's word may go on for. */
const MAX_ENDING = 4;
/** Phrases longer than this many words are not looked for. */
const MAX_WORDS = 8;

const isCjkText = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
};

const keyOf = (word: string): string => word.toLowerCase().replaceAll("’", "'").replaceAll("ʼ", "'");

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
};

/**
 * Compiles phrases into an index that {@link matchPhrases} reads. Phrases of ideographs are matched
 * inside ideograph runs; the others word by word. Empty phrases and phrases of more than eight words
 * are left out.
 *
 * @internal
 */
export const createPhraseIndex = <T>(entries: Iterable<PhraseEntry<T>>): PhraseIndex<T> => {
  const exact = new Map<string, Compiled<T>[]>();
  const stems = new Map<string, Compiled<T>[]>();
  const cjk = new Map<string, T[]>();
  let cjkMax = 0;
  for (const entry of entries) {
    const phrase = entry.phrase.trim();
    if (phrase === "") continue;
    if (isCjkText(phrase)) {
      push(cjk, phrase, entry.value);
      cjkMax = Math.max(cjkMax, phrase.length);
      continue;
    }
    const words = phrase.split(" ").filter((w) => w !== "").map(keyOf);
    const first = words[0];
    if (first === undefined || words.length > MAX_WORDS) continue;
    const mode = entry.mode ?? "exact";
    const compiled: Compiled<T> = { words, value: entry.value, mode, case: entry.case ?? "any" };
    if (mode === "stem" && first.length >= MIN_STEM) push(stems, first, compiled);
    else push(exact, first, compiled);
  }
  return { exact, stems, cjk, cjkMax };
};

/** The English endings a last word may carry: plural and possessive. */
const SUFFIXES = ["s", "es", "'s", "'"] as const;

const wordMeets = (key: string, want: string, mode: PhraseMode, last: boolean): boolean => {
  if (key === want) return true;
  if (mode === "stem") return want.length >= MIN_STEM && key.length <= want.length + MAX_ENDING && key.startsWith(want);
  if (!last) return false;
  for (const suffix of SUFFIXES) if (key.length === want.length + suffix.length && key.startsWith(want) && key.endsWith(suffix)) return true;
  return false;
};

const isUpperText = (text: string): boolean => text === text.toUpperCase() && text !== text.toLowerCase();
const isCapital = (text: string): boolean => {
  const first = text.charAt(0);
  return first === first.toUpperCase() && first !== first.toLowerCase();
};

const caseMeets = (word: Word, rule: CaseRule): boolean =>
  rule === "any" ? true : rule === "upper" ? isUpperText(word.text) : isCapital(word.text);

/** Whether only spaces or a hyphen stand between two words (so a phrase does not run across a comma). */
const adjacent = (text: string, a: Word, b: Word): boolean => {
  if (b.start - a.end > 3) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 45 && c !== 0x2010 && c !== 0x2011) return false;
  }
  return true;
};

/**
 * The phrases of `index` in the words of `text`, left to right, longest first, not overlapping.
 * Each word is tried against the phrases that start with it or with one of its last few stems, each
 * bounded in length, so the work is linear in the text.
 *
 * @internal
 */
export const matchPhrases = <T>(text: string, words: readonly Word[], index: PhraseIndex<T>): PhraseMatch<T>[] => {
  const out: PhraseMatch<T>[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] as Word;
    if (word.cjk) {
      matchCjk(word, i, index, out);
      i++;
      continue;
    }
    let best: { to: number; value: T } | undefined;
    const consider = (candidates: readonly Compiled<T>[] | undefined): void => {
      if (candidates === undefined) return;
      for (const c of candidates) {
        const n = c.words.length;
        if (best !== undefined && n <= best.to - i) continue;
        if (i + n > words.length || !caseMeets(word, c.case)) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const w = words[i + k] as Word;
          if (w.cjk || (k > 0 && !adjacent(text, words[i + k - 1] as Word, w))) ok = false;
          else ok = wordMeets(w.key, c.words[k] as string, c.mode, k === n - 1);
        }
        if (ok) best = { to: i + n, value: c.value };
      }
    };
    const key = word.key;
    consider(index.exact.get(key));
    for (const suffix of SUFFIXES) if (key.length > suffix.length && key.endsWith(suffix)) consider(index.exact.get(key.slice(0, key.length - suffix.length)));
    for (let k = key.length; k >= Math.max(MIN_STEM, key.length - MAX_ENDING); k--) consider(index.stems.get(key.slice(0, k)));
    if (best === undefined) {
      i++;
      continue;
    }
    const last = words[best.to - 1] as Word;
    out.push({ start: word.start, end: last.end, from: i, to: best.to, value: best.value });
    i = best.to;
  }
  return out;
};

const matchCjk = <T>(word: Word, at: number, index: PhraseIndex<T>, out: PhraseMatch<T>[]): void => {
  if (index.cjkMax === 0) return;
  const run = word.text;
  let p = 0;
  while (p < run.length) {
    let found = 0;
    let value: T | undefined;
    for (let len = Math.min(index.cjkMax, run.length - p); len >= 1; len--) {
      const values = index.cjk.get(run.slice(p, p + len));
      if (values !== undefined && values.length > 0) {
        found = len;
        value = values[0];
        break;
      }
    }
    if (found === 0) {
      p++;
      continue;
    }
    out.push({ start: word.start + p, end: word.start + p + found, from: at, to: at + 1, value: value as T });
    p += found;
  }
};
