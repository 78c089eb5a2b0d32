import { extractClaims, extractQuantities, safeParsePeriod, safeParseQuantity, scanPeriods, scanQuantities } from "../../src/index.js";

/** The reference date the text functions resolve relative periods against. */
export const REFERENCE = "2024-06-15";

/** The five text functions, each wrapped to take only text. */
export const TEXT_FUNCTIONS: readonly (readonly [string, (text: string) => unknown])[] = [
  ["scanQuantities", (text) => scanQuantities(text)],
  ["extractQuantities", (text) => extractQuantities(text, { publishedAt: REFERENCE })],
  ["extractClaims", (text) => extractClaims(text, { publishedAt: REFERENCE })],
  ["scanPeriods", (text) => scanPeriods(text, { reference: REFERENCE })],
  ["safeParseQuantity", (text) => safeParseQuantity(text)],
  ["safeParsePeriod", (text) => safeParsePeriod(text, { reference: REFERENCE })],
];

