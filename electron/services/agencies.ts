import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import type { CommandParsedInput } from '../../shared/commands';
import type { Agency } from '../../shared/schemas/directory';
import { CommandError } from '../../shared/errors';
import { diffFields, writeAudit } from './audit';
import type { ServiceContext } from './context';
import { notFound, nullsToUndefined } from './rows';
import { setRowDeleted } from './soft-delete';

const SELECT = `
  SELECT a.id, a.name, a.short_name AS shortName, a.kind, a.province_code AS provinceCode,
         a.created_at AS createdAt, a.updated_at AS updatedAt, a.deleted_at AS deletedAt,
         (SELECT count(*) FROM officials o WHERE o.agency_id = a.id AND o.deleted_at IS NULL) AS officialCount
  FROM agencies a`;

type Row = Record<string, unknown> & { deletedAt: string | null };

function toAgency(row: Row): Agency {
  const { deletedAt, ...rest } = row;
  return { ...(nullsToUndefined(rest) as unknown as Agency), deletedAt };
}

function requireAgency(db: Db, id: string): Agency {
  const row = db.$client.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Row | undefined;
  return row ? toAgency(row) : notFound('cơ quan');
}

export function listAgencies(db: Db, input: CommandParsedInput<'agencies.list'>): Agency[] {
  const where = input.includeDeleted ? '' : 'WHERE a.deleted_at IS NULL';
  return (db.$client.prepare(`${SELECT} ${where} ORDER BY a.created_at, a.id`).all() as Row[]).map(toAgency);
}

export function createAgency(db: Db, input: CommandParsedInput<'agencies.create'>, ctx: ServiceContext): Agency {
  const id = newId();
  const now = ctx.now().toISOString();
  return db.$client.transaction(() => {
    db.$client
      .prepare('INSERT INTO agencies (id, name, short_name, kind, province_code, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, input.name, input.shortName ?? null, input.kind, input.provinceCode ?? null, now, now, ctx.actor);
    writeAudit(db, ctx, { action: 'create', entity: 'agency', entityId: id });
    return requireAgency(db, id);
  })();
}

export function updateAgency(db: Db, input: CommandParsedInput<'agencies.update'>, ctx: ServiceContext): Agency {
  return db.$client.transaction(() => {
    const before = requireAgency(db, input.id);
    db.$client
      .prepare('UPDATE agencies SET name = ?, short_name = ?, kind = ?, province_code = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(input.name, input.shortName ?? null, input.kind, input.provinceCode ?? null, ctx.now().toISOString(), ctx.actor, input.id);
    const after = requireAgency(db, input.id);
    writeAudit(db, ctx, { action: 'update', entity: 'agency', entityId: input.id, changes: diffFields(before, after) });
    return after;
  })();
}

function setDeleted(db: Db, id: string, ctx: ServiceContext, deleted: boolean): Agency {
  return db.$client.transaction(() => {
    const active = requireAgency(db, id).officialCount;
    if (deleted && active > 0) {
      throw new CommandError('CONFLICT', `Cơ quan còn ${active} cán bộ; hãy chuyển hoặc xóa các cán bộ này trước khi xóa cơ quan`);
    }
    setRowDeleted(db, ctx, { table: 'agencies', entity: 'agency', label: 'cơ quan', id }, deleted);
    return requireAgency(db, id);
  })();
}

export const removeAgency = (db: Db, input: { id: string }, ctx: ServiceContext) => setDeleted(db, input.id, ctx, true);
export const restoreAgency = (db: Db, input: { id: string }, ctx: ServiceContext) => setDeleted(db, input.id, ctx, false);
