import type { Word } from "../text/toWords.js";
import { NAME_REACH } from "./reaches.js";
import { has, type Attribution, type Cue } from "./readingTypes.js";
import { within } from "./spans.js";
import type { Span } from "./splitSentences.js";
import type { Mention } from "./types.js";

// Who says so: one attribution per sentence, found before the figures are read so that the source's
// own words ("China's customs") are not taken for the figure's parties.

const BOUNDARY = new Set([44, 59, 58, 0x201c, 0x201d, 0xab, 0xbb, 34, 40, 41, 0xff0c, 0xff1b, 0xff1a, 0x3001, 0x2014, 0x2013]);
const LEADING = new Set(["the", "a", "an", "however", "but", "and", "meanwhile", "also", "while", "moreover", "yet", "і", "й", "та", "а", "але", "и", "но", "однако", "проте"]);
const SOURCE_NOUNS = [
  "official", "ministry", "government", "intelligence", "expert", "analyst", "data", "statistic", "customs", "committee", "agency", "bureau", "office", "service", "bank",
  "посадов", "міністерств", "уряд", "розвідк", "експерт", "аналітик", "статистик", "митниц", "комітет", "агентств", "служб", "банк", "чиновник",
  "министерств", "правительств", "разведк", "эксперт", "аналитик", "таможн", "комитет", "агентств", "служб", "банк",
];
const MAX_NAME_WORDS = 12;

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
 *
 * @internal
 */
export const findAttribution = (text: string, sentence: Span, cues: readonly Cue[], words: readonly Word[], mentions: readonly Mention[], pronouns: ReadonlySet<string>): Attribution | undefined => {
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
