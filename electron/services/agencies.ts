import { and, asc, count, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, officials, provinces } from '../../db/schema';
import { insertRow, patchRow, writeTx } from '../../db/write-path';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import type { Agency } from '../../shared/schemas/directory';
import { sentFields } from '../../shared/schemas/patch';
import type { ServiceContext } from './context';
import { invalid, notFound, nullsToUndefined, recordMeta } from './rows';
import { setDeletedState } from './soft-delete';

type AgencyRow = typeof agencies.$inferSelect & { officialCount: number };

/** Agencies with how many officials (not deleted) each has. */
function selectAgencies(db: Db) {
  return db
    .select({ ...getTableColumns(agencies), officialCount: count(officials.id) })
    .from(agencies)
    .leftJoin(officials, and(eq(officials.agencyId, agencies.id), isNull(officials.deletedAt)))
    .groupBy(agencies.id);
}

export function toAgency(row: AgencyRow): Agency {
  const { id, name, kind, officialCount, shortName, provinceCode } = row;
  return { id, name, kind: kind as Agency['kind'], officialCount, ...nullsToUndefined({ shortName, provinceCode }), ...recordMeta(row) };
}

function requireAgency(db: Db, id: string): Agency {
  const row = selectAgencies(db).where(eq(agencies.id, id)).get();
  return row ? toAgency(row) : notFound('cơ quan');
}

function checkProvince(db: Db, provinceCode: string | null | undefined): void {
  if (provinceCode && !db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, provinceCode)).get()) {
    invalid('provinceCode', 'Tỉnh/thành phố không có trong danh mục');
  }
}

/** In the order they were added (the seeded ones share a creation time: then in seeding order). */
export function listAgencies(db: Db, input: CommandParsedInput<'agencies.list'>): Agency[] {
  return selectAgencies(db)
    .where(input.includeDeleted ? undefined : isNull(agencies.deletedAt))
    .orderBy(asc(agencies.createdAt), sql`${agencies}.rowid`)
    .all()
    .map(toAgency);
}

export function createAgency(db: Db, input: CommandParsedInput<'agencies.create'>, ctx: ServiceContext): Agency {
  return writeTx(db, () => {
    checkProvince(db, input.provinceCode);
    const row = insertRow(db, ctx, agencies, input);
    return requireAgency(db, row.id);
  });
}

/** Changes only the fields sent. */
export function updateAgency(db: Db, input: CommandParsedInput<'agencies.update'>, ctx: ServiceContext): Agency {
  const { id, expectedVersion, ...patch } = input;
  return writeTx(db, () => {
    requireAgency(db, id);
    const sent = sentFields(patch);
    checkProvince(db, sent.provinceCode);
    patchRow(db, ctx, agencies, id, sent, { expectedVersion, what: 'cơ quan' });
    return requireAgency(db, id);
  });
}

function setDeleted(db: Db, input: CommandParsedInput<'agencies.remove'>, ctx: ServiceContext, deleted: boolean): Agency {
  return writeTx(db, () => {
    const active = requireAgency(db, input.id).officialCount;
    if (deleted && active > 0) {
      throw new CommandError('CONFLICT', `Cơ quan còn ${active} cán bộ; hãy chuyển hoặc xóa các cán bộ này trước khi xóa cơ quan`);
    }
    setDeletedState(db, ctx, agencies, input.id, deleted, { what: 'cơ quan', expectedVersion: input.expectedVersion });
    return requireAgency(db, input.id);
  });
}

export const removeAgency = (db: Db, input: CommandParsedInput<'agencies.remove'>, ctx: ServiceContext) => setDeleted(db, input, ctx, true);
export const restoreAgency = (db: Db, input: CommandParsedInput<'agencies.restore'>, ctx: ServiceContext) => setDeleted(db, input, ctx, false);
