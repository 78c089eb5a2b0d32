import { defineConfig } from "vitest/config";

// `npm test`: the fast suite, needing nothing beside the clone. Two other suites share this folder by
// file name: `*.slow.test.ts` (timing ratios, linearity, the largest inputs; `npm run test:slow`) and
// `*.shared.test.ts` (seed articles, third-party conformance cases and data sets read from ../shared;
// `npm run test:shared`).
export const SLOW = "test/**/*.slow.test.ts";
export const SHARED = "test/**/*.shared.test.ts";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**", SLOW, SHARED],
    // Property tests are CPU-bound: keep them from starving each other on 2 cores.
    testTimeout: 30_000,
    // Files of one worker share the imported library instead of transforming and loading it again per
    // file (the import phase was half the run: 68 s instead of 128–183 s on 2 cores). The modules are
    // pure and frozen, so this hides no state; CI also runs the suite isolated once (.ci/run).
    isolate: false,
  },
});
