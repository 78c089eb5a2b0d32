/**
 * The calendar's cost where it is paid: reading periods (`parsePeriod`), validating periods handed back
 * in (`toPeriodKey`, `isSamePeriod` — every comparison validates both periods), moving them
 * (`shiftPeriod`), labelling them (`toPeriodLabel`, `formatPeriod`), timelines (`checkOrdinal`), and
 * extraction over the seed articles (`extractQuantities`), which reads the periods near each figure.
 *
 * With `BEFORE=<dir>` holding another copy of `src/` (say `git archive <commit> src | tar -x -C <dir>`,
 * inside this repository so that it resolves the same node_modules), both are timed in the same process,
 * alternating, best of several runs, in CPU time — the figures to compare on a shared machine.
 *
 * Run: `npx tsx bench/calendar.bench.ts` or `BEFORE=.calendar-before npx tsx bench/calendar.bench.ts`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

type Api = typeof import("../src/index.js");

const load = async (root: string): Promise<Api> => (await import(pathToFileURL(resolve(root, "src/index.ts")).href)) as Api;

const PERIODS = [
  "2023", "2023-Q3", "2023-H1", "2023-07", "2024-07-03", "2023-W05", "2023-09/2023-11", "2013/2015", "2023/24", "FY2023-24",
  "Q3 2023", "July 3, 2024", "as of January 1, 2024", "by the end of 2021", "the first nine months of 2024", "autumn 2023",
  "winter 2023", "last year", "this July", "in May", "since 2020", "last month", "September–November 2023", "2000s",
  "3 липня 2024 року", "у 2023 році", "за 9 місяців 2024 року", "станом на 1 січня 2024 року", "минулого місяця", "у III кварталі 2023 року",
  "в 2023 году", "за девять месяцев 2024 года", "на 1 января 2024 г.", "в прошлом году", "во II квартале 2024 года",
  "2023年第三季度", "2024年前三季度", "今年前7个月", "去年", "2024年1-9月", "截至2024年1月1日", "2024年7月3日",
];
const REFERENCE = "2025-09-05";

const seeds = new URL("../../shared/seeds/", import.meta.url);
const texts = readdirSync(seeds)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(new URL(name, seeds), "utf8"));
const paragraphs = texts.flatMap((t) => t.split("\n").map((l) => l.trim()).filter((l) => l.length > 0));
const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p, "utf8"), 0);

interface Task {
  readonly name: string;
  /** Operations per call of `run`. */
  readonly ops: number;
  readonly run: () => void;
}

const tasks = (api: Api): Task[] => {
  const periods = PERIODS.map((t) => api.parsePeriod(t, { reference: REFERENCE }));
  const visits = { events: ["2013-09-07", "2015-05-07", "2017-06-08", "2022-09-14", "2024-07-02", "2025-06-16"].map((date) => ({ date })) };
  const format = (api as Partial<Api>).formatPeriod;
  let sink = 0;
  const list: Task[] = [
    { name: "parsePeriod", ops: PERIODS.length, run: () => { for (const t of PERIODS) sink += api.parsePeriod(t, { reference: REFERENCE }).start.length; } },
    { name: "toPeriodKey (validates)", ops: periods.length, run: () => { for (const p of periods) sink += api.toPeriodKey(p).length; } },
    { name: "isSamePeriod (validates two)", ops: periods.length, run: () => { for (let i = 1; i < periods.length; i++) sink += api.isSamePeriod(periods[i - 1]!, periods[i]!) ? 1 : 0; } },
    { name: "shiftPeriod", ops: periods.length * 2, run: () => { for (const p of periods) sink += api.shiftPeriod(p, 1).start.length + api.shiftPeriod(p, -3).end.length; } },
    { name: "toPeriodLabel", ops: periods.length, run: () => { for (const p of periods) sink += api.toPeriodLabel(p).length; } },
    { name: "checkOrdinal", ops: 3, run: () => {
      sink += api.checkOrdinal({ ordinal: "fifth", event: "2024-07-02" }, visits).expected ?? 0;
      sink += api.checkOrdinal({ ordinal: "third", event: "2025-06-16", since: "2020-01-01" }, visits).expected ?? 0;
      sink += api.checkOrdinal({ ordinal: "fourth", event: "2024-07" }, visits).expected ?? 0;
    } },
    { name: `extractQuantities (${paragraphs.length} seed paragraphs, ${bytes} B)`, ops: 1, run: () => { for (const p of paragraphs) sink += api.extractQuantities(p, { publishedAt: "2025-09-05" }).length; } },
  ];
  if (format !== undefined) list.push({ name: "formatPeriod (uk)", ops: periods.length, run: () => { for (const p of periods) sink += format(p, { locale: "uk" }).length; } });
  if (sink < 0) console.log(sink);
  return list;
};

/** CPU microseconds per operation, best of `rounds` runs of at least `minMs` each. */
const time = (task: Task, minMs: number): number => {
  let calls = 0;
  const start = process.cpuUsage();
  let used = 0;
  while (used < minMs * 1000) {
    task.run();
    calls++;
    const u = process.cpuUsage(start);
    used = u.user + u.system;
  }
  return used / (calls * task.ops);
};

const after = await load(resolve(import.meta.dirname, ".."));
const beforeDir = process.env.BEFORE;
const before = beforeDir === undefined ? undefined : await load(resolve(beforeDir));
const afterTasks = tasks(after);
const beforeTasks = before === undefined ? undefined : tasks(before);

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const MIN_MS = Number(process.env.MIN_MS ?? 300);
// Warm up both, so neither is measured while the JIT is still compiling it.
for (const t of [...afterTasks, ...(beforeTasks ?? [])]) time(t, 100);

console.log(`Node ${process.version}, best of ${ROUNDS} runs of ≥ ${MIN_MS} ms CPU each; µs of CPU per operation`);
console.log(before === undefined ? "| task | µs/op |\n|---|---|" : "| task | before µs/op | after µs/op | after/before |\n|---|---|---|---|");
for (let i = 0; i < afterTasks.length; i++) {
  const a = afterTasks[i]!;
  const b = beforeTasks?.find((t) => t.name === a.name);
  let bestA = Number.POSITIVE_INFINITY;
  let bestB = Number.POSITIVE_INFINITY;
  for (let r = 0; r < ROUNDS; r++) {
    bestA = Math.min(bestA, time(a, MIN_MS));
    if (b !== undefined) bestB = Math.min(bestB, time(b, MIN_MS));
  }
  console.log(b === undefined ? `| ${a.name} | ${bestA.toFixed(2)} |` : `| ${a.name} | ${bestB.toFixed(2)} | ${bestA.toFixed(2)} | ${(bestA / bestB).toFixed(2)} |`);
}
