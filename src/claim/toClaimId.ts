// FNV-1a, 32-bit: a stable, dependency-free fingerprint for claims that come without an id. Not a security
// hash; collisions only matter among claims with identical content, which are duplicates anyway.
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
};

/** A deterministic id for a claim without one, from its content: `claim-1f3a9c2e`. @internal */
export const toClaimId = (content: Readonly<Record<string, unknown>>): string => `claim-${fnv1a(JSON.stringify(content))}`;
