import type { InputFormat, InputRecord } from "./parseInput.js";

/** Where each record of a run came from, kept compactly (a file number and a line or index per record). */
export interface RecordLocations {
  /** Notes where the next record came from; returns its index in the whole input. */
  add(record: InputRecord): number;
  /** Where record `index` came from (its input is not kept). */
  at(index: number): InputRecord | undefined;
}

const growInt32 = (array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> => {
  if (size <= array.length) return array;
  const next = new Int32Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
};

/** @internal */
export const createRecordLocations = (): RecordLocations => {
  const files: { file: string; format: InputFormat; prefix: readonly (string | number)[] }[] = [];
  const fileNumbers = new Map<string, number>();
  let fileOf = new Int32Array(1024);
  let positionOf = new Int32Array(1024);
  let count = 0;
  const fileNumber = (record: InputRecord): number => {
    const prefix = record.format === "json" && record.path !== undefined ? record.path.slice(0, -1) : [];
    const key = `${record.file}\u0000${record.format}\u0000${prefix.join("\u0000")}`;
    let k = fileNumbers.get(key);
    if (k === undefined) {
      k = files.length;
      files.push({ file: record.file, format: record.format, prefix });
      fileNumbers.set(key, k);
    }
    return k;
  };
  return {
    add(record) {
      const index = count++;
      fileOf = growInt32(fileOf, count);
      positionOf = growInt32(positionOf, count);
      fileOf[index] = fileNumber(record);
      positionOf[index] = record.format === "json" ? Number(record.path?.[record.path.length - 1] ?? index) : (record.line ?? 0);
      return index;
    },
    at(index) {
      if (index < 0 || index >= count) return undefined;
      const f = files[fileOf[index]!]!;
      const position = positionOf[index]!;
      return f.format === "json"
        ? { input: undefined, file: f.file, format: f.format, path: [...f.prefix, position] }
        : { input: undefined, file: f.file, format: f.format, line: position };
    },
  };
};
