import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "./run.js";

const HEADER = "id,metric,subject,qualifiers,value,period,modality,source,source_type,source_country,reported_by,published_at,lang,quote";
const CONFLICT_CSV = [
  HEADER,
  'cn-2023,trade turnover,China;Kazakhstan,,$41 billion,2023,actual,Ministry of Foreign Affairs of China,government,CN,Xinhua,2024-01,en,"trade reached a record $41 billion"',
  "kz-2023,trade turnover,China;Kazakhstan,,$31.5 billion,2023,actual,Ministry of Trade and Integration of Kazakhstan,government,KZ,Kazinform,2024-02,en,",
  "at-2023,trade turnover,China;Kazakhstan,,exceeding $41 billion,2023,actual,Astana Times,media,KZ,,,,",
].join("\r\n");
const AGREE_JSON = JSON.stringify([
  { id: "a", metric: "agreements signed", subject: ["China", "Kazakhstan"], value: "over 70", period: "2025-09", source: "SZRU" },
  { id: "b", metric: "agreements signed", subject: ["China", "Kazakhstan"], value: "70", period: "2025-09", source: "RBC-Ukraine" },
]);

describe("discrepancy (in-process)", () => {
  it.each([
    [["--help"], 0, "Usage:"],
    [["-v"], 0, "0.0.0-dev"],
  ])("%j prints to stdout and exits %i", async (argv, code, words) => {
    const result = await run(argv);
    expect(result.code).toBe(code);
    expect(result.stdout).toContain(words);
    expect(result.stderr).toBe("");
  });

  it.each([
    [[], "no command given"],
    [["frobnicate"], 'unknown command "frobnicate"'],
    [["check"], "at least one file"],
    [["check", "x.csv", "--format", "xml"], '--format must be one of text, markdown, json, got "xml"'],
    [["check", "x.csv", "--fail-on", "warning"], "--fail-on must be one of conflict, none"],
    [["check", "x.csv", "--input-format", "xlsx"], "--input-format must be one of json, ndjson, csv"],
    [["check", "--wat", "x.csv"], "Unknown option '--wat'"],
    [["check", "-", "-"], "standard input (-) can be read only once"],
    [["schema", "extra"], "schema takes no file arguments"],
  ])("usage error %j exits 2 with a message on stderr and no stack", async (argv, words) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(words);
    expect(result.stderr).toContain("see discrepancy --help");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("schema prints the claim input JSON Schema", async () => {
    const result = await run(["schema"]);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(["metric", "value", "source"]);
    expect(Object.keys(schema.properties)).toContain("reportedBy");
  });

  it("check exits 1 on a conflict and prints the report on stdout", async () => {
    const result = await run(["check", "claims.csv"], { files: { "claims.csv": CONFLICT_CSV } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("$31.5 billion");
    expect(result.stdout).not.toContain("\x1b[");
  });

  it("--fail-on none exits 0 despite the conflict", async () => {
    expect((await run(["check", "claims.csv", "--fail-on", "none"], { files: { "claims.csv": CONFLICT_CSV } })).code).toBe(0);
  });

  it("exits 0 when nothing conflicts", async () => {
    const result = await run(["check", "agree.json"], { files: { "agree.json": AGREE_JSON } });
    expect(result.code).toBe(0);
  });

  it("--format json prints plain data with decimals as strings", async () => {
    const result = await run(["check", "claims.csv", "-f", "json"], { files: { "claims.csv": CONFLICT_CSV } });
    const report = JSON.parse(result.stdout) as { summary: { conflicts: number }; conflicts: { claims: string[]; gap: { absolute: unknown } }[] };
    const pair = report.conflicts.find((c) => c.claims.includes("kz-2023") && c.claims.includes("cn-2023"));
    expect(pair?.gap.absolute).toBe("9500000000");
    expect(report.summary.conflicts).toBe(report.conflicts.length);
  });

  it("--format markdown prints tables", async () => {
    const result = await run(["check", "claims.csv", "--format", "markdown"], { files: { "claims.csv": CONFLICT_CSV } });
    expect(result.stdout).toMatch(/^## Discrepancy report/);
    expect(result.stdout).toContain("| # | Series |");
  });

  it("reads stdin with -, sniffing the format, and several files together", async () => {
    const ndjson = AGREE_JSON.slice(1, -1).replace("},{", "}\n{");
    const result = await run(["check", "-", "claims.csv", "-f", "json"], { stdin: ndjson, files: { "claims.csv": CONFLICT_CSV } });
    expect(JSON.parse(result.stdout).summary.claims).toBe(5);
  });

  it("colours the text report on a terminal, and not with NO_COLOR or --no-color", async () => {
    const files = { "claims.csv": CONFLICT_CSV };
    expect((await run(["check", "claims.csv"], { files, stdoutTTY: true })).stdout).toContain("\x1b[");
    expect((await run(["check", "claims.csv"], { files, stdoutTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\x1b[");
    expect((await run(["check", "claims.csv", "--no-color"], { files, stdoutTTY: true })).stdout).not.toContain("\x1b[");
    expect((await run(["check", "claims.csv", "--color"], { files })).stdout).toContain("\x1b[");
  });

  it("shows progress on stderr only when stderr is a terminal, and clears it", async () => {
    const files = { "claims.csv": CONFLICT_CSV };
    const tty = await run(["check", "claims.csv"], { files, stderrTTY: true });
    expect(tty.stderr).toContain("read 3 claims from 1 file");
    expect(tty.stderr.endsWith("\r\x1b[2K")).toBe(true);
    expect((await run(["check", "claims.csv"], { files })).stderr).toBe("");
  });

  it.each([
    [
      "claims.csv",
      `${HEADER}\nx,trade,China,,banana,2023,,MFA,,,,,,\n`,
      'claims.csv:2: column value: no quantity found in "banana"',
    ],
    ["claims.csv", `${HEADER}\nx,trade,China,,$1,2023,sometime,MFA,,,,,,\n`, "claims.csv:2: column modality:"],
    ["claims.csv", `${HEADER}\nx,trade,China,,$1,2023,,MFA,,,,13/2024,,\n`, "claims.csv:2: column published_at: must be an ISO date"],
    ["claims.csv", `${HEADER}\nx,trade,China,,$1,2023,,MFA,,ZZZ,,,,\n`, "claims.csv:2: column source_country:"],
    ["claims.csv", "metric,value\n", 'claims.csv:1: the required column "source" is missing'],
    ["claims.ndjson", '{"metric":"m","value":"1","source":"s"}\n{"metric":"m","value":"1",}\n', "claims.ndjson:2:"],
    ["claims.json", '[{"metric":"m","value":"1","source":"s"},{"metric":"m","value":"1","source":""}]', "claims.json record 2: source: must not be empty"],
    ["claims.json", '{"claims":[{"metric":"m","value":"1","source":"s","colour":"red"}]}', 'claims.json record 1: unknown field "colour"'],
    ["claims.json", '[{"id":"a","metric":"m","value":"1","source":"s"},{"id":"a","metric":"m","value":"2","source":"s"}]', 'claims.json record 2: id: duplicate id "a": this record and claims.json record 1 differ; neither is kept'],
  ])("input errors in %s name the file, line or record and field, and exit 2", async (file, text, words) => {
    const result = await run(["check", file], { files: { [file]: text } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(words);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("reads a record repeated verbatim as one claim and says so on stderr, naming both records", async () => {
    const a = '{"metric":"m","subject":"X","value":"$5 billion","period":"2023","source":"s"}';
    const c = '{"metric":"m","subject":"X","value":"$7 billion","period":"2023","source":"t"}';
    const result = await run(["check", "claims.json", "-f", "json"], { files: { "claims.json": `[${a},${c},${a}]` } });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("claims.json record 3: repeats claims.json record 1 verbatim; read as one claim\n");
    const report = JSON.parse(result.stdout);
    expect(report.summary.claims).toBe(2);
    expect(report.summary.comparisons).toBe(1);
  });

  it("extract prints mentions as JSON from stdin, with spans and decimals as strings", async () => {
    const text = "Казахстан і Китай підписали понад 70 угод на понад 15 млрд доларів.";
    const result = await run(["extract", "--lang", "uk"], { stdin: text });
    expect(result.code).toBe(0);
    const mentions = JSON.parse(result.stdout) as { text: string; start: number; end: number; quantity: { value: string } }[];
    expect(mentions.map((m) => m.text)).toEqual(["понад 70", "понад 15 млрд доларів"]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions[1]?.quantity.value).toBe("15000000000");
  });

  it("extract --format text prints one line per mention, with the period", async () => {
    const result = await run(["extract", "article.txt", "-f", "text"], {
      files: { "article.txt": "Bilateral trade reached a record $41 billion in 2023." },
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^span\s+text\s+allows/);
    expect(lines[1]).toMatch(/\$41 billion\s+\[40\.5, 41\.5\] billion\s+USD\s+rounded\s+in 2023$/);
  });

  it.each([
    [["extract", "--lang", "fr"], "--lang must be one of en, uk, ru, zh"],
    [["extract", "--published-at", "yesterday"], "--published-at must be an ISO date"],
    [["extract", "a.txt", "b.txt"], "extract reads one file or standard input, got 2 files"],
    [["extract", "-f", "markdown"], "--format must be one of json, text"],
  ])("extract usage error %j exits 2", async (argv, words) => {
    const result = await run(argv, { stdin: "" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(words);
  });

  describe("relations and ordinals beside the claims", () => {
    const claims = JSON.stringify({
      claims: [
        { id: "km", metric: "border length", value: "1,700 km", source: "X" },
        { id: "mi", metric: "border length", value: "1,056 miles", source: "X" },
        { id: "mi-wrong", metric: "border length as misreported", value: "2,000 miles", source: "Y" },
        { id: "third", metric: "visits", value: "third", period: "2025-06", source: "Z" },
      ],
    });
    const timeline = JSON.stringify({ events: [{ date: "2022-09-14" }, { date: "2024-07-02" }, { date: "2025-06-16" }] });
    const relations = (values: string[]) =>
      JSON.stringify({ relations: [{ id: "border", kind: "conversion", values }], ordinals: [{ claim: "third", event: "2025-06-16", since: "2020" }], timeline: "t.json" });

    it("are checked and reported after the comparisons", async () => {
      const files = { "c.json": claims, "r.json": relations(["km", "mi"]), [resolve("t.json")]: timeline };
      const result = await run(["check", "c.json", "r.json"], { files });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Relations and timelines\n1 relation and 1 ordinal check: 0 conflicts, 0 implied values");
      expect(result.stdout).toContain('"third" holds');
      const md = await run(["check", "c.json", "r.json", "-f", "markdown"], { files });
      expect(md.stdout).toContain("| # | Check | Verdict | What it says |");
      const json = JSON.parse((await run(["check", "c.json", "r.json", "-f", "json"], { files })).stdout) as { relations: { summary: unknown } };
      expect(json.relations.summary).toEqual({ relations: 1, ordinals: 1, conflicts: 0, implied: 0 });
    });

    it("a failed relation exits 1", async () => {
      const files = { "c.json": claims, "r.json": relations(["km", "mi-wrong"]), [resolve("t.json")]: timeline };
      expect((await run(["check", "c.json", "r.json"], { files })).code).toBe(1);
    });

    it("an unknown claim id or a missing timeline exits 2, naming the file and the path", async () => {
      const unknown = await run(["check", "c.json", "r.json"], { files: { "c.json": claims, "r.json": relations(["km", "nope"]), [resolve("t.json")]: timeline } });
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/^r\.json: relations\[0\]\.values\[1\]: .*"nope"/);
      const noTimeline = await run(["check", "c.json", "r.json"], { files: { "c.json": claims, "r.json": relations(["km", "mi"]) } });
      expect(noTimeline.code).toBe(2);
      expect(noTimeline.stderr).toContain('r.json: timeline: the timeline "t.json" could not be read');
    });
  });

  it("a missing file exits 2 naming it", async () => {
    const result = await run(["check", "nowhere.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("nowhere.json: cannot read: no such file");
  });

  it("an empty input exits 2", async () => {
    expect((await run(["check", "-"], { stdin: "[]" })).code).toBe(2);
  });
});

describe("input the command line refuses instead of reading differently (issue 16)", () => {
  const two = [
    { id: "a", metric: "trade turnover", value: "$41 billion", period: "2023", source: "A" },
    { id: "b", metric: "trade turnover", value: "$41 billion", period: "2023", source: "B" },
  ];

  it.each([
    [{ claims: two, relation: [] }, 'unknown key "relation" (did you mean "relations"?)'],
    [{ claims: two, Ordinals: [] }, 'unknown key "Ordinals" (did you mean "ordinals"?)'],
    [{ claim: two }, 'unknown key "claim" (did you mean "claims"?)'],
    [{ claims: two, notes: "x" }, 'unknown key "notes"; a claims file has the keys claims, relations, ordinals, timeline'],
  ])("a claims file with an unknown top-level key %j exits 2 with a suggestion", async (file, words) => {
    const result = await run(["check", "c.json"], { files: { "c.json": JSON.stringify(file) } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`c.json: ${words}`);
  });

  it("a top-level __proto__ key is refused", async () => {
    const result = await run(["check", "c.json"], { files: { "c.json": `{"__proto__": {"polluted": true}, "claims": ${JSON.stringify(two)}}` } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown key "__proto__"');
  });

  it.each([
    ["scope=goods;scope=services", 'the qualifier "scope" is given twice'],
    ["scope=goods; Scope = services", 'the qualifier "Scope" repeats "scope"'],
  ])("a CSV qualifier key given twice (%s) exits 2 naming the line and the column", async (qualifiers, words) => {
    const csv = ["id,metric,qualifiers,value,source", `a,trade turnover,${qualifiers},$41 billion,A`].join("\n");
    const result = await run(["check", "c.csv"], { files: { "c.csv": csv } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`c.csv:2: column qualifiers: ${words}`);
  });

  it.each(["2025-02-30", "0000", "2025-13-45", "2025-00"])("extract --published-at %s exits 2 with one line", async (date) => {
    const result = await run(["extract", "--published-at", date], { stdin: "Exports fell to 5 million tonnes last year." });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("--published-at");
    expect(result.stderr).toContain(date);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  // A claim's publication date is a date option too: refused when it does not exist, whether or not a
  // relative period needs it (an absolute period used to keep "2025-02-30" on the claim).
  it.each([
    ["JSON", "c.json", '[{"metric":"m","value":"5","period":"2023","source":"S","reportedBy":{"publishedAt":"2025-02-30"}}]'],
    ["CSV", "c.csv", "metric,value,period,source,published_at\nm,5,2023,S,2025-02-30\n"],
  ])("check refuses a %s claim published on 2025-02-30, naming the field", async (_, name, text) => {
    const result = await run(["check", name], { files: { [name]: text } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("2025-02-30");
    expect(result.stderr).toMatch(/publishedAt|published_at/);
  });

  it("extract --published-at with a real date resolves last year", async () => {
    const result = await run(["extract", "--published-at", "2024-02-29"], { stdin: "Exports fell to 5 million tonnes last year." });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)[0].period.start).toBe("2023-01-01");
  });
});

describe("control characters from the input are shown escaped (issue 16)", () => {
  const EVIL = "\u001b]0;pwned\u0007\u001b[2J";
  const HIDDEN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
  const claims = JSON.stringify([
    { id: "a", metric: "trade turnover", value: "$41 billion", period: "2023", source: `${EVIL}Ministry`, reportedBy: { name: `Outlet\u202e${EVIL}` } },
    { id: "b", metric: "trade turnover", value: "$31.5 billion", period: "2023", source: "Customs\nFAKE LINE" },
  ]);

  it.each([
    [["check", "c.json"]],
    [["check", "c.json", "--format", "markdown"]],
    [["check", "c.json", "--color"]],
    [["reconcile", "c.json"]],
    [["reconcile", "c.json", "--format", "markdown"]],
  ])("%j", async (argv) => {
    const result = await run(argv, { files: { "c.json": claims } });
    expect(result.stderr).toBe("");
    // Markdown escapes the backslash itself (and the bracket) for its own sake.
    expect(result.stdout).toContain(argv.includes("markdown") ? "\\\\u001b\\]0;pwned\\\\u0007" : "\\u001b]0;pwned\\u0007\\u001b[2J");
    expect(result.stdout).not.toMatch(/(^|\n)FAKE LINE/);
    // The colour codes are the renderer's own; nothing else is a control character.
    expect(result.stdout.replace(/\u001b\[\d+m/g, "")).not.toMatch(HIDDEN);
  });

  // Held-out kind: JSON is read on terminals too. JSON.stringify escapes C0 but leaves C1 (U+009B is a
  // CSI), bidi overrides and U+2028 raw; they are written as \u escapes, which read back to the same text.
  it.each([
    [["check", "c.json", "--format", "json", "--only", "all"]],
    [["check", "c.json", "--format", "json"]],
    [["reconcile", "c.json", "--format", "json"]],
  ])("%j: no raw control or bidi character, the same values", async (argv) => {
    const odd = JSON.stringify([
      { id: "a", metric: "trade\u202eturnover", subject: ["A\u0085B"], value: "$41 billion", period: "2023", source: "Ministry\u009b2J", quote: "q\u2028r" },
      { id: "b", metric: "trade\u202eturnover", subject: ["A\u0085B"], value: "$31.5 billion", period: "2023", source: "Customs\u2066x" },
    ]);
    const result = await run(argv, { files: { "c.json": odd } });
    expect(result.stdout).not.toMatch(/[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/);
    expect(JSON.stringify(JSON.parse(result.stdout))).toContain("Ministry\u009b2J");
  });

  it("extract --format json", async () => {
    const result = await run(["extract"], { stdin: "Trade reached $41 billion\u202e in 2023, about 5\u2028tonnes." });
    expect(result.stdout).not.toMatch(/[\u007f-\u009f\u2028-\u202e]/);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it("extract --format text", async () => {
    const result = await run(["extract", "--format", "text"], { stdin: `Trade reached $41 billion in ${EVIL}2023.` });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(HIDDEN);
  });

  it("error messages that echo the input", async () => {
    const bad = await run(["check", "c.json"], { files: { "c.json": JSON.stringify([{ metric: "m", value: `${EVIL}banana`, source: "s" }]) } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(HIDDEN);
    const missing = await run(["check", `${EVIL}.json`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("\\u001b]0;pwned");
    expect(missing.stderr).not.toMatch(HIDDEN);
    const option = await run(["check", "x.json", "--format", EVIL]);
    expect(option.stderr).not.toMatch(HIDDEN);
  });
});

describe("discrepancy (spawned)", () => {
  const entry = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
  const spawn = (args: string[], input?: string) =>
    spawnSync(process.execPath, ["--import", "tsx", entry, ...args], { input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

  it("runs as a program: exit code, stdout and stderr", () => {
    const ok = spawn(["schema"]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).required).toEqual(["metric", "value", "source"]);
    const bad = spawn(["check", "-", "--input-format", "csv"], "metric,value,source\nm,banana,s\n");
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain('<stdin>:2: column value: no quantity found in "banana"');
  });
});

describe("discrepancy --locale", () => {
  it("check --locale uk prints the report in Ukrainian, and input problems too", async () => {
    const result = await run(["check", "c.csv", "--locale", "uk"], { files: { "c.csv": CONFLICT_CSV } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Звіт про розбіжності: 3 твердження у 1 ряді даних.");
    expect(result.stdout.replaceAll("\u00a0", " ")).toContain("Різниця становить 9,5 млрд дол. США, або 23,2 % від більшої цифри; співвідношення 1,30.");
    const bad = await run(["check", "b.json", "--locale", "uk"], { files: { "b.json": JSON.stringify([{ metric: "m", value: "$4 billion", source: "S", unit: "XYZ" }]) } });
    expect([bad.code, bad.stderr]).toEqual([2, "b.json record 1: unit: невідома одиниця виміру «XYZ»\n"]);
  });

  it.each([
    [["check", "c.csv", "--locale", "ru", "--format", "markdown"], "## Отчёт о расхождениях"],
    [["check", "c.csv", "--locale", "zh"], "分歧报告"],
    [["reconcile", "c.csv", "--locale", "uk"], "Узгодження корпусу (пошук істини)"],
  ])("%j", async (argv, words) => {
    const result = await run(argv, { files: { "c.csv": CONFLICT_CSV } });
    expect(result.stdout).toContain(words);
  });

  it("refuses an unknown locale on any command", async () => {
    for (const argv of [["check", "c.csv"], ["reconcile", "c.csv"], ["extract"], ["schema"]]) {
      const result = await run([...argv, "--locale", "de"], { files: { "c.csv": CONFLICT_CSV } });
      expect([result.code, result.stderr]).toEqual([2, 'discrepancy: --locale must be one of en, uk, ru, zh, got "de" (see discrepancy --help)\n']);
    }
  });
});
