import { DiscrepancyError } from "../../errors.js";
import { relationIssues, relationMessages } from "../../messages/misuse/relations.js";
import { valueOf, type KindSpec } from "./kindSpec.js";

/**
 * `conversion`: `values[0]` and `values[1]` are one quantity in two units. Both are converted to the
 * target's unit before `solve`, so solving is the identity. @internal
 */
export const conversion: KindSpec = {
  slots: (relation) => {
    const values = relation["values"];
    if (!Array.isArray(values) || values.length !== 2)
      throw new DiscrepancyError("invalid-argument", relationMessages.needsPair("values"), [
        { path: ["values"], ...relationIssues.needsPair("values"), input: values },
      ]);
    return values.map((input: unknown, i) => ({ name: `values[${i}]`, path: ["values", i], role: "amount" as const, input }));
  },
  defaultTarget: () => "values[1]",
  solve: (target, values) => valueOf(values, target === "values[1]" ? "values[0]" : "values[1]"),
};
