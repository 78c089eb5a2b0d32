import type { Modality } from "../claim/types.js";
import type { ClaimWordKind } from "../lexicon/claimWords.js";
import { MODAL_REACH } from "./reaches.js";
import { has, type Cue } from "./readingTypes.js";
import type { Mention } from "./types.js";

const MODAL: readonly (readonly [ClaimWordKind, Modality])[] = [
  ["target", "target"],
  ["plan", "plan"],
  ["forecast", "forecast"],
  ["estimate", "estimate"],
];

const modalOf = (cue: Cue): Modality | undefined => MODAL.find(([kind]) => has(cue, kind))?.[1];

/**
 * The modality the words give a figure: the nearest modal word before it in its clause, back to a
 * comparison's base ("up from", "against", "проти") or "current", which introduce an actual; else a
 * modal word after it, before the next figure; else an actual.
 *
 * @internal
 */
export const modalityOf = (mention: Mention, cues: readonly Cue[], mentions: readonly Mention[]): Modality => {
  let found: Modality | undefined;
  let plan = false;
  for (const cue of cues) {
    if (cue.end > mention.start) break;
    if (mention.start - cue.end > MODAL_REACH) continue;
    if (has(cue, "baseline") || has(cue, "current") || has(cue, "previous-year")) {
      found = undefined;
      plan = false;
      continue;
    }
    const modal = modalOf(cue);
    // "Expected to … will reach", "预计 … 将达到": the future tense of a forecast or target is not a plan.
    if (modal === "plan") plan = true;
    else if (modal !== undefined) found = modal;
  }
  if (found !== undefined) return found;
  if (plan) return "plan";
  const next = mentions.find((x) => x.start >= mention.end);
  for (const cue of cues) {
    if (cue.start < mention.end) continue;
    if (next !== undefined && cue.start >= next.start) break;
    if (has(cue, "baseline")) break;
    const modal = modalOf(cue);
    if (modal !== undefined && modal !== "plan") return modal;
  }
  return "actual";
};
