import { CLAIM_WORDS, type ClaimWordKind } from "../lexicon/claimWords.js";
import { createPhraseIndex, type PhraseEntry, type PhraseIndex } from "../text/phraseIndex.js";

let built: PhraseIndex<readonly ClaimWordKind[]> | undefined;

const isCyrillic = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x52f) return true;
  }
  return false;
};

/**
 * The claim words compiled for matching: each phrase with every kind it is listed under ("estimated"
 * is an estimate and a verb of attribution).
 *
 * @internal
 */
export const claimWordIndex = (): PhraseIndex<readonly ClaimWordKind[]> => {
  if (built !== undefined) return built;
  const kinds = new Map<string, ClaimWordKind[]>();
  for (const [kind, byLang] of Object.entries(CLAIM_WORDS) as [ClaimWordKind, Readonly<Record<string, readonly string[]>>][]) {
    for (const list of Object.values(byLang))
      for (const phrase of list) {
        const key = phrase.toLowerCase();
        const known = kinds.get(key);
        if (known === undefined) kinds.set(key, [kind]);
        else if (!known.includes(kind)) known.push(kind);
      }
  }
  const entries: PhraseEntry<readonly ClaimWordKind[]>[] = [];
  for (const [phrase, list] of kinds) entries.push({ phrase: phrase.replaceAll("-", " "), value: list, mode: isCyrillic(phrase) ? "stem" : "exact" });
  return (built = createPhraseIndex(entries));
};
