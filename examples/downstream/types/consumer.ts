// Compiled by test/types.test.mjs with skipLibCheck off and no optional peer installed (no fast-check,
// no vitest): the published declarations must stand on their own.
import { claim, findDiscrepancies, parseQuantity, type ClaimInput, type Report } from "discrepancy";
import { display, type MimeBundle } from "discrepancy/notebook";
import { assertNoConflicts, matchers } from "discrepancy/testing";

const input: ClaimInput = { metric: "trade turnover", value: "$41 billion", source: { name: "MFA", type: "government", country: "CN" } };
const value: string = parseQuantity("$41 billion").value.toString();
// @ts-expect-error a number is not a source
const bad: ClaimInput = { metric: "m", value: "5", source: 42 };
// @ts-expect-error "ministry" is not a source type
const badType: ClaimInput = { metric: "m", value: "5", source: { name: "MFA", type: "ministry" } };

const shown: Report = display(findDiscrepancies([claim(input)]), { claims: [claim(input)] });
// @ts-expect-error a bundle always has text/plain
const badBundle: MimeBundle = { "text/html": "<p></p>" };

export const used = [claim(input), value, bad, badType, assertNoConflicts, matchers, shown, badBundle];
