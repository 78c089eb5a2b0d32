import type { IssueCatalogue } from "../en/issues.js";

const TYPES: Readonly<Record<string, string>> = { string: "文本", number: "数字", object: "对象", array: "数组", boolean: "布尔值" };

/** Chinese words for the common validation issues (the rest keep their English message). */
export const issues: IssueCatalogue = {
  invalid_type: (p, input) => (input === undefined ? "必填字段" : `类型错误：应为${TYPES[String(p["expected"])] ?? String(p["expected"])}`),
  unrecognized_keys: (p) => `未知字段：${(p["keys"] as readonly string[]).join("、")}`,
  too_big: (p) => `值过长或过大（上限${String(p["maximum"])}）`,
  too_small: () => "值为空或过小",
  "unknown-unit": (p) => `未知的计量单位“${String(p["unit"])}”`,
  "unit-mismatch": (p) => `单位“${String(p["unit"])}”与数值本身的单位（“${String(p["written"])}”）矛盾`,
  "duplicate-id": (p) => `第${Number(p["record"]) + 1}条与第${Number(p["first"]) + 1}条记录的标识符“${String(p["id"])}”相同但内容不同；两条均不采用`,
  "unknown-key": (p) => `未知的键“${String(p["key"])}”${p["suggestion"] === undefined ? "" : `（是否应为“${String(p["suggestion"])}”？）`}`,
  "more-issues": (p) => `另有${String(p["count"])}个问题`,
  "not-a-claim": () => "应为一个说法对象",
  "not-a-list": () => "应为说法数组或 { \"claims\": [...] }",
  "invalid-period": () => "无法读取时期",
  "invalid-quantity": () => "无法读取数量",
};
