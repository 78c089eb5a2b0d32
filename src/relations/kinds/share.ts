import { divideIntervals, multiplyIntervals } from "../../interval/intervalArithmetic.js";
import { valueOf, type KindSpec } from "./kindSpec.js";

/** `share`: `part = whole × share`. @internal */
export const share: KindSpec = {
  slots: (relation) => [
    { name: "part", path: ["part"], role: "amount", input: relation["part"] },
    { name: "whole", path: ["whole"], role: "amount", input: relation["whole"] },
    { name: "share", path: ["share"], role: "percent", input: relation["share"] },
  ],
  defaultTarget: () => "part",
  solve: (target, v) => {
    if (target === "part") return multiplyIntervals(valueOf(v, "whole"), valueOf(v, "share"));
    if (target === "whole") return divideIntervals(valueOf(v, "part"), valueOf(v, "share"));
    return divideIntervals(valueOf(v, "part"), valueOf(v, "whole"));
  },
};
