import type { Claim } from "../../claim/types.js";
import { comparePublished, isSamePublication, quotedVia, sourceKey, valueKey } from "../../claim/keys.js";
import { memoText } from "../../util/memoText.js";
import type { CopyExplanation } from "../types.js";

const normText = /* @__PURE__ */ memoText((text: string): string => text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim());

/**
 * Whether a claim's source relays figures rather than produces them: outlets, authors, and sources of
 * unknown kind without a country.
 *
 * @internal
 */
export const isRelay = (c: Claim): boolean =>
  c.source.type === "media" || c.source.type === "person" || (c.source.type === undefined && c.source.country === undefined);

/**
 * Copy: one claim repeats another, so their agreement is no independent corroboration. Strong when the
 * source says it quotes the other (`via`); moderate for the identical figure and text relayed in a later
 * publication (by an outlet or author), or an author repeating, in the same text, a figure the text attributes to a producing
 * source. Symmetric; undefined when neither copies the other.
 *
 * @internal
 */
export const detectCopy = (a: Claim, b: Claim): CopyExplanation | undefined =>
  detectCopyByKeys(a, b, sourceKey(a), sourceKey(b), valueKey(a), valueKey(b));

/**
 * {@link detectCopy} given the claims' source and value keys, for callers that keep them already
 * (`findDiscrepancies` holds them per claim for the whole run).
 *
 * @internal
 */
export const detectCopyByKeys = (a: Claim, b: Claim, sourceA: string, sourceB: string, valueA: string, valueB: string): CopyExplanation | undefined => {
  if (sourceA === sourceB) return undefined;
  if (quotedVia(a, b.source.name)) return { code: "copy", strength: "strong", evidence: { original: b.id, copy: a.id, via: true, samePublication: isSamePublication(a, b) } };
  if (quotedVia(b, a.source.name)) return { code: "copy", strength: "strong", evidence: { original: a.id, copy: b.id, via: true, samePublication: isSamePublication(a, b) } };
  if (valueA !== valueB) return undefined;
  if (isSamePublication(a, b)) {
    if (isRelay(a) === isRelay(b)) return undefined;
    const [original, copy] = isRelay(a) ? [b, a] : [a, b];
    return { code: "copy", strength: "moderate", evidence: { original: original.id, copy: copy.id, via: false, samePublication: true } };
  }
  // The publication order first: it is a string comparison, and without one there is no copy to find.
  const order = comparePublished(a.reportedBy?.publishedAt, b.reportedBy?.publishedAt);
  if (order === undefined || order === 0) return undefined;
  if (normText(a.quantity.text) !== normText(b.quantity.text)) return undefined;
  const [original, copy] = order < 0 ? [a, b] : [b, a];
  if (!isRelay(copy)) return undefined;
  return { code: "copy", strength: "moderate", evidence: { original: original.id, copy: copy.id, via: false, samePublication: false } };
};
