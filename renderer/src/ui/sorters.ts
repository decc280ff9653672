/** Column sorters for antd tables: Vietnamese alphabetical order, numbers, ISO dates; empty last. */
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export const byText =
  <T>(get: (row: T) => string | undefined | null) =>
  (a: T, b: T): number => {
    const x = get(a) ?? '';
    const y = get(b) ?? '';
    if (!x || !y) return Number(!x) - Number(!y);
    return collator.compare(x, y);
  };

export const byNumber =
  <T>(get: (row: T) => number | undefined | null) =>
  (a: T, b: T): number =>
    (get(a) ?? Number.NEGATIVE_INFINITY) - (get(b) ?? Number.NEGATIVE_INFINITY);

/** YYYY-MM-DD (or ISO instants) compare as text. */
export const byDate =
  <T>(get: (row: T) => string | undefined | null) =>
  (a: T, b: T): number => {
    const x = get(a) ?? '';
    const y = get(b) ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  };
