import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// Peers and optional peers are never bundled: users bring their own zod, vitest and fast-check.
const external = ["zod", "vitest", "fast-check"];

// The command line and its workers: ESM programs for Node, no declarations.
const nodeProgram = {
  format: ["esm"],
  dts: false,
  sourcemap: true,
  clean: false, // `npm run build` empties dist/ first; configs cleaning in parallel would race
  treeshake: true,
  target: "node20",
  platform: "node",
  external,
} satisfies Options;

export default defineConfig([
  {
    // The library: dual ESM + CJS with types for each (`.d.ts` / `.d.cts`).
    entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false, // `npm run build` empties dist/ first; two configs cleaning in parallel would race
    treeshake: true,
    target: "es2022",
    external,
  },
  {
    // The command line: ESM only, the shebang only here.
    ...nodeProgram,
    entry: { cli: "src/cli/main.ts" },
    banner: { js: "#!/usr/bin/env node" },
    define: { __VERSION__: JSON.stringify(version) },
  },
  {
    // The worker threads of `check --jobs N`, loaded by the command line from next to itself.
    ...nodeProgram,
    entry: { "cli-worker": "src/cli/worker.ts" },
  },
]);
