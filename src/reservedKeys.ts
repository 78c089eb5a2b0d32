import type { DiscrepancyIssue } from "./errors.js";

const MAX_DEPTH = 8;

/**
 * Issues for own `__proto__` keys anywhere in JSON input. `JSON.parse` creates them as plain data, and
 * zod drops them without a word; a key that vanishes silently is a wrong answer, so it is reported.
 * @internal
 */
export const reservedKeyIssues = (value: unknown, path: readonly (string | number)[] = [], depth = 0): DiscrepancyIssue[] => {
  if (typeof value !== "object" || value === null || depth > MAX_DEPTH) return [];
  const issues: DiscrepancyIssue[] = [];
  if (Object.hasOwn(value, "__proto__")) issues.push({ path: [...path, "__proto__"], message: "this key is reserved" });
  for (const key of Object.keys(value)) {
    if (key === "__proto__") continue;
    issues.push(...reservedKeyIssues((value as Record<string, unknown>)[key], [...path, Array.isArray(value) ? Number(key) : key], depth + 1));
  }
  return issues;
};
