/** Where a command's time went, phase by phase (`--timings`). */
export interface Laps {
  /** Ends the phase running since the last lap (or the start) and names it. */
  lap(name: string): void;
  readonly phases: readonly (readonly [string, number])[];
}

/** Starts timing phases now. */
export const createLaps = (): Laps => {
  const phases: [string, number][] = [];
  let mark = performance.now();
  return {
    lap(name) {
      const now = performance.now();
      phases.push([name, now - mark]);
      mark = now;
    },
    phases,
  };
};
