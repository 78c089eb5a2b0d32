// The package from CommonJS (require), as Jest suites and older tools load it.
const assert = require("node:assert/strict");
const { test } = require("node:test");
const { claim, findDiscrepancies, isDiscrepancyError, DiscrepancyError } = require("discrepancy");
const { assertNoConflicts, ClaimAssertionError } = require("discrepancy/testing");
const inputs = require("./fixtures.json");

test("require() gives the same API", () => {
  const report = findDiscrepancies(inputs.map((input) => claim(input)));
  assert.equal(report.summary.conflicts, 2); // $31.5 billion against "$41 billion" and "exceeding $41 billion"
  assert.throws(() => assertNoConflicts(inputs), ClaimAssertionError);
  assert.throws(() => claim({ metric: "m", value: "nothing here", source: "s" }), DiscrepancyError);
  assert.equal(isDiscrepancyError(new DiscrepancyError("invalid-argument", "x")), true);
});
