// The `discrepancy` bin as npm links it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../node_modules/.bin/discrepancy", import.meta.url));
const run = (args, input) => spawnSync(bin, args, { input, encoding: "utf8" });

test("check exits 1 on a conflict and 0 with --fail-on none", () => {
  const dir = mkdtempSync(join(tmpdir(), "discrepancy-"));
  const csv = join(dir, "claims.csv");
  writeFileSync(
    csv,
    "id,metric,subject,value,period,source,source_country\r\n" +
      "cn,trade turnover,China;Kazakhstan,$41 billion,2023,Ministry of Foreign Affairs of China,CN\r\n" +
      "kz,trade turnover,China;Kazakhstan,$31.5 billion,2023,Ministry of Trade and Integration of Kazakhstan,KZ\r\n",
  );
  const result = run(["check", csv, "--format", "json"]);
  assert.equal(result.status, 1, result.stderr);
  assert.equal(JSON.parse(result.stdout).summary.conflicts, 1);
  assert.equal(run(["check", csv, "--fail-on", "none"]).status, 0);
});

test("bad input exits 2 with a located message and no stack", () => {
  const result = run(["check", "-", "--input-format", "ndjson"], '{"metric":"m","value":"banana","source":"s"}\n');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /<stdin>:1: value: no quantity found in "banana"/);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
});

test("schema prints the claim JSON Schema", () => {
  const result = run(["schema"]);
  assert.equal(result.status, 0);
  assert.deepEqual(JSON.parse(result.stdout).required, ["metric", "value", "source"]);
});
