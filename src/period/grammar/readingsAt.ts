import type { Spec } from "../spec.js";
import { boundaryAfter, boundaryBefore } from "./boundaries.js";
import { coreAt } from "./coreAt.js";
import { hits, inert, READING_START, role, type GrammarContext, type GrammarMatch } from "./grammarContext.js";
import { rangedAt } from "./rangedAt.js";

/**
 * The reading production: a period with the words around it — "as of", "in", "by the end of", "since",
 * "between … and …", and the suffixes Chinese writes after it ("2023年底", "2020年以来").
 */

/**
 * Every reading of a period starting at token `i` (longest last is not guaranteed). Readings that
 * need a cue and have none are left out; `accept` picks among the rest.
 */
export const readingsAt = (g: GrammarContext, i: number): GrammarMatch[] => {
  const out: GrammarMatch[] = [];
  if (inert(g, i, READING_START)) return out;
  if (!boundaryBefore(g, i)) return out;
  const firsts: { end: number; wrap: Spec["kind"] | undefined }[] = [{ end: i, wrap: undefined }];
  for (const h of role(g, i, "asOf")) firsts.push({ end: h.end, wrap: "asOf" });
  for (const h of role(g, i, "preposition")) firsts.push({ end: h.end, wrap: undefined });
  for (const first of firsts) {
    const j = first.end;
    const seconds: { end: number; wrap: "since" | "endOf" | "startOf" | "vague" | "range" | undefined }[] = [
      { end: j, wrap: undefined },
    ];
    for (const hit of hits(g, j)) {
      const r = hit.roles;
      if (r.endOf) seconds.push({ end: hit.end, wrap: "endOf" });
      if (r.startOf) seconds.push({ end: hit.end, wrap: "startOf" });
      if (r.vague) seconds.push({ end: hit.end, wrap: "vague" });
      if (r.since) seconds.push({ end: hit.end, wrap: "since" });
      if (r.rangeStart) seconds.push({ end: hit.end, wrap: "range" });
    }
    const cued = first.end > i || (i === 0 && g.cueAtStart);
    for (const second of seconds) {
      const k = second.end;
      const hasCue = cued || k > j;
      const emit = (end: number, spec0: Spec, cue: boolean): void => {
        if (cue && !hasCue) return;
        let spec = spec0;
        if (second.wrap === "since" || second.wrap === "endOf" || second.wrap === "startOf") spec = { kind: second.wrap, inner: spec };
        if (first.wrap === "asOf") spec = { kind: "asOf", inner: spec };
        out.push({ start: i, end, spec });
      };
      if (second.wrap === "range") {
        for (const a of coreAt(g, k)) {
          for (const joiner of role(g, a.end, "rangeJoiner")) {
            for (const b of coreAt(g, joiner.end)) emit(b.end, { kind: "range", from: a.spec, to: b.spec }, false);
          }
        }
        continue;
      }
      for (const c of rangedAt(g, k)) {
        emit(c.end, c.spec, c.cue);
        // Chinese writes "end", "early" and "since" after the period: "2023年底", "2023年初", "2020年以来".
        for (const hit of hits(g, c.end)) {
          const r = hit.roles;
          if (r.endSuffix) emit(hit.end, { kind: "endOf", inner: c.spec }, false);
          if (r.vagueSuffix) emit(hit.end, c.spec, false);
          if (r.sinceSuffix) emit(hit.end, { kind: "since", inner: c.spec }, false);
        }
      }
    }
  }
  // The longest reading decides where the period ends; if it runs into a word or a decimal, the
  // text is not a period here at all (a shorter reading would be a misreading: "2023-07-03T10").
  let furthest = 0;
  for (const m of out) if (m.end > furthest) furthest = m.end;
  if (furthest > 0 && !boundaryAfter(g, furthest)) return [];
  return out;
};
