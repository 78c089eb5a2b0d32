import type { NumberConventions } from "./createNumberFormat.js";

const UNITS: Readonly<Record<string, string>> = {
  USD: "美元",
  EUR: "欧元",
  GBP: "英镑",
  CNY: "元人民币",
  KZT: "坚戈",
  UAH: "格里夫纳",
  RUB: "卢布",
  JPY: "日元",
  "%": "%",
  pp: "个百分点",
  km: "公里",
  m: "米",
  cm: "厘米",
  mi: "英里",
  t: "吨",
  kg: "千克",
  lb: "磅",
  x: "倍",
  count: "",
};

const withUnit = (number: string, scaleWord: string, unit: string): string =>
  unit === "ordinal" ? `第${number}${scaleWord}` : `${number}${scaleWord}${Object.hasOwn(UNITS, unit) ? UNITS[unit] : unit}`;

/** Chinese numbers: 万 and 亿 as scales, no spaces: "95亿美元", "23.2%", "1,700公里", "至少1056.3英里". */
export const number: NumberConventions = {
  tag: "zh",
  decimal: ".",
  group: ",",
  scales: [
    [12, "万亿"],
    [8, "亿"],
    [4, "万"],
  ],
  withUnit,
  intervalUnit: withUnit,
  rangeDash: "—",
  percent: (number) => `${number}%`,
  atLeast: (text, open) => `${open ? "超过" : "至少"}${text}`,
  atMost: (text, open) => `${open ? "不足" : "至多"}${text}`,
  anyValue: "任意值",
};
