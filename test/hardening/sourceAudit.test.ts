// Audits of src/ read by the TypeScript parser (each file parsed once): every regular expression is
// reviewed in test/README.md and has none of the shapes that backtrack badly; the core never uses a bare
// Date, only date-fns on UTCDate (answers must not depend on the time zone), nor anything only Node has.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dateUses, hasNestedQuantifier, hasUnanchoredQuantifiedEnd, nodeUses, parse, regexesIn, sourceFiles } from "./sources.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const found = sourceFiles(root).flatMap((file) => regexesIn(root, file));
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("regular expressions in src/", () => {
  it("are found (the audit is not looking at nothing)", () => {
    expect(found.length).toBeGreaterThan(10);
  });

  it.each(found.map((r) => [`${r.file}:${r.line} ${r.source}`, r.source] as const))("%s has no nested or overlapping quantifiers", (_name, source) => {
    expect(hasNestedQuantifier(source)).toBe(false);
    expect(hasUnanchoredQuantifiedEnd(source)).toBe(false);
  });

  it("are each listed with a verdict in test/README.md", () => {
    const missing = found.filter((r) => !readme.includes(r.source)).map((r) => `${r.file}:${r.line} ${r.source}`);
    expect(missing, "review these and add them to the list in test/README.md").toEqual([]);
  });

  it("the checks catch the shapes they are for", () => {
    for (const bad of ["/(a+)+$/", "/^(\\d*,?)*$/", "/(x|y+){2,}/", "/((ab)*c)+/"]) expect(hasNestedQuantifier(bad), bad).toBe(true);
    for (const good of ["/^(\\d{1,40}(\\.\\d{1,40})?|\\.\\d{1,40})$/", "/\\s+/g", "/^\\d{4}(-\\d{2}(-\\d{2})?)?$/", "/[(a+)]+/"]) expect(hasNestedQuantifier(good), good).toBe(false);
    for (const bad of ["/0+$/", "/\\s*$/", "/[a-z]+$/i"]) expect(hasUnanchoredQuantifiedEnd(bad), bad).toBe(true);
    for (const good of ["/^0+$/", "/0+x$/", "/\\r\\n|\\r|\\n/g"]) expect(hasUnanchoredQuantifiedEnd(good), good).toBe(false);
  });
});

describe("the core (src/ outside src/cli/)", () => {
  const core = sourceFiles(root).filter((file) => !file.startsWith("src/cli/"));

  it("is walked whole", () => {
    expect(core.length).toBeGreaterThan(50);
    expect(core).toContain("src/index.ts");
    expect(core.some((file) => file.startsWith("src/cli/"))).toBe(false);
  });

  // Changing process.env.TZ at run time is not reliable in Node, and the date-dependent tests already run
  // under several TZ values (.ci/run, `npm run test:dates`): this checks the cause instead — the core
  // never builds or reads a bare Date: the calendar is date-fns on UTCDate (@date-fns/utc).
  it("has no bare Date (new Date(, Date.parse, Date.now), no locale date formatting, no UTCDate from parts or the clock: answers cannot depend on the time zone", () => {
    expect(core.flatMap((file) => dateUses(parse(root, file)))).toEqual([]);
  });

  it("has no node: import and no use of process, Buffer, require, __dirname: it runs in browsers, Deno and Bun", () => {
    expect(core.flatMap((file) => nodeUses(parse(root, file)))).toEqual([]);
  });

  it("the checks find each thing they look for", () => {
    const dates = "const a = new Date(); const b = Date.parse('2024'); const c = Date.now(); new Intl.DateTimeFormat(); x.getTimezoneOffset();";
    expect(dateUses(parse(root, "probe.ts", dates))).toHaveLength(5);
    const utc = 'import { isToday } from "date-fns/isToday"; import { addMonths, formatDistanceToNow } from "date-fns"; new UTCDate(); new UTCDate(99, 0, 1); new UTCDate(0); addMonths(x, 1, { in: utc });';
    expect(dateUses(parse(root, "probe.ts", utc))).toHaveLength(4);
    const node = [
      'import { readFile } from "node:fs";',
      'import path from "path";',
      'export { x } from "node:util";',
      "const a = process.env.X;",
      "const b = Buffer.from('x');",
      "const c = require('x');",
      "const d = __dirname;",
      "const ok = { process: 1 }.process;",
    ].join("\n");
    expect(nodeUses(parse(root, "probe.ts", node))).toHaveLength(7);
  });
});
