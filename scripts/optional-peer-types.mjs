// The declarations of `discrepancy/testing` name fast-check's types (the arbitraries it builds), and
// fast-check is an optional peer. A user without it must still compile with `skipLibCheck: false`, so the
// type-only import is marked to be ignored when the module is absent (its types then read as `any`);
// with fast-check installed the types are exact. tsup drops comments from declarations, hence this step.
// Fails the build when the import it expects is gone, so the mark cannot silently stop applying.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const IMPORT = /^import \* as FastCheck from 'fast-check';$/m;
const MARK = "// @ts-ignore -- fast-check is an optional peer: without it these types read as `any`.";

let marked = 0;
const visit = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) visit(path);
    else if (/\.d\.c?ts$/.test(entry.name)) {
      const text = readFileSync(path, "utf8");
      if (!IMPORT.test(text)) continue;
      writeFileSync(path, text.replace(IMPORT, (line) => `${MARK}\n${line}`));
      marked++;
    }
  }
};
visit("dist");
if (marked !== 2) {
  console.error(`optional-peer-types: expected the fast-check import in the two testing declarations, found it in ${marked}`);
  process.exit(1);
}
