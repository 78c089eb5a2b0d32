import { comparePublished, isSamePublication, sourceKey } from "../../claim/keys.js";
import type { RuledOut } from "../types.js";
import type { ConflictContext, Finding } from "./context.js";

// One frozen finding per ordered pair of source names: a corpus has few sources and many conflicts
// between them, and a report keeps every finding. Emptied at a bound, so memory stays bounded.
let differentSources = new Map<string, Map<string, RuledOut>>();
const differentSourcesOf = (a: string, b: string): RuledOut => {
  let byB = differentSources.get(a);
  if (byB === undefined) {
    if (differentSources.size >= 1024) differentSources = new Map();
    differentSources.set(a, (byB = new Map()));
  }
  let finding = byB.get(b);
  if (finding === undefined) {
    // Joined, not concatenated: a flat string, not a rope of three.
    const sources = [a, "; ", b].join("");
    finding = Object.freeze({ code: "revision", reason: "different-sources", evidence: Object.freeze({ sources }) }) as RuledOut;
    if (byB.size < 1024) byB.set(b, finding);
  }
  return finding;
};

/**
 * Revision: the same source gave both figures, in different publications. The later one likely revises
 * the earlier (moderate); when the order of publication is unknown it stays weak. Two figures from one
 * source in one publication are no revision (see `different-basis`).
 *
 * @internal
 */
export const testRevision = (ctx: ConflictContext): Finding => {
  const { a, b } = ctx;
  if (sourceKey(a) !== sourceKey(b)) return differentSourcesOf(a.source.name, b.source.name);
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
