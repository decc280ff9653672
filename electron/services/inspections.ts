import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import type { Catalogue } from '../../shared/catalogue/schema';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import type { Inspection, InspectionDetail, Minor } from '../../shared/schemas/inspection';
import { diffFields, writeAudit } from './audit';
import { currentVersion, loadCatalogue } from './catalogue';
import { loadCommitments } from './commitments';
import { todayInVietnam, type ServiceContext } from './context';
import { inspectionHead, requireEditableInspection } from './inspection-guard';
import { loadMinors, recomputeAges } from './minors';
import { notFound, nullsToUndefined } from './rows';
import { setRowDeleted } from './soft-delete';
import { loadViolations } from './violations';

const JSON_FIELDS = ['teamPresent', 'representatives', 'otherParticipants', 'documentsReviewed'] as const;

const SELECT = `
  SELECT i.id, i.plan_id AS planId, p.title AS planTitle, i.plan_target_id AS planTargetId, i.establishment_id AS establishmentId,
         e.name AS establishmentName, e.kind AS establishmentKind, i.catalogue_version AS catalogueVersion, i.number,
         i.inspection_date AS inspectionDate, i.start_time AS startTime, i.end_time AS endTime, i.place,
         i.team_present AS teamPresent, i.representatives, i.other_participants AS otherParticipants, i.documents_reviewed AS documentsReviewed,
         i.requests, i.employer_statement AS employerStatement, i.refused_to_sign AS refusedToSign, i.refusal_reason AS refusalReason,
         i.copies, i.status, i.finalised_at AS finalisedAt, i.finalised_by AS finalisedBy,
         i.created_at AS createdAt, i.updated_at AS updatedAt, i.deleted_at AS deletedAt,
         (SELECT count(*) FROM minors m WHERE m.inspection_id = i.id AND m.deleted_at IS NULL) AS minorCount,
         (SELECT count(*) FROM violations v WHERE v.inspection_id = i.id AND v.deleted_at IS NULL) AS violationCount
  FROM inspections i JOIN establishments e ON e.id = i.establishment_id LEFT JOIN plans p ON p.id = i.plan_id`;

type Row = Record<string, unknown> & { deletedAt: string | null; refusedToSign: number };

function toInspection(row: Row): Inspection {
  const { deletedAt, ...rest } = row;
  const out = nullsToUndefined(rest) as Record<string, unknown>;
  for (const f of JSON_FIELDS) out[f] = JSON.parse(row[f] as string);
  return { ...(out as unknown as Inspection), refusedToSign: row.refusedToSign === 1, deletedAt };
}

export function requireInspection(db: Db, id: string): Inspection {
  const row = db.$client.prepare(`${SELECT} WHERE i.id = ?`).get(id) as Row | undefined;
  return row ? toInspection(row) : notFound('cuộc kiểm tra');
}

/** Checklist rows of the inspection's catalogue version; an item applies when one of the minors found is in its age bands. */
function checklistRows(db: Db, inspectionId: string, catalogue: Catalogue, minors: Minor[]) {
  const results = new Map(
    (db.$client.prepare('SELECT item_code AS itemCode, result, note FROM checklist_results WHERE inspection_id = ? AND deleted_at IS NULL').all(inspectionId) as {
      itemCode: string;
      result: InspectionDetail['checklist'][number]['result'];
      note: string | null;
    }[]).map((r) => [r.itemCode, r]),
  );
  const bands = new Set(minors.map((m) => m.ageBand));
  return catalogue.checklistItems.map((item) => {
    const stored = results.get(item.code);
    return {
      itemCode: item.code,
      title: item.title,
      legalReference: item.legalReference,
      verified: item.verified,
      applies: bands.size === 0 || item.ageBands.some((b) => bands.has(b)),
      result: stored?.result ?? 'not_checked',
      note: stored?.note ?? undefined,
    };
  });
}

function teamNames(db: Db, inspection: Inspection) {
  const find = db.$client.prepare(
    'SELECT o.full_name AS fullName, o.position, a.name AS agencyName FROM officials o JOIN agencies a ON a.id = o.agency_id WHERE o.id = ?',
  );
  return inspection.teamPresent.map((m) => {
    const o = find.get(m.officialId) as { fullName: string; position: string | null; agencyName: string };
    return { officialId: m.officialId, role: m.role, fullName: o.fullName, position: o.position ?? undefined, agencyName: o.agencyName };
  });
}

export function inspectionDetail(db: Db, id: string, ctx: ServiceContext): InspectionDetail {
  const inspection = requireInspection(db, id);
  const catalogue = loadCatalogue(db, inspection.catalogueVersion);
  const minors = loadMinors(db, id, inspection.inspectionDate);
  const amendments = (
    db.$client
      .prepare('SELECT id, reason, opened_at AS openedAt, opened_by AS openedBy, closed_at AS closedAt FROM inspection_amendments WHERE inspection_id = ? ORDER BY opened_at')
      .all(id) as Record<string, unknown>[]
  ).map((a) => nullsToUndefined(a) as unknown as InspectionDetail['amendments'][number]);
  return {
    inspection,
    checklist: checklistRows(db, id, catalogue, minors),
    minors,
    violations: loadViolations(db, id, catalogue),
    commitments: loadCommitments(db, id, todayInVietnam(ctx)),
    amendments,
    teamPresentNames: teamNames(db, inspection),
  };
}

type Fields = Omit<CommandParsedInput<'inspections.update'>, 'id'>;

function checkTeam(db: Db, fields: Fields): void {
  const exists = db.$client.prepare('SELECT 1 FROM officials WHERE id = ? AND deleted_at IS NULL');
  fields.teamPresent.forEach((m, i) => {
    if (!exists.get(m.officialId)) {
      throw new CommandError('VALIDATION', 'Cán bộ không có trong danh bạ', [{ path: ['teamPresent', i, 'officialId'], message: 'Cán bộ không có trong danh bạ' }]);
    }
  });
  if (fields.teamPresent.filter((m) => m.role === 'leader').length > 1) {
    throw new CommandError('VALIDATION', 'Chỉ có một Trưởng đoàn', [{ path: ['teamPresent'], message: 'Chỉ có một Trưởng đoàn' }]);
  }
}

const values = (f: Fields) => [
  f.number ?? null, f.inspectionDate, f.startTime ?? null, f.endTime ?? null, f.place ?? null, JSON.stringify(f.teamPresent),
  JSON.stringify(f.representatives), JSON.stringify(f.otherParticipants), JSON.stringify(f.documentsReviewed), f.requests ?? null,
  f.employerStatement ?? null, Number(f.refusedToSign), f.refusalReason ?? null, f.copies,
];

/** Starts a record from a plan target (establishment, plan and team taken from the plan) or ad hoc. */
export function createInspection(db: Db, input: CommandParsedInput<'inspections.create'>, ctx: ServiceContext): InspectionDetail {
  return db.$client.transaction(() => {
    const sqlite = db.$client;
    let establishmentId = input.establishmentId;
    let planId: string | null = null;
    let teamPresent = input.teamPresent;
    if (input.planTargetId) {
      const target = sqlite
        .prepare('SELECT plan_id AS planId, establishment_id AS establishmentId FROM plan_targets WHERE id = ? AND deleted_at IS NULL')
        .get(input.planTargetId) as { planId: string; establishmentId: string } | undefined;
      if (!target) throw new CommandError('VALIDATION', 'Không tìm thấy cơ sở trong kế hoạch', [{ path: ['planTargetId'], message: 'Không tìm thấy cơ sở trong kế hoạch' }]);
      establishmentId = target.establishmentId;
      planId = target.planId;
      if (teamPresent.length === 0) {
        teamPresent = (sqlite.prepare('SELECT official_id AS officialId, role FROM plan_members WHERE plan_id = ? AND deleted_at IS NULL ORDER BY sort_order').all(planId) as Fields['teamPresent']);
      }
    }
    const establishment = sqlite.prepare('SELECT address FROM establishments WHERE id = ? AND deleted_at IS NULL').get(establishmentId!) as { address: string | null } | undefined;
    if (!establishment) throw new CommandError('VALIDATION', 'Cơ sở không có trong danh sách (hoặc đã bị xóa)', [{ path: ['establishmentId'], message: 'Cơ sở không có trong danh sách' }]);
    const fields: Fields = { ...input, teamPresent, place: input.place ?? establishment.address ?? undefined };
    checkTeam(db, fields);
    const id = newId();
    const now = ctx.now().toISOString();
    sqlite
      .prepare(
        `INSERT INTO inspections (number, inspection_date, start_time, end_time, place, team_present, representatives, other_participants,
          documents_reviewed, requests, employer_statement, refused_to_sign, refusal_reason, copies,
          id, plan_id, plan_target_id, establishment_id, catalogue_version, status, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)`,
      )
      .run(...values(fields), id, planId, input.planTargetId ?? null, establishmentId!, currentVersion(db, input.inspectionDate), now, now, ctx.actor);
    writeAudit(db, ctx, { action: 'create', entity: 'inspection', entityId: id });
    return inspectionDetail(db, id, ctx);
  })();
}

export function updateInspection(db: Db, input: CommandParsedInput<'inspections.update'>, ctx: ServiceContext): InspectionDetail {
  const { id, ...fields } = input;
  return db.$client.transaction(() => {
    requireEditableInspection(db, id);
    const before = requireInspection(db, id);
    checkTeam(db, fields);
    db.$client
      .prepare(
        `UPDATE inspections SET number = ?, inspection_date = ?, start_time = ?, end_time = ?, place = ?, team_present = ?, representatives = ?,
          other_participants = ?, documents_reviewed = ?, requests = ?, employer_statement = ?, refused_to_sign = ?, refusal_reason = ?, copies = ?,
          updated_at = ?, updated_by = ? WHERE id = ?`,
      )
      .run(...values(fields), ctx.now().toISOString(), ctx.actor, id);
    if (fields.inspectionDate !== before.inspectionDate) recomputeAges(db, id, fields.inspectionDate);
    const after = requireInspection(db, id);
    const flat = (i: Inspection) => ({ ...i, ...Object.fromEntries(JSON_FIELDS.map((f) => [f, JSON.stringify(i[f])])) });
    writeAudit(db, ctx, { action: 'update', entity: 'inspection', entityId: id, changes: diffFields(flat(before), flat(after)) });
    return inspectionDetail(db, id, ctx);
  })();
}

export function setChecklist(db: Db, input: CommandParsedInput<'inspections.setChecklist'>, ctx: ServiceContext): InspectionDetail {
  return db.$client.transaction(() => {
    const head = requireEditableInspection(db, input.inspectionId);
    const known = new Set(loadCatalogue(db, head.catalogueVersion).checklistItems.map((i) => i.code));
    const now = ctx.now().toISOString();
    const upsert = db.$client.prepare(
      `INSERT INTO checklist_results (id, inspection_id, item_code, result, note, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(inspection_id, item_code) DO UPDATE SET result = excluded.result, note = excluded.note, updated_at = excluded.updated_at,
         updated_by = excluded.updated_by, deleted_at = NULL`,
    );
    input.items.forEach((item, i) => {
      if (!known.has(item.itemCode)) {
        throw new CommandError('VALIDATION', `Mục kiểm tra ${item.itemCode} không có trong danh mục`, [{ path: ['items', i, 'itemCode'], message: 'Không có trong danh mục' }]);
      }
      upsert.run(newId(), input.inspectionId, item.itemCode, item.result, item.note ?? null, now, now, ctx.actor);
    });
    writeAudit(db, ctx, { action: 'update', entity: 'inspection', entityId: input.inspectionId, changes: { checklist: input.items.map((i) => `${i.itemCode}=${i.result}`) } });
    return inspectionDetail(db, input.inspectionId, ctx);
  })();
}

/** Locks the record (draft → finalised, or closes an amendment). */
export function finaliseInspection(db: Db, input: { id: string }, ctx: ServiceContext): InspectionDetail {
  return db.$client.transaction(() => {
    const head = requireEditableInspection(db, input.id);
    const inspection = requireInspection(db, input.id);
    if (inspection.teamPresent.length === 0) throw new CommandError('VALIDATION', 'Chưa ghi thành viên đoàn có mặt', [{ path: ['teamPresent'], message: 'Chưa ghi thành viên đoàn có mặt' }]);
    if (inspection.representatives.length === 0 && !inspection.refusedToSign) {
      throw new CommandError('VALIDATION', 'Chưa ghi đại diện cơ sở được kiểm tra', [{ path: ['representatives'], message: 'Chưa ghi đại diện cơ sở được kiểm tra' }]);
    }
    const now = ctx.now().toISOString();
    db.$client.prepare("UPDATE inspections SET status = 'finalised', finalised_at = ?, finalised_by = ?, updated_at = ?, updated_by = ? WHERE id = ?").run(now, ctx.actor, now, ctx.actor, input.id);
    if (head.status === 'amending') db.$client.prepare('UPDATE inspection_amendments SET closed_at = ? WHERE inspection_id = ? AND closed_at IS NULL').run(now, input.id);
    writeAudit(db, ctx, { action: 'update', entity: 'inspection', entityId: input.id, changes: { status: { from: head.status, to: 'finalised' } } });
    return inspectionDetail(db, input.id, ctx);
  })();
}

/** Reopens a finalised record for a correction; the reason is kept with the record. */
export function amendInspection(db: Db, input: CommandParsedInput<'inspections.amend'>, ctx: ServiceContext): InspectionDetail {
  return db.$client.transaction(() => {
    const head = inspectionHead(db, input.id);
    if (head.status !== 'finalised') throw new CommandError('CONFLICT', 'Chỉ lập bản sửa đổi cho biên bản đã hoàn tất');
    const now = ctx.now().toISOString();
    db.$client.prepare('INSERT INTO inspection_amendments (id, inspection_id, reason, opened_at, opened_by) VALUES (?, ?, ?, ?, ?)').run(newId(), input.id, input.reason, now, ctx.actor);
    db.$client.prepare("UPDATE inspections SET status = 'amending', updated_at = ?, updated_by = ? WHERE id = ?").run(now, ctx.actor, input.id);
    writeAudit(db, ctx, { action: 'update', entity: 'inspection', entityId: input.id, changes: { status: { from: 'finalised', to: 'amending' } }, note: input.reason });
    return inspectionDetail(db, input.id, ctx);
  })();
}

export function listInspections(db: Db, input: CommandParsedInput<'inspections.list'>): Inspection[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (!input.includeDeleted) where.push('i.deleted_at IS NULL');
  if (input.establishmentId) add('i.establishment_id = ?', input.establishmentId);
  if (input.planId) add('i.plan_id = ?', input.planId);
  if (input.status === 'done') where.push("i.status IN ('finalised', 'amending')");
  else if (input.status) add('i.status = ?', input.status);
  if (input.provinceCode) add('e.province_code = ?', input.provinceCode);
  if (input.from) add('i.inspection_date >= ?', input.from);
  if (input.to) add('i.inspection_date <= ?', input.to);
  const rows = db.$client.prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.inspection_date DESC, i.created_at DESC`).all(...params) as Row[];
  return rows.map(toInspection);
}

export const getInspection = (db: Db, input: { id: string }, ctx: ServiceContext) => inspectionDetail(db, input.id, ctx);

function setDeleted(db: Db, id: string, ctx: ServiceContext, deleted: boolean): Inspection {
  return db.$client.transaction(() => {
    if (deleted && inspectionHead(db, id).status !== 'draft') throw new CommandError('CONFLICT', 'Chỉ xóa được cuộc kiểm tra đang ở dạng dự thảo');
    setRowDeleted(db, ctx, { table: 'inspections', entity: 'inspection', label: 'cuộc kiểm tra', id }, deleted);
    return requireInspection(db, id);
  })();
}

export const removeInspection = (db: Db, input: { id: string }, ctx: ServiceContext) => setDeleted(db, input.id, ctx, true);
export const restoreInspection = (db: Db, input: { id: string }, ctx: ServiceContext) => setDeleted(db, input.id, ctx, false);
