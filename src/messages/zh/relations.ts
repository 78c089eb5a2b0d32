import type { RelationCatalogue } from "../en/relations.js";

const OPERANDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  conversion: { "values[0]": "第一个数值", "values[1]": "第二个数值" },
  "percent-change": { from: "原值", to: "新值", rate: "变化率" },
  share: { part: "部分", whole: "整体", share: "份额" },
  sum: { total: "总和" },
  difference: { a: "被减数", b: "减数", difference: "差" },
  multiple: { base: "基数", result: "结果", factor: "倍数" },
};

const partNumber = (name: string): number | undefined => {
  if (!name.startsWith("parts[") || !name.endsWith("]")) return undefined;
  const n = Number(name.slice(6, -1));
  return Number.isInteger(n) ? n + 1 : undefined;
};

/** Chinese (Simplified) sentences of relation checks and ordinal checks. */
export const relations: RelationCatalogue = {
  kindLabel: {
    conversion: "单位换算",
    "percent-change": "百分比变化",
    share: "占整体的份额",
    sum: "各部分之和",
    difference: "差值",
    multiple: "倍数",
  },
  operandName: (kind, name) => {
    const part = partNumber(name);
    return part !== undefined ? `第${part}部分` : (OPERANDS[kind]?.[name] ?? name);
  },
  listSeparator: "，",
  operandText: (name, text) => `${name}为“${text}”`,
  relationHolds: (label, operands, target, computed, stated, roundingOnly) =>
    `${label}：若${operands}，则${target}为${computed}；所述“${stated}”与之相符${roundingOnly ? "，但仅在考虑取整或限定词后才相符" : ""}。`,
  relationFails: (label, operands, target, computed, stated, by) => `${label}：若${operands}，则${target}为${computed}，但所述为“${stated}”，至少相差${by}。`,
  valueImplied: (label, operands, target, implied) => `${label}：若${operands}，则${target}应为${implied}。`,
  sharesFit: (label, operands, total, remainder) => `${label}：${operands}，合计${total}，不超过100%；其余部分占${remainder}。`,
  sharesExceed: (label, operands, total, by) => `${label}：${operands}，合计${total}，比整体至少多出${by}。`,
  ordinalHolds: (stated, expected, window) => `“${stated}”属实：时间线上${window}，这是第${expected}次。`,
  ordinalFails: (stated, expected, window) => `“${stated}”不属实：时间线上${window}，这是第${expected}次。`,
  countHolds: (stated, expected, window) => `“${stated}”属实：时间线上${window}共有${expected}次。`,
  countFails: (stated, expected, window) => `“${stated}”不属实：时间线上${window}共有${expected}次。`,
  windowText: (since, until) => (since === undefined ? `截至${until}` : `${since}至${until}期间`),
};
