import type { z } from "zod";
import type { DiscrepancyIssue } from "./errors.js";
import { quote } from "./messages/misuse/quote.js";

type ZodIssue = z.core.$ZodIssue;

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown => {
  let value = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
};

// A union's "invalid input" says nothing useful; the branch that got furthest (fewest type mismatches at
// the top) is the one the caller meant, so report its issues instead.
const pickUnionBranch = (issue: ZodIssue): readonly ZodIssue[] | undefined => {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return undefined;
  // A branch that failed on the value's very type ("expected string, received number") is the wrong
  // branch; zod reports an integer check as invalid_type too, with `expected: "int"`, which is a right one.
  const wrongType = (i: ZodIssue): boolean => i.code === "invalid_type" && i.path.length === 0 && i.expected !== "int";
  const score = (branch: readonly ZodIssue[]): number => (branch.some(wrongType) ? 1000 : 0) + branch.length;
  let best = issue.errors[0]!;
  for (const branch of issue.errors) if (score(branch) < score(best)) best = branch;
  return best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as ZodIssue);
};

const flatten = (issues: readonly ZodIssue[]): ZodIssue[] =>
  issues.flatMap((issue) => {
    const branch = pickUnionBranch(issue);
    return branch === undefined ? [issue] : flatten(branch);
  });

// Fields of a zod issue that are not its parameters: where it is, its words, the value, nested issues.
const NOT_PARAMS: ReadonlySet<string> = new Set(["code", "path", "message", "input", "inst", "errors", "issues", "continue", "fatal", "abort", "pattern"]);

/** Zod's own parameters of an issue (`expected`, `maximum`, `keys`, `format`, …), as plain data. */
const paramsOf = (issue: ZodIssue): Record<string, unknown> => {
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(issue)) {
    if (NOT_PARAMS.has(key) || typeof value === "function" || typeof value === "symbol") continue;
    // A refinement's own params (`{ params: { code } }`) are kept whole; a bigint bound as text.
    params[key] = typeof value === "bigint" ? value.toString() : value;
  }
  return params;
};

/**
 * Turns a zod error into the library's issues: zod's code and parameters, a path, a message that
 * quotes the bad value, and the value itself. @internal
 */
export const toIssues = (error: z.core.$ZodError, root: unknown, prefix: readonly (string | number)[] = []): DiscrepancyIssue[] =>
  flatten(error.issues).map((issue) => {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === "number" ? key : String(key)))];
    const input = valueAt(root, issue.path);
    const message =
      issue.code === "unrecognized_keys"
        ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => quote(k)).join(", ")}`
        : issue.code === "invalid_type" && input === undefined
          ? "is required"
          : issue.message.includes(quote(input))
            ? issue.message
            : `${issue.message} (got ${quote(input)})`;
    const params = paramsOf(issue);
    // A refinement of the library's names its own code (`params: { code }`), so a locale can word it.
    const own = issue.code === "custom" ? (issue.params as Record<string, unknown> | undefined)?.["code"] : undefined;
    const code = typeof own === "string" ? own : issue.code;
    return input === undefined ? { path, code, params, message } : { path, code, params, message, input };
  });
