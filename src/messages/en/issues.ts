/**
 * Validation issues by code (`DiscrepancyIssue.code`): zod's own codes (`invalid_type`, `too_big`, …)
 * and the library's (`duplicate-id`, `unknown-unit`, …). English needs no entries: an issue's
 * `message` is already English. Other locales render the codes they know and fall back to it.
 */
export const issues: IssueCatalogue = {};

/** Renderers of validation issues by code; params are the issue's `params`. */
export type IssueCatalogue = Readonly<Record<string, (params: Readonly<Record<string, unknown>>, input: unknown) => string>>;
