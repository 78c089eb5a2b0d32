import { matchPhrases, type PhraseMatch } from "../text/phraseIndex.js";
import type { Word } from "../text/toWords.js";
import { aliasIndex, entityIndex, type EntityName } from "./entityIndex.js";
import type { EntityAliases } from "./types.js";

/**
 * The parties named in a text — names in any case form, adjectives ("Chinese", "китайські"), the
 * Chinese pair words (中哈) and the caller's aliases, which win where they overlap a gazetteer name —
 * in order, not overlapping. Linear: two passes of the phrase matcher over the words.
 *
 * @internal
 */
export const findEntities = (text: string, words: readonly Word[], aliases: EntityAliases | undefined): PhraseMatch<EntityName>[] => {
  const base = matchPhrases(text, words, entityIndex().phrases);
  if (aliases === undefined) return base;
  const own = matchPhrases(text, words, aliasIndex(aliases).phrases);
  if (own.length === 0) return base;
  const out: PhraseMatch<EntityName>[] = [];
  let j = 0;
  for (const m of own) {
    while (j < base.length && (base[j] as PhraseMatch<EntityName>).end <= m.start) out.push(base[j++] as PhraseMatch<EntityName>);
    while (j < base.length && (base[j] as PhraseMatch<EntityName>).start < m.end) j++;
    out.push(m);
  }
  while (j < base.length) out.push(base[j++] as PhraseMatch<EntityName>);
  return out;
};
