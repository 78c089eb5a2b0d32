import { DiscrepancyError } from "../../errors.js";
import { relationIssues, relationMessages } from "../../messages/misuse/relations.js";
import { ZERO } from "../../decimal.js";
import { makeInterval } from "../../interval/algebra.js";
import type { Interval } from "../../interval/types.js";
import { addIntervals, subtractIntervals } from "../../interval/intervalArithmetic.js";
import { valueOf, type KindSpec } from "./kindSpec.js";

const zero = /* @__PURE__ */ makeInterval(ZERO, ZERO, false, false);

/** `sum`: `total = parts[0] + parts[1] + …`; one part may be solved for from the total. @internal */
export const sum: KindSpec = {
  slots: (relation) => {
    const parts = relation["parts"];
    if (!Array.isArray(parts) || parts.length === 0)
      throw new DiscrepancyError("invalid-argument", relationMessages.needsParts, [
        { path: ["parts"], ...relationIssues.needsParts(), input: parts },
      ]);
    return [
      ...parts.map((input: unknown, i) => ({ name: `parts[${i}]`, path: ["parts", i], role: "amount" as const, input })),
      { name: "total", path: ["total"], role: "amount" as const, input: relation["total"] },
    ];
  },
  defaultTarget: () => "total",
  solve: (target, v) => {
    let others: Interval = zero;
    for (const [name, value] of v) if (name !== target && name !== "total") others = addIntervals(others, value);
    return target === "total" ? others : subtractIntervals(valueOf(v, "total"), others);
  },
};
