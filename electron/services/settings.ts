import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { leanPrepared } from '../../db/fast-read';
import { preparedQuery } from '../../db/prepared';
import { agencies, appMeta } from '../../db/schema';
import { writeTx } from '../../db/write-path';
import type { CommandParsedInput } from '../../shared/commands';
import type { Settings } from '../../shared/schemas/auth';
import { DEFAULT_VISIT_MONTHS } from '../../shared/schemas/follow-up';
import { writeAudit } from './audit';
import type { ServiceContext } from './context';
import { invalid } from './rows';

/** Settings of this laptop's unit, kept in app_meta (not synced: each laptop sets its own). */
const KEYS = {
  unitAgencyId: 'settings.unitAgencyId', placeName: 'settings.placeName', idleLockMinutes: 'settings.idleLockMinutes', retentionYears: 'settings.retentionYears',
  followUpFirstVisitMonths: 'settings.followUpFirstVisitMonths',
  followUpSecondVisitMonths: 'settings.followUpSecondVisitMonths',
} as const;
export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const DEFAULT_RETENTION_YEARS = 5;

function readMeta(db: Db): Map<string, string> {
  return new Map(db.select({ key: appMeta.key, value: appMeta.value }).from(appMeta).all().map((r) => [r.key, r.value]));
}

/** The lock time alone: read on every request of a session. */
export function idleLockMinutes(db: Db): number {
  const row = preparedQuery(db, 'settings.idleLock', () =>
    leanPrepared(db, db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, sql.placeholder('key')))),
  ).get({ key: KEYS.idleLockMinutes });
  return Number(row?.value ?? DEFAULT_IDLE_LOCK_MINUTES);
}

export function getSettings(db: Db): Settings {
  const meta = readMeta(db);
  const unitAgencyId = meta.get(KEYS.unitAgencyId);
  const unitName = unitAgencyId ? db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, unitAgencyId)).get()?.name : undefined;
  return {
    ...(unitAgencyId ? { unitAgencyId } : {}),
    ...(unitName ? { unitName } : {}),
    placeName: meta.get(KEYS.placeName) ?? '',
    idleLockMinutes: Number(meta.get(KEYS.idleLockMinutes) ?? DEFAULT_IDLE_LOCK_MINUTES),
    retentionYears: Number(meta.get(KEYS.retentionYears) ?? DEFAULT_RETENTION_YEARS),
    followUpFirstVisitMonths: Number(meta.get(KEYS.followUpFirstVisitMonths) ?? DEFAULT_VISIT_MONTHS.first),
    followUpSecondVisitMonths: Number(meta.get(KEYS.followUpSecondVisitMonths) ?? DEFAULT_VISIT_MONTHS.second),
  };
}

/** Writes the settings given (inside the caller's transaction when there is one). */
export function storeSettings(db: Db, ctx: Pick<ServiceContext, 'now'>, values: Partial<Record<keyof typeof KEYS, string | number>>): void {
  const now = ctx.now().toISOString();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    db.insert(appMeta)
      .values({ key: KEYS[name as keyof typeof KEYS], value: String(value), updatedAt: now })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: sql`excluded.value`, updatedAt: sql`excluded.updated_at` } })
      .run();
  }
}

export function updateSettings(db: Db, input: CommandParsedInput<'settings.update'>, ctx: ServiceContext): Settings {
  return writeTx(db, () => {
    if (input.unitAgencyId && !db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.unitAgencyId)).get()) {
      invalid('unitAgencyId', 'Cơ quan không có trong danh bạ');
    }
    const first = input.followUpFirstVisitMonths ?? getSettings(db).followUpFirstVisitMonths;
    const second = input.followUpSecondVisitMonths ?? getSettings(db).followUpSecondVisitMonths;
    if (second <= first) invalid('followUpSecondVisitMonths', 'Lần thăm lại thứ hai phải sau lần thứ nhất');
    storeSettings(db, ctx, input);
    writeAudit(db, ctx, { action: 'update', entity: 'settings', note: Object.keys(input).join(', ') });
    return getSettings(db);
  });
}
