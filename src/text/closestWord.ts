/** Longer inputs get no suggestion: a typo is short, and the distance table grows with the length. */
const MAX_LENGTH = 64;

/** Levenshtein distance (insert, delete, substitute), case-insensitive, by one row of the table. */
const distance = (a: string, b: string): number => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length]!;
};

/**
 * The known word closest to `word` by edit distance, when it is close enough to be a typo of it (at most
 * a third of the known word's letters, and at least one, changed): `"relation"` → `"relations"`.
 */
export const closestWord = (word: string, known: readonly string[]): string | undefined => {
  if (word.length > MAX_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(word, candidate);
    if (d <= Math.max(1, Math.floor(candidate.length / 3)) && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
};
