// What the scale benchmarks (reconcile, findDiscrepancies) print alike: numbers, and the linearity line.

/** A number as the tables print it: grouped, with `digits` decimals. */
export const fmt = (n: number, digits = 0): string => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** One size's best times, the run's and the floor's, in milliseconds. */
export interface Row {
  readonly n: number;
  readonly ms: { wall: number; cpu: number };
  readonly floorMs: { wall: number; cpu: number };
}

/** The goal's linearity check, 1 M against 100 k, for the run and for the floor measured beside it. */
export const printLinearity = (rows: readonly Row[]): void => {
  const at = (n: number): Row | undefined => rows.find((r) => r.n === n);
  const small = at(100_000);
  const large = at(1_000_000);
  if (small !== undefined && large !== undefined)
    console.log(
      `\nLinearity: 1 M takes ${fmt(large.ms.wall / small.ms.wall, 1)}× the wall time of 100 k (CPU ${fmt(large.ms.cpu / small.ms.cpu, 1)}×; goal ≤ 12×); the floor ${fmt(large.floorMs.wall / small.floorMs.wall, 1)}× (CPU ${fmt(large.floorMs.cpu / small.floorMs.cpu, 1)}×).`,
    );
};
