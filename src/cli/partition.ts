import { toSeriesKey } from "../claim/toSeriesKey.js";

const NONE: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The family key of a claim input as it was read (metric and subject, the series key without
 * qualifiers), or `undefined` when those fields are malformed (the claim will be refused anyway).
 * Validation only trims these fields and fills `direction: false`, and the series key normalises
 * case, spacing and trimming, so a valid input's key equals the family key of the claim built from it.
 * A family stays on one worker: notes compare the series of a family with each other.
 */
export const toFamilyKeyOfInput = (input: unknown): string | undefined => {
  if (typeof input !== "object" || input === null) return undefined;
  const { metric, subject, direction } = input as Record<string, unknown>;
  if (typeof metric !== "string" || (direction !== undefined && typeof direction !== "boolean")) return undefined;
  const list = subject === undefined ? [] : typeof subject === "string" ? [subject] : subject;
  if (!Array.isArray(list) || !list.every((s) => typeof s === "string")) return undefined;
  return toSeriesKey({ metric, subject: list as string[], direction: direction ?? false, qualifiers: NONE });
};

/** FNV-1a over UTF-16 code units: a fixed, fast spread of keys over `n` partitions. */
export const toPartition = (key: string | undefined, n: number): number => {
  if (key === undefined || n <= 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % n;
};
