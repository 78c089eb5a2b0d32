export { DiscrepancyError, isDiscrepancyError } from "./errors.js";
export type { DiscrepancyErrorCode, DiscrepancyIssue } from "./errors.js";
export type { Bound, Quantity, QuantityJSON } from "./quantity/types.js";
export type { Dimension, Unit } from "./units/types.js";
export { getUnit, isUnit, units } from "./units/registry.js";
export type { Period, PeriodKind } from "./period/types.js";
export type { Lang } from "./lexicon/types.js";
