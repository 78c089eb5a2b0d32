import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// Peers and optional peers are never bundled: users bring their own zod, vitest and fast-check.
const external = ["zod", "vitest", "fast-check"];

// One copy of the library code per module format: every entry of a format shares its chunks, so
// `discrepancy/testing`, `discrepancy/notebook`, the command line and its workers never re-bundle the library. No source maps
// in the package: the code ships unminified and readable, and maps of it tripled the unpacked size.
export default defineConfig([
  {
    // ESM: the library, its testing and notebook subpaths, the command line (its shebang comes from src/cli/main.ts,
    // which esbuild keeps) and the worker threads of `check --jobs N`, loaded from next to the program.
    entry: {
      index: "src/index.ts",
      "testing/index": "src/testing/index.ts",
      "notebook/index": "src/notebook/index.ts",
      cli: "src/cli/main.ts",
      "cli-worker": "src/cli/worker.ts",
    },
    format: ["esm"],
    dts: { entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts", "notebook/index": "src/notebook/index.ts" } },
    splitting: true,
    sourcemap: false,
    clean: false, // `npm run build` empties dist/ first; two configs cleaning in parallel would race
    treeshake: true,
    target: "es2022",
    platform: "node",
    external,
    define: { __VERSION__: JSON.stringify(version) },
  },
  {
    // CommonJS for downstream suites that still load packages with require(): the three library entries,
    // sharing one chunk (esbuild's code splitting for CJS, which tsup enables with `splitting`).
    entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts", "notebook/index": "src/notebook/index.ts" },
    format: ["cjs"],
    dts: { entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts", "notebook/index": "src/notebook/index.ts" } },
    splitting: true,
    sourcemap: false,
    clean: false,
    treeshake: true,
    target: "es2022",
    external,
  },
]);
