/**
 * The access log of children's data (issue 9, security.md): every view of a record that shows
 * children's identities is written to the audit trail (who, when, which record, how many
 * children), beside the exports of child details and the retention purges; the admin reads
 * them with `audit.childAccess`. Entries never hold a child's name.
 */
import { and, count, desc, eq, gt, gte, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, establishments, inspections } from '../../db/schema';
import type { CommandParsedInput } from '../../shared/commands';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { ChildAccessEntry, ChildAccessKind } from '../../shared/schemas/privacy';
import type { ChildDataBasis } from '../../shared/schemas/report';
import { writeAudit } from './audit';
import type { ServiceContext } from './context';
import { recordHistory } from './history';

/** Opening the same record again within this time (a reload, a refetch after an edit) is the same view. */
export const VIEW_WINDOW_MS = 10 * 60_000;

export type ChildView = { inspectionId: string; count: number; via: 'record' | 'history' | 'case' };

const VIEW_WHAT: Record<ChildView['via'], string> = {
  record: 'hồ sơ có',
  history: 'lịch sử thay đổi có',
  case: 'hồ sơ theo dõi trẻ em có',
};

/** Logs that the acting user was shown `count` children's identities of an inspection. */
export function logChildView(db: Db, ctx: ServiceContext, view: ChildView): void {
  if (view.count === 0) return;
  const since = new Date(ctx.now().getTime() - VIEW_WINDOW_MS).toISOString();
  const sameUser = ctx.userId ? eq(auditLog.userId, ctx.userId) : and(isNull(auditLog.userId), eq(auditLog.actor, ctx.actor));
  const recent = db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'inspection'), eq(auditLog.entityId, view.inspectionId), eq(auditLog.action, 'view_children'), sameUser, gt(auditLog.at, since)))
    .limit(1)
    .get();
  if (recent) return;
  writeAudit(db, ctx, {
    action: 'view_children',
    entity: 'inspection',
    entityId: view.inspectionId,
    changes: { count: view.count, via: view.via },
    note: `${ctx.actor} xem ${VIEW_WHAT[view.via]} thông tin cá nhân của ${view.count} người chưa thành niên`,
  });
}

/** `history.list`: an inspection's history holds its minors' names and dates of birth, so showing it is a view. */
export function historyWithAccessLog(db: Db, input: CommandParsedInput<'history.list'>, ctx: ServiceContext): HistoryEntry[] {
  const entries = recordHistory(db, input);
  if (input.entity === 'inspection') {
    const children = new Set(entries.filter((e) => e.table === 'minors').map((e) => e.rowId));
    logChildView(db, ctx, { inspectionId: input.id, count: children.size, via: 'history' });
  }
  return entries;
}

// ---- reading the log (admin) --------------------------------------------------------------

const KIND_OF: Record<string, ChildAccessKind> = { view_children: 'view', export: 'export', purge: 'purge' };

/** Views of inspections, and exports and purges of minors' data. */
const whereKind = (kind?: ChildAccessKind): SQL => {
  const views = eq(auditLog.action, 'view_children');
  const ofMinors = (action: string) => and(eq(auditLog.entity, 'minor'), eq(auditLog.action, action))!;
  if (kind === 'view') return views;
  if (kind) return ofMinors(kind);
  return or(views, and(eq(auditLog.entity, 'minor'), inArray(auditLog.action, ['export', 'purge'])))!;
};

/** Midnight of a day in Viet Nam (UTC+7), as the ISO instant stored in `at`. */
const vietnamMidnight = (isoDate: string, addDays = 0): string => new Date(Date.parse(`${isoDate}T00:00:00+07:00`) + addDays * 86_400_000).toISOString();

type Changes = { count?: number; via?: string; legalBasis?: ChildDataBasis; fileName?: string; minors?: number } | null;

export function listChildAccess(db: Db, input: CommandParsedInput<'audit.childAccess'>): { entries: ChildAccessEntry[]; total: number } {
  const where = and(
    whereKind(input.kind),
    input.from ? gte(auditLog.at, vietnamMidnight(input.from)) : undefined,
    input.to ? lt(auditLog.at, vietnamMidnight(input.to, 1)) : undefined,
    input.userId ? eq(auditLog.userId, input.userId) : undefined,
  );
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actor: auditLog.actor,
      userId: auditLog.userId,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      changes: auditLog.changes,
      note: auditLog.note,
      inspectionDate: inspections.inspectionDate,
      establishmentName: establishments.name,
    })
    .from(auditLog)
    .leftJoin(inspections, and(eq(auditLog.entity, 'inspection'), eq(inspections.id, auditLog.entityId)))
    .leftJoin(establishments, eq(establishments.id, inspections.establishmentId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const entries = rows.map((r): ChildAccessEntry => {
    const facts = r.changes as Changes;
    const count = facts?.count ?? facts?.minors;
    return {
      id: r.id,
      at: r.at,
      actor: r.actor,
      ...(r.userId ? { userId: r.userId } : {}),
      kind: KIND_OF[r.action]!,
      ...(count !== undefined ? { count } : {}),
      ...(r.entity === 'inspection' && r.entityId
        ? { inspection: { id: r.entityId, ...(r.establishmentName ? { establishmentName: r.establishmentName } : {}), ...(r.inspectionDate ? { inspectionDate: r.inspectionDate } : {}) } }
        : {}),
      ...(facts?.via ? { via: facts.via } : {}),
      ...(facts?.legalBasis ? { legalBasis: facts.legalBasis } : {}),
      ...(facts?.fileName ? { fileName: facts.fileName } : {}),
      ...(r.note ? { note: r.note } : {}),
    };
  });
  return { entries, total };
}
