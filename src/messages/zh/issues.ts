import type { IssueCatalogue } from "../en/issues.js";

// Chinese has no plural forms: a count is a number before its measure word ("3个问题").
const s = (value: unknown): string => String(value);
const q = (value: unknown): string => `“${String(value)}”`;
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const unit = (p: Readonly<Record<string, unknown>>): string => `（单位${q(p["unit"])}）`;
const got = (input: unknown): string => (typeof input === "string" ? `：${q(input)}` : "");

const TYPES: Readonly<Record<string, string>> = {
  string: "文本", number: "数字", int: "整数", bigint: "整数", object: "对象", array: "数组", boolean: "布尔值",
  null: "空值", date: "日期", record: "对象", tuple: "数组", map: "映射", set: "集合",
};
const FORMATS: Readonly<Record<string, string>> = {
  regex: "符合规定样式的文本", email: "电子邮件地址", url: "网址", date: "日期", datetime: "日期和时间", time: "时间", uuid: "标识符",
};
const KINDS = "“conversion”“percent-change”“share”“sum”“difference”“multiple”";

/** Chinese words for every validation issue the library reports, zod's codes included. */
export const issues: IssueCatalogue = {
  invalid_type: (p, input) => (input === undefined ? "必填字段" : `类型错误：应为${TYPES[s(p["expected"])] ?? "其他类型"}`),
  too_small: (p) =>
    p["origin"] === "string"
      ? Number(p["minimum"]) <= 1 ? "文本为空" : `文本过短：至少需要${s(p["minimum"])}个字符`
      : p["origin"] === "array" ? `元素过少：至少需要${s(p["minimum"])}个`
      : p["inclusive"] === false ? `值过小：应大于${s(p["minimum"])}` : `值过小：应不小于${s(p["minimum"])}`,
  too_big: (p) =>
    p["origin"] === "string" ? `文本过长：最多${s(p["maximum"])}个字符`
    : p["origin"] === "array" ? `元素过多：最多${s(p["maximum"])}个`
    : p["inclusive"] === false ? `值过大：应小于${s(p["maximum"])}` : `值过大：应不大于${s(p["maximum"])}`,
  invalid_format: (p) => `格式错误${FORMATS[s(p["format"])] === undefined ? "" : `：应为${FORMATS[s(p["format"])]}`}`,
  not_multiple_of: (p) => `值应为${s(p["divisor"])}的倍数`,
  unrecognized_keys: (p) => `未知字段${list(p["keys"]).map(q).join("、")}`,
  invalid_union: () => "值不符合任何一种允许的形式",
  invalid_key: () => "无效的键",
  invalid_element: () => "无效的元素",
  invalid_value: (p) => `无效的值：应为${list(p["values"]).map(q).join("、")}之一`,
  custom: (_p, input) => `无效的值${got(input)}`,
  "duplicate-id": (p) => `第${Number(p["record"]) + 1}条与第${Number(p["first"]) + 1}条记录的标识符${q(p["id"])}相同但内容不同；两条均不采用`,
  "repeated-record": (p) => `第${Number(p["record"]) + 1}条记录与第${Number(p["first"]) + 1}条重复`,
  "more-issues": (p) => `另有${s(p["count"])}个问题`,
  "unknown-unit": (p) => `未知的计量单位${q(p["unit"])}`,
  "unit-mismatch": (p) => `单位${q(p["unit"])}与数值本身的单位（${q(p["written"])}）矛盾`,
  "unknown-key": (p) => `未知的键${q(p["key"])}${p["suggestion"] === undefined ? "" : `（是否应为${q(p["suggestion"])}？）`}`,
  "too-many-digits": (p) => `${q(p["amount"])}的有效数字超过${s(p["maximum"])}位`,
  "not-a-claim": () => "应为一个说法对象",
  "not-a-list": () => "应为说法数组或带有“claims”字段的对象",
  "too-deep": (p) => `嵌套超过${s(p["maximum"])}层`,
  "reserved-key": (p) => `保留的键${q(p["key"])}`,
  "not-text": (_p, input) => `应为文本${got(input)}`,
  "invalid-period": (_p, input) => `无法读取时期${got(input)}`,
  "invalid-quantity": (_p, input) => `无法读取数量${got(input)}`,
  "invalid-claim": () => "无效的说法",
  "invalid-unit": (_p, input) => `无效的计量单位${got(input)}`,
  "invalid-argument": (_p, input) => `无效的值${got(input)}`,
  "missing-rate": () => "缺少此次换算所需的汇率",
  "not-a-relation": () => "应为带有“kind”字段的关系对象，例如“share”",
  "unknown-relation-kind": (p) => `未知的关系类型${q(p["kind"])}；应为以下之一：${KINDS}`,
  "too-many-missing": (p) => `只能省略一个待推算的操作数，现缺少多个：${list(p["names"]).map(q).join("、")}`,
  "needs-pair": (p) => `${q(p["field"])}应为包含两个操作数的数组`,
  "needs-parts": () => "“parts”应为非空的操作数数组",
  "needs-unit": () => "推算出的值需要计量单位：请提供“unit”",
  "not-a-percent": (p) => `应为百分比，例如“3.5%”，实际为${q(p["text"])}${unit(p)}`,
  "not-a-factor": (p) => `应为倍数，例如2、“2倍”或“200%”，实际为${q(p["text"])}${unit(p)}`,
  "not-an-amount": (p) => `序数（${q(p["text"])}）不能参与运算`,
  "unknown-fields": (p) => `未知字段${list(p["keys"]).map(q).join("、")}`,
  "unknown-claim": (p) => `没有标识符为${q(p["id"])}的说法`,
  "claim-or-value": () => "请提供“claim”或“ordinal”/“count”，不能同时提供",
  "needs-event": () => "请提供“event”（日期或事件名称），或使用时期为某日、某月或某年的说法",
  "claim-without-timeline": () => "序数核查需要时间线：请提供带有事件的“timeline”，或相应的选项",
  "timeline-file": (p) => `时间线文件${q(p["file"])}须由调用方读取，并以“timeline”选项传入`,
  "invalid-date": (p) => `无效的日期（应为“年-月-日”“年-月”或“年”的数字形式，如“2024-07-02”）：${q(p["text"])}`,
  "invalid-day": (_p, input) => `无效的日期（应为“2024-07-02”这样的年-月-日形式）${got(input)}`,
  "unknown-event": (p) => `时间线中没有名为${q(p["event"])}的事件`,
  "ambiguous-event": (p) => `${q(p["event"])}对应${s(p["count"])}个事件；请给出具体日期（如“2024-07-02”）或其他名称`,
  "reversed-window": (p) => `计数区间的结束日期（${s(p["until"])}）早于开始日期（${s(p["since"])}）`,
  "needs-ordinal-or-count": () => "请提供“ordinal”或“count”",
  "both-ordinal-and-count": () => "请提供“ordinal”或“count”，不能同时提供",
  "not-an-ordinal": (p) => `应为序数，例如“第五”“第5”或5，实际为${q(p["text"])}${unit(p)}`,
  "not-a-count": (p) => `应为数量，例如“三”或3，实际为${q(p["text"])}${unit(p)}`,
};
