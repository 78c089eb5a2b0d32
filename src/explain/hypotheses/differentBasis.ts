import { isSamePublication, sourceKey } from "../../claim/keys.js";
import type { ConflictContext, Finding } from "./context.js";

const norm = (text: string): string => text.normalize("NFKC").toLowerCase().trim();

/**
 * Different basis: one source giving two figures for one period in one publication is most likely
 * quoting two reporting bases; figures counting differently named things ("commercial agreements" vs
 * "agreements", in one language) may count different sets.
 *
 * @internal
 */
export const testDifferentBasis = (ctx: ConflictContext): Finding => {
  const { a, b } = ctx;
  if (sourceKey(a) === sourceKey(b) && isSamePublication(a, b))
    return { code: "different-basis", strength: "moderate", evidence: { basis: "same-publication", detail: [a.source.name] } };
  const na = a.quantity.noun;
  const nb = b.quantity.noun;
  if (na !== undefined && nb !== undefined && norm(na) !== norm(nb) && a.reportedBy?.lang === b.reportedBy?.lang)
    return { code: "different-basis", strength: "moderate", evidence: { basis: "nouns", detail: [na, nb].sort() } };
  return undefined;
};
