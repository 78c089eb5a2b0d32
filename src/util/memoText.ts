/**
 * Memoises a pure function of a string. Names, outlets and quantity texts repeat across a corpus (a few
 * thousand sources behind a million claims), so Unicode normalisation runs once per distinct text. The
 * cache is emptied when it reaches `max` entries, so memory stays bounded whatever the input.
 *
 * @internal
 */
export const memoText = (compute: (text: string) => string, max = 1 << 16): ((text: string) => string) => {
  let cache = new Map<string, string>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = compute(text);
      if (cache.size >= max) cache = new Map();
      cache.set(text, value);
    }
    return value;
  };
};
