/**
 * The three parts of a series key — metric, subjects, qualifiers — split at the `|` that are not
 * escaped with a backslash (see `toSeriesKey`). The parts keep their escapes, so equal parts mean equal
 * fields, resolved as the key resolved them (entity names, metric words, the caller's aliases).
 *
 * @internal
 */
export const splitSeriesKey = (key: string): readonly [metric: string, subjects: string, qualifiers: string] => {
  const cuts: number[] = [];
  for (let i = 0; i < key.length && cuts.length < 2; i++) {
    const c = key.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 124) cuts.push(i);
  }
  const [a = key.length, b = key.length] = cuts;
  return [key.slice(0, a), key.slice(a + 1, b), key.slice(b + 1)];
};
