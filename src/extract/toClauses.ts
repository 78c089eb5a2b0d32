import type { Word } from "../text/toWords.js";
import type { Span } from "./splitSentences.js";
import { within } from "./spans.js";

const CLAUSE_WORDS = new Set(["while", "whereas", "but", "although", "though", "а", "але", "тоді", "проте", "однак", "хоча", "но", "тогда", "однако", "хотя"]);

/**
 * The clauses of a sentence: cut at ";" and at a comma before "while", "but", "а", "але", "но", "而", "但".
 *
 * @internal
 */
export const toClauses = (text: string, sentence: Span, words: readonly Word[]): Span[] => {
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
