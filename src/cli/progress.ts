import type { CliOutput } from "./io.js";

/** A line of progress on stderr. */
export interface Progress {
  show(message: string): void;
  done(): void;
}

/** Progress shown on one self-overwriting line of stderr, only when stderr is a terminal (never in logs or pipes). */
export const createProgress = (stderr: CliOutput): Progress => {
  let shown = false;
  return {
    show(message) {
      if (stderr.isTTY !== true) return;
      stderr.write(`\r\x1b[2K${message}`);
      shown = true;
    },
    done() {
      if (shown) stderr.write("\r\x1b[2K");
      shown = false;
    },
  };
};
