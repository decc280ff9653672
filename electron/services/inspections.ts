import { and, asc, desc, eq, getTableColumns, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { stableId } from '../../db/ids';
import { leanPrepared } from '../../db/fast-read';
import { preparedQuery } from '../../db/prepared';
import {
  agencies,
  establishments,
  inspectionAmendments,
  inspectionParticipants,
  inspectionRepresentatives,
  inspections,
  inspectionTeamMembers,
  minors,
  officials,
  planMembers,
  plans,
  planTargets,
  violations,
} from '../../db/schema';
import { checkVersion, deleteRow, insertRow, patchRow, restoreRow, touchRow, upsertRow, writeTx, type NewRow, type Patch } from '../../db/write-path';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import { inspectionRuleIssues, type Inspection, type InspectionDetail, type InspectionStatus, type Sex } from '../../shared/schemas/inspection';
import { shortDate } from '../../shared/labels/text';
import { sentFields } from '../../shared/schemas/patch';
import { currentVersion, loadCatalogue } from './catalogue';
import { logChildView } from './child-access';
import { loadCommitments } from './commitments';
import { todayInVietnam, type ServiceContext } from './context';
import { inspectionHead, requireEditableInspection } from './inspection-guard';
import { checklistRows, markBreaches, unassessedItems, writeChecklist } from './checklist';
import { nextMinutesNumber } from './exchange/number-series';
import { syncCasesOfInspection } from './follow-up/cases';
import { syncChecksOfReinspection } from './verification/checks';
import { loadMinors, recomputeAges } from './minors';
import { invalid, notFound, nullsToUndefined, recordMeta, refuse } from './rows';
import { setDeletedState } from './soft-delete';
import { loadViolations } from './violations';

const WHAT = 'cuộc kiểm tra';

type TeamEntry = Inspection['teamPresent'][number];
type Representative = Inspection['representatives'][number];
type Participant = Inspection['otherParticipants'][number];
interface People {
  teamPresent: TeamEntry[];
  representatives: Representative[];
  otherParticipants: Participant[];
}

function selectInspections(db: Db) {
  return db
    .select({
      ...getTableColumns(inspections),
      planTitle: plans.title,
      establishmentName: establishments.name,
      // What the record was finalised with, once it was (the fines and the reports go by it).
      establishmentKind: sql<string>`coalesce(${inspections.frozenKind}, ${establishments.kind})`,
      minorCount: db.$count(minors, and(eq(minors.inspectionId, inspections.id), isNull(minors.deletedAt))),
      violationCount: db.$count(violations, and(eq(violations.inspectionId, inspections.id), isNull(violations.deletedAt))),
    })
    .from(inspections)
    .innerJoin(establishments, eq(establishments.id, inspections.establishmentId))
    .leftJoin(plans, eq(plans.id, inspections.planId));
}

type InspectionRow = NonNullable<ReturnType<ReturnType<typeof selectInspections>['get']>>;
type HeadFacts = Omit<Inspection, keyof People | 'documentsReviewed' | 'status' | keyof ReturnType<typeof recordMeta>>;

function toInspection(row: InspectionRow, people: People): Inspection {
  const {
    legacyTeamPresent: _t,
    legacyRepresentatives: _r,
    legacyOtherParticipants: _o,
    deviceId: _d,
    updatedBy: _u,
    createdAt,
    updatedAt,
    deletedAt,
    version,
    documentsReviewed,
    status,
    ...facts
  } = row;
  return {
    ...(nullsToUndefined(facts) as HeadFacts),
    documentsReviewed: documentsReviewed as string[],
    status: status as InspectionStatus,
    ...people,
    ...recordMeta({ createdAt, updatedAt, deletedAt, version }),
  };
}

const CHUNK = 500;
const chunks = <T>(items: T[]): T[][] => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** Team, representatives and other participants of these inspections, each list in its saved order. */
function peopleOf(db: Db, inspectionIds: string[]): Map<string, People> {
  const out = new Map<string, People>(inspectionIds.map((id) => [id, { teamPresent: [], representatives: [], otherParticipants: [] }]));
  for (const ids of chunks(inspectionIds)) {
    const team = db
      .select({ inspectionId: inspectionTeamMembers.inspectionId, officialId: inspectionTeamMembers.officialId, role: inspectionTeamMembers.role })
      .from(inspectionTeamMembers)
      .where(and(inArray(inspectionTeamMembers.inspectionId, ids), isNull(inspectionTeamMembers.deletedAt)))
      .orderBy(asc(inspectionTeamMembers.sortOrder))
      .all();
    for (const { inspectionId, officialId, role } of team) out.get(inspectionId)!.teamPresent.push({ officialId, role: role as TeamEntry['role'] });
    const representatives = db
      .select({
        inspectionId: inspectionRepresentatives.inspectionId,
        id: inspectionRepresentatives.id,
        name: inspectionRepresentatives.name,
        sex: inspectionRepresentatives.sex,
        position: inspectionRepresentatives.position,
        idNumber: inspectionRepresentatives.idNumber,
      })
      .from(inspectionRepresentatives)
      .where(and(inArray(inspectionRepresentatives.inspectionId, ids), isNull(inspectionRepresentatives.deletedAt)))
      .orderBy(asc(inspectionRepresentatives.sortOrder))
      .all();
    for (const { inspectionId, ...person } of representatives) out.get(inspectionId)!.representatives.push(nullsToUndefined(person) as Representative);
    const participants = db
      .select({
        inspectionId: inspectionParticipants.inspectionId,
        id: inspectionParticipants.id,
        name: inspectionParticipants.name,
        sex: inspectionParticipants.sex,
        position: inspectionParticipants.position,
        organisation: inspectionParticipants.organisation,
      })
      .from(inspectionParticipants)
      .where(and(inArray(inspectionParticipants.inspectionId, ids), isNull(inspectionParticipants.deletedAt)))
      .orderBy(asc(inspectionParticipants.sortOrder))
      .all();
    for (const { inspectionId, ...person } of participants) out.get(inspectionId)!.otherParticipants.push(nullsToUndefined(person) as Participant);
  }
  return out;
}

export function requireInspection(db: Db, id: string): Inspection {
  const byId = preparedQuery(db, 'inspections.byId', () =>
    leanPrepared(db, selectInspections(db)
      .where(eq(inspections.id, sql.placeholder('id')))),
  );
  const row = byId.get({ id });
  return row ? toInspection(row, peopleOf(db, [id]).get(id)!) : notFound(WHAT);
}

function teamNames(db: Db, inspectionId: string): InspectionDetail['teamPresentNames'] {
  return db
    .select({
      officialId: inspectionTeamMembers.officialId,
      role: inspectionTeamMembers.role,
      fullName: officials.fullName,
      sex: officials.sex,
      position: officials.position,
      agencyName: agencies.name,
    })
    .from(inspectionTeamMembers)
    .innerJoin(officials, eq(officials.id, inspectionTeamMembers.officialId))
    .innerJoin(agencies, eq(agencies.id, officials.agencyId))
    .where(and(eq(inspectionTeamMembers.inspectionId, inspectionId), isNull(inspectionTeamMembers.deletedAt)))
    .orderBy(asc(inspectionTeamMembers.sortOrder))
    .all()
    .map(({ sex, ...m }) => ({ ...m, position: m.position ?? undefined, ...(sex ? { sex: sex as Sex } : {}) }));
}

function amendmentsOf(db: Db, inspectionId: string): InspectionDetail['amendments'] {
  return db
    .select({
      id: inspectionAmendments.id,
      reason: inspectionAmendments.reason,
      openedAt: inspectionAmendments.openedAt,
      openedBy: inspectionAmendments.openedBy,
      closedAt: inspectionAmendments.closedAt,
    })
    .from(inspectionAmendments)
    .where(and(eq(inspectionAmendments.inspectionId, inspectionId), isNull(inspectionAmendments.deletedAt)))
    .orderBy(asc(inspectionAmendments.openedAt))
    .all()
    .map((a) => ({ ...a, closedAt: a.closedAt ?? undefined }));
}

/** What does not stop the record but is worth a look before it is finalised. */
function recordWarnings(inspection: Inspection, today: string): string[] {
  return inspection.inspectionDate > today
    ? [`Ngày kiểm tra ${shortDate(inspection.inspectionDate)} sau ngày hôm nay (${shortDate(today)}): kiểm tra lại ngày kiểm tra trước khi hoàn tất biên bản`]
    : [];
}

export function inspectionDetail(db: Db, id: string, ctx: ServiceContext): InspectionDetail {
  const inspection = requireInspection(db, id);
  const catalogue = loadCatalogue(db, inspection.catalogueVersion);
  const today = todayInVietnam(ctx);
  const found = loadMinors(db, id, inspection.inspectionDate, { catalogue, establishmentKind: inspection.frozenKind ?? inspection.establishmentKind });
  return {
    inspection,
    checklist: checklistRows(db, id, catalogue, new Set(found.map((m) => m.ageBand))),
    minors: found,
    violations: loadViolations(db, id, catalogue),
    commitments: loadCommitments(db, id, today),
    amendments: amendmentsOf(db, id),
    warnings: recordWarnings(inspection, today),
    teamPresentNames: teamNames(db, id),
  };
}

function checkTeam(db: Db, team: TeamEntry[]): void {
  const ids = [...new Set(team.map((m) => m.officialId))];
  const known = new Set(
    ids.length === 0
      ? []
      : db
          .select({ id: officials.id })
          .from(officials)
          .where(and(inArray(officials.id, ids), isNull(officials.deletedAt)))
          .all()
          .map((o) => o.id),
  );
  const seen = new Set<string>();
  team.forEach((m, i) => {
    if (!known.has(m.officialId)) invalid(['teamPresent', i, 'officialId'], 'Cán bộ không có trong danh bạ');
    if (seen.has(m.officialId)) invalid(['teamPresent', i, 'officialId'], 'Cán bộ này đã có trong đoàn');
    seen.add(m.officialId);
  });
  if (team.filter((m) => m.role === 'leader').length > 1) invalid('teamPresent', 'Chỉ có một Trưởng đoàn');
}

/** The team present, keyed by official (deterministic ids): revived, changed, added or tombstoned. Answers whether anything changed. */
function setTeam(db: Db, ctx: ServiceContext, inspectionId: string, team: TeamEntry[]): boolean {
  const existing = db
    .select({ id: inspectionTeamMembers.id, version: inspectionTeamMembers.version, deletedAt: inspectionTeamMembers.deletedAt })
    .from(inspectionTeamMembers)
    .where(eq(inspectionTeamMembers.inspectionId, inspectionId))
    .all();
  const before = new Map(existing.map((r) => [r.id, r]));
  const kept = new Set<string>();
  let changed = false;
  team.forEach((m, sortOrder) => {
    const id = stableId('inspection_team_members', inspectionId, m.officialId);
    kept.add(id);
    const after = upsertRow(db, ctx, inspectionTeamMembers, { id, inspectionId, officialId: m.officialId, role: m.role, sortOrder });
    if (after.version !== before.get(id)?.version) changed = true;
  });
  for (const r of existing) {
    if (r.deletedAt || kept.has(r.id)) continue;
    deleteRow(db, ctx, inspectionTeamMembers, r.id);
    changed = true;
  }
  return changed;
}

type PeopleTable = typeof inspectionRepresentatives | typeof inspectionParticipants;

/**
 * Representatives or other participants: an entry with its id changes that row (reviving it if it
 * had been removed), one without is a new row, rows no longer listed are tombstoned.
 */
function setPeople<T extends PeopleTable, E extends { id?: string }>(
  db: Db,
  ctx: ServiceContext,
  table: T,
  inspectionId: string,
  entries: E[],
  path: keyof People,
  values: (entry: E) => Patch<T>,
): boolean {
  const existing = new Map(
    db
      .select({ id: table.id, version: table.version, deletedAt: table.deletedAt })
      .from(table as PeopleTable)
      .where(eq(table.inspectionId, inspectionId))
      .all()
      .map((r) => [r.id, r]),
  );
  entries.forEach((e, i) => {
    if (e.id && !existing.has(e.id)) invalid([path, i, 'id'], 'Không thuộc cuộc kiểm tra này');
  });
  const kept = new Set(entries.map((e) => e.id));
  let changed = false;
  for (const r of existing.values()) {
    if (r.deletedAt || kept.has(r.id)) continue;
    deleteRow(db, ctx, table, r.id);
    changed = true;
  }
  entries.forEach((e, sortOrder) => {
    const fields = { ...values(e), sortOrder };
    if (!e.id) {
      insertRow(db, ctx, table, { ...fields, inspectionId } as NewRow<T>);
      changed = true;
      return;
    }
    const before = existing.get(e.id)!;
    const after = patchRow(db, ctx, table, e.id, fields);
    if (before.deletedAt) restoreRow(db, ctx, table, e.id);
    if (before.deletedAt || after.version !== before.version) changed = true;
  });
  return changed;
}

/** Writes the lists that were sent; answers whether any row changed. */
function setLists(db: Db, ctx: ServiceContext, inspectionId: string, lists: Partial<People>): boolean {
  let changed = false;
  if (lists.teamPresent) changed = setTeam(db, ctx, inspectionId, lists.teamPresent) || changed;
  if (lists.representatives) {
    changed =
      setPeople(db, ctx, inspectionRepresentatives, inspectionId, lists.representatives, 'representatives', (p) => ({
        name: p.name,
        sex: p.sex ?? null,
        position: p.position ?? null,
        idNumber: p.idNumber ?? null,
      })) || changed;
  }
  if (lists.otherParticipants) {
    changed =
      setPeople(db, ctx, inspectionParticipants, inspectionId, lists.otherParticipants, 'otherParticipants', (p) => ({
        name: p.name,
        sex: p.sex ?? null,
        position: p.position ?? null,
        organisation: p.organisation ?? null,
      })) || changed;
  }
  return changed;
}

/** Starts a record from a plan target (establishment, plan and team taken from the plan) or ad hoc. */
export function createInspection(db: Db, input: CommandParsedInput<'inspections.create'>, ctx: ServiceContext): InspectionDetail {
  const { planTargetId, establishmentId: chosen, teamPresent, representatives, otherParticipants, ...facts } = input;
  return writeTx(db, () => {
    let establishmentId = chosen;
    let planId: string | null = null;
    let team = teamPresent;
    if (planTargetId) {
      const target = db
        .select({ planId: planTargets.planId, establishmentId: planTargets.establishmentId })
        .from(planTargets)
        .where(and(eq(planTargets.id, planTargetId), isNull(planTargets.deletedAt)))
        .get();
      if (!target) invalid('planTargetId', 'Không tìm thấy cơ sở trong kế hoạch');
      establishmentId = target.establishmentId;
      planId = target.planId;
      if (team.length === 0) {
        team = db
          .select({ officialId: planMembers.officialId, role: planMembers.role })
          .from(planMembers)
          .where(and(eq(planMembers.planId, target.planId), isNull(planMembers.deletedAt)))
          .orderBy(asc(planMembers.sortOrder))
          .all()
          .map((m) => ({ officialId: m.officialId, role: m.role as TeamEntry['role'] }));
      }
    }
    const establishment = db
      .select({ address: establishments.address })
      .from(establishments)
      .where(and(eq(establishments.id, establishmentId!), isNull(establishments.deletedAt)))
      .get();
    if (!establishment) {
      throw new CommandError('VALIDATION', 'Cơ sở không có trong danh sách (hoặc đã bị xóa)', [{ path: ['establishmentId'], message: 'Cơ sở không có trong danh sách' }]);
    }
    checkTeam(db, team);
    const row = insertRow(db, ctx, inspections, {
      ...facts,
      place: facts.place ?? establishment.address ?? undefined,
      planId,
      planTargetId,
      establishmentId: establishmentId!,
      catalogueVersion: currentVersion(db, input.inspectionDate),
      status: 'draft',
    });
    setLists(db, ctx, row.id, { teamPresent: team, representatives, otherParticipants });
    return inspectionDetail(db, row.id, ctx);
  });
}

/**
 * Changes only what is sent: a field left out is kept, `null` clears it, and a list (team,
 * representatives, participants) is replaced only when sent. Rules between fields are checked
 * on the record as it will be; a new inspection date recomputes every minor's age.
 */
export function updateInspection(db: Db, input: CommandParsedInput<'inspections.update'>, ctx: ServiceContext): InspectionDetail {
  const { id, expectedVersion, teamPresent, representatives, otherParticipants, ...patch } = input;
  return writeTx(db, () => {
    requireEditableInspection(db, id);
    const current = checkVersion(db, inspections, id, { expectedVersion, what: WHAT });
    const before = requireInspection(db, id);
    const sent = sentFields(patch);
    // A refusal withdrawn takes its reason with it.
    if (sent.refusedToSign === false) {
      if (sent.refusalReason === undefined) sent.refusalReason = null;
      if (sent.refusalWitnessName === undefined) sent.refusalWitnessName = null;
      if (sent.refusalWitnessPosition === undefined) sent.refusalWitnessPosition = null;
    }
    refuse(inspectionRuleIssues({ ...before, ...sent }));
    if (teamPresent) checkTeam(db, teamPresent);
    const listsChanged = setLists(db, ctx, id, { teamPresent, representatives, otherParticipants });
    const after = patchRow(db, ctx, inspections, id, sent, { expectedVersion, what: WHAT });
    if (listsChanged && after.version === current.version) touchRow(db, inspections, id);
    if (sent.inspectionDate && sent.inspectionDate !== before.inspectionDate) {
      recomputeAges(db, ctx, id, sent.inspectionDate);
      // A re-inspection's verdicts are dated on its day: the items it verified follow.
      syncChecksOfReinspection(db, ctx, id);
    }
    return inspectionDetail(db, id, ctx);
  });
}

/**
 * One result per inspection and item (deterministic id), so two laptops recording the same item
 * make one row. An item a recorded violation marks "Vi phạm" keeps that result while it stands.
 */
export function setChecklist(db: Db, input: CommandParsedInput<'inspections.setChecklist'>, ctx: ServiceContext): InspectionDetail {
  return writeTx(db, () => {
    const head = requireEditableInspection(db, input.inspectionId);
    const catalogue = loadCatalogue(db, head.catalogueVersion);
    const summary = (code: string) => catalogue.violationTypes.find((t) => t.code === code)?.summary ?? code;
    writeChecklist(db, ctx, input.inspectionId, catalogue, input.items, summary);
    return inspectionDetail(db, input.inspectionId, ctx);
  });
}

/** The establishment's facts the reports count, as they are now (frozen on the record at finalisation). */
function establishmentFacts(db: Db, establishmentId: string) {
  const e = db
    .select({ kind: establishments.kind, sector: establishments.sector, provinceCode: establishments.provinceCode, communeCode: establishments.communeCode, parentId: establishments.parentId })
    .from(establishments)
    .where(eq(establishments.id, establishmentId))
    .get()!;
  // The craft village it belongs to (issue 11: reports count establishments and households of craft villages).
  const parent = e.parentId ? db.select({ id: establishments.id, kind: establishments.kind }).from(establishments).where(eq(establishments.id, e.parentId)).get() : undefined;
  const frozenCraftVillageId = parent?.kind === 'craft_village' ? parent.id : null;
  return { frozenKind: e.kind, frozenSector: e.sector, frozenProvinceCode: e.provinceCode, frozenCommuneCode: e.communeCode, frozenCraftVillageId };
}

/** Locks the record (draft → finalised, or closes an amendment). */
export function finaliseInspection(db: Db, input: CommandParsedInput<'inspections.finalise'>, ctx: ServiceContext): InspectionDetail {
  return writeTx(db, () => {
    const head = requireEditableInspection(db, input.id);
    checkVersion(db, inspections, input.id, { expectedVersion: input.expectedVersion, what: WHAT });
    const inspection = requireInspection(db, input.id);
    if (inspection.teamPresent.length === 0) invalid('teamPresent', 'Chưa ghi thành viên đoàn có mặt');
    if (inspection.representatives.length === 0 && !inspection.refusedToSign) invalid('representatives', 'Chưa ghi đại diện cơ sở được kiểm tra');
    if (inspection.refusedToSign && !inspection.refusalWitnessName) {
      invalid(
        'refusalWitnessName',
        'Đại diện cơ sở từ chối ký: ghi họ tên người ký xác nhận việc từ chối — đại diện chính quyền cấp xã có mặt hoặc người chứng kiến (Điều 58 Luật Xử lý vi phạm hành chính)',
      );
    }
    // The violations' marks first (a team package may have brought a violation), then every item that applies.
    const catalogue = loadCatalogue(db, head.catalogueVersion);
    markBreaches(db, ctx, input.id, catalogue);
    const bands = new Set(loadMinors(db, input.id, inspection.inspectionDate).map((m) => m.ageBand));
    refuse(unassessedItems(checklistRows(db, input.id, catalogue, bands)));
    const now = ctx.now().toISOString();
    // The establishment as it is today is what the reports count from now on; an amendment keeps it unless asked.
    const frozen = inspection.frozenKind ? {} : establishmentFacts(db, inspection.establishmentId);
    // Minutes without a number get the next one of this laptop's series (never another laptop's).
    const number = inspection.number?.trim() ? {} : { number: nextMinutesNumber(db, db.select({ planId: inspections.planId }).from(inspections).where(eq(inspections.id, input.id)).get()?.planId ?? null, inspection.inspectionDate) };
    patchRow(db, ctx, inspections, input.id, { status: 'finalised', finalisedAt: now, finalisedBy: ctx.actor, ...frozen, ...number }, { expectedVersion: input.expectedVersion, what: WHAT });
    if (head.status === 'amending') {
      const open = db
        .select({ id: inspectionAmendments.id })
        .from(inspectionAmendments)
        .where(and(eq(inspectionAmendments.inspectionId, input.id), isNull(inspectionAmendments.closedAt), isNull(inspectionAmendments.deletedAt)))
        .all();
      for (const a of open) patchRow(db, ctx, inspectionAmendments, a.id, { closedAt: now });
    }
    // Each child found gets a follow-up case, in the same transaction (issue 11).
    syncCasesOfInspection(db, ctx, input.id);
    return inspectionDetail(db, input.id, ctx);
  });
}

/** Reopens a finalised record for a correction; the reason is kept with the record. */
export function amendInspection(db: Db, input: CommandParsedInput<'inspections.amend'>, ctx: ServiceContext): InspectionDetail {
  return writeTx(db, () => {
    const head = inspectionHead(db, input.id);
    if (head.deletedAt) throw new CommandError('CONFLICT', 'Cuộc kiểm tra đã bị xóa; hãy khôi phục trước khi sửa');
    if (head.status !== 'finalised') throw new CommandError('CONFLICT', 'Chỉ lập bản sửa đổi cho biên bản đã hoàn tất');
    checkVersion(db, inspections, input.id, { expectedVersion: input.expectedVersion, what: WHAT });
    insertRow(db, ctx, inspectionAmendments, { inspectionId: input.id, reason: input.reason, openedAt: ctx.now().toISOString(), openedBy: ctx.actor });
    const refreshed = input.refreshEstablishment ? establishmentFacts(db, head.establishmentId) : {};
    patchRow(db, ctx, inspections, input.id, { status: 'amending', ...refreshed }, { expectedVersion: input.expectedVersion, what: WHAT });
    return inspectionDetail(db, input.id, ctx);
  });
}

export function listInspections(db: Db, input: CommandParsedInput<'inspections.list'>): Inspection[] {
  const rows = selectInspections(db)
    .where(
      and(
        input.includeDeleted ? undefined : isNull(inspections.deletedAt),
        input.establishmentId ? eq(inspections.establishmentId, input.establishmentId) : undefined,
        input.planId ? eq(inspections.planId, input.planId) : undefined,
        input.status === 'done' ? inArray(inspections.status, ['finalised', 'amending']) : input.status ? eq(inspections.status, input.status) : undefined,
        input.provinceCode ? eq(sql`case when ${inspections.frozenKind} is not null then ${inspections.frozenProvinceCode} else ${establishments.provinceCode} end`, input.provinceCode) : undefined,
        input.from ? gte(inspections.inspectionDate, input.from) : undefined,
        input.to ? lte(inspections.inspectionDate, input.to) : undefined,
      ),
    )
    .orderBy(desc(inspections.inspectionDate), desc(inspections.createdAt))
    .all();
  const people = peopleOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toInspection(r, people.get(r.id)!));
}

/** The record as the inspection page shows it; its minors' identities make it a logged view (child-access.ts). */
export function getInspection(db: Db, input: { id: string }, ctx: ServiceContext): InspectionDetail {
  const detail = inspectionDetail(db, input.id, ctx);
  logChildView(db, ctx, { inspectionId: input.id, count: detail.minors.length, via: 'record' });
  return detail;
}

function setDeleted(db: Db, input: CommandParsedInput<'inspections.remove'>, ctx: ServiceContext, deleted: boolean): Inspection {
  return writeTx(db, () => {
    if (deleted && inspectionHead(db, input.id).status !== 'draft') throw new CommandError('CONFLICT', 'Chỉ xóa được cuộc kiểm tra đang ở dạng dự thảo');
    setDeletedState(db, ctx, inspections, input.id, deleted, { what: WHAT, expectedVersion: input.expectedVersion });
    // A re-inspection's verdicts on commitments stop counting (or count again) with it.
    syncChecksOfReinspection(db, ctx, input.id);
    return requireInspection(db, input.id);
  });
}

export const removeInspection = (db: Db, input: CommandParsedInput<'inspections.remove'>, ctx: ServiceContext) => setDeleted(db, input, ctx, true);
export const restoreInspection = (db: Db, input: CommandParsedInput<'inspections.restore'>, ctx: ServiceContext) => setDeleted(db, input, ctx, false);
