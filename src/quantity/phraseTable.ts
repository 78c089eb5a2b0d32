import { commonQuantityWords } from "../lexicon/common.js";
import { QUANTITY_WORDS } from "../lexicon/index.js";
import { LANGS, type BoundWord, type DenominatorWord, type Lang, type Lexicon, type MinorUnitWord, type QuantityWords, type UnitWord } from "../lexicon/types.js";
import { addPhrase, createPhraseTrie, type PhraseTrieNode } from "../text/phraseTrie.js";
import { tokenize } from "../text/tokenize.js";

/**
 * The lexicons compiled into one table of phrases, keyed by their tokens' lookup forms joined with a
 * space ("US$" → "us $", "млрд доларів" → "млрд доларів", "美元" → "美 元"). A phrase may play several
 * roles ("до" is "up to" and the end of "від … до"); each role keeps the languages that list it, so
 * the scanner prefers the text's language and falls back to any other. Built once, on first use.
 *
 * @internal
 */

/** What each role's phrases carry. */
export interface RoleValues {
  number: string;
  multiplier: number;
  scale: number;
  moneyScale: number;
  capitalScale: number;
  ordinal: string;
  multiple: string;
  minorUnit: MinorUnitWord;
  fraction: string;
  denominator: DenominatorWord;
  addedFraction: string;
  shareOf: true;
  group: string;
  vagueGroup: string;
  minorJoiner: true;
  ordinalSuffix: true;
  ordinalPrefix: true;
  joiner: true;
  minus: true;
  decimalPoint: true;
  indefiniteOne: true;
  currencyPrefix: UnitWord;
  currencySuffix: UnitWord;
  unitSuffix: UnitWord;
  unitPrefix: UnitWord;
  boundPrefix: BoundWord;
  boundSuffix: BoundWord;
  rangeSeparator: true;
  /** The keys of the separators this opener needs. */
  rangeOpener: readonly string[];
  targetWord: true;
  nounStop: true;
  idiom: true;
}
export type Role = keyof RoleValues;

/** `"*"` marks the language-neutral words (symbols, ISO codes). */
export type SenseLang = Lang | "*";

export interface Sense<R extends Role> {
  readonly lang: SenseLang;
  readonly value: RoleValues[R];
}

/** The roles of one phrase, each with its senses; `mask` holds them as {@link ROLE_BIT}s for a quick test. */
export type PhraseEntry = { -readonly [R in Role]?: Sense<R>[] } & { mask: number };

export interface PhraseTable {
  readonly phrases: ReadonlyMap<string, PhraseEntry>;
  /**
   * The phrases as a trie keyed by token keys, so that finding every phrase at a token is one Map
   * access per token read, with no key strings built; it stops as soon as nothing can follow.
   */
  readonly trie: PhraseNode;
  /**
   * What the first token of some phrase can be, as bits: {@link CAN_START} (it may begin a mention: a
   * number, a bound word, a currency prefix…) and {@link NUMBERISH} (it may be the number of one, or
   * stand for it: "one", "fifth", "million", "dollars" in "a dollar"). One lookup per token answers both.
   */
  readonly firstTokens: ReadonlyMap<string, number>;
  /**
   * A bit per {@link keySignature} of the keys of `firstTokens`: a token whose signature's bit is clear
   * is no key there, and costs no Map lookup (hashing a fresh string for a Map costs as much as
   * cutting it out of the text). Most words of prose are settled by this one test.
   */
  readonly firstTokenSignatures: Uint8Array;
  /**
   * How many tokens may lie between the first token of a mention and its number, at most: a bound
   * word, a range opener, a sign, a currency or unit prefix and an article. A token farther than this
   * from any number-like token begins no mention, and the scanner does not try it.
   */
  readonly reach: number;
  /** Most tokens in one phrase. */
  readonly maxTokens: number;
  readonly changeVerbStems: ReadonlySet<string>;
  readonly longestStem: number;
  /** The phrase keys of {@link QuantityWords.ratioWords} ("out of", "out of every"), one to three tokens each. */
  readonly ratioWords: ReadonlySet<string>;
  /** The phrase keys of {@link QuantityWords.looseRatioWords} ("in"). */
  readonly looseRatioWords: ReadonlySet<string>;
  readonly decimalComma: ReadonlySet<Lang>;
  readonly positionalDigits: ReadonlySet<Lang>;
  readonly bareMultipliers: ReadonlySet<Lang>;
  /** Languages where digits after a scale word go on with the numeral ("3 тысячи 500"). */
  readonly digitsAfterScale: ReadonlySet<Lang>;
  /** Languages where a bare digit after money is the next decimal place ("一块二" = 1.2). */
  readonly minorByPlace: ReadonlySet<Lang>;
  /** Languages with words like "of" that a share with an article or no numerator needs ("a third of"). */
  readonly shareOfLangs: ReadonlySet<SenseLang>;
  /** Languages where a bound word before a by-word bounds the amount after it ("почти на треть"). */
  readonly boundBeforeBy: ReadonlySet<Lang>;
  /**
   * The phrase keys of {@link QuantityWords.byWords} with their language, of
   * {@link QuantityWords.comparatives} and of {@link QuantityWords.partsOf}: kept as sets beside the
   * trie, whose role bits are all taken (a role is one bit of a 32-bit mask).
   */
  readonly byWords: ReadonlyMap<string, Lang>;
  readonly comparatives: ReadonlySet<string>;
  readonly partsOf: ReadonlySet<string>;
  /** Registry codes of the larger units of compounds, with the smaller units that may follow ("5 ft 2 in"). */
  readonly compoundUnits: ReadonlyMap<string, readonly string[]>;
}

/**
 * A 16-bit signature of a key from its length and its first, second and last characters: equal keys
 * have equal signatures, so a clear bit proves a key absent. @internal
 */
export const keySignature = (key: string): number => {
  const n = key.length;
  return (((key.charCodeAt(0) * 31 + (n > 1 ? key.charCodeAt(1) : 0)) * 31 + key.charCodeAt(n - 1)) * 31 + n) & 0xffff;
};

/** A {@link PhraseTable.firstTokens} bit: the token may begin a mention. @internal */
export const CAN_START = 1;
/** A {@link PhraseTable.firstTokens} bit: the token may be (or stand for) the number of a mention. @internal */
export const NUMBERISH = 2;

/** Roles whose words are a number or stand for one; every mention holds a token that begins one of them, or digits. */
const NUMBERISH_ROLES: ReadonlySet<Role> = /* @__PURE__ */ new Set<Role>([
  "number", "ordinal", "multiple", "multiplier", "fraction", "scale", "moneyScale", "capitalScale", "currencySuffix", "minorUnit",
  "denominator", "group", "vagueGroup",
]);

/** Roles that may stand, one after another, between the first token of a mention and its number. */
const LEADING_ROLES: readonly Role[] = ["boundPrefix", "rangeOpener", "minus", "indefiniteOne"];
/** Roles of which at most one stands there: "$", "百分之", "第". */
const PREFIX_ROLES: readonly Role[] = ["currencyPrefix", "unitPrefix", "ordinalPrefix"];

/** A node of {@link PhraseTable.trie}: the phrase that ends here, if any, with its joined key. @internal */
export type PhraseNode = PhraseTrieNode<PhraseEntry>;

/** The lookup key of a phrase: its tokens' keys joined by a space. */
export const phraseKey = (phrase: string): string => {
  const tokens = tokenize(phrase);
  let key = "";
  for (let i = 0; i < tokens.length; i++) key += (i === 0 ? "" : " ") + (tokens[i]?.key ?? "").toLowerCase();
  return key;
};

const ROLES: readonly Role[] = [
  "number", "multiplier", "scale", "moneyScale", "capitalScale", "ordinal", "multiple", "minorUnit", "fraction", "denominator", "addedFraction", "shareOf",
  "group", "vagueGroup", "minorJoiner",
  "ordinalSuffix", "ordinalPrefix", "joiner", "minus", "decimalPoint", "indefiniteOne", "currencyPrefix", "currencySuffix",
  "unitSuffix", "unitPrefix", "boundPrefix", "boundSuffix", "rangeSeparator", "rangeOpener", "targetWord", "nounStop", "idiom",
];

/**
 * One bit per role, for {@link PhraseEntry.mask}: asking a phrase for a role it lacks is one `&`, where
 * reading a missing property of entries of many shapes would be a slow, megamorphic lookup. All 32 bits
 * are taken: a further word list is a set of its own (as `byWords`), or two roles must share a mask.
 *
 * @internal
 */
export const ROLE_BIT: Readonly<Record<Role, number>> = /* @__PURE__ */ (() => Object.freeze(
  Object.fromEntries(ROLES.map((role, index) => [role, 1 << index])) as Record<Role, number>,
))();

const STARTING_ROLES: ReadonlySet<Role> = /* @__PURE__ */ new Set<Role>([
  "number",
  "multiple",
  "multiplier",
  "ordinal",
  "ordinalPrefix",
  "fraction",
  "denominator",
  "vagueGroup",
  "minus",
  "indefiniteOne",
  "currencyPrefix",
  "unitPrefix",
  "boundPrefix",
  "rangeOpener",
]);

const build = (lexicons: readonly Pick<Lexicon, "lang" | "quantity">[]): PhraseTable => {
  const phrases = new Map<string, PhraseEntry>();
  const trie = createPhraseTrie<PhraseEntry>();
  const firstTokens = new Map<string, number>();
  const longestOf = new Map<Role, number>();
  const changeVerbStems = new Set<string>();
  const ratioWords = new Set<string>();
  const looseRatioWords = new Set<string>();
  const decimalComma = new Set<Lang>();
  const positionalDigits = new Set<Lang>();
  const bareMultipliers = new Set<Lang>();
  const digitsAfterScale = new Set<Lang>();
  const minorByPlace = new Set<Lang>();
  const shareOfLangs = new Set<SenseLang>();
  const boundBeforeBy = new Set<Lang>();
  const byWords = new Map<string, Lang>();
  const comparatives = new Set<string>();
  const partsOf = new Set<string>();
  const compoundUnits = new Map<string, readonly string[]>();
  let maxTokens = 1;
  let longestStem = 0;

  const add = <R extends Role>(role: R, lang: SenseLang, phrase: string, value: RoleValues[R]): void => {
    const key = phraseKey(phrase);
    if (key === "") return;
    const parts = key.split(" ");
    maxTokens = Math.max(maxTokens, parts.length);

    const first = parts[0] ?? "";
    const bits = (STARTING_ROLES.has(role) ? CAN_START : 0) | (NUMBERISH_ROLES.has(role) ? NUMBERISH : 0);
    if (bits !== 0) firstTokens.set(first, (firstTokens.get(first) ?? 0) | bits);
    longestOf.set(role, Math.max(longestOf.get(role) ?? 0, parts.length));
    let entry = phrases.get(key);
    if (entry === undefined) phrases.set(key, (entry = addPhrase(trie, parts, (): PhraseEntry => ({ mask: 0 })) as PhraseEntry));
    entry.mask |= ROLE_BIT[role];
    const senses = (entry[role] ??= []) as Sense<R>[];
    senses.push({ lang, value });
  };
  const addMap = <R extends Role>(role: R, lang: SenseLang, map: Readonly<Record<string, RoleValues[R]>> | undefined): void => {
    if (map !== undefined) for (const [phrase, value] of Object.entries(map)) add(role, lang, phrase, value);
  };
  const addList = (role: "shareOf" | "ordinalSuffix" | "ordinalPrefix" | "joiner" | "minus" | "minorJoiner" | "decimalPoint" | "indefiniteOne" | "rangeSeparator" | "targetWord" | "nounStop" | "idiom", lang: SenseLang, list: readonly string[] | undefined): void => {
    if (list !== undefined) for (const phrase of list) add(role, lang, phrase, true);
  };

  const addWords = (lang: SenseLang, words: QuantityWords): void => {
    addMap("number", lang, words.numbers);
    addMap("multiplier", lang, words.multipliers);
    addMap("scale", lang, words.scales);
    addMap("moneyScale", lang, words.moneyScales);
    addMap("capitalScale", lang, words.capitalScales);
    addMap("ordinal", lang, words.ordinals);
    addMap("multiple", lang, words.multiples);
    addMap("minorUnit", lang, words.minorUnits);
    addMap("fraction", lang, words.fractions);
    addMap("denominator", lang, words.denominators);
    addMap("addedFraction", lang, words.addedFractions);
    addList("shareOf", lang, words.shareOfWords);
    if (lang !== "*") for (const phrase of words.byWords ?? []) byWords.set(phraseKey(phrase), lang);
    for (const phrase of words.comparatives ?? []) comparatives.add(phraseKey(phrase));
    for (const phrase of words.partsOf ?? []) partsOf.add(phraseKey(phrase));
    addMap("group", lang, words.groups);
    addMap("vagueGroup", lang, words.vagueGroups);
    for (const [larger, smaller] of Object.entries(words.compoundUnits ?? {}))
      compoundUnits.set(larger, Object.freeze([...(compoundUnits.get(larger) ?? []), ...smaller]));
    addList("minorJoiner", lang, words.minorJoiners);
    for (const group of words.ordinalForms ?? [])
      for (const [stem, value] of Object.entries(group.stems)) for (const ending of group.endings) add("ordinal", lang, stem + ending, value);
    addList("ordinalSuffix", lang, words.ordinalSuffixes);
    addList("ordinalPrefix", lang, words.ordinalPrefixes);
    addList("joiner", lang, words.numberJoiners);
    addList("decimalPoint", lang, words.decimalPoints);
    addList("minus", lang, words.minusWords);
    addList("indefiniteOne", lang, words.indefiniteOnes);
    addMap("currencyPrefix", lang, words.currencyPrefixes);
    addMap("currencySuffix", lang, words.currencySuffixes);
    addMap("unitSuffix", lang, words.unitSuffixes);
    // Symbols share the lower-case lookup of words; each sense keeps its exact spelling to be checked.
    for (const [symbol, word] of Object.entries(words.unitSymbols ?? {})) add("unitSuffix", lang, symbol, Object.freeze({ ...word, cased: symbol }));
    addMap("unitPrefix", lang, words.unitPrefixes);
    addMap("boundPrefix", lang, words.boundPrefixes);
    addMap("boundSuffix", lang, words.boundSuffixes);
    addList("rangeSeparator", lang, words.rangeSeparators);
    if (words.rangeOpeners !== undefined)
      for (const [opener, separators] of Object.entries(words.rangeOpeners)) add("rangeOpener", lang, opener, Object.freeze(separators.map(phraseKey)));
    addList("targetWord", lang, words.targetWords);
    addList("nounStop", lang, words.nounStops);
    addList("idiom", lang, words.idioms);
    for (const phrase of words.ratioWords ?? []) ratioWords.add(phraseKey(phrase));
    for (const phrase of words.looseRatioWords ?? []) looseRatioWords.add(phraseKey(phrase));
    for (const stem of words.changeVerbStems ?? []) {
      changeVerbStems.add(stem);
      longestStem = Math.max(longestStem, stem.length);
    }
    if (lang !== "*" && words.decimalComma === true) decimalComma.add(lang);
    if (lang !== "*" && words.positionalDigits === true) positionalDigits.add(lang);
    if (lang !== "*" && words.bareMultipliers === true) bareMultipliers.add(lang);
    if (lang !== "*" && words.digitsAfterScale === true) digitsAfterScale.add(lang);
    if (lang !== "*" && words.minorByPlace === true) minorByPlace.add(lang);
    if ((words.shareOfWords?.length ?? 0) > 0) shareOfLangs.add(lang);
    if (lang !== "*" && words.boundBeforeBy === true) boundBeforeBy.add(lang);
  };

  addWords("*", commonQuantityWords);
  for (const lexicon of lexicons) addWords(lexicon.lang, lexicon.quantity);
  const firstTokenSignatures = new Uint8Array(8192);
  for (const key of firstTokens.keys()) {
    const signature = keySignature(key);
    firstTokenSignatures[signature >> 3] = (firstTokenSignatures[signature >> 3] ?? 0) | (1 << (signature & 7));
  }
  // The "−" and "-" signs are a token, and no phrase.
  let reach = 1;
  for (const role of LEADING_ROLES) reach += longestOf.get(role) ?? 0;
  reach += Math.max(...PREFIX_ROLES.map((role) => longestOf.get(role) ?? 0));
  // A by-word after a bound word: "почти на треть".
  reach += 1;
  return { phrases, trie, firstTokens, firstTokenSignatures, reach, maxTokens, changeVerbStems, longestStem, ratioWords, looseRatioWords, decimalComma, positionalDigits, bareMultipliers, digitsAfterScale, minorByPlace, shareOfLangs, boundBeforeBy, byWords, comparatives, partsOf, compoundUnits };
};

/**
 * The table of the language-neutral words and the given lexicons, in their order. A scanner handed it
 * knows only those languages, and a bundle that never names the others leaves them out. @internal
 */
export const compilePhraseTable = (lexicons: readonly Lexicon[]): PhraseTable => build(lexicons);

let table: PhraseTable | undefined;

/** The compiled table of all four lexicons (built on first use), which the default readers use. @internal */
export const phraseTable = (): PhraseTable => (table ??= build(LANGS.map((lang) => ({ lang, quantity: QUANTITY_WORDS[lang] }))));

/**
 * The sense of `role` for a phrase entry, preferring `lang`, then language-neutral words, then any
 * language.
 *
 * @internal
 */
export const senseOf = <R extends Role>(entry: PhraseEntry, role: R, lang: Lang | undefined): Sense<R> | undefined => {
  const senses = entry[role] as Sense<R>[] | undefined;
  if (senses === undefined) return undefined;
  let neutral: Sense<R> | undefined;
  for (const sense of senses) {
    if (sense.lang === lang) return sense;
    if (sense.lang === "*" && neutral === undefined) neutral = sense;
  }
  return neutral ?? senses[0];
};
