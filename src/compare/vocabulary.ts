/**
 * The closed list of {@link Verdict} values.
 *
 * @example
 * ```ts
 * VERDICTS; // ["consistent", "conflict", "not-comparable"]
 * ```
 */
export const VERDICTS = /* @__PURE__ */ Object.freeze(["consistent", "conflict", "not-comparable"] as const);

/**
 * What a comparison of two claims found: their intervals overlap (`consistent`), they are about the same
 * thing and do not overlap (`conflict`), or they are not about the same thing (`not-comparable`).
 */
export type Verdict = (typeof VERDICTS)[number];
