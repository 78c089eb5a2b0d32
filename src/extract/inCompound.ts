import type { Mention } from "./types.js";

const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x400 && c <= 0x52f);

const PARTITIVE = [" of ", " з ", " із ", " из "];

/**
 * A number word inside a compound ("two-way", "three-year"), or one that picks members out of a group
 * ("one of China's 56 ethnic groups", "один із"): part of a phrase, not a figure.
 *
 * @internal
 */
export const inCompound = (text: string, mention: Mention): boolean =>
  mention.quantity.unit === "count" &&
  ((text.charCodeAt(mention.end) === 45 && isLetterCode(text.charCodeAt(mention.end + 1))) ||
    (mention.noun === undefined && PARTITIVE.some((p) => text.startsWith(p, mention.end))));
