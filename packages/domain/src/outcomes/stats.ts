/** The median of some numbers (mean of the two middle ones for an even count), null when there are none. */
export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** A share, null when nobody is in the denominator. */
export const rate = (numerator: number, denominator: number): number | null => (denominator === 0 ? null : numerator / denominator);

/** Unique ids in string order, so that a figure's ids read the same on every call. */
export const sortedIds = (ids: Iterable<string>): string[] => {
  const list = Array.isArray(ids) ? (ids as string[]) : [...ids];
  // Lists built in id order (the people of a report) are returned as they are: no copy, no sort.
  let ordered = true;
  for (let i = 1; i < list.length && ordered; i++) ordered = list[i - 1]! < list[i]!;
  return ordered ? list : [...new Set(list)].sort();
};
