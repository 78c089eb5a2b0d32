import { defineConfig } from "vitest/config";
import { SLOW } from "./vitest.config.js";

// `npm run test:slow`: timing ratios measured in one run, linearity, the 100 MB file and the
// million-item inputs. One file at a time, so that ratios are not skewed by a neighbour's load.
export default defineConfig({
  test: {
    include: [SLOW],
    testTimeout: 300_000,
    fileParallelism: false,
  },
});
