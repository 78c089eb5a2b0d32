import { comparePublished, isSamePublication, sourceKey } from "../../compare/keys.js";
import type { ConflictContext, Finding } from "./context.js";

/**
 * Revision: the same source gave both figures, in different publications. The later one likely revises
 * the earlier (moderate); when the order of publication is unknown it stays weak. Two figures from one
 * source in one publication are no revision (see `different-basis`).
 *
 * @internal
 */
export const testRevision = (ctx: ConflictContext): Finding => {
  const { a, b } = ctx;
  if (sourceKey(a) !== sourceKey(b)) return { code: "revision", reason: "different-sources", evidence: { sources: `${a.source.name}; ${b.source.name}` } };
  if (isSamePublication(a, b)) return undefined;
  const pa = a.reportedBy?.publishedAt;
  const pb = b.reportedBy?.publishedAt;
  const order = comparePublished(pa, pb);
  if (order === undefined || order === 0) return { code: "revision", strength: "weak", evidence: { earlier: a.id, later: b.id } };
  const [earlier, later] = order < 0 ? [a, b] : [b, a];
  return {
    code: "revision",
    strength: "moderate",
    evidence: {
      earlier: earlier.id,
      later: later.id,
      ...(earlier.reportedBy?.publishedAt !== undefined ? { earlierPublished: earlier.reportedBy.publishedAt } : {}),
      ...(later.reportedBy?.publishedAt !== undefined ? { laterPublished: later.reportedBy.publishedAt } : {}),
    },
  };
};
