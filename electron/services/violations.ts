import { and, asc, eq, getTableColumns, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { stableId } from '../../db/ids';
import { agencies, dismissedSuggestions, inspectionTeamMembers, minors, officials, violationMinors, violations } from '../../db/schema';
import { checkVersion, deleteRow, insertRow, patchRow, touchRow, upsertRow, writeTx } from '../../db/write-path';
import type { Catalogue, ViolationType } from '../../shared/catalogue/schema';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import { fineBracketFor, finedAsOrganisation, proposedFine } from '../../shared/minors/fines';
import { suggestViolations as suggestForMinor } from '../../shared/minors/suggest-violations';
import type { EstablishmentKind } from '../../shared/schemas/establishment';
import type { Violation, ViolationSuggestion } from '../../shared/schemas/inspection';
import { sentFields } from '../../shared/schemas/patch';
import { vndInWords } from '../../shared/text/vnd-words';
import { loadCatalogue } from './catalogue';
import { markBreaches, markedItemsByViolation, releaseBreaches, violationBreaches } from './checklist';
import type { ServiceContext } from './context';
import { inspectionHead, requireEditableInspection, type InspectionHead } from './inspection-guard';
import { loadMinors } from './minors';
import { invalid, notFound, nullsToUndefined, recordMeta } from './rows';

const WHAT = 'hành vi vi phạm';

/** Agencies whose officials may make an administrative-violation record (legal-reference §4.3, to verify). */
const RECORD_MAKING_AGENCIES = new Set(['labour', 'commune_committee']);

function violationType(catalogue: Catalogue, code: string): ViolationType {
  const type = catalogue.violationTypes.find((t) => t.code === code);
  if (!type) invalid('typeCode', `Hành vi ${code} không có trong danh mục phiên bản ${catalogue.version}`);
  return type;
}

type ViolationRow = typeof violations.$inferSelect & { recordedByName: string | null };

function selectViolations(db: Db) {
  return db
    .select({ ...getTableColumns(violations), recordedByName: officials.fullName })
    .from(violations)
    .leftJoin(officials, eq(officials.id, violations.recordedByOfficialId));
}

/** Live links to live minors, in the order the minors were recorded. */
function linkedMinors(db: Db, violationIds: string[]): Map<string, string[]> {
  const byViolation = new Map<string, string[]>();
  if (violationIds.length === 0) return byViolation;
  const links = db
    .select({ violationId: violationMinors.violationId, minorId: violationMinors.minorId })
    .from(violationMinors)
    .innerJoin(minors, eq(minors.id, violationMinors.minorId))
    .where(and(inArray(violationMinors.violationId, violationIds), isNull(violationMinors.deletedAt), isNull(minors.deletedAt)))
    .orderBy(asc(minors.createdAt), asc(minors.id))
    .all();
  for (const l of links) byViolation.set(l.violationId, [...(byViolation.get(l.violationId) ?? []), l.minorId]);
  return byViolation;
}

function toViolation(row: ViolationRow, minorIds: string[], catalogue: Catalogue, checklistItems: string[]): Violation {
  const { deviceId: _d, updatedBy: _u, createdAt, updatedAt, deletedAt, version, origin, ...facts } = row;
  const type = catalogue.violationTypes.find((t) => t.code === row.typeCode);
  return {
    ...nullsToUndefined(facts),
    origin: origin as Violation['origin'],
    minorIds,
    title: type?.title ?? row.typeCode,
    summary: type?.summary ?? row.typeCode,
    legalReference: type?.legalReference ?? '',
    verified: type?.verified ?? false,
    proposedFineInWords: vndInWords(row.proposedFine),
    checklistItems,
    ...recordMeta({ createdAt, updatedAt, deletedAt, version }),
  } as Violation;
}

export function loadViolations(db: Db, inspectionId: string, catalogue: Catalogue): Violation[] {
  const rows = selectViolations(db)
    .where(and(eq(violations.inspectionId, inspectionId), isNull(violations.deletedAt)))
    .orderBy(asc(violations.typeCode), asc(violations.createdAt))
    .all();
  const links = linkedMinors(
    db,
    rows.map((r) => r.id),
  );
  const marked = markedItemsByViolation(db, inspectionId, catalogue);
  return rows.map((r) => toViolation(r, links.get(r.id) ?? [], catalogue, marked.get(r.id) ?? []));
}

function requireViolation(db: Db, id: string): ViolationRow {
  return (
    selectViolations(db)
      .where(and(eq(violations.id, id), isNull(violations.deletedAt)))
      .get() ?? notFound(WHAT)
  );
}

function violationOf(db: Db, id: string, catalogue: Catalogue): Violation {
  const row = requireViolation(db, id);
  return toViolation(row, linkedMinors(db, [id]).get(id) ?? [], catalogue, markedItemsByViolation(db, row.inspectionId, catalogue).get(id) ?? []);
}

interface ViolationFacts {
  typeCode: string;
  proposedFine?: number | null;
  recordMade: boolean;
  recordedByOfficialId?: string | null;
}

/** Checks the facts that need the database and returns the fine bracket that applies. */
function checkViolation(db: Db, head: InspectionHead, catalogue: Catalogue, input: ViolationFacts, minorIds: string[] | undefined) {
  const type = violationType(catalogue, input.typeCode);
  const kind = head.establishmentKind as EstablishmentKind;
  const bracket = fineBracketFor(type, kind);
  const fine = input.proposedFine ?? proposedFine(type, kind);
  if (fine < bracket.min || fine > bracket.max) {
    invalid('proposedFine', `Mức phạt đề xuất phải trong khung ${bracket.min.toLocaleString('vi-VN')} – ${bracket.max.toLocaleString('vi-VN')} đồng`);
  }
  if (minorIds) {
    const known = new Set(loadMinors(db, head.id, head.inspectionDate).map((m) => m.id));
    minorIds.forEach((id, i) => {
      if (!known.has(id)) throw new CommandError('VALIDATION', 'Người lao động chưa thành niên không thuộc cuộc kiểm tra này', [{ path: ['minorIds', i], message: 'Không thuộc cuộc kiểm tra này' }]);
    });
  }
  if (input.recordMade) {
    if (!input.recordedByOfficialId) invalid('recordedByOfficialId', 'Chọn thành viên đoàn lập biên bản vi phạm hành chính');
    const present = db
      .select({ kind: agencies.kind, role: inspectionTeamMembers.role })
      .from(inspectionTeamMembers)
      .innerJoin(officials, eq(officials.id, inspectionTeamMembers.officialId))
      .innerJoin(agencies, eq(agencies.id, officials.agencyId))
      .where(and(eq(inspectionTeamMembers.inspectionId, head.id), eq(inspectionTeamMembers.officialId, input.recordedByOfficialId), isNull(inspectionTeamMembers.deletedAt)))
      .get();
    if (!present) invalid('recordedByOfficialId', 'Người lập biên bản phải là thành viên đoàn có mặt tại buổi kiểm tra');
    if (!RECORD_MAKING_AGENCIES.has(present.kind) && present.role !== 'leader') {
      invalid('recordedByOfficialId', 'Thành viên này không có thẩm quyền lập biên bản vi phạm hành chính (chỉ Trưởng đoàn, công chức ngành lao động hoặc UBND xã — cần xác minh)');
    }
  }
  return { bracket, fine, organisation: finedAsOrganisation(kind) };
}

/**
 * Sets which minors a violation concerns: a link per pair (deterministic id), revived if it was
 * removed, tombstoned when the minor is no longer listed. Answers whether anything changed.
 */
function setLinks(db: Db, ctx: ServiceContext, violationId: string, minorIds: string[]): boolean {
  const existing = db
    .select({ id: violationMinors.id, minorId: violationMinors.minorId, version: violationMinors.version, deletedAt: violationMinors.deletedAt })
    .from(violationMinors)
    .where(eq(violationMinors.violationId, violationId))
    .all();
  const byId = new Map(existing.map((r) => [r.id, r]));
  const wanted = new Set(minorIds);
  let changed = false;
  for (const minorId of wanted) {
    const id = stableId('violation_minors', violationId, minorId);
    const before = byId.get(id);
    if (before && !before.deletedAt) continue;
    upsertRow(db, ctx, violationMinors, { id, violationId, minorId });
    changed = true;
  }
  for (const r of existing) {
    if (!r.deletedAt && !wanted.has(r.minorId)) {
      deleteRow(db, ctx, violationMinors, r.id);
      changed = true;
    }
  }
  return changed;
}

export function createViolation(db: Db, input: CommandParsedInput<'violations.create'>, ctx: ServiceContext): Violation {
  return writeTx(db, () => {
    const head = requireEditableInspection(db, input.inspectionId);
    const catalogue = loadCatalogue(db, head.catalogueVersion);
    const { bracket, fine, organisation } = checkViolation(db, head, catalogue, input, input.minorIds);
    const row = insertRow(db, ctx, violations, {
      inspectionId: head.id,
      typeCode: input.typeCode,
      facts: input.facts,
      fineMin: bracket.min,
      fineMax: bracket.max,
      proposedFine: fine,
      finedAsOrganisation: organisation,
      remedialRequest: input.remedialRequest,
      recordMade: input.recordMade,
      recordedByOfficialId: input.recordMade ? input.recordedByOfficialId : undefined,
      origin: input.origin,
    });
    setLinks(db, ctx, row.id, input.minorIds);
    // The checklist items it breaches now read "Vi phạm".
    markBreaches(db, ctx, head.id, catalogue);
    return violationOf(db, row.id, catalogue);
  });
}

/**
 * Changes only what is sent. The fine is kept unless the type changes or it is cleared (then the
 * type's default applies); the bracket and the record maker are checked on the violation as it will be.
 */
export function updateViolation(db: Db, input: CommandParsedInput<'violations.update'>, ctx: ServiceContext): Violation {
  const { id, expectedVersion, minorIds, ...patch } = input;
  return writeTx(db, () => {
    const before = requireViolation(db, id);
    const head = requireEditableInspection(db, before.inspectionId);
    checkVersion(db, violations, id, { expectedVersion, what: WHAT });
    const catalogue = loadCatalogue(db, head.catalogueVersion);
    const sent = sentFields(patch);
    const typeChanged = sent.typeCode !== undefined && sent.typeCode !== before.typeCode;
    const breachesBefore = violationBreaches(db, head.id, catalogue, [id]);
    const merged: ViolationFacts = {
      typeCode: sent.typeCode ?? before.typeCode,
      proposedFine: sent.proposedFine !== undefined ? sent.proposedFine : typeChanged ? null : before.proposedFine,
      recordMade: sent.recordMade ?? before.recordMade,
      recordedByOfficialId: sent.recordedByOfficialId !== undefined ? sent.recordedByOfficialId : before.recordedByOfficialId,
    };
    const { bracket, fine, organisation } = checkViolation(db, head, catalogue, merged, minorIds);
    const linksChanged = minorIds ? setLinks(db, ctx, id, minorIds) : false;
    const after = patchRow(
      db,
      ctx,
      violations,
      id,
      {
        typeCode: merged.typeCode,
        facts: sent.facts,
        remedialRequest: sent.remedialRequest,
        fineMin: bracket.min,
        fineMax: bracket.max,
        proposedFine: fine,
        finedAsOrganisation: organisation,
        recordMade: merged.recordMade,
        recordedByOfficialId: merged.recordMade ? merged.recordedByOfficialId : null,
      },
      { expectedVersion, what: WHAT },
    );
    if (linksChanged && after.version === before.version) touchRow(db, violations, id);
    if (typeChanged || linksChanged) {
      releaseBreaches(db, ctx, head.id, catalogue, breachesBefore);
      markBreaches(db, ctx, head.id, catalogue);
    }
    return violationOf(db, id, catalogue);
  });
}

export function removeViolation(db: Db, input: CommandParsedInput<'violations.remove'>, ctx: ServiceContext): { id: string } {
  return writeTx(db, () => {
    const { inspectionId } = requireViolation(db, input.id);
    const head = requireEditableInspection(db, inspectionId);
    const catalogue = loadCatalogue(db, head.catalogueVersion);
    const breachesBefore = violationBreaches(db, inspectionId, catalogue, [input.id]);
    deleteRow(db, ctx, violations, input.id, { expectedVersion: input.expectedVersion, what: WHAT });
    // The items only it had marked are to be assessed again.
    releaseBreaches(db, ctx, inspectionId, catalogue, breachesBefore);
    return { id: input.id };
  });
}

/** Pairs "code|minor" already covered by a recorded violation or dismissed by the inspector. */
function coveredPairs(db: Db, inspectionId: string): Set<string> {
  const linked = db
    .select({ typeCode: violations.typeCode, minorId: violationMinors.minorId })
    .from(violations)
    .innerJoin(violationMinors, eq(violationMinors.violationId, violations.id))
    .where(and(eq(violations.inspectionId, inspectionId), isNull(violations.deletedAt), isNull(violationMinors.deletedAt)))
    .all();
  const dismissed = db
    .select({ typeCode: dismissedSuggestions.typeCode, minorId: dismissedSuggestions.minorId })
    .from(dismissedSuggestions)
    .where(and(eq(dismissedSuggestions.inspectionId, inspectionId), isNull(dismissedSuggestions.deletedAt)))
    .all();
  return new Set([...linked, ...dismissed].map((r) => `${r.typeCode}|${r.minorId}`));
}

/**
 * Violations implied by the facts recorded for each minor, grouped by catalogue code, leaving out
 * minors already covered by a recorded violation of that code and suggestions the inspector dismissed.
 */
export function suggestViolations(db: Db, input: { inspectionId: string }): ViolationSuggestion[] {
  const head = inspectionHead(db, input.inspectionId);
  const catalogue = loadCatalogue(db, head.catalogueVersion);
  const kind = head.establishmentKind as EstablishmentKind;
  const covered = coveredPairs(db, head.id);
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

/** One row per inspection, minor and code (deterministic id); a suggestion already dismissed stays as it was. */
export function dismissSuggestion(db: Db, input: CommandParsedInput<'violations.dismiss'>, ctx: ServiceContext): { dismissed: number } {
  return writeTx(db, () => {
    const head = requireEditableInspection(db, input.inspectionId);
    const known = new Set(loadMinors(db, head.id, head.inspectionDate).map((m) => m.id));
    input.minorIds.forEach((id, i) => {
      if (!known.has(id)) throw new CommandError('VALIDATION', 'Người lao động chưa thành niên không thuộc cuộc kiểm tra này', [{ path: ['minorIds', i], message: 'Không thuộc cuộc kiểm tra này' }]);
    });
    let dismissed = 0;
    for (const minorId of new Set(input.minorIds)) {
      const id = stableId('dismissed_suggestions', head.id, minorId, input.typeCode);
      const live = db
        .select({ id: dismissedSuggestions.id })
        .from(dismissedSuggestions)
        .where(and(eq(dismissedSuggestions.id, id), isNull(dismissedSuggestions.deletedAt)))
        .get();
      if (live) continue;
      upsertRow(db, ctx, dismissedSuggestions, { id, inspectionId: head.id, minorId, typeCode: input.typeCode, at: ctx.now().toISOString(), actor: ctx.actor });
      dismissed++;
    }
    return { dismissed };
  });
}
