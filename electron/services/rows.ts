import { CommandError } from '../../shared/errors';

/** Drizzle rows have `null` where the contract says "absent". */
export function nullsToUndefined<T extends Record<string, unknown>>(row: T): { [K in keyof T]: Exclude<T[K], null> | undefined } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = v === null ? undefined : v;
  return out as { [K in keyof T]: Exclude<T[K], null> | undefined };
}

/** Contract inputs have `undefined` where the database wants NULL. */
export function undefinedToNull<T extends Record<string, unknown>>(input: T): { [K in keyof T]-?: Exclude<T[K], undefined> | null } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) out[k] = v === undefined ? null : v;
  return out as { [K in keyof T]-?: Exclude<T[K], undefined> | null };
}

export function notFound(what: string): never {
  throw new CommandError('NOT_FOUND', `Không tìm thấy ${what}`);
}
