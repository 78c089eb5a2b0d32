import { addIntervals, subtractIntervals } from "../../interval/intervalArithmetic.js";
import { valueOf, type KindSpec } from "./kindSpec.js";

/** `difference`: `difference = a − b` (in percentage points when a and b are in per cent). @internal */
export const difference: KindSpec = {
  slots: (relation) => [
    { name: "a", path: ["a"], role: "amount", input: relation["a"] },
    { name: "b", path: ["b"], role: "amount", input: relation["b"] },
    { name: "difference", path: ["difference"], role: "amount", input: relation["difference"], pointsOk: true },
  ],
  defaultTarget: () => "difference",
  solve: (target, v) => {
    if (target === "difference") return subtractIntervals(valueOf(v, "a"), valueOf(v, "b"));
    if (target === "a") return addIntervals(valueOf(v, "b"), valueOf(v, "difference"));
    return subtractIntervals(valueOf(v, "a"), valueOf(v, "difference"));
  },
};
