import { checkPeriod } from "./toExtent.js";
import type { Period } from "./types.js";

/**
 * Whether `value` is a valid {@link Period}: a known kind, ISO dates, and a start and end that fit
 * the kind (a quarter starts on 1 January, April, July or October and lasts three months).
 *
 * @example
 * ```ts
 * isPeriod(parsePeriod("2023-Q3")); // true
 * isPeriod({ kind: "year", start: "2023-01-01", end: "2023-12-31", text: "2023" }); // false (end is exclusive)
 * ```
 */
export const isPeriod = (value: unknown): value is Period => typeof checkPeriod(value) !== "string";
