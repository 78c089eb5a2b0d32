/** Compares as `Array.prototype.sort` does without a comparator, for strings: by UTF-16 code units. */
const byText = (a: unknown, b: unknown): number => {
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * Sorts in place, as `list.sort(compare)` does (stably; without `compare`, as strings). Lists of a few
 * items — explanations of a conflict, figures of a group — are sorted by insertion, which allocates
 * nothing: the engine's sort sets up work arrays on every call, and a corpus makes millions of calls.
 *
 * @internal
 */
export const sortSmall = <T>(list: T[], compare: (a: T, b: T) => number = byText): T[] => {
  if (list.length > 16) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && compare(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
};
