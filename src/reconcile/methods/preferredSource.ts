import type { Entry, Prepared } from "../prepare.js";
import { centreOf } from "../toEstimate.js";
import type { Reconciliation } from "../types.js";
import { agreeingCore, result, splitByInterval } from "./shared.js";

const norm = (s: string): string => s.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " ");

/** The rank of an entry's source in the caller's ranking (by name or country code), or `undefined`. */
const rankOf = (e: Entry, ranking: readonly string[]): number | undefined => {
  const name = norm(e.claim.source.name);
  const country = e.claim.source.country;
  const index = ranking.findIndex((r) => norm(r) === name || (country !== undefined && r.trim().toUpperCase() === country));
  return index < 0 ? undefined : index;
};

/**
 * The figure of the best-ranked source present (if it gave several, their common part); claims that
 * agree with it support it. `undefined` when no source is ranked.
 *
 * @internal
 */
export const byPreferredSource = (p: Prepared, ranking: readonly string[]): Reconciliation | undefined => {
  let best: number | undefined;
  for (const e of p.entries) {
    const r = rankOf(e, ranking);
    if (r !== undefined && (best === undefined || r < best)) best = r;
  }
  if (best === undefined) return undefined;
  const chosen = p.entries.filter((e) => rankOf(e, ranking) === best);
  const { interval } = agreeingCore(chosen);
  const { support, dissent } = splitByInterval(p.entries, interval);
  return result(p, "preferred-source", centreOf(interval), interval, support, dissent, { code: "preferred-source", params: { source: chosen[0]!.claim.source.name } });
};
