import { CommandError, type FieldIssue } from '../../shared/errors';
import { validationError } from '../../shared/validation-error';
import { hlcToIso } from '../../shared/sync/hlc';

/** Drizzle rows have `null` where the contract says "absent": those keys are left out. */
export function nullsToUndefined<T extends Record<string, unknown>>(row: T): { [K in keyof T]: Exclude<T[K], null> | undefined } {
  const out: Record<string, unknown> = {};
  for (const k in row) {
    const v = row[k];
    if (v !== null) out[k] = v;
  }
  return out as { [K in keyof T]: Exclude<T[K], null> | undefined };
}

/** Row metadata as the contract shows it (`Timestamps`): the HLC stamp becomes an ISO instant. */
export function recordMeta(row: { createdAt: string; updatedAt: string; deletedAt: string | null; version: number }) {
  return { createdAt: row.createdAt, updatedAt: hlcToIso(row.updatedAt), deletedAt: row.deletedAt, version: row.version };
}

/**
 * A row as the contract shows it, in one pass: machine-only columns left out, NULL columns
 * absent, the HLC stamp as an ISO instant (`Timestamps`), `deletedAt` null when live.
 */
export function toRecord<T>(row: Record<string, unknown>, internal: ReadonlySet<string>): T {
  const out: Record<string, unknown> = {};
  for (const k in row) {
    const v = row[k];
    if (v !== null && !internal.has(k)) out[k] = v;
  }
  out.updatedAt = hlcToIso(row.updatedAt as string);
  out.deletedAt = row.deletedAt ?? null;
  return out as T;
}

export function notFound(what: string): never {
  throw new CommandError('NOT_FOUND', `Không tìm thấy ${what}`);
}

/** A refusal about one field, named so the form can show it there. */
export function invalid(path: string | (string | number)[], message: string): never {
  throw new CommandError('VALIDATION', message, [{ path: Array.isArray(path) ? path : [path], message }]);
}

/** Refuses the command with these field issues, if there are any. */
export function refuse(issues: FieldIssue[]): void {
  if (issues.length > 0) {
    const { message } = validationError(issues);
    throw new CommandError('VALIDATION', message, issues);
  }
}
