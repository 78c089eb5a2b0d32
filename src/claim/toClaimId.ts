import type { Claim } from "./types.js";

// MurmurHash3 x86_128 (Austin Appleby, public domain) over the UTF-16 code units of a string, two per
// 32-bit word, little-endian — that is, over its UTF-16LE bytes. 128 bits from 32-bit integer
// arithmetic (Math.imul), no BigInt and no platform module: among 10^12 distinct claims the chance
// that any two share an id is about 10^-15. Not a cryptographic hash: ids guard against accidents,
// not against someone crafting a collision.
const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));
const fmix = (h0: number): number => {
  let h = h0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
};
// Two hex digits per byte from a table: four lookups instead of a radix conversion and a pad per word.
const HEX = /* @__PURE__ */ Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
const hex8 = (x: number): string => HEX[x >>> 24]! + HEX[(x >>> 16) & 255]! + HEX[(x >>> 8) & 255]! + HEX[x & 255]!;

/** The 128-bit MurmurHash3 (x86) of the UTF-16LE bytes of `text`, as 32 hex digits. @internal */
export const murmur128 = (text: string, seed = 0): string => {
  const n = text.length;
  let h1 = seed;
  let h2 = seed;
  let h3 = seed;
  let h4 = seed;
  // 16 bytes per block: eight code units.
  const blocks = n - (n % 8);
  let i = 0;
  for (; i < blocks; i += 8) {
    let k1 = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    let k2 = text.charCodeAt(i + 2) | (text.charCodeAt(i + 3) << 16);
    let k3 = text.charCodeAt(i + 4) | (text.charCodeAt(i + 5) << 16);
    let k4 = text.charCodeAt(i + 6) | (text.charCodeAt(i + 7) << 16);
    k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2);
    h1 ^= k1;
    h1 = (rotl(h1, 19) + h2) | 0;
    h1 = (Math.imul(h1, 5) + 0x561ccd1b) | 0;
    k2 = Math.imul(rotl(Math.imul(k2, C2), 16), C3);
    h2 ^= k2;
    h2 = (rotl(h2, 17) + h3) | 0;
    h2 = (Math.imul(h2, 5) + 0x0bcaa747) | 0;
    k3 = Math.imul(rotl(Math.imul(k3, C3), 17), C4);
    h3 ^= k3;
    h3 = (rotl(h3, 15) + h4) | 0;
    h3 = (Math.imul(h3, 5) + 0x96cd1c35) | 0;
    k4 = Math.imul(rotl(Math.imul(k4, C4), 18), C1);
    h4 ^= k4;
    h4 = (rotl(h4, 13) + h1) | 0;
    h4 = (Math.imul(h4, 5) + 0x32ac3b17) | 0;
  }
  // The tail: up to seven code units, in words of two (the last one possibly alone).
  const rest = n - blocks;
  if (rest > 0) {
    // Missing code units read as 0, as the reference zero-fills its tail bytes.
    const c = (k: number): number => (k < n ? text.charCodeAt(k) : 0);
    if (rest > 6) h4 ^= Math.imul(rotl(Math.imul(c(i + 6) | (c(i + 7) << 16), C4), 18), C1);
    if (rest > 4) h3 ^= Math.imul(rotl(Math.imul(c(i + 4) | (c(i + 5) << 16), C3), 17), C4);
    if (rest > 2) h2 ^= Math.imul(rotl(Math.imul(c(i + 2) | (c(i + 3) << 16), C2), 16), C3);
    h1 ^= Math.imul(rotl(Math.imul(c(i) | (c(i + 1) << 16), C1), 15), C2);
  }
  const bytes = 2 * n;
  h1 ^= bytes;
  h2 ^= bytes;
  h3 ^= bytes;
  h4 ^= bytes;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  return hex8(h1) + hex8(h2) + hex8(h3) + hex8(h4);
};

const isPlain = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Canonical JSON of caller data (`meta`, `reportedBy`): object keys sorted by code unit, no spaces,
 * undefined members left out as JSON leaves them. Values JSON cannot hold are written with a tag
 * that JSON text never starts with, so they never equal a string.
 */
const canonicalValue = (value: unknown): string => {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? JSON.stringify(value) : `!number:${String(value)}`;
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return `!bigint:${value.toString()}`;
    case "undefined":
      return "!undefined";
    case "object": {
      if (value === null) return "null";
      if (Array.isArray(value)) return `[${value.map(canonicalValue).join(",")}]`;
      if (!isPlain(value)) {
        const toJSON = (value as { toJSON?: unknown }).toJSON;
        if (typeof toJSON === "function") return `!json:${canonicalValue(toJSON.call(value))}`;
      }
      const keys = Object.keys(value).sort();
      const members: string[] = [];
      for (const key of keys) {
        const v = (value as Record<string, unknown>)[key];
        if (v !== undefined) members.push(`${JSON.stringify(key)}:${canonicalValue(v)}`);
      }
      return `{${members.join(",")}}`;
    }
    default:
      return `!${typeof value}`;
  }
};

/** A decimal's value in plain notation, normalised: "41000000000", never "4.1e+10" nor "-0". */
const decimal = (d: { isZero(): boolean; toFixed(): string } | null): string => (d === null ? "null" : d.isZero() ? '"0"' : `"${d.toFixed()}"`);

/**
 * The canonical form of a validated claim, which its id hashes: every field but the id itself and
 * the series key (derived from metric, subject and qualifiers), in a fixed order, as JSON text.
 *
 * - `subject` sorted when it is a set (`direction` false), as given when its order matters;
 *   `qualifiers`, `reportedBy`, `meta` and each source with their keys sorted.
 * - The period by kind, start and end: "Q3 2023" and "2023-Q3" are one period.
 * - The quantity by its exact value (plain decimal), unit, bound, precision, interval (low, high, and
 *   whether each end is open), counted noun and candidate units — not the text it was read from, so
 *   "$41 billion" and "41 billion USD" give one id.
 * - Versioned (`"c1"` first): a change of this form is a change of every generated id.
 *
 * @internal
 */
export const toCanonicalClaim = (claim: Omit<Claim, "id" | "seriesKey">): string => {
  const q = claim.quantity;
  const p = claim.period;
  const subject = claim.direction ? claim.subject : [...claim.subject].sort();
  return [
    '"c1"',
    JSON.stringify(claim.metric),
    canonicalValue(subject),
    claim.direction ? "true" : "false",
    canonicalValue(claim.qualifiers),
    p === undefined ? "null" : `[${JSON.stringify(p.kind)},${JSON.stringify(p.start)},${JSON.stringify(p.end)}]`,
    JSON.stringify(claim.modality),
    `[${decimal(q.value)},${JSON.stringify(q.unit)},${JSON.stringify(q.bound)},${String(q.precision)},${decimal(q.low)},${decimal(q.high)},${q.lowOpen ? 1 : 0},${q.highOpen ? 1 : 0},${q.noun === undefined ? "null" : JSON.stringify(q.noun)},${q.unitCandidates === undefined ? "null" : canonicalValue(q.unitCandidates)}]`,
    canonicalValue(claim.source),
    claim.reportedBy === undefined ? "null" : canonicalValue(claim.reportedBy),
    claim.quote === undefined ? "null" : JSON.stringify(claim.quote),
    claim.meta === undefined ? "null" : canonicalValue(claim.meta),
  ].join("\u0001");
};

/**
 * A deterministic id for a claim without one: `claim-` and the 128-bit hash of its canonical form
 * ({@link toCanonicalClaim}), 32 hex digits. The same claim gets the same id in every run, on every
 * platform; claims that differ in any field get different ids.
 *
 * @internal
 */
export const toClaimId = (claim: Omit<Claim, "id" | "seriesKey">): string => `claim-${murmur128(toCanonicalClaim(claim))}`;
