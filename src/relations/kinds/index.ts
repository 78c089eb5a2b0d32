import type { RelationKind } from "../types.js";
import { conversion } from "./conversion.js";
import { difference } from "./difference.js";
import type { KindSpec } from "./kindSpec.js";
import { multiple } from "./multiple.js";
import { percentChange } from "./percentChange.js";
import { share } from "./share.js";
import { sum } from "./sum.js";

/** Every relation kind's spec, by kind. @internal */
export const KIND_SPECS: Readonly<Record<RelationKind, KindSpec>> = /* @__PURE__ */ Object.freeze({
  conversion,
  "percent-change": percentChange,
  share,
  sum,
  difference,
  multiple,
});
