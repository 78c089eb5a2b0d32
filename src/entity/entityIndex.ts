import { createPhraseIndex, type CaseRule, type PhraseEntry, type PhraseIndex } from "../text/phraseIndex.js";
import { GAZETTEER_LINES, ZH_PAIRS } from "./gazetteer.js";
import { inflectName } from "./inflectName.js";
import { normaliseName } from "./normaliseName.js";
import type { Entity, EntityAliases } from "./types.js";

/** What a phrase of the text names: entities (two for 中哈), and whether it is an adjective ("Chinese"). @internal */
export interface EntityName {
  readonly ids: readonly string[];
  readonly adjective: boolean;
}

/** The gazetteer, compiled: entities by id, every name form by its normalised text, the text index, and lemmas by language. @internal */
export interface EntityIndex {
  readonly byId: ReadonlyMap<string, Entity>;
  readonly byName: ReadonlyMap<string, Entity>;
  /** Abbreviations ("EU", "ЄС", "США", "US"), only as written in capitals: "us" is a word, not a country. */
  readonly byAbbreviation: ReadonlyMap<string, Entity>;
  /** The nominative name of each entity in each language: what extraction writes as a subject. */
  readonly lemma: ReadonlyMap<string, Readonly<Record<"en" | "uk" | "ru" | "zh", string>>>;
  readonly phrases: PhraseIndex<EntityName>;
}

const UK_ADJ = ["ий", "а", "е", "і", "ого", "ої", "их", "ому", "ій", "им", "ою", "ими", "у"];
const RU_ADJ = ["ий", "ая", "ое", "ие", "ого", "ой", "их", "ому", "им", "ую", "ими", "ом", "ей"];

const clean = (name: string): string => name.replaceAll("~", "").replaceAll("=", "");

/** Letters all upper case ("EU", "ЄС", "КНР"): matched in text only so written. */
const isAbbreviation = (name: string): boolean => name.length >= 2 && name === name.toUpperCase() && name !== name.toLowerCase();

const isLatinCapital = (name: string): boolean => name.charCodeAt(0) >= 65 && name.charCodeAt(0) <= 90;

/** Two capital Latin letters: an ISO 3166-1 alpha-2 code. */
const isCountryCode = (id: string): boolean => id.length === 2 && isLatinCapital(id) && isLatinCapital(id.slice(1));

let built: EntityIndex | undefined;

/**
 * The compiled gazetteer, built on first use (a few thousand forms; a few milliseconds).
 *
 * @internal
 */
export const entityIndex = (): EntityIndex => {
  if (built !== undefined) return built;
  const byId = new Map<string, Entity>();
  const byName = new Map<string, Entity>();
  const byAbbreviation = new Map<string, Entity>();
  const lemma = new Map<string, Record<"en" | "uk" | "ru" | "zh", string>>();
  const phrases: PhraseEntry<EntityName>[] = [];
  const addName = (entity: Entity, written: string, adjective = false): void => {
    const name = clean(written);
    if (!adjective && isAbbreviation(name)) {
      if (!byAbbreviation.has(name)) byAbbreviation.set(name, entity);
    } else if (!adjective && !byName.has(normaliseName(name))) byName.set(normaliseName(name), entity);
    const rule: CaseRule = isAbbreviation(name) ? "upper" : adjective && !isLatinCapital(name) ? "any" : "capital";
    phrases.push({ phrase: name.replaceAll("-", " "), value: { ids: [entity.id], adjective }, case: rule });
  };
  for (const line of GAZETTEER_LINES) {
    const [id = "", en = "", uk = "", ru = "", zh = "", enAdj = "", ukAdj = "", ruAdj = ""] = line.split("|");
    const list = (field: string): string[] => field.split(";").filter((s) => s !== "");
    const enNames = list(en);
    const entity: Entity = Object.freeze({ id, name: enNames[0] ?? id, kind: isCountryCode(id) ? "country" : id.includes(" ") || id === "Europe" || id === "Africa" ? "region" : "union" });
    byId.set(id, entity);
    lemma.set(id, { en: entity.name, uk: clean(list(uk)[0] ?? entity.name), ru: clean(list(ru)[0] ?? entity.name), zh: list(zh)[0] ?? entity.name });
    for (const n of enNames) addName(entity, n);
    for (const n of list(uk)) for (const form of inflectName(n, "uk")) addName(entity, form);
    for (const n of list(ru)) for (const form of inflectName(n, "ru")) addName(entity, form);
    for (const n of list(zh)) addName(entity, n);
    for (const a of list(enAdj)) addName(entity, a, true);
    for (const stem of list(ukAdj)) for (const e of UK_ADJ) addName(entity, stem + e, true);
    for (const stem of list(ruAdj)) for (const e of RU_ADJ) addName(entity, stem + e, true);
  }
  for (const [name, ids] of ZH_PAIRS) phrases.push({ phrase: name, value: { ids, adjective: false } });
  built = { byId, byName, byAbbreviation, lemma, phrases: createPhraseIndex(phrases) };
  return built;
};

/** The caller's names: by normalised name, in text, and the caller's own entities by id. @internal */
export interface AliasIndex {
  readonly byName: ReadonlyMap<string, Entity>;
  readonly phrases: PhraseIndex<EntityName>;
  readonly custom: ReadonlyMap<string, Entity>;
}

const withAliases = new WeakMap<EntityAliases, AliasIndex>();

/**
 * The index with the caller's aliases added (they win over the gazetteer's names), cached per aliases
 * object. An alias's target is a gazetteer id, a gazetteer name, or an id of the caller's own.
 *
 * @internal
 */
export const aliasIndex = (aliases: EntityAliases): AliasIndex => {
  const known = withAliases.get(aliases);
  if (known !== undefined) return known;
  const base = entityIndex();
  const byName = new Map<string, Entity>();
  const phrases: PhraseEntry<EntityName>[] = [];
  const custom = new Map<string, Entity>();
  for (const [alias, target] of Object.entries(aliases)) {
    if (typeof target !== "string" || target.trim() === "" || alias.trim() === "") continue;
    const entity = base.byId.get(target.trim()) ?? base.byName.get(normaliseName(target)) ?? Object.freeze({ id: target.trim(), name: target.trim(), kind: "custom" as const });
    if (entity.kind === "custom") custom.set(entity.id, entity);
    byName.set(normaliseName(alias), entity);
    phrases.push({ phrase: alias.trim().replaceAll("-", " "), value: { ids: [entity.id], adjective: false }, case: "any" });
  }
  const result = { byName, phrases: createPhraseIndex(phrases), custom };
  withAliases.set(aliases, result);
  return result;
};
