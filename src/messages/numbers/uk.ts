import { createSlavicNumber } from "./slavicNumber.js";

/** Ukrainian numbers: "9,5 млрд дол. США", "23,2 %", "1 698,66 км", "щонайменше 1056,3 милі". */
export const number = /* @__PURE__ */ createSlavicNumber({
  tag: "uk",
  scales: [
    [12, "трлн"],
    [9, "млрд"],
    [6, "млн"],
  ],
  units: {
    USD: "дол. США",
    EUR: "євро",
    GBP: "ф. ст.",
    CNY: { one: "юань", few: "юані", many: "юанів", other: "юаня" },
    KZT: "тенге",
    UAH: "грн",
    RUB: "руб.",
    JPY: "єн",
    "%": "%",
    pp: "в. п.",
    km: "км",
    m: "м",
    cm: "см",
    mi: { one: "миля", few: "милі", many: "миль", other: "милі" },
    t: "т",
    kg: "кг",
    lb: { one: "фунт", few: "фунти", many: "фунтів", other: "фунта" },
  },
  ordinal: (n) => `${n}-й`,
  atLeast: ["понад", "щонайменше"],
  atMost: ["менше ніж", "не більше ніж"],
  anyValue: "будь-яке значення",
});
