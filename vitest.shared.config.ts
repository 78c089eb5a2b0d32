import { defineConfig } from "vitest/config";
import { SHARED } from "./vitest.config.js";

// `npm run test:shared`: measures against what the repository does not carry — the seed articles, the
// conformance cases of other projects and public data sets — read from ../shared beside the clone.
// test/sharedSetup.ts stops the run with a plain message when that folder is absent.
export default defineConfig({
  test: {
    include: [SHARED],
    globalSetup: ["test/sharedSetup.ts"],
    testTimeout: 120_000,
  },
});
