import { existsSync, readFileSync } from "node:fs";

// Material the repository does not carry (seed articles, third-party conformance cases and data sets):
// `../shared` beside the clone. Only `*.shared.test.ts` files read it, through `npm run test:shared`,
// whose global setup (test/sharedSetup.ts) stops with a plain message when the folder is absent.

/** The folder beside the clone that holds the seed articles, conformance cases and data sets. */
export const SHARED = new URL("../../shared/", import.meta.url);

/** Whether `../shared` is there. */
export const hasShared = (): boolean => existsSync(SHARED);

/** A file of `../shared` as text, e.g. `readShared("seeds/000_9453fef2b2b5972f.txt")`. */
export const readShared = (path: string): string => readFileSync(new URL(path, SHARED), "utf8");

/** One of the five seed articles. */
export const seed = (name: string): string => readShared(`seeds/${name}`);
