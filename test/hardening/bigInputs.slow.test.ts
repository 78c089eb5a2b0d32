// The hardening suite's largest inputs (`npm run test:slow`): a million-line NDJSON of junk and a 100 MB
// file through the command line, a million nulls through parseClaims. Their smaller versions run in the
// fast suite (cli.test.ts, badInputTable.ts).
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nodeIO, type CliIO } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { parseClaims } from "../../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "discrepancy-big-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command line in-process with the real file reader and captured output. */
const run = async (argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    ...nodeIO(),
    stdin: (async function* () {})(),
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
};

describe("the largest inputs", () => {
  it("parseClaims caps a million issues at 1,000 plus a summary", () => {
    const result = parseClaims(Array.from({ length: 1_000_000 }, () => null));
    expect(result.claims).toHaveLength(0);
    expect(result.issues).toHaveLength(1001);
    expect(result.issues[1000]?.message).toBe("and 999000 more issues");
  });

  it("a million-line NDJSON of junk exits 2 with a capped list of problems", async () => {
    const path = join(dir, "junk.ndjson");
    writeFileSync(path, "null\n".repeat(1_000_000));
    const result = await run(["check", path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/more problems/);
    expect(result.stderr.split("\n").length).toBeLessThan(30);
  });

  it("a 100 MB NDJSON file is read and reported correctly", async () => {
    const path = join(dir, "large.ndjson");
    const fd = openSync(path, "w");
    const quote = "x".repeat(19_500);
    let claims = 0;
    let size = 0;
    try {
      while (size < 100 * 1024 * 1024) {
        const line = `${JSON.stringify({ id: `c${claims}`, metric: `metric ${claims % 1000}`, value: `$${10 + (claims % 7)} billion`, period: String(2000 + (claims % 20)), source: `S${claims % 3}`, quote })}\n`;
        writeSync(fd, line);
        size += Buffer.byteLength(line);
        claims++;
      }
    } finally {
      closeSync(fd);
    }
    const result = await run(["check", path, "--format", "json"]);
    rmSync(path);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as { summary: { claims: number; conflicts: number } };
    expect(report.summary.claims).toBe(claims);
    expect(result.code).toBe(report.summary.conflicts > 0 ? 1 : 0);
  });

});
