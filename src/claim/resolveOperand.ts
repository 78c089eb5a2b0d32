import type { Claim } from "./types.js";
import { isDecimal } from "../decimal.js";
import { DiscrepancyError, errorFromIssues } from "../errors.js";
import { messages } from "../messages/misuse/input.js";
import { relationMessages } from "../messages/misuse/relations.js";
import { parseQuantity } from "../quantity/parseQuantity.js";
import { quantity as quantityFromParts } from "../quantity/quantity.js";
import type { Quantity } from "../quantity/types.js";
import type { ScanOptions } from "../quantity/scanOptions.js";

/** An operand read into a quantity, remembering the claim it came from. @internal */
export interface ResolvedOperand {
  readonly quantity: Quantity;
  readonly claimId?: string;
}

const isQuantity = (value: object): value is Quantity => {
  const q = value as Partial<Quantity>;
  return typeof q.unit === "string" && typeof q.bound === "string" && isDecimal(q.value);
};

const isClaim = (value: object): value is Claim => {
  const c = value as Partial<Claim>;
  return typeof c.metric === "string" && typeof c.quantity === "object" && c.quantity !== null && isQuantity(c.quantity);
};

/** A thrown error re-thrown with the field it came from in its message and issue paths. @internal */
export const atField = (
  error: unknown,
  what: string,
  path: readonly (string | number)[],
  input: unknown,
): DiscrepancyError => {
  const message = error instanceof Error ? error.message : String(error);
  return errorFromIssues(error instanceof DiscrepancyError && error.code !== "invalid-argument" ? error.code : "invalid-argument", what, [
    { path: [...path], message, ...(typeof input === "string" || typeof input === "number" ? { input } : {}) },
  ]);
};

/**
 * Reads one operand: a claim, a quantity, quantity text, or a safe integer (an exact count or factor).
 *
 * @throws {DiscrepancyError} naming `path` when the operand is none of these or its text is not a quantity.
 * @internal
 */
export const resolveOperand = (
  input: unknown,
  path: readonly (string | number)[],
  options: Pick<ScanOptions, "lang" | "dollar" | "approxTolerance">,
  what: string = relationMessages.invalidRelation,
): ResolvedOperand => {
  if (typeof input === "string") {
    try {
      const parsed = parseQuantity(input, {
        ...(options.lang !== undefined ? { lang: options.lang } : {}),
        ...(options.dollar !== undefined ? { dollar: options.dollar } : {}),
        ...(options.approxTolerance !== undefined ? { approxTolerance: options.approxTolerance } : {}),
      });
      return { quantity: parsed };
    } catch (error) {
      throw atField(error, what, path, input);
    }
  }
  if (typeof input === "number") {
    if (!Number.isSafeInteger(input))
      throw atField(
        new DiscrepancyError("invalid-argument", Number.isFinite(input) ? messages.fractionalNumber(input) : messages.badAmount(input)),
        what,
        path,
        input,
      );
    return { quantity: quantityFromParts({ amount: input, bound: "exact", text: String(input) }) };
  }
  if (typeof input === "object" && input !== null) {
    if (isClaim(input)) return { quantity: input.quantity, claimId: input.id };
    if (isQuantity(input)) return { quantity: input };
  }
  throw atField(new DiscrepancyError("invalid-argument", relationMessages.notOperand(input)), what, path, input);
};
