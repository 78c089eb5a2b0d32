// The real program when its output cannot be written: a reader that leaves early (`| head`) ends it
// quietly with 141 (128 + SIGPIPE, as `cat` would), a full disk with one line and 2 — never a stack trace,
// and never 0 or 1, which say "nothing conflicts" and "conflicts found". Spawned, because only a real
// process has a real pipe; every command, every format, and worker threads. Spawned runs start the
// TypeScript loader each time, so they are in the slow suite; the in-process half is brokenPipe.test.ts.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const entry = join(root, "src/cli/main.ts");
const dir = mkdtempSync(join(tmpdir(), "discrepancy-pipe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Several hundred kilobytes of output in every format: well past a pipe's 64 KB buffer.
const corpus = join(dir, "claims.ndjson");
writeFileSync(
  corpus,
  Array.from({ length: 1200 }, (_, i) =>
    JSON.stringify({
      id: `c${i}`,
      metric: `metric number ${i % 150} of a corpus made to print a lot`,
      value: `$${10 + (i % 7)} billion`,
      period: String(2000 + (i % 8)),
      source: `Statistics office number ${i % 3} with a long name so reports are large`,
    }),
  ).join("\n"),
);
const article = join(dir, "article.txt");
writeFileSync(article, "Exports reached 5.5 million tonnes in 2020, up from $4 billion. ".repeat(1500));

const STACK = /\n\s+at .+[:(]\d+:\d+/;

interface Ended {
  readonly code: number | null;
  readonly stderr: string;
  readonly read: number;
}

/** Runs the program; with `closeAfter`, closes its standard output after reading that many bytes. */
const runProgram = (args: readonly string[], stdout: "pipe" | number, closeAfter = 1): Promise<Ended> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], { cwd: root, stdio: ["ignore", stdout, "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    let read = 0;
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    // The reader leaves, as `head -c` does once it has what it wants — or at once (closeAfter 0): with
    // outputs of a few hundred kilobytes, a reader that reads first may be handed all of it before it
    // closes, and the program rightly finishes with its own exit code.
    if (closeAfter === 0) child.stdout?.destroy();
    else
      child.stdout?.on("data", (chunk: Buffer) => {
        read += chunk.length;
        if (read >= closeAfter) child.stdout!.destroy();
      });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, read }));
  });

// Each spawn starts a TypeScript loader, so the matrix is the smallest that covers every command, every
// format and both --jobs paths (all writes go through one guarded stream).
const COMMANDS: readonly (readonly string[])[] = [
  ["check", corpus],
  ["check", corpus, "--format", "markdown", "--jobs", "2"],
  ["check", corpus, "--format", "json"],
  ["check", corpus, "--format", "json", "--jobs", "2"],
  ["reconcile", corpus, "--format", "markdown"],
  ["reconcile", corpus, "--format", "json"],
  ["extract", article],
  ["extract", article, "--format", "text"],
];

describe("a closed pipe", () => {
  it.each(COMMANDS.map((args) => [args.slice(0, 1).concat(args.slice(2)).join(" "), args] as const))(
    "%s: exits 141 quietly",
    async (_name, args) => {
      const ended = await runProgram(args, "pipe", 0);
      expect(ended.stderr).toBe("");
      expect(ended.code).toBe(141);
    },
    60_000,
  );
});

describe("a reader that leaves after the first chunk", () => {
  // Megabytes of JSON: far more than the reader can be handed before it closes.
  it(
    "check --format json: exits 141 quietly",
    async () => {
      const ended = await runProgram(["check", corpus, "--format", "json", "--only", "all"], "pipe", 1);
      expect(ended.read).toBeGreaterThan(0);
      expect(ended.stderr).toBe("");
      expect(ended.code).toBe(141);
    },
    60_000,
  );
});

describe.runIf(existsSync("/dev/full"))("a full disk", () => {
  it.each(
    [["reconcile", corpus], COMMANDS[3]!].map((args) => [args.slice(0, 1).concat(args.slice(2)).join(" "), args] as const),
  )(
    "%s: one line on stderr, exit 2",
    async (_name, args) => {
      const full = openSync("/dev/full", "w");
      try {
        const ended = await runProgram(args, full);
        expect(ended.code).toBe(2);
        expect(ended.stderr).toBe("discrepancy: cannot write the output: no space left on device (ENOSPC)\n");
        expect(ended.stderr).not.toMatch(STACK);
      } finally {
        closeSync(full);
      }
    },
    60_000,
  );
});
