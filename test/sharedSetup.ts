import { fileURLToPath } from "node:url";
import { SHARED, hasShared } from "./shared.js";

// Global setup of `npm run test:shared`: without `../shared` there is nothing to measure against, and
// the run says so instead of failing file by file with ENOENT.
export default function setup(): void {
  if (!hasShared()) {
    throw new Error(
      `npm run test:shared measures the library against material the repository does not carry (seed articles, ` +
        `third-party conformance cases and data sets), read from ${fileURLToPath(SHARED)}, which is not there. ` +
        "`npm test` needs nothing beside the clone.",
    );
  }
}
