import { makeInterval } from "../../interval/algebra.js";
import { addIntervals, divideIntervals, multiplyIntervals, subtractIntervals } from "../../interval/intervalArithmetic.js";
import { ONE } from "../../decimal.js";
import { valueOf, type KindSpec } from "./kindSpec.js";

const one = /* @__PURE__ */ makeInterval(ONE, ONE, false, false);

/** `percent-change`: `to = from × (1 + rate)`. @internal */
export const percentChange: KindSpec = {
  slots: (relation) => [
    { name: "from", path: ["from"], role: "amount", input: relation["from"] },
    { name: "to", path: ["to"], role: "amount", input: relation["to"] },
    { name: "rate", path: ["rate"], role: "percent", input: relation["rate"] },
  ],
  defaultTarget: () => "to",
  solve: (target, v) => {
    if (target === "to") return multiplyIntervals(valueOf(v, "from"), addIntervals(one, valueOf(v, "rate")));
    if (target === "from") return divideIntervals(valueOf(v, "to"), addIntervals(one, valueOf(v, "rate")));
    return subtractIntervals(divideIntervals(valueOf(v, "to"), valueOf(v, "from")), one);
  },
};
