import { getUnit } from "../units/registry.js";

// What kind of figure a unit makes, as extractClaims's readers compare them: a figure that continues an
// earlier one must measure the same dimension.

/**
 * The dimension of a unit ("currency", "mass"), or the unit itself when the registry does not know it.
 *
 * @internal
 */
export const dimensionOf = (unit: string): string => getUnit(unit)?.dimension ?? unit;

/**
 * Whether a unit counts things or places ("70 agreements", "the third"), whose noun says what they are.
 *
 * @internal
 */
export const isCounted = (unit: string): boolean => unit === "count" || unit === "ordinal";
