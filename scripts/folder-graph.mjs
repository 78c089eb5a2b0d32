// Prints the folder graph of src/ (one line per folder: the folders it imports), from dependency-cruiser's
// JSON on stdin; the graph docs/architecture.md records. `npm run layers:graph`.
// Top-level files (decimal.ts, errors.ts, …) are their own nodes; subfolders count as their folder, except
// in a folder whose subfolders sit in different layers (messages/: the misuse catalogue and the number
// formatter in the model, the locales at the edge), where each subfolder is its own node.
import { readFileSync } from "node:fs";

const SPLIT = new Set(["messages"]);
const cruise = JSON.parse(readFileSync(0, "utf8"));
const node = (path) => {
  const match = /^src\/([^/]+)(\/([^/]+)\/)?/.exec(path);
  if (match === null) return undefined;
  if (match[2] === undefined) return path.includes("/", 4) ? `${match[1]}/` : match[1];
  return SPLIT.has(match[1]) ? `${match[1]}/${match[3]}/` : `${match[1]}/`;
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
