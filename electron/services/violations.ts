import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import type { Catalogue, ViolationType } from '../../shared/catalogue/schema';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import { fineBracketFor, finedAsOrganisation, proposedFine } from '../../shared/minors/fines';
import { suggestViolations as suggestForMinor } from '../../shared/minors/suggest-violations';
import type { EstablishmentKind } from '../../shared/schemas/establishment';
import type { Violation, ViolationSuggestion } from '../../shared/schemas/inspection';
import { vndInWords } from '../../shared/text/vnd-words';
import { diffFields, writeAudit } from './audit';
import { loadCatalogue } from './catalogue';
import type { ServiceContext } from './context';
import { inspectionHead, requireEditableInspection, type InspectionHead } from './inspection-guard';
import { loadMinors } from './minors';
import { notFound, nullsToUndefined } from './rows';
import { markDeleted } from './soft-delete';

/** Agencies whose officials may make an administrative-violation record (legal-reference §4.3, to verify). */
const RECORD_MAKING_AGENCIES = new Set(['labour', 'commune_committee']);

function invalid(field: string, message: string): never {
  throw new CommandError('VALIDATION', message, [{ path: [field], message }]);
}

function violationType(catalogue: Catalogue, code: string): ViolationType {
  const type = catalogue.violationTypes.find((t) => t.code === code);
  if (!type) invalid('typeCode', `Hành vi ${code} không có trong danh mục phiên bản ${catalogue.version}`);
  return type;
}

const SELECT = `SELECT v.id, v.inspection_id AS inspectionId, v.type_code AS typeCode, v.facts, v.fine_min AS fineMin, v.fine_max AS fineMax,
  v.proposed_fine AS proposedFine, v.fined_as_organisation AS finedAsOrganisation, v.remedial_request AS remedialRequest,
  v.record_made AS recordMade, v.recorded_by_official_id AS recordedByOfficialId, o.full_name AS recordedByName, v.origin,
  v.created_at AS createdAt, v.updated_at AS updatedAt, v.deleted_at AS deletedAt,
  (SELECT json_group_array(minor_id) FROM violation_minors vm WHERE vm.violation_id = v.id) AS minorIds
  FROM violations v LEFT JOIN officials o ON o.id = v.recorded_by_official_id`;

type Row = Record<string, unknown> & { deletedAt: string | null; minorIds: string; typeCode: string; finedAsOrganisation: number; recordMade: number; proposedFine: number };

function toViolation(row: Row, catalogue: Catalogue): Violation {
  const { deletedAt, minorIds, ...rest } = row;
  const type = catalogue.violationTypes.find((t) => t.code === row.typeCode);
  return {
    ...(nullsToUndefined(rest) as unknown as Violation),
    minorIds: JSON.parse(minorIds) as string[],
    finedAsOrganisation: row.finedAsOrganisation === 1,
    recordMade: row.recordMade === 1,
    title: type?.title ?? row.typeCode,
    summary: type?.summary ?? row.typeCode,
    legalReference: type?.legalReference ?? '',
    verified: type?.verified ?? false,
    proposedFineInWords: vndInWords(row.proposedFine),
    deletedAt,
  };
}

export function loadViolations(db: Db, inspectionId: string, catalogue: Catalogue): Violation[] {
  const rows = db.$client.prepare(`${SELECT} WHERE v.inspection_id = ? AND v.deleted_at IS NULL ORDER BY v.type_code, v.created_at`).all(inspectionId) as Row[];
  return rows.map((r) => toViolation(r, catalogue));
}

type ViolationFields = Omit<CommandParsedInput<'violations.update'>, 'id'>;

/** Checks the facts that need the database and returns the fine bracket that applies. */
function checkViolation(db: Db, head: InspectionHead, catalogue: Catalogue, input: ViolationFields) {
  const type = violationType(catalogue, input.typeCode);
  const kind = head.establishmentKind as EstablishmentKind;
  const bracket = fineBracketFor(type, kind);
  const fine = input.proposedFine ?? proposedFine(type, kind);
  if (fine < bracket.min || fine > bracket.max) {
    invalid('proposedFine', `Mức phạt đề xuất phải trong khung ${bracket.min.toLocaleString('vi-VN')} – ${bracket.max.toLocaleString('vi-VN')} đồng`);
  }
  const minorIds = new Set(loadMinors(db, head.id, head.inspectionDate).map((m) => m.id));
  input.minorIds.forEach((id, i) => {
    if (!minorIds.has(id)) throw new CommandError('VALIDATION', 'Người lao động chưa thành niên không thuộc cuộc kiểm tra này', [{ path: ['minorIds', i], message: 'Không thuộc cuộc kiểm tra này' }]);
  });
  if (input.recordMade) {
    if (!input.recordedByOfficialId) invalid('recordedByOfficialId', 'Chọn thành viên đoàn lập biên bản vi phạm hành chính');
    const present = db.$client
      .prepare(
        `SELECT a.kind, j.value ->> 'role' AS role FROM inspections i, json_each(i.team_present) j
         JOIN officials o ON o.id = j.value ->> 'officialId' JOIN agencies a ON a.id = o.agency_id
         WHERE i.id = ? AND o.id = ?`,
      )
      .get(head.id, input.recordedByOfficialId) as { kind: string; role: string } | undefined;
    if (!present) invalid('recordedByOfficialId', 'Người lập biên bản phải là thành viên đoàn có mặt tại buổi kiểm tra');
    if (!RECORD_MAKING_AGENCIES.has(present.kind) && present.role !== 'leader') {
      invalid('recordedByOfficialId', 'Thành viên này không có thẩm quyền lập biên bản vi phạm hành chính (chỉ Trưởng đoàn, công chức ngành lao động hoặc UBND xã — cần xác minh)');
    }
  }
  return { bracket, fine, organisation: finedAsOrganisation(kind) };
}

function writeMinors(db: Db, violationId: string, minorIds: string[]): void {
  db.$client.prepare('DELETE FROM violation_minors WHERE violation_id = ?').run(violationId);
  const insert = db.$client.prepare('INSERT INTO violation_minors (violation_id, minor_id) VALUES (?, ?)');
  for (const id of new Set(minorIds)) insert.run(violationId, id);
}

function requireViolationRow(db: Db, id: string): { row: Row; inspectionId: string } {
  const row = db.$client.prepare(`${SELECT} WHERE v.id = ? AND v.deleted_at IS NULL`).get(id) as (Row & { inspectionId: string }) | undefined;
  if (!row) notFound('hành vi vi phạm');
  return { row, inspectionId: row.inspectionId };
}

export function createViolation(db: Db, input: CommandParsedInput<'violations.create'>, ctx: ServiceContext): Violation {
  return db.$client.transaction(() => {
    const head = requireEditableInspection(db, input.inspectionId);
    const catalogue = loadCatalogue(db, head.catalogueVersion);
    const { bracket, fine, organisation } = checkViolation(db, head, catalogue, input);
    const id = newId();
    const now = ctx.now().toISOString();
    db.$client
      .prepare(
        `INSERT INTO violations (id, inspection_id, type_code, facts, fine_min, fine_max, proposed_fine, fined_as_organisation, remedial_request,
          record_made, recorded_by_official_id, origin, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, head.id, input.typeCode, input.facts ?? null, bracket.min, bracket.max, fine, Number(organisation), input.remedialRequest ?? null,
        Number(input.recordMade), input.recordMade ? input.recordedByOfficialId! : null, input.origin, now, now, ctx.actor);
    writeMinors(db, id, input.minorIds);
    writeAudit(db, ctx, { action: 'create', entity: 'violation', entityId: id, note: input.typeCode });
    return toViolation(requireViolationRow(db, id).row, catalogue);
  })();
}

export function updateViolation(db: Db, input: CommandParsedInput<'violations.update'>, ctx: ServiceContext): Violation {
  return db.$client.transaction(() => {
    const { row: before, inspectionId } = requireViolationRow(db, input.id);
    const head = requireEditableInspection(db, inspectionId);
    const catalogue = loadCatalogue(db, head.catalogueVersion);
    const { bracket, fine, organisation } = checkViolation(db, head, catalogue, input);
    db.$client
      .prepare(
        `UPDATE violations SET type_code = ?, facts = ?, fine_min = ?, fine_max = ?, proposed_fine = ?, fined_as_organisation = ?, remedial_request = ?,
          record_made = ?, recorded_by_official_id = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
      )
      .run(input.typeCode, input.facts ?? null, bracket.min, bracket.max, fine, Number(organisation), input.remedialRequest ?? null,
        Number(input.recordMade), input.recordMade ? input.recordedByOfficialId! : null, ctx.now().toISOString(), ctx.actor, input.id);
    writeMinors(db, input.id, input.minorIds);
    const after = requireViolationRow(db, input.id).row;
    writeAudit(db, ctx, { action: 'update', entity: 'violation', entityId: input.id, changes: diffFields(before, after) });
    return toViolation(after, catalogue);
  })();
}

export function removeViolation(db: Db, input: { id: string }, ctx: ServiceContext): { id: string } {
  return db.$client.transaction(() => {
    const { inspectionId } = requireViolationRow(db, input.id);
    requireEditableInspection(db, inspectionId);
    markDeleted(db, ctx, { table: 'violations', entity: 'violation', id: input.id });
    return { id: input.id };
  })();
}

/**
 * Violations implied by the facts recorded for each minor, grouped by catalogue code, leaving out
 * minors already covered by a recorded violation of that code and suggestions the inspector dismissed.
 */
export function suggestViolations(db: Db, input: { inspectionId: string }): ViolationSuggestion[] {
  const head = inspectionHead(db, input.inspectionId);
  const catalogue = loadCatalogue(db, head.catalogueVersion);
  const kind = head.establishmentKind as EstablishmentKind;
  const covered = new Set(
    (db.$client
      .prepare(
        `SELECT v.type_code || '|' || vm.minor_id AS key FROM violations v JOIN violation_minors vm ON vm.violation_id = v.id
         WHERE v.inspection_id = ? AND v.deleted_at IS NULL
         UNION SELECT type_code || '|' || minor_id FROM dismissed_suggestions WHERE inspection_id = ?`,
      )
      .all(head.id, head.id) as { key: string }[]).map((r) => r.key),
  );
  const byCode = new Map<string, ViolationSuggestion>();
  for (const minor of loadMinors(db, head.id, head.inspectionDate)) {
    const facts = { ...minor, age: minor.ageAtInspection, ageEstimated: minor.ageEstimated };
    for (const s of suggestForMinor(facts, kind, catalogue)) {
      if (covered.has(`${s.code}|${minor.id}`)) continue;
      const type = violationType(catalogue, s.code);
      const entry = byCode.get(s.code) ?? {
        typeCode: s.code,
        summary: type.summary,
        legalReference: type.legalReference,
        minorIds: [],
        reasons: [],
        ...(({ min, max }) => ({ fineMin: min, fineMax: max }))(fineBracketFor(type, kind)),
        proposedFine: proposedFine(type, kind),
        verified: type.verified,
      };
      entry.minorIds.push(minor.id);
      entry.reasons.push(s.reason);
      byCode.set(s.code, entry);
    }
  }
  return [...byCode.values()].sort((a, b) => a.typeCode.localeCompare(b.typeCode));
}

export function dismissSuggestion(db: Db, input: CommandParsedInput<'violations.dismiss'>, ctx: ServiceContext): { dismissed: number } {
  return db.$client.transaction(() => {
    requireEditableInspection(db, input.inspectionId);
    const insert = db.$client.prepare(
      'INSERT INTO dismissed_suggestions (inspection_id, minor_id, type_code, at, actor) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    let dismissed = 0;
    for (const minorId of input.minorIds) dismissed += insert.run(input.inspectionId, minorId, input.typeCode, ctx.now().toISOString(), ctx.actor).changes;
    writeAudit(db, ctx, { action: 'update', entity: 'inspection', entityId: input.inspectionId, note: `Bỏ qua gợi ý ${input.typeCode}` });
    return { dismissed };
  })();
}
