/**
 * Input guards shared by every calculator in `src/lib`.
 *
 * The library throws a `RangeError` with a sentence a reader can act on instead of returning
 * `NaN` or `Infinity`; instruments catch it and show the message.
 */

/**
 * Returns `value` if it is a finite number ≥ `min`, else throws a `RangeError` naming `name`.
 * @example requireFinite('params', 8e9) // 8e9
 */
export function requireFinite(name: string, value: number, min = 0): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number (got ${String(value)}).`);
  }
  if (value < min) {
    throw new RangeError(`${name} must be at least ${min} (got ${value}).`);
  }
  return value;
}

/**
 * Returns `value` if it is a finite number > 0, else throws a `RangeError` naming `name`.
 * @example requirePositive('bandwidthBytesPerSecond', 1e12) // 1e12
 */
export function requirePositive(name: string, value: number): number {
  requireFinite(name, value, -Infinity);
  if (value <= 0) throw new RangeError(`${name} must be greater than 0 (got ${value}).`);
  return value;
}

/**
 * Returns `value` if it is a whole number ≥ `min`, else throws a `RangeError` naming `name`.
 * @example requireInteger('batch', 4, 1) // 4
 */
export function requireInteger(name: string, value: number, min = 0): number {
  requireFinite(name, value, min);
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be a whole number (got ${value}).`);
  return value;
}
