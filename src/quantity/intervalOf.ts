import type { Interval } from "../interval/types.js";
import type { Quantity } from "./types.js";

/** The interval a quantity's words allow. @internal */
export const intervalOf = (q: Quantity): Interval => ({ low: q.low, high: q.high, lowOpen: q.lowOpen, highOpen: q.highOpen });
