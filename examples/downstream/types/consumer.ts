// Compiled by test/types.test.mjs with skipLibCheck off and no optional peer installed (no fast-check,
// no vitest): the published declarations must stand on their own.
import { claim, parseQuantity, type ClaimInput } from "discrepancy";
import { assertNoConflicts, matchers } from "discrepancy/testing";

const input: ClaimInput = { metric: "trade turnover", value: "$41 billion", source: { name: "MFA", type: "government", country: "CN" } };
const value: string = parseQuantity("$41 billion").value.toString();
// @ts-expect-error a number is not a source
const bad: ClaimInput = { metric: "m", value: "5", source: 42 };
// @ts-expect-error "ministry" is not a source type
const badType: ClaimInput = { metric: "m", value: "5", source: { name: "MFA", type: "ministry" } };

export const used = [claim(input), value, bad, badType, assertNoConflicts, matchers];
