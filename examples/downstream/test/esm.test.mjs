// The package from ESM, as installed from its tarball.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { claim, findDiscrepancies, formatReport, isDiscrepancyError, parseClaims, toClaimReview, toVegaLite } from "discrepancy";
import { display, toNotebookDisplay } from "discrepancy/notebook";
import { assertConsistent, assertNoConflicts, createArbitraries, matchers } from "discrepancy/testing";

const inputs = JSON.parse(readFileSync(new URL("./fixtures.json", import.meta.url), "utf8"));
const [cn, kz, at] = inputs;

test("finds the 2023 conflict and writes it as markdown and JSON", () => {
  const { claims, issues } = parseClaims(inputs);
  assert.deepEqual(issues, []);
  const report = findDiscrepancies(claims);
  assert.ok(report.conflicts.some((c) => c.claims.includes("kz-2023") && c.claims.includes("cn-2023")));
  assert.match(formatReport(report, { format: "markdown" }), /\$31\.5 billion/);
  const json = JSON.parse(formatReport(report, { format: "json" }));
  assert.equal(typeof json.conflicts[0].gap.absolute, "string");
});

test("charts and fact-check markup are plain JSON", () => {
  const claims = inputs.map((input) => claim(input));
  const spec = toVegaLite(claims);
  assert.equal(spec.$schema, "https://vega.github.io/schema/vega-lite/v5.json");
  const report = findDiscrepancies(claims);
  const review = toClaimReview(report.conflicts[0], { author: { name: "Desk" }, claims });
  assert.equal(review["@type"], "ClaimReview");
  assert.deepEqual(JSON.parse(JSON.stringify(review)), review);
});

test("bad input throws the library's error naming the field", () => {
  assert.throws(
    () => claim({ metric: "trade", value: "banana", source: "x" }),
    (error) => isDiscrepancyError(error) && error.message.includes("banana"),
  );
});

test("testing: assertions throw with actual and expected; matchers work without vitest", () => {
  assertConsistent(cn, at);
  assert.throws(() => assertNoConflicts([cn, kz]), (error) => error.name === "AssertionError" && Array.isArray(error.expected) && error.actual.length === 1);
  assert.equal(matchers.toConflictWith.call({ isNot: false }, cn, kz).pass, true);
  assert.equal(typeof createArbitraries, "function");
});

test("notebook: results are plain data; display opts one into Jupyter's rendering", () => {
  const claims = inputs.map((input) => claim(input));
  const report = findDiscrepancies(claims);
  assert.deepEqual(Object.getOwnPropertySymbols(report), []);
  const shown = display(report, { claims });
  assert.equal(JSON.stringify(shown), JSON.stringify(report));
  assert.deepEqual(shown[Symbol.for("Jupyter.display")](), toNotebookDisplay(report, { claims }));
});
