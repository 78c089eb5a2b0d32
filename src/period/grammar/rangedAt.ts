import type { Extent } from "../extent.js";
import type { Part } from "../spec.js";
import { punct, type Candidate, type GrammarContext } from "./grammarContext.js";
import { coreAt } from "./coreAt.js";

/** The ranged production: a core, or two written with a dash — "2013–2015", "September–November 2023". */

/** Cores, and ranges written with a dash: "2013–2015", "September–November 2023". */
export const rangedAt = (g: GrammarContext, i: number): readonly Candidate[] => {
  let cached = g.rangeMemo.get(i);
  if (cached !== undefined) return cached;
  const cores = coreAt(g, i);
  let out: Candidate[] | undefined;
  for (const a of cores) {
    if (!punct(g, a.end, "-") || !(a.spec.kind === "absolute" || (a.spec.kind === "part" && a.spec.offset === undefined))) continue;
    for (const b of coreAt(g, a.end + 1)) {
      // "in January–September": two yearless months, the year of the second (the latest such month).
      if (a.spec.kind === "part" && a.spec.part.kind === "month" && b.spec.kind === "part" && b.spec.offset === undefined && b.spec.part.kind === "month") {
        (out ??= [...cores]).push({ end: b.end, spec: { kind: "range", from: a.spec, to: b.spec }, cue: a.cue || b.cue });
        continue;
      }
      if (b.spec.kind !== "absolute" && b.spec.kind !== "invalid") continue;
      if (a.spec.kind === "part" && b.spec.kind === "absolute" && !sameGrain(a.spec.part, b.spec.extent)) continue;
      (out ??= [...cores]).push({ end: b.end, spec: { kind: "range", from: a.spec, to: b.spec }, cue: false });
    }
  }
  cached = out ?? cores;
  g.rangeMemo.set(i, cached);
  return cached;
};

/** Whether a yearless part and the period that lends it a year are of one grain ("September–November 2023"). */
const sameGrain = (part: Part, x: Extent): boolean =>
  part.kind === x.kind || (part.kind === "day" && x.kind === "day");
