import { and, asc, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, officials } from '../../db/schema';
import { insertRow, patchRow, writeTx } from '../../db/write-path';
import type { CommandParsedInput } from '../../shared/commands';
import type { Official } from '../../shared/schemas/directory';
import { sentFields } from '../../shared/schemas/patch';
import { foldVietnamese } from '../../shared/text/fold';
import type { ServiceContext } from './context';
import { invalid, notFound, nullsToUndefined, recordMeta } from './rows';
import { setDeletedState } from './soft-delete';

type OfficialRow = typeof officials.$inferSelect & { agencyName: string };

function selectOfficials(db: Db) {
  return db
    .select({ ...getTableColumns(officials), agencyName: agencies.name })
    .from(officials)
    .innerJoin(agencies, eq(agencies.id, officials.agencyId));
}

export function toOfficial(row: OfficialRow): Official {
  const { id, fullName, agencyId, agencyName, position, phone, email, notes } = row;
  const sex = (row.sex ?? undefined) as Official['sex'];
  return { id, fullName, agencyId, agencyName, ...nullsToUndefined({ sex, position, phone, email, notes }), ...recordMeta(row) };
}

export function getOfficial(db: Db, input: { id: string }): Official {
  const row = selectOfficials(db).where(eq(officials.id, input.id)).get();
  return row ? toOfficial(row) : notFound('cán bộ');
}

function checkAgency(db: Db, agencyId: string): void {
  const live = db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.id, agencyId), isNull(agencies.deletedAt)))
    .get();
  if (!live) invalid('agencyId', 'Cơ quan không có trong danh bạ (hoặc đã bị xóa)');
}

/** By agency (in the agencies' order), then by name; the text query ignores accents. */
export function listOfficials(db: Db, input: CommandParsedInput<'officials.list'>): Official[] {
  const rows = selectOfficials(db)
    .where(and(input.includeDeleted ? undefined : isNull(officials.deletedAt), input.agencyId ? eq(officials.agencyId, input.agencyId) : undefined))
    .orderBy(asc(agencies.createdAt), sql`${agencies}.rowid`, asc(officials.fullName))
    .all();
  const needle = input.query ? foldVietnamese(input.query) : '';
  return rows
    .map(toOfficial)
    .filter((o) => !needle || foldVietnamese(`${o.fullName} ${o.position ?? ''} ${o.agencyName}`).includes(needle));
}

export function createOfficial(db: Db, input: CommandParsedInput<'officials.create'>, ctx: ServiceContext): Official {
  return writeTx(db, () => {
    checkAgency(db, input.agencyId);
    const row = insertRow(db, ctx, officials, input);
    return getOfficial(db, row);
  });
}

/** Changes only the fields sent. */
export function updateOfficial(db: Db, input: CommandParsedInput<'officials.update'>, ctx: ServiceContext): Official {
  const { id, expectedVersion, ...patch } = input;
  return writeTx(db, () => {
    getOfficial(db, { id });
    const sent = sentFields(patch);
    if (sent.agencyId !== undefined) checkAgency(db, sent.agencyId);
    patchRow(db, ctx, officials, id, sent, { expectedVersion, what: 'cán bộ' });
    return getOfficial(db, { id });
  });
}

function setDeleted(db: Db, input: CommandParsedInput<'officials.remove'>, ctx: ServiceContext, deleted: boolean): Official {
  return writeTx(db, () => {
    setDeletedState(db, ctx, officials, input.id, deleted, { what: 'cán bộ', expectedVersion: input.expectedVersion });
    return getOfficial(db, input);
  });
}

export const removeOfficial = (db: Db, input: CommandParsedInput<'officials.remove'>, ctx: ServiceContext) => setDeleted(db, input, ctx, true);
export const restoreOfficial = (db: Db, input: CommandParsedInput<'officials.restore'>, ctx: ServiceContext) => setDeleted(db, input, ctx, false);
