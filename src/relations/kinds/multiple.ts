import { divideIntervals, multiplyIntervals } from "../../interval/intervalArithmetic.js";
import { valueOf, type KindSpec } from "./kindSpec.js";

/** `multiple`: `result = base × factor` ("double" is factor 2). @internal */
export const multiple: KindSpec = {
  slots: (relation) => [
    { name: "base", path: ["base"], role: "amount", input: relation["base"] },
    { name: "result", path: ["result"], role: "amount", input: relation["result"] },
    { name: "factor", path: ["factor"], role: "factor", input: relation["factor"] },
  ],
  defaultTarget: () => "result",
  solve: (target, v) => {
    if (target === "result") return multiplyIntervals(valueOf(v, "base"), valueOf(v, "factor"));
    if (target === "base") return divideIntervals(valueOf(v, "result"), valueOf(v, "factor"));
    return divideIntervals(valueOf(v, "result"), valueOf(v, "base"));
  },
};
