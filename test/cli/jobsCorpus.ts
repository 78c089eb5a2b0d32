import { run } from "./run.js";

// Shared by jobs.test.ts and jobs.slow.test.ts.

/** A deterministic corpus: many families, qualifiers, periods, repeated and conflicting figures, copies. */
export const corpus = (n: number): object[] => {
  const sources = [
    { name: "Customs of China", type: "statistics", country: "CN" },
    { name: "Statistics of Kazakhstan", type: "statistics", country: "KZ" },
    { name: "Reuters", type: "media" },
    { name: "Blog", type: "person", via: [{ name: "Reuters" }] },
  ];
  return Array.from({ length: n }, (_, i) => ({
    id: `g${i}`,
    metric: ["trade turnover", "exports", "Trade Turnover"][i % 3],
    subject: [["China", "Kazakhstan"], ["Kazakhstan", "Russia"], ["China"]][(i >> 2) % 3],
    ...(i % 11 === 0 ? { qualifiers: { scope: "goods" } } : {}),
    value: `$${[41, 31.5, 41, 24, 41000][(i * 7) % 5]} ${i % 13 === 0 ? "million" : "billion"}`,
    period: String(2020 + ((i >> 3) % 4)),
    ...(i % 17 === 0 ? { modality: "target" } : {}),
    source: sources[i % sources.length],
    reportedBy: { name: `Outlet ${i % 3}`, publishedAt: `202${4 + (i % 2)}-0${1 + (i % 9)}` },
  }));
};

export const ndjson = (items: readonly unknown[]) => `${items.map((x) => JSON.stringify(x)).join("\n")}\n`;

/** The same command with one thread and with three. */
export const both = async (argv: string[], files: Record<string, string>) => {
  const single = await run(argv, { files });
  const jobs = await run([...argv, "--jobs", "3"], { files });
  return { single, jobs };
};
