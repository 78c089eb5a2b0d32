import type { Extent } from "../extent.js";
import { ROLE_BITS, type CompiledPeriodWords, type Roles } from "../periodWords.js";
import type { Part, Spec } from "../spec.js";
import type { PeriodToken as Token } from "../toPeriodTokens.js";
import type { PeriodTokens } from "../tokenStream.js";
import { RingMemo } from "./ringMemo.js";

/**
 * What the productions of the period grammar share: the text, its tokens, the compiled period words
 * and a memo per production, plus the token and phrase helpers every production uses. Each production
 * is a file of this folder (partsAt, isoAt, coreAt, rangedAt, readingsAt); every one looks a bounded
 * number of tokens ahead (the longest lexicon phrase, a date's few tokens), phrase lookups are Map
 * accesses in a trie, and results are memoised per token, so scanning a text is linear in its length.
 * There is no regular expression here.
 *
 *     reading := [prep | as-of] [end-of | start-of | vague | since] ranged [end-suffix | vague-suffix | since-suffix]
 *              | [prep] range-start core range-joiner core
 *     ranged  := core | core "-" core
 *     core    := iso ["/" iso] | year [year-suffix] [part] | year "s" | dd.mm.yyyy | 3Q23 | fiscal-year
 *              | part [[","] [of] year | [of] relative-year] | relative [part] | modifier (unit | part)
 *     part    := [article] (month [day] | day [of] month | season | ordinal (quarter | half) | Q3 | H1 | 上半年
 *              | 7月[3日] | 1-9月 | 4-6月 | first count (months | quarters) | count (months | quarters) <year follows>)
 *
 * @internal
 */
export interface GrammarContext {
  readonly text: string;
  readonly stream: PeriodTokens;
  readonly words: CompiledPeriodWords;
  /** Reading text known to be one period: its start is cue enough for a bare "May". */
  readonly cueAtStart: boolean;
  // Memos per token, in rings as long as the token window: memory stays constant on long texts, and a
  // short text allocates only as many slots as it has characters, when first needed.
  readonly hitMemo: RingMemo<readonly Hit[]>;
  readonly coreMemo: RingMemo<readonly Candidate[]>;
  readonly rangeMemo: RingMemo<readonly Candidate[]>;
  readonly partMemo: RingMemo<readonly PartCandidate[]>;
}

/** A phrase of the period words found at a token. @internal */
export interface Hit {
  readonly end: number;
  readonly roles: Roles;
  readonly mask: number;
}

/** A reading of a core production: it ends before token `end`. @internal */
export interface Candidate {
  readonly end: number;
  readonly spec: Spec;
  /** A bare English month or season ("May"): a period only after a cue such as "in" or "this". */
  readonly cue: boolean;
}

/** A reading of the part production. @internal */
export interface PartCandidate {
  readonly end: number;
  readonly part: Part;
  readonly cue: boolean;
  /** Read through an abbreviation's dot ("Oct."): only valid if a day or year follows. */
  readonly follow: boolean;
  /** Written as "Q3" or "H1": may follow a bare year ("2023 Q3"). */
  readonly letter: boolean;
}

/** A match: token range [start, end) and what it reads. @internal */
export interface GrammarMatch {
  readonly start: number;
  readonly end: number;
  readonly spec: Spec;
}

/** The grammar over `stream`, with no memo filled yet. @internal */
export const createGrammarContext = (text: string, stream: PeriodTokens, words: CompiledPeriodWords, cueAtStart = false): GrammarContext => ({
  text,
  stream,
  words,
  cueAtStart,
  hitMemo: new RingMemo(stream.capacity),
  coreMemo: new RingMemo(stream.capacity),
  rangeMemo: new RingMemo(stream.capacity),
  partMemo: new RingMemo(stream.capacity),
});

export const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/** Every role: a token with any lexicon phrase is not inert. */
const ANY_ROLE = -1;
/** Roles a part may begin with (besides day and month numbers and "Q3"/"H1"). */
export const PART_START =
  /* @__PURE__ */ (() => ROLE_BITS.month | ROLE_BITS.season | ROLE_BITS.ordinal | ROLE_BITS.halfPhrase | ROLE_BITS.first | ROLE_BITS.count)();
/** Roles a core production may begin with (besides numbers and "Q3"/"H1"). */
export const CORE_START =
  /* @__PURE__ */ (() => ROLE_BITS.fiscal | ROLE_BITS.article | ROLE_BITS.month | ROLE_BITS.season | ROLE_BITS.ordinal | ROLE_BITS.halfPhrase |
  ROLE_BITS.first | ROLE_BITS.count | ROLE_BITS.relative | ROLE_BITS.modifier)();
/** Roles a reading may begin with: a core's, or a word that wraps one ("as of", "in", "by the end of", "since"). */
export const READING_START =
  /* @__PURE__ */ (() => CORE_START | ROLE_BITS.asOf | ROLE_BITS.preposition | ROLE_BITS.endOf | ROLE_BITS.startOf | ROLE_BITS.vague |
  ROLE_BITS.since | ROLE_BITS.rangeStart)();

/** A period fixed by the text, or the message of a date that does not exist ("2023-02-30"). */
export const abs = (x: Extent | undefined, bad: () => string): Spec => (x === undefined ? { kind: "invalid", message: bad() } : { kind: "absolute", extent: x });

// --- tokens -------------------------------------------------------------------------------------

export const tok = (g: GrammarContext, i: number): Token | undefined => {
  return g.stream.at(i);
};

export const slice = (g: GrammarContext, from: number, to: number): string => {
  const a = tok(g, from);
  const b = tok(g, to - 1);
  return a === undefined || b === undefined ? "" : g.text.slice(a.start, b.end);
};

/** Whether token `i` touches the token before it (no space between). */
export const adjacent = (g: GrammarContext, i: number): boolean => {
  const a = tok(g, i - 1);
  const b = tok(g, i);
  return a !== undefined && b !== undefined && a.end === b.start;
};

export const punct = (g: GrammarContext, i: number, ch: string): boolean => {
  const t = tok(g, i);
  return t !== undefined && t.kind === "punct" && t.key === ch;
};

export const word = (g: GrammarContext, i: number, key: string): boolean => {
  const t = tok(g, i);
  return t !== undefined && t.kind === "word" && t.key === key;
};

/** The value of a number token of 1..`maxDigits` digits (exactly `maxDigits` if `exact`). */
export const num = (g: GrammarContext, i: number, maxDigits: number, exact = false): number | undefined => {
  const t = tok(g, i);
  if (t === undefined || t.kind !== "num") return undefined;
  const len = t.key.length;
  return len <= maxDigits && (!exact || len === maxDigits) ? t.value : undefined;
};

/** A four-digit year; texts name years 1000–2999 (other four-digit numbers are rarely years). */
export const year = (g: GrammarContext, i: number): number | undefined => {
  const y = num(g, i, 4, true);
  return y !== undefined && y >= 1000 && y <= 2999 ? y : undefined;
};

// --- lexicon phrases ----------------------------------------------------------------------------

/** Every lexicon phrase starting at token `i`, shortest first. */
export const hits = (g: GrammarContext, i: number): readonly Hit[] => {
  let cached = g.hitMemo.get(i);
  if (cached !== undefined) return cached;
  let out: Hit[] | undefined;
  let node = g.words.root;
  const limit = i + g.words.depth;
  for (let j = i; j < limit; j++) {
    const token = tok(g, j);
    if (token === undefined) break;
    const next = node.next.get(token.key);
    if (next === undefined) break;
    node = next;
    const entry = node.entry;
    if (entry !== undefined) (out ??= []).push({ end: j + 1, roles: entry.roles, mask: entry.mask });
  }
  cached = out ?? NONE;
  g.hitMemo.set(i, cached);
  return cached;
};

/** The phrases at `i` that have role `key`, shortest first (a shared empty list when none: no garbage). */
export const role = <K extends keyof Roles>(g: GrammarContext, i: number, key: K): readonly { end: number; value: NonNullable<Roles[K]>; roles: Roles }[] => {
  const found = hits(g, i);
  if (found.length === 0) return NONE;
  const bit = ROLE_BITS[key];
  let out: { end: number; value: NonNullable<Roles[K]>; roles: Roles }[] | undefined;
  for (const hit of found) {
    if ((hit.mask & bit) === 0) continue;
    const value = hit.roles[key];
    if (value !== undefined) (out ??= []).push({ end: hit.end, value: value as NonNullable<Roles[K]>, roles: hit.roles });
  }
  return out ?? NONE;
};

export const longest = <K extends keyof Roles>(g: GrammarContext, i: number, key: K): { end: number; value: NonNullable<Roles[K]> } | undefined => {
  const all = role(g, i, key);
  return all[all.length - 1];
};

/** The end of an optional phrase with role `key` at `i`, or `i`. */
export const skip = (g: GrammarContext, i: number, key: keyof Roles): number => {
  return longest(g, i, key)?.end ?? i;
};

/**
 * Whether no production can start at token `i`: every one begins with a number, a lexicon phrase
 * or the letters of "Q3"/"H1". Most words of prose are inert, and checking first spares the grammar
 * a dozen empty lookups at each of them.
 */
export const inert = (g: GrammarContext, i: number, starting = ANY_ROLE): boolean => {
  const t = tok(g, i);
  if (t === undefined) return true;
  if (t.kind === "num" || t.key === "q" || t.key === "h") return false;
  let mask = 0;
  for (const hit of hits(g, i)) mask |= hit.mask;
  return (mask & starting) === 0;
};
