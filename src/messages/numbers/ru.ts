import { createSlavicNumber } from "./slavicNumber.js";

/** Russian numbers: "9,5 млрд долл. США", "23,2 %", "1 698,66 км", "не менее 1056,3 мили". */
export const number = /* @__PURE__ */ createSlavicNumber({
  tag: "ru",
  scales: [
    [12, "трлн"],
    [9, "млрд"],
    [6, "млн"],
  ],
  units: {
    USD: "долл. США",
    EUR: "евро",
    GBP: "ф. ст.",
    CNY: { one: "юань", few: "юаня", many: "юаней", other: "юаня" },
    KZT: "тенге",
    UAH: "грн",
    RUB: "руб.",
    JPY: "иен",
    "%": "%",
    pp: "п. п.",
    km: "км",
    m: "м",
    cm: "см",
    mi: { one: "миля", few: "мили", many: "миль", other: "мили" },
    t: "т",
    kg: "кг",
    lb: { one: "фунт", few: "фунта", many: "фунтов", other: "фунта" },
  },
  ordinal: (n) => `${n}-й`,
  atLeast: ["более", "не менее"],
  atMost: ["менее", "не более"],
  anyValue: "любое значение",
});
