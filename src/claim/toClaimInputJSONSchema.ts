import { toJSONSchema } from "zod/mini";
import { ClaimInputSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of the claim input: what a claims file's items must look like, for
 * editors, other languages and API gateways.
 *
 * @example
 * ```ts
 * const schema = toClaimInputJSONSchema();
 * schema.required; // ["metric", "value", "source"]
 * ```
 */
export const toClaimInputJSONSchema = (): Record<string, unknown> =>
  toJSONSchema(ClaimInputSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
