/**
 * Appends `value` to the list kept under `key`, starting the list if there is none: one push, where
 * `map.set(key, [...(map.get(key) ?? []), value])` copies the list every time (quadratic in a long one).
 *
 * @internal
 */
export const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
};
