/**
 * Plain JSON data of any result: decimals become strings (decimal.js's `toJSON`), frozen objects become
 * ordinary ones, notebook display methods (non-enumerable) are dropped.
 *
 * @example
 * ```ts
 * toPlainJSON({ value: new Decimal("41e9") }); // { value: "41000000000" }
 * ```
 * @internal
 */
export const toPlainJSON = <T>(value: T): unknown => JSON.parse(JSON.stringify(value)) as unknown;
