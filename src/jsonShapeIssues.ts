import type { DiscrepancyIssue } from "./errors.js";
import { messages } from "./messages/misuse/input.js";

/** Deeper than this, JSON input is refused: no claim needs it, and recursive validators would overflow the stack. */
export const MAX_JSON_DEPTH = 32;

/**
 * Keys refused at every depth: each reaches `Object.prototype` when a consumer merges or copies the
 * record naively (`target[key] = value` recursively), and a schema that drops them drops data silently.
 */
const RESERVED_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

interface Node {
  readonly value: unknown;
  readonly key: string | number | undefined;
  readonly parent: Node | undefined;
  readonly depth: number;
}

// Paths are built only for the rare issue: copying one per visited value would dominate the walk.
const pathOf = (node: Node): (string | number)[] => {
  const path: (string | number)[] = [];
  for (let n: Node | undefined = node; n !== undefined && n.key !== undefined; n = n.parent) path.push(n.key);
  return path.reverse();
};

/**
 * Issues for JSON input that no schema should see: own `__proto__`, `constructor` and `prototype` keys at
 * any depth (`JSON.parse` creates them as plain data, zod drops `__proto__` without a word, a naive deep
 * merge of `constructor.prototype` pollutes `Object.prototype`, and a key that vanishes silently is a
 * wrong answer)
 * and nesting deeper than {@link MAX_JSON_DEPTH} (reported once, where it first happens; a cycle is
 * infinitely deep). The walk is iterative, so a 10,000-level input costs no stack and a wide one linear
 * time; after it, any recursion over the input is at most {@link MAX_JSON_DEPTH} deep.
 *
 * @internal
 */
export const jsonShapeIssues = (value: unknown): DiscrepancyIssue[] => {
  const issues: DiscrepancyIssue[] = [];
  const stack: Node[] = [{ value, key: undefined, parent: undefined, depth: 0 }];
  // The deepest level each object was seen at: an object shared twice (possible from JavaScript, never
  // from JSON) is walked again only from deeper, so at most 33 times, and a cycle ends as "too deep".
  const seen = new Map<object, number>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const v = node.value;
    if (typeof v !== "object" || v === null || (seen.get(v) ?? -1) >= node.depth) continue;
    seen.set(v, node.depth);
    if (node.depth > MAX_JSON_DEPTH) {
      issues.push({ path: pathOf(node), code: "too-deep", params: { maximum: MAX_JSON_DEPTH }, message: messages.nestedTooDeep(MAX_JSON_DEPTH) });
      break;
    }
    const array = Array.isArray(v);
    const keys = Object.keys(v);
    // Own keys only (`Object.keys` lists a JSON `__proto__` as an own key; `in` would find inherited ones).
    if (!array) for (const key of keys) if (RESERVED_KEYS.has(key)) issues.push({ path: [...pathOf(node), key], code: "reserved-key", params: { key }, message: messages.reservedKey });
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      const child = (v as Record<string, unknown>)[key];
      // Only objects can hide a reserved key or more depth.
      if (!RESERVED_KEYS.has(key) && typeof child === "object" && child !== null)
        stack.push({ value: child, key: array ? Number(key) : key, parent: node, depth: node.depth + 1 });
    }
  }
  return issues;
};
