// The command line when its output cannot be written: a reader that leaves early (`| head`) ends it
// quietly with 141 (128 + SIGPIPE, as `cat` would), a full disk with one line and 2 — never a stack trace,
// and never 0 or 1, which say "nothing conflicts" and "conflicts found". In-process here; the real
// program with real pipes and /dev/full, every command and format, is brokenPipe.slow.test.ts.
import { describe, expect, it } from "vitest";
import { OutputError, type CliIO } from "../../src/cli/io.js";
import { EXIT_BROKEN_PIPE, main } from "../../src/cli/main.js";

// A small corpus: the first write fails, so its size does not matter.
const corpus = Array.from({ length: 20 }, (_, i) =>
  JSON.stringify({ id: `c${i}`, metric: `metric ${i % 5}`, value: `$${10 + (i % 7)} billion`, period: String(2000 + (i % 4)), source: `Office ${i % 3}` }),
).join("\n");

describe("main with an output that fails (in-process)", () => {
  const failing = (code: string) => {
    let stderr = "";
    const io: CliIO = {
      stdin: (async function* () {})(),
      stdout: {
        write: () => {
          throw new OutputError(Object.assign(new Error(`${code}: failed, write`), { code }));
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
      readFile: async () => corpus,
      env: {},
    };
    return { io, stderr: () => stderr };
  };

  it.each([["check"], ["reconcile"]])("%s: EPIPE is 141 and nothing on stderr; ENOSPC is 2 and one line", async (command) => {
    const pipe = failing("EPIPE");
    expect(await main([command, "claims.ndjson"], pipe.io)).toBe(EXIT_BROKEN_PIPE);
    expect(pipe.stderr()).toBe("");
    const full = failing("ENOSPC");
    expect(await main([command, "claims.ndjson"], full.io)).toBe(2);
    expect(full.stderr()).toBe("discrepancy: cannot write the output: no space left on device (ENOSPC)\n");
  });
});
