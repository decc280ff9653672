import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import type { Official } from '../../shared/schemas/directory';
import { foldVietnamese } from '../../shared/text/fold';
import { diffFields, writeAudit } from './audit';
import type { ServiceContext } from './context';
import { notFound, nullsToUndefined } from './rows';
import { setRowDeleted } from './soft-delete';

const SELECT = `
  SELECT o.id, o.full_name AS fullName, o.position, o.agency_id AS agencyId, a.name AS agencyName, o.phone, o.email,
         o.notes, o.created_at AS createdAt, o.updated_at AS updatedAt, o.deleted_at AS deletedAt
  FROM officials o JOIN agencies a ON a.id = o.agency_id`;

type Row = Record<string, unknown> & { deletedAt: string | null };

function toOfficial(row: Row): Official {
  const { deletedAt, ...rest } = row;
  return { ...(nullsToUndefined(rest) as unknown as Official), deletedAt };
}

export function getOfficial(db: Db, input: { id: string }): Official {
  const row = db.$client.prepare(`${SELECT} WHERE o.id = ?`).get(input.id) as Row | undefined;
  return row ? toOfficial(row) : notFound('cán bộ');
}

function checkAgency(db: Db, agencyId: string): void {
  if (!db.$client.prepare('SELECT 1 FROM agencies WHERE id = ? AND deleted_at IS NULL').get(agencyId)) {
    const message = 'Cơ quan không có trong danh bạ (hoặc đã bị xóa)';
    throw new CommandError('VALIDATION', message, [{ path: ['agencyId'], message }]);
  }
}

export function listOfficials(db: Db, input: CommandParsedInput<'officials.list'>): Official[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!input.includeDeleted) where.push('o.deleted_at IS NULL');
  if (input.agencyId) {
    where.push('o.agency_id = ?');
    params.push(input.agencyId);
  }
  const rows = db.$client
    .prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.created_at, a.id, o.full_name`)
    .all(...params) as Row[];
  const needle = input.query ? foldVietnamese(input.query) : '';
  return rows
    .map(toOfficial)
    .filter((o) => !needle || foldVietnamese(`${o.fullName} ${o.position ?? ''} ${o.agencyName}`).includes(needle));
}

export function createOfficial(db: Db, input: CommandParsedInput<'officials.create'>, ctx: ServiceContext): Official {
  const id = newId();
  const now = ctx.now().toISOString();
  return db.$client.transaction(() => {
    checkAgency(db, input.agencyId);
    db.$client
      .prepare(
        'INSERT INTO officials (id, full_name, position, agency_id, phone, email, notes, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, input.fullName, input.position ?? null, input.agencyId, input.phone ?? null, input.email ?? null, input.notes ?? null, now, now, ctx.actor);
    writeAudit(db, ctx, { action: 'create', entity: 'official', entityId: id });
    return getOfficial(db, { id });
  })();
}

export function updateOfficial(db: Db, input: CommandParsedInput<'officials.update'>, ctx: ServiceContext): Official {
  return db.$client.transaction(() => {
    const before = getOfficial(db, input);
    checkAgency(db, input.agencyId);
    db.$client
      .prepare('UPDATE officials SET full_name = ?, position = ?, agency_id = ?, phone = ?, email = ?, notes = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(input.fullName, input.position ?? null, input.agencyId, input.phone ?? null, input.email ?? null, input.notes ?? null, ctx.now().toISOString(), ctx.actor, input.id);
    const after = getOfficial(db, input);
    writeAudit(db, ctx, { action: 'update', entity: 'official', entityId: input.id, changes: diffFields(before, after) });
    return after;
  })();
}

function setDeleted(db: Db, id: string, ctx: ServiceContext, deleted: boolean): Official {
  return db.$client.transaction(() => {
    setRowDeleted(db, ctx, { table: 'officials', entity: 'official', label: 'cán bộ', id }, deleted);
    return getOfficial(db, { id });
  })();
}

export const removeOfficial = (db: Db, input: { id: string }, ctx: ServiceContext) => setDeleted(db, input.id, ctx, true);
export const restoreOfficial = (db: Db, input: { id: string }, ctx: ServiceContext) => setDeleted(db, input.id, ctx, false);
