// Prints the folder graph of src/ (one line per folder: the folders it imports), from dependency-cruiser's
// JSON on stdin; the graph docs/architecture.md records. `npm run layers:graph`.
// Top-level files (decimal.ts, errors.ts, …) are their own nodes; subfolders count as their folder.
import { readFileSync } from "node:fs";

const cruise = JSON.parse(readFileSync(0, "utf8"));
const node = (path) => {
  const match = /^src\/([^/]+)(\/)?/.exec(path);
  return match === null ? undefined : match[2] === "/" ? `${match[1]}/` : match[1];
};
const edges = new Map();
for (const module of cruise.modules) {
  const from = node(module.source);
  if (from === undefined) continue;
  if (!edges.has(from)) edges.set(from, new Set());
  for (const dependency of module.dependencies) {
    const to = node(dependency.resolved);
    if (to !== undefined && to !== from) edges.get(from).add(to);
  }
}
const names = [...edges.keys()].sort();
for (const name of names) console.log(`${name.padEnd(20)} → ${[...edges.get(name)].sort().join(" ") || "(nothing)"}`);
// Pairs that import each other (a longer loop shows as no-folder-cycles in `npm run check:layers`).
const mutual = names.flatMap((a) => [...edges.get(a)].filter((b) => a < b && edges.get(b)?.has(a)).map((b) => `${a} ↔ ${b}`));
console.log(`\nfolders importing each other: ${mutual.length === 0 ? "none" : mutual.join(", ")}`);
