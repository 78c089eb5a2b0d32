// Unit symbols Ukrainian and Russian write alike, in the case SI writes them: "МВт" is a megawatt, "мВт"
// a milliwatt (see common.ts). Only the hour of energy units differs: "год" (година) and "ч" (час).

const each = <V>(value: V, words: readonly string[]): Record<string, V> => Object.fromEntries(words.map((w) => [w, value]));

/** The shared Cyrillic unit symbols, with `hour` the language's abbreviation in kW·h and the like. @internal */
export const cyrillicUnitSymbols = (hour: "год" | "ч"): Record<string, { readonly unit: string }> => {
  const perHour = (power: string[]) => power.flatMap((p) => [`${p}·${hour}`, `${p}-${hour}`, `${p}⋅${hour}`]);
  return {
    ...each({ unit: "t" }, ["т"]),
    ...each({ unit: "Mt" }, ["Мт"]),
    ...each({ unit: "kt" }, ["кт"]),
    ...each({ unit: "mW" }, ["мВт"]),
    ...each({ unit: "kW" }, ["кВт", "квт", "КВт", "КВТ"]),
    ...each({ unit: "MW" }, ["МВт", "Мвт", "МВТ"]),
    ...each({ unit: "GW" }, ["ГВт", "Гвт", "ГВТ", "гвт"]),
    ...each({ unit: "W" }, ["Вт"]),
    ...each({ unit: "TW" }, ["ТВт", "Твт", "ТВТ"]),
    ...each({ unit: "Gt" }, ["Гт"]),
    ...each({ unit: "kWh" }, perHour(["кВт"]).concat([`квт·${hour}`, `квт-${hour}`])),
    ...each({ unit: "MWh" }, perHour(["МВт"]).concat([`Мвт·${hour}`, `Мвт-${hour}`])),
    ...each({ unit: "GWh" }, perHour(["ГВт"]).concat([`Гвт·${hour}`, `Гвт-${hour}`, `гвт·${hour}`, `гвт-${hour}`])),
    ...each({ unit: "Wh" }, perHour(["Вт"])),
    ...each({ unit: "TWh" }, perHour(["ТВт"]).concat([`Твт·${hour}`, `Твт-${hour}`])),
    ...each({ unit: "Pa" }, ["Па"]),
    ...each({ unit: "hPa" }, ["гПа"]),
    ...each({ unit: "kPa" }, ["кПа"]),
    ...each({ unit: "MPa" }, ["МПа"]),
    ...each({ unit: "mbar" }, ["мбар"]),
    ...each({ unit: "atm" }, ["атм"]),
  };
};
