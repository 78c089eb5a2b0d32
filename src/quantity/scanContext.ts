import type { Lang } from "../lexicon/types.js";
import { ROLE_BIT, senseOf, type PhraseEntry, type PhraseTable, type Role, type RoleValues, type Sense, type SenseLang } from "./phraseTable.js";
import { CYRILLIC, CYRILLIC_UK, HAN_SCRIPT, LATIN, NUM, type Token } from "../text/tokenize.js";

/**
 * The state a scan shares between its parts: the tokens, the phrase table, and a cache of the phrases
 * found at each token, so that no token is looked up twice. @internal
 */
export interface ScanContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly table: PhraseTable;
  /** The caller's language, if given; otherwise each token's script decides. */
  readonly lang: Lang | undefined;
  readonly hits: (readonly Hit[] | undefined)[];
}

/** A phrase of the table found at a token: it ends before token `end`. */
export interface Hit {
  readonly end: number;
  readonly key: string;
  readonly entry: PhraseEntry;
}

/** A phrase found in a given role, with its value. */
export interface Found<R extends Role> {
  /** The token the phrase starts at. */
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly value: RoleValues[R];
  readonly lang: SenseLang;
}

const NONE: readonly Hit[] = /* @__PURE__ */ Object.freeze([]);

/** The language a token's script suggests. */
export const scriptLang = (token: Token | undefined): Lang | undefined => {
  switch (token?.script) {
    case LATIN:
      return "en";
    case CYRILLIC_UK:
      return "uk";
    case CYRILLIC:
      return "ru";
    case HAN_SCRIPT:
      return "zh";
    default:
      return undefined;
  }
};

/**
 * Every phrase that starts at token `i`, shortest first. A phrase never crosses a line break. The
 * loop stops as soon as the key read so far begins no phrase, so it looks at a bounded number of tokens.
 */
export const hitsAt = (ctx: ScanContext, i: number): readonly Hit[] => {
  const cached = ctx.hits[i];
  if (cached !== undefined) return cached;
  const { tokens, table } = ctx;
  const first = tokens[i];
  let found: Hit[] | undefined;
  if (first !== undefined && first.kind !== NUM) {
    let node = table.trie.next.get(first.key);
    for (let len = 1; node !== undefined; len++) {
      if (node.entry !== undefined && node.key !== undefined) (found ??= []).push({ end: i + len, key: node.key, entry: node.entry });
      if (node.next.size === 0) break;
      const next = tokens[i + len];
      // A digit inside a phrase is written tight ("km2", "m²"): "12 m 2 dm" is not square metres.
      if (next === undefined || next.newline || (next.kind === NUM && next.space)) break;
      node = node.next.get(next.key);
    }
  }
  const result = found ?? NONE;
  ctx.hits[i] = result;
  return result;
};

/**
 * The longest phrase at token `i` that plays `role`, with its value in the preferred language, or
 * `undefined`. `accept` may refuse a match (then a shorter one is tried).
 */
export const find = <R extends Role>(
  ctx: ScanContext,
  i: number,
  role: R,
  accept?: (found: Found<R>) => boolean,
): Found<R> | undefined => {
  const hits = hitsAt(ctx, i);
  if (hits.length === 0) return undefined;
  const bit = ROLE_BIT[role];
  let any = 0;
  for (let h = 0; h < hits.length; h++) any |= hits[h]?.entry.mask ?? 0;
  if ((any & bit) === 0) return undefined;
  const lang = ctx.lang ?? scriptLang(ctx.tokens[i]);
  for (let h = hits.length - 1; h >= 0; h--) {
    const hit = hits[h];
    if (hit === undefined || (hit.entry.mask & bit) === 0) continue;
    const sense = senseOf(hit.entry, role, lang);
    if (sense === undefined) continue;
    const found: Found<R> = { start: i, end: hit.end, key: hit.key, value: sense.value, lang: sense.lang };
    if (accept === undefined || accept(found)) return found;
    // Other senses of the same phrase, in the same order of preference ("ml" is "ml", "mL", "ML"…).
    const senses = hit.entry[role] as Sense<R>[] | undefined;
    if (senses === undefined || senses.length < 2) continue;
    for (const pass of [0, 1, 2])
      for (const other of senses) {
        const rank = other.lang === lang ? 0 : other.lang === "*" ? 1 : 2;
        if (rank !== pass || other === sense) continue;
        const next: Found<R> = { start: i, end: hit.end, key: hit.key, value: other.value, lang: other.lang };
        if (accept(next)) return next;
      }
  }
  return undefined;
};

/** Whether any phrase at token `i` plays `role`. */
export const has = (ctx: ScanContext, i: number, role: Role): boolean => {
  const bit = ROLE_BIT[role];
  for (const hit of hitsAt(ctx, i)) if ((hit.entry.mask & bit) !== 0) return true;
  return false;
};

/** Whether tokens `from`..`to - 1` are written together, with no whitespace between them. */
export const glued = (ctx: ScanContext, from: number, to: number): boolean => {
  for (let k = from + 1; k < to; k++) if (ctx.tokens[k]?.space !== false) return false;
  return true;
};

/**
 * Whether a unit phrase found is written as its sense requires: words in any case, symbols
 * ({@link UnitWord.cased}) exactly as listed, token by token ("°C", "km2"; "MW" is no "mW").
 */
export const unitWritten = (ctx: ScanContext, found: Found<"unitSuffix">): boolean => {
  const cased = found.value.cased;
  if (cased === undefined) return true;
  if (found.value.apart === true && ctx.tokens[found.start]?.space !== true) return false;
  let at = 0;
  for (let k = found.start; k < found.end; k++) {
    const token = ctx.tokens[k];
    if (token === undefined) return false;
    const piece = ctx.text.slice(token.start, token.end);
    if (!cased.startsWith(piece, at)) return false;
    at += piece.length;
  }
  return at === cased.length;
};

/**
 * The token after the longest phrase of `keys` (phrase keys of one to `most` tokens) that starts at
 * token `k` on its line, or `undefined`: for word lists kept beside the trie ("на", "分之", "больше").
 */
export const phraseIn = (ctx: ScanContext, k: number, keys: ReadonlySet<string> | ReadonlyMap<string, unknown>, most = 3): number | undefined => {
  if (keys.size === 0) return undefined;
  let key = "";
  let end: number | undefined;
  for (let n = 0; n < most; n++) {
    const token = ctx.tokens[k + n];
    if (token === undefined || (n > 0 && token.newline)) break;
    key += (n === 0 ? "" : " ") + token.key.toLowerCase();
    if (keys.has(key)) end = k + n + 1;
  }
  return end;
};
