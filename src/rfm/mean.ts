/** Arithmetic mean of a non-empty column (callers check emptiness and report it in their own words). */
export function meanOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += values[index] as number;
  return sum / values.length;
}
