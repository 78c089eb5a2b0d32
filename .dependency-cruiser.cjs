// The layers of src/, written once: `npm run check:layers` (in .ci/run) fails on any import against them.
// docs/architecture.md says why each folder sits where it does and records the folder graph.
//
//   model        decimal.ts errors.ts zodIssues.ts jsonShapeIssues.ts schemaLocale.ts messages/misuse/ messages/numbers/
//                util/ text/ lexicon/ interval/ units/ quantity/ period/ source/ entity/ metric/ claim/
//                — what a claim is: exact numbers, units, periods, sources, claims; imports only the model
//   extraction   extract/ — text → mentions (→ claims): the model's scanners over free text; the model only
//   reasoning    compare/ explain/ reconcile/ relations/ timeline/ — findings as coded data; the model
//                and itself
//                (inside it: explain ← reconcile ← compare, timeline ← relations ← compare, no cycles)
//   edge         report/ and the locales messages/{en,uk,ru,zh,locale}/ (render findings) ← notebook/ (the
//                "discrepancy/notebook" subpath), cli/ (the program), testing/ (the "discrepancy/testing"
//                subpath), index.ts (the package entry); the three entries import neither each other nor index.ts
//
// "A ← B" reads "B may import A": a folder imports its own layer or the layers below it, never above, and
// no two folders import each other, however long the way round. Type-only imports count too.
const model =
  "^src/(decimal|errors|zodIssues|jsonShapeIssues|schemaLocale)[.]ts$|^src/(util|text|lexicon|units|quantity|interval|period|source|claim|entity|metric)/|^src/messages/(misuse|numbers)/";
const extraction = "^src/extract/";
const reasoning = "^src/(compare|explain|reconcile|relations|timeline)/";
// The locales (catalogues by code, how a locale is chosen) render findings, as report/ does.
const report = "^src/report/|^src/messages/(en|uk|ru|zh|locale)/";
const edge = "^src/(report|notebook|cli|testing)/|^src/messages/(en|uk|ru|zh|locale)/|^src/index[.]ts$";
const layered = [model, extraction, reasoning, edge];

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "model-imports-model",
      comment: "The model (quantity, units, period, source, claim, …) knows nothing of extraction, reasoning or rendering.",
      severity: "error",
      from: { path: model },
      to: { path: [extraction, reasoning, edge] },
    },
    {
      name: "extraction-on-model",
      comment: "Extraction reads text with the model's scanners and builds model values; it reasons about nothing.",
      severity: "error",
      from: { path: extraction },
      to: { path: [reasoning, edge] },
    },
    {
      name: "reasoning-returns-data",
      comment: "Reasoning returns coded plain data: it never imports a renderer, the notebook, the program or extraction.",
      severity: "error",
      from: { path: reasoning },
      to: { path: [extraction, edge] },
    },
    {
      name: "report-below-its-users",
      comment: "report/ renders findings; the notebook subpath and the program use it, never the other way.",
      severity: "error",
      from: { path: report },
      to: { path: "^src/(notebook|cli|testing)/|^src/index[.]ts$" },
    },
    {
      name: "entries-apart",
      comment:
        "The notebook and testing subpaths and the program are separate entries: none imports another, nor the package entry (which may re-export them).",
      severity: "error",
      from: { path: "^src/(notebook|testing|cli)/" },
      to: { path: ["^src/(notebook|testing|cli)/", "^src/index[.]ts$"], pathNot: "^src/$1/" },
    },
    {
      name: "no-folder-cycles",
      comment: "No two folders import each other, directly or round a longer loop.",
      severity: "error",
      scope: "folder",
      from: { path: "^src/" },
      to: { path: "^src/", circular: true },
    },
    {
      name: "core-without-node",
      comment: "The core runs in browsers, Deno and Bun: only src/cli/ may import a node: module.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "in-a-layer",
      comment: "Every file of src/ sits in a layer: a new folder is added to the list above, with its place.",
      severity: "error",
      from: { path: "^src/", pathNot: layered },
      to: {},
    },
    {
      name: "imports-in-a-layer",
      comment: "Every file of src/ that is imported sits in a layer (see in-a-layer).",
      severity: "error",
      from: {},
      to: { path: "^src/", pathNot: layered },
    },
    {
      name: "resolvable",
      comment: "Every import names a file that exists (a moved file must take its importers along).",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // `import type` counts: a type-only import ties two folders together as much as any other.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|node_modules)/" },
    reporterOptions: {
      archi: { collapsePattern: "^src/[^/]+/|^node_modules/[^/]+" },
      text: { highlightFocused: true },
    },
  },
};
