// Runs the command line in-process with injected streams and files.
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/io.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const run = async (
  argv: string[],
  options: { files?: Record<string, string>; stdin?: string; stdoutTTY?: boolean; stderrTTY?: boolean; env?: Record<string, string> } = {},
): Promise<RunResult> => {
  let stdout = "";
  let stderr = "";
  const files = options.files ?? {};
  const io: CliIO = {
    stdin: (async function* () {
      if (options.stdin !== undefined) yield new TextEncoder().encode(options.stdin);
    })(),
    stdout: { write: (s: string) => (stdout += s), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.stderrTTY ?? false },
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
      return text;
    },
    env: options.env ?? {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
};
