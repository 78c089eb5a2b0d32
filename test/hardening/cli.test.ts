// The command line against broken files: each gets a clear message and exit code 2, or a correct
// report — never a stack trace. Runs `main` in-process with the real file reader, and spawns the program
// once to see the real process end the same way.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { nodeIO, type CliIO } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { prototypeFingerprint } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "discrepancy-hardening-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process with the real file reader and captured output. */
const run = async (argv: readonly string[], stdin?: Uint8Array): Promise<Run> => {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    ...nodeIO(),
    stdin: (async function* () {
      if (stdin !== undefined) yield stdin;
    })(),
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
};

const STACK = /\n\s+at .+[:(]\d+:\d+/;

const claimLine = (id: string, value: string, source: string) => JSON.stringify({ id, metric: "trade turnover", value, period: "2023", source });
const two = [claimLine("cn", "$41 billion", "MFA of China"), claimLine("kz", "$31.5 billion", "MTI of Kazakhstan")];
const csvHeader = "id,metric,value,period,source";
const csvRows = ["cn,trade turnover,$41 billion,2023,MFA of China", "kz,trade turnover,$31.5 billion,2023,MTI of Kazakhstan"];

interface CliCase {
  readonly name: string;
  readonly family: string;
  readonly args: () => string[];
  readonly stdin?: Uint8Array;
  /** Exit code 2 with a message matching this, or a report (exit 0 or 1) with this many claims. */
  readonly expect: { readonly error: RegExp } | { readonly claims: number; readonly code: 0 | 1 };
}

const CLI_CASES: readonly CliCase[] = [
  { name: "truncated JSON array", family: "truncated", args: () => ["check", file("truncated.json", `[${two[0]},${two[1]!.slice(0, 40)}`)], expect: { error: /truncated\.json:1:\d+: not valid JSON/ } },
  { name: "truncated JSON object", family: "truncated", args: () => ["check", file("truncated-object.json", '{"claims": [')], expect: { error: /not valid JSON/ } },
  { name: "NDJSON cut mid-line", family: "truncated", args: () => ["check", file("truncated.ndjson", `${two[0]}\n${two[1]!.slice(0, 30)}`)], expect: { error: /truncated\.ndjson:2/ } },
  { name: "CSV cut inside a quoted field", family: "truncated", args: () => ["check", file("truncated.csv", `${csvHeader}\n${csvRows[0]}\nkz,"trade turnover`)], expect: { error: /truncated\.csv/ } },
  { name: "BOM before JSON", family: "BOM", args: () => ["check", file("bom.json", bytes([0xef, 0xbb, 0xbf], `[${two.join(",")}]`))], expect: { claims: 2, code: 1 } },
  { name: "BOM before NDJSON", family: "BOM", args: () => ["check", file("bom.ndjson", bytes([0xef, 0xbb, 0xbf], two.join("\n")))], expect: { claims: 2, code: 1 } },
  { name: "BOM before CSV", family: "BOM", args: () => ["check", file("bom.csv", bytes([0xef, 0xbb, 0xbf], [csvHeader, ...csvRows].join("\n")))], expect: { claims: 2, code: 1 } },
  { name: "BOM on standard input", family: "BOM", args: () => ["check", "-", "--input-format", "ndjson"], stdin: bytes([0xef, 0xbb, 0xbf], two.join("\n")), expect: { claims: 2, code: 1 } },
  { name: "CRLF NDJSON", family: "CRLF", args: () => ["check", file("crlf.ndjson", `${two.join("\r\n")}\r\n`)], expect: { claims: 2, code: 1 } },
  { name: "CRLF CSV", family: "CRLF", args: () => ["check", file("crlf.csv", `${[csvHeader, ...csvRows].join("\r\n")}\r\n`)], expect: { claims: 2, code: 1 } },
  { name: "CRLF JSON", family: "CRLF", args: () => ["check", file("crlf.json", `[\r\n${two.join(",\r\n")}\r\n]\r\n`)], expect: { claims: 2, code: 1 } },
  { name: "lone CR line ends in NDJSON", family: "CRLF", args: () => ["check", file("cr.ndjson", two.join("\r"))], expect: { error: /cr\.ndjson/ } },
  { name: "invalid UTF-8 in JSON", family: "invalid UTF-8", args: () => ["check", file("latin1.json", bytes(`[${two[0]!.slice(0, -2)}`, [0xe9, 0xff], '"}]'))], expect: { error: /latin1\.json: cannot read: not valid UTF-8 text \(the byte at offset \d+ is malformed\)/ } },
  { name: "invalid UTF-8 in CSV", family: "invalid UTF-8", args: () => ["check", file("latin1.csv", bytes(`${csvHeader}\ncn,trade turnover,$41 billion,2023,Minist`, [0xe8], "re\n"))], expect: { error: /not valid UTF-8/ } },
  { name: "an overlong encoding", family: "invalid UTF-8", args: () => ["check", file("overlong.json", bytes("[", [0xc0, 0xaf], "]"))], expect: { error: /offset 1 is malformed/ } },
  { name: "a UTF-16 surrogate encoded in UTF-8", family: "invalid UTF-8", args: () => ["check", file("surrogate.json", bytes('["', [0xed, 0xa0, 0x80], '"]'))], expect: { error: /offset 2 is malformed/ } },
  { name: "invalid UTF-8 on standard input", family: "invalid UTF-8", args: () => ["check", "-", "--input-format", "json"], stdin: bytes("[", [0xff], "]"), expect: { error: /<stdin>: cannot read: not valid UTF-8/ } },
  { name: "invalid UTF-8 to extract", family: "invalid UTF-8", args: () => ["extract", file("latin1.txt", bytes("Trade reached ", [0xa3], "41 billion"))], expect: { error: /latin1\.txt: cannot read: not valid UTF-8/ } },
  { name: "an empty .json file", family: "empty", args: () => ["check", file("empty.json", "")], expect: { error: /empty\.json: not valid JSON/ } },
  { name: "an empty .ndjson file", family: "empty", args: () => ["check", file("empty.ndjson", "")], expect: { error: /no claims/ } },
  { name: "an empty .csv file", family: "empty", args: () => ["check", file("empty.csv", "")], expect: { error: /empty\.csv/ } },
  { name: "whitespace only", family: "empty", args: () => ["check", file("blank.ndjson", "\n \r\n\t\n")], expect: { error: /no claims/ } },
  { name: "an empty array", family: "empty", args: () => ["check", file("none.json", "[]")], expect: { error: /no claims/ } },
  { name: "empty standard input", family: "empty", args: () => ["check", "-"], stdin: new Uint8Array(0), expect: { error: /./ } },
  { name: "a directory", family: "not a file", args: () => ["check", (mkdirSync(join(dir, "a-directory.json"), { recursive: true }), join(dir, "a-directory.json"))], expect: { error: /a-directory\.json: cannot read: is a directory, not a file/ } },
  { name: "a missing file", family: "not a file", args: () => ["check", join(dir, "missing.json")], expect: { error: /missing\.json: cannot read: no such file/ } },
  { name: "a missing file to extract", family: "not a file", args: () => ["extract", join(dir, "missing.txt")], expect: { error: /missing\.txt: cannot read: no such file/ } },
  { name: "a good file and a missing one", family: "not a file", args: () => ["check", file("good.ndjson", two.join("\n")), join(dir, "gone.ndjson")], expect: { error: /gone\.ndjson: cannot read: no such file/ } },
  { name: "NUL bytes", family: "binary", args: () => ["check", file("nul.json", bytes([0, 0, 0, 0]))], expect: { error: /nul\.json/ } },
  { name: "a PNG signature", family: "binary", args: () => ["check", file("image.json", bytes([0x89], "PNG\r\n", [0x1a], "\n"))], expect: { error: /image\.json/ } },
  { name: "a JSON number", family: "wrong shape", args: () => ["check", file("number.json", "5")], expect: { error: /number\.json/ } },
  { name: "claims that are strings", family: "wrong shape", args: () => ["check", file("strings.json", '["a", "b"]')], expect: { error: /strings\.json record 1: expected a claim object, got "a"/ } },
  { name: "__proto__ and constructor keys", family: "wrong shape", args: () => ["check", file("proto.ndjson", ['{"__proto__":{"polluted":true},"metric":"m","value":"1","source":"s"}', '{"constructor":{"prototype":{"polluted":true}},"metric":"m","value":"1","source":"s"}'].join("\n"))], expect: { error: /__proto__/ } },
  { name: "JSON nested 10,000 levels", family: "wrong shape", args: () => ["check", file("deep.json", `[${'{"metric":"m","value":"1","source":"s","meta":'}${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}}]`)], expect: { error: /nested more than 32 levels/ } },
  // A million lines, and a 100 MB file, are in bigInputs.slow.test.ts (`npm run test:slow`).
  { name: "a 20,000-line NDJSON of junk", family: "wrong shape", args: () => ["check", file("junk.ndjson", "null\n".repeat(20_000))], expect: { error: /more problems/ } },
];

describe("the command line on broken input", () => {
  const protos = prototypeFingerprint();

  it.each(CLI_CASES.map((c) => [`${c.family}: ${c.name}`, c] as const))("%s", async (_name, c) => {
    const result = await run(c.args(), c.stdin);
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stderr).not.toMatch(/internal error|TypeError|RangeError|SyntaxError: /);
    if ("error" in c.expect) {
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(c.expect.error);
      expect(result.stdout).toBe("");
      expect(result.stderr.split("\n").length).toBeLessThan(30);
    } else {
      expect(result.code, result.stderr).toBe(c.expect.code);
      expect(result.stdout).toContain(`${c.expect.claims} claims`);
    }
    expect(prototypeFingerprint()).toBe(protos);
  });

  it("the real program exits 2 with one clear line, no stack trace (one spawn)", () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const bad = file("spawned.json", bytes("[", [0xff], "]"));
    const child = spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/main.ts"), "check", bad], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(child.status).toBe(2);
    expect(child.stdout).toBe("");
    expect(child.stderr).toMatch(/^discrepancy: |spawned\.json: cannot read: not valid UTF-8/);
    expect(child.stderr).not.toMatch(STACK);
  });
});

