// The package from CommonJS (require), as Jest suites and older tools load it.
const assert = require("node:assert/strict");
const { test } = require("node:test");
const { claim, findDiscrepancies, isDiscrepancyError, DiscrepancyError } = require("discrepancy");
const { assertNoConflicts, ClaimAssertionError } = require("discrepancy/testing");
const { toNotebookDisplay } = require("discrepancy/notebook");
const inputs = require("./fixtures.json");

test("require() gives the same API", () => {
  const report = findDiscrepancies(inputs.map((input) => claim(input)));
  assert.ok(report.conflicts.some((c) => c.claims.includes("kz-2023") && c.claims.includes("cn-2023")));
  assert.throws(() => assertNoConflicts(inputs), ClaimAssertionError);
  assert.throws(() => claim({ metric: "m", value: "nothing here", source: "s" }), DiscrepancyError);
  assert.equal(isDiscrepancyError(new DiscrepancyError("invalid-argument", "x")), true);
  // One library copy behind every entry: the notebook entry's errors are the root entry's class.
  assert.throws(() => toNotebookDisplay(null), DiscrepancyError);
});
