/**
 * Runs every `bench/*.bench.ts` in name order (`npm run bench`). Each file runs its benchmark when
 * imported and prints its own results.
 */
import { readdirSync } from "node:fs";

const dir = new URL("./", import.meta.url);
const files = readdirSync(dir)
  .filter((name) => name.endsWith(".bench.ts"))
  .sort();
for (const file of files) {
  console.log(`\n# ${file}\n`);
  await import(new URL(file, dir).href);
}
