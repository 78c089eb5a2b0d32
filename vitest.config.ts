import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Property tests and linear-time checks are CPU-bound: keep them from starving each other on 2 cores.
    testTimeout: 30_000,
  },
});
