import { DiscrepancyError } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { aliasIndex, entityIndex } from "./entityIndex.js";
import { normaliseName } from "./normaliseName.js";
import type { Entity, EntityAliases } from "./types.js";

/** Options of {@link resolveEntity}. */
export interface ResolveEntityOptions {
  /** Names the caller adds; they win over the gazetteer's. */
  readonly aliases?: EntityAliases;
}

/** Whether every letter is a capital (an ISO code is only a code so written: "IN" is India, "in" is not). */
const isUpper = (name: string): boolean => name === name.toUpperCase() && name !== name.toLowerCase();

/**
 * The entity a name stands for, or `undefined` when neither the caller's aliases nor the gazetteer
 * know it (an unknown name is never guessed at). Names are read in English, Ukrainian, Russian and
 * Chinese, in any case form ("України", "Україною", "России", "中方"), with case, spacing, hyphens and a
 * leading "the" ignored; a country's ISO 3166-1 alpha-2 code or a union's id, written in capitals, names
 * it too ("CN", "EU"); abbreviations count only in capitals ("US" is the United States, "us" is not). Adjectives ("Chinese") are not names of a party.
 *
 * @throws {DiscrepancyError} `invalid-argument` when `options.aliases` is not an object of names.
 * @example
 * ```ts
 * resolveEntity("України")?.id;                  // "UA"
 * resolveEntity("Євросоюз")?.name;               // "European Union"
 * resolveEntity("哈萨克斯坦")?.id;                // "KZ"
 * resolveEntity("Dalian Group");                 // undefined
 * resolveEntity("KMG", { aliases: { KMG: "KazMunayGas" } }); // { id: "KazMunayGas", name: "KazMunayGas", kind: "custom" }
 * ```
 */
export const resolveEntity = (name: string, options?: ResolveEntityOptions): Entity | undefined => {
  const aliases = options?.aliases;
  if (aliases !== undefined) assertAliases(aliases, "aliases");
  if (typeof name !== "string") return undefined;
  return lookUpEntity(name, aliases);
};

/** {@link resolveEntity} without checking its options. @internal */
export const lookUpEntity = (name: string, aliases: EntityAliases | undefined): Entity | undefined => {
  if (name.length > 300) return undefined;
  const key = normaliseName(name);
  if (key === "") return undefined;
  if (aliases !== undefined) {
    const own = aliasIndex(aliases).byName.get(key);
    if (own !== undefined) return own;
  }
  const index = entityIndex();
  const trimmed = name.trim();
  if (isUpper(trimmed)) {
    const byId = index.byId.get(trimmed) ?? index.byAbbreviation.get(trimmed.startsWith("THE ") ? trimmed.slice(4) : trimmed);
    if (byId !== undefined) return byId;
  }
  return index.byName.get(key) ?? index.byAbbreviation.get(trimmed.startsWith("the ") ? trimmed.slice(4).trim() : trimmed);
};

/** Throws unless `aliases` is a plain object of text to text. @internal */
export const assertAliases = (aliases: unknown, field: string): void => {
  const ok =
    typeof aliases === "object" &&
    aliases !== null &&
    !Array.isArray(aliases) &&
    Object.values(aliases as Record<string, unknown>).every((v) => typeof v === "string");
  if (!ok) {
    const message = messages.badOption(field, aliases, "an object of names, each alias → an id or a name");
    throw new DiscrepancyError("invalid-argument", message, [{ path: [field], message, input: aliases }]);
  }
};
