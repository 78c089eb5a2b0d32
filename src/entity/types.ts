/**
 * A named party a claim is about: a country (`id` its ISO 3166-1 alpha-2 code, `CN`), a union of states
 * (`EU`, `EAEU`, `SCO`, …), a region (`Europe`, `Central Asia`: its English name) or an entity of the caller's own, named in `aliases` (`custom`). `name` is
 * the canonical English name ("China", "European Union"), or the caller's own id.
 */
export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly kind: "country" | "union" | "region" | "custom";
}

/**
 * Names the caller adds, each mapped to what it names: a gazetteer id (`"Піднебесна": "CN"`), a name the
 * gazetteer knows (`"the Middle Kingdom": "China"`), or an id of the caller's own, which then names a
 * `custom` entity (`"KMG": "KazMunayGas"`, `"KazMunaiGaz": "KazMunayGas"`).
 */
export type EntityAliases = Readonly<Record<string, string>>;
