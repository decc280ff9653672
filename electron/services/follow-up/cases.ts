/**
 * Follow-up cases (issue 11): one per child found, opened in the transaction that finalises the
 * inspection; listed by initials; the full record (the child's identity) is a logged view.
 *
 * Opening is idempotent: the case id is `stableId('follow_up_cases', minorId)` (two laptops
 * make the same row; exchange merges it), and finalising again after an amendment refreshes the
 * risk from the amended facts without touching the opening time, the referrals, the visits or
 * the closure. A minor the amendment removed (or left outside the criteria) keeps their case,
 * marked `minorRemovedAt` (cleared if the minor comes back): the work already done stays on file.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { stableId } from '../../../db/ids';
import { caseReferrals, caseSupports, caseVisits, communes, establishments, followUpCases, inspections, minors } from '../../../db/schema';
import { checkVersion, patchRow, upsertRow, writeTx } from '../../../db/write-path';
import type { CommandParsedInput } from '../../../shared/commands';
import { CommandError } from '../../../shared/errors';
import { CLOSURE_REASON_LABELS, REFERRAL_TARGET_LABELS, SUPPORT_KIND_LABELS, VISIT_SITUATION_LABELS } from '../../../shared/labels/follow-up';
import type { EstablishmentKind } from '../../../shared/schemas/establishment';
import type { CaseDetail, CaseRiskLevel, CaseStatus, CaseSummary, ClosureReason, Referral, Support, Visit, VisitSituation } from '../../../shared/schemas/follow-up';
import { LEADERS } from '../../../shared/schemas/user';
import { hlcToIso } from '../../../shared/sync/hlc';
import { nameInitials } from '../../documents/child-initials';
import { writeAudit } from '../audit';
import { loadCatalogue } from '../catalogue';
import { logChildView } from '../child-access';
import { todayInVietnam, type ServiceContext } from '../context';
import { inspectionHead } from '../inspection-guard';
import { invalid, notFound, nullsToUndefined, recordMeta } from '../rows';
import { assessMinor } from './risk';
import { emergencyDeadlineOf, visitMonths, visitSchedule, type VisitMonths } from './schedule';
import { vietnamDayOf } from '../../../shared/dates/vietnam-day';

const WHAT = 'hồ sơ theo dõi trẻ em';
export const MIN_VISITS_TO_CLOSE = 2;
export const MIN_EXCEPTION_REASON = 10;

export const caseIdOf = (minorId: string): string => stableId('follow_up_cases', minorId);

// ---- opening at finalisation ----------------------------------------------------------------

/**
 * Opens (or refreshes) the cases of a finalised inspection's minors. Runs inside the caller's
 * transaction (`inspections.finalise`).
 */
export function syncCasesOfInspection(db: Db, ctx: ServiceContext, inspectionId: string): void {
  const head = inspectionHead(db, inspectionId);
  const catalogue = loadCatalogue(db, head.catalogueVersion);
  const now = ctx.now().toISOString();
  const rows = db.select().from(minors).where(eq(minors.inspectionId, inspectionId)).all();
  const existing = new Map(
    db
      .select()
      .from(followUpCases)
      .where(eq(followUpCases.inspectionId, inspectionId))
      .all()
      .map((c) => [c.minorId, c]),
  );
  for (const m of rows) {
    const current = existing.get(m.id);
    const live = m.deletedAt === null;
    const assessment = live ? assessMinor(m, head.establishmentKind as EstablishmentKind, catalogue, current?.traffickingSuspected ?? false) : undefined;
    if (!assessment?.opens) {
      if (current && !current.minorRemovedAt) patchRow(db, ctx, followUpCases, current.id, { minorRemovedAt: now });
      continue;
    }
    if (!current) {
      upsertRow(db, ctx, followUpCases, {
        id: caseIdOf(m.id),
        minorId: m.id,
        inspectionId,
        riskLevel: assessment.level,
        riskReasons: assessment.reasons,
        openedAt: now,
        emergencyDeadline: assessment.level === 'emergency' ? emergencyDeadlineOf(now) : null,
        status: 'active',
        traffickingSuspected: false,
      });
      continue;
    }
    // Refreshed risk; the opening, the deadline already running and the work done stay.
    const deadline = assessment.level === 'emergency' ? (current.emergencyDeadline ?? emergencyDeadlineOf(now)) : current.emergencyDeadline;
    patchRow(db, ctx, followUpCases, current.id, {
      riskLevel: assessment.level,
      riskReasons: sameList(current.riskReasons, assessment.reasons) ? undefined : assessment.reasons,
      emergencyDeadline: deadline,
      minorRemovedAt: null,
    });
  }
}

/** The day of a timeline entry: a date as it is, an instant (the detection) on its day in Viet Nam. */
const dayOf = (on: string) => (on.length > 10 ? vietnamDayOf(on) : on);

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

// ---- reading --------------------------------------------------------------------------------

const live = <T extends { deletedAt: unknown }>(t: T) => isNull(t.deletedAt as never);

function summaryQuery(db: Db) {
  const communeCode = sql<string | null>`coalesce(${inspections.frozenCommuneCode}, ${establishments.communeCode})`;
  return db
    .select({
      c: followUpCases,
      minorFullName: minors.fullName,
      minorSex: minors.sex,
      minorAge: minors.ageAtInspection,
      minorDob: minors.dateOfBirth,
      minorBirthYear: minors.birthYear,
      minorJob: minors.job,
      inspectionDate: inspections.inspectionDate,
      establishmentId: inspections.establishmentId,
      establishmentName: establishments.name,
      provinceCode: sql<string | null>`coalesce(${inspections.frozenProvinceCode}, ${establishments.provinceCode})`,
      communeCode,
      communeName: sql<string | null>`(select ${communes.name} from ${communes} where ${communes.code} = ${communeCode})`,
    })
    .from(followUpCases)
    .innerJoin(minors, eq(minors.id, followUpCases.minorId))
    .innerJoin(inspections, eq(inspections.id, followUpCases.inspectionId))
    .innerJoin(establishments, eq(establishments.id, inspections.establishmentId));
}
type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['all']>>[number];

interface CaseWork {
  referrals: Map<string, { referredOn: string }[]>;
  supports: Map<string, number>;
  visits: Map<string, { visitedOn: string; situation: string }[]>;
}

/** Above this many cases the work is read whole and grouped, rather than with a list of ids. */
const IN_LIST_LIMIT = 500;

function group<T extends { caseId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.caseId);
    if (list) list.push(r);
    else out.set(r.caseId, [r]);
  }
  return out;
}

/** Referrals, supports and visits of the cases, grouped by case (visits by date). */
function workOf(db: Db, caseIds: string[]): CaseWork {
  if (caseIds.length === 0) return { referrals: new Map(), supports: new Map(), visits: new Map() };
  const few = caseIds.length <= IN_LIST_LIMIT;
  const referrals = db
    .select({ caseId: caseReferrals.caseId, referredOn: caseReferrals.referredOn })
    .from(caseReferrals)
    .where(and(few ? inArray(caseReferrals.caseId, caseIds) : undefined, live(caseReferrals)))
    .all();
  const supports = db
    .select({ caseId: caseSupports.caseId, n: sql<number>`count(*)` })
    .from(caseSupports)
    .where(and(few ? inArray(caseSupports.caseId, caseIds) : undefined, live(caseSupports)))
    .groupBy(caseSupports.caseId)
    .all();
  const visits = db
    .select({ caseId: caseVisits.caseId, visitedOn: caseVisits.visitedOn, situation: caseVisits.situation })
    .from(caseVisits)
    .where(and(few ? inArray(caseVisits.caseId, caseIds) : undefined, live(caseVisits)))
    .orderBy(asc(caseVisits.visitedOn), asc(caseVisits.createdAt))
    .all();
  return { referrals: group(referrals), supports: new Map(supports.map((r) => [r.caseId, r.n])), visits: group(visits) };
}

/** The case as lists show it, judged on `today` (Viet Nam) and the instant `now`. */
function toSummary(r: SummaryRow, work: CaseWork, months: VisitMonths, today: string, nowIso: string): CaseSummary {
  const c = r.c;
  const referrals = work.referrals.get(c.id) ?? [];
  const visits = work.visits.get(c.id) ?? [];
  const status = c.status as CaseStatus;
  const schedule = visitSchedule(c.openedAt, visits.map((v) => v.visitedOn), months, today);
  const emergencyOverdue = status === 'active' && c.riskLevel === 'emergency' && !!c.emergencyDeadline && referrals.length === 0 && nowIso > c.emergencyDeadline;
  const next = status === 'active' ? schedule.find((s) => !s.doneOn) : undefined;
  const last = visits.at(-1);
  return {
    id: c.id,
    child: {
      minorId: c.minorId,
      initials: nameInitials(r.minorFullName),
      sex: r.minorSex as CaseSummary['child']['sex'],
      ageAtInspection: r.minorAge,
      ...(r.minorDob ? { birthYear: Number(r.minorDob.slice(0, 4)) } : r.minorBirthYear ? { birthYear: r.minorBirthYear } : {}),
      ...(r.minorJob ? { job: r.minorJob } : {}),
    },
    inspectionId: c.inspectionId,
    inspectionDate: r.inspectionDate,
    establishmentId: r.establishmentId,
    establishmentName: r.establishmentName,
    ...nullsToUndefined({ provinceCode: r.provinceCode, communeCode: r.communeCode, communeName: r.communeName }),
    riskLevel: c.riskLevel as CaseRiskLevel,
    riskReasons: c.riskReasons,
    traffickingSuspected: c.traffickingSuspected,
    openedAt: c.openedAt,
    ...nullsToUndefined({ emergencyDeadline: c.emergencyDeadline, closedOn: c.closedOn, closureNote: c.closureNote, minorRemovedAt: c.minorRemovedAt }),
    ...(c.closureReason ? { closureReason: c.closureReason as ClosureReason } : {}),
    emergencyOverdue,
    status,
    referralCount: referrals.length,
    referred: referrals.length > 0,
    supportCount: work.supports.get(c.id) ?? 0,
    visitCount: visits.length,
    ...(last ? { lastVisitOn: last.visitedOn, lastSituation: last.situation as VisitSituation } : {}),
    ...(next ? { nextVisitDue: next.dueOn } : {}),
    overdue: status === 'active' && (emergencyOverdue || schedule.some((s) => s.overdue)),
    ...recordMeta(c),
  };
}

function summaries(db: Db, rows: SummaryRow[], ctx: ServiceContext, today = todayInVietnam(ctx)): CaseSummary[] {
  const work = workOf(
    db,
    rows.map((r) => r.c.id),
  );
  const months = visitMonths(db);
  const nowIso = ctx.now().toISOString();
  return rows.map((r) => toSummary(r, work, months, today, nowIso));
}

export function caseSummary(db: Db, id: string, ctx: ServiceContext): CaseSummary {
  const row = summaryQuery(db).where(eq(followUpCases.id, id)).get();
  if (!row || row.c.deletedAt) notFound(WHAT);
  return summaries(db, [row], ctx)[0]!;
}

const RISK_ORDER: Record<string, number> = { emergency: 0, high: 1, normal: 2 };

export function listCases(db: Db, input: CommandParsedInput<'followUp.listCases'>, ctx: ServiceContext): CaseSummary[] {
  const rows = summaryQuery(db)
    .where(
      and(
        isNull(followUpCases.deletedAt),
        input.status === 'active' || input.status === 'overdue' ? eq(followUpCases.status, 'active') : input.status === 'closed' ? eq(followUpCases.status, 'closed') : undefined,
        input.riskLevel ? eq(followUpCases.riskLevel, input.riskLevel) : undefined,
        input.inspectionId ? eq(followUpCases.inspectionId, input.inspectionId) : undefined,
        input.establishmentId ? eq(inspections.establishmentId, input.establishmentId) : undefined,
        input.provinceCode ? sql`coalesce(${inspections.frozenProvinceCode}, ${establishments.provinceCode}) = ${input.provinceCode}` : undefined,
        input.communeCode ? sql`coalesce(${inspections.frozenCommuneCode}, ${establishments.communeCode}) = ${input.communeCode}` : undefined,
      ),
    )
    .all();
  const list = summaries(db, rows, ctx, input.asOf ?? todayInVietnam(ctx)).filter((s) => input.status !== 'overdue' || s.overdue);
  // Open before closed, overdue first, then by risk and the opening (oldest first).
  return list.sort(
    (a, b) =>
      Number(a.status === 'closed') - Number(b.status === 'closed') ||
      Number(b.overdue) - Number(a.overdue) ||
      RISK_ORDER[a.riskLevel]! - RISK_ORDER[b.riskLevel]! ||
      a.openedAt.localeCompare(b.openedAt) ||
      a.id.localeCompare(b.id),
  );
}

const toReferral = (r: typeof caseReferrals.$inferSelect): Referral => {
  const { deviceId: _d, updatedBy: _u, createdAt, updatedAt, deletedAt, version, ...rest } = r;
  return { ...(nullsToUndefined(rest) as Omit<Referral, 'createdAt' | 'updatedAt' | 'deletedAt' | 'version'>), ...recordMeta({ createdAt, updatedAt, deletedAt, version }) };
};
const toSupport = (r: typeof caseSupports.$inferSelect): Support => {
  const { deviceId: _d, updatedBy: _u, createdAt, updatedAt, deletedAt, version, ...rest } = r;
  return { ...(nullsToUndefined(rest) as Omit<Support, 'createdAt' | 'updatedAt' | 'deletedAt' | 'version'>), ...recordMeta({ createdAt, updatedAt, deletedAt, version }) };
};
const toVisit = (r: typeof caseVisits.$inferSelect): Visit => {
  const { deviceId: _d, updatedBy: _u, createdAt, updatedAt, deletedAt, version, ...rest } = r;
  return { ...(nullsToUndefined(rest) as Omit<Visit, 'createdAt' | 'updatedAt' | 'deletedAt' | 'version'>), ...recordMeta({ createdAt, updatedAt, deletedAt, version }) };
};
export const rowMappers = { toReferral, toSupport, toVisit };

/**
 * Every closure and reopening of a case, from its change log (synced: a laptop that received the
 * case shows them too); the reason of a reopening is in this laptop's audit trail when it was
 * reopened here.
 */
function closuresAndReopenings(db: Db, caseId: string): CaseDetail['timeline'] {
  const rows = db.$client
    .prepare(
      `SELECT hlc, field, old_value AS oldValue, new_value AS newValue FROM changes
       WHERE table_name = 'follow_up_cases' AND row_id = ? AND field IN ('status', 'closedOn', 'closureReason', 'closureNote') ORDER BY hlc`,
    )
    .all(caseId) as { hlc: string; field: string; oldValue: string | null; newValue: string | null }[];
  const reasons = (
    db.$client
      .prepare("SELECT at, note FROM audit_log WHERE entity = 'follow_up_case' AND entity_id = ? AND note LIKE 'Mở lại hồ sơ theo dõi: %' ORDER BY at")
      .all(caseId) as { at: string; note: string }[]
  ).map((r) => r.note.replace('Mở lại hồ sơ theo dõi: ', ''));
  const parse = (v: string | null) => (v === null ? null : (JSON.parse(v) as string | null));
  const byStamp = new Map<string, Map<string, { oldValue: string | null; newValue: string | null }>>();
  for (const r of rows) byStamp.set(r.hlc, (byStamp.get(r.hlc) ?? new Map()).set(r.field, { oldValue: parse(r.oldValue), newValue: parse(r.newValue) }));
  const out: CaseDetail['timeline'] = [];
  let reopened = 0;
  for (const [hlc, fields] of byStamp) {
    const status = fields.get('status');
    if (status?.newValue === 'closed') {
      const reason = fields.get('closureReason')?.newValue as ClosureReason | undefined;
      const on = fields.get('closedOn')?.newValue;
      const note = fields.get('closureNote')?.newValue;
      if (reason && on) out.push({ kind: 'closure', on, title: CLOSURE_REASON_LABELS[reason], ...(note ? { detail: note } : {}) });
    } else if (status?.newValue === 'active' && status.oldValue === 'closed') {
      const reason = reasons[reopened++];
      out.push({ kind: 'reopening', on: vietnamDayOf(hlcToIso(hlc)), title: 'Mở lại hồ sơ theo dõi', ...(reason ? { detail: reason } : {}) });
    }
  }
  return out;
}

/** The full record of one case, without logging (documents, tests); `getCase` logs the view. */
export function caseDetail(db: Db, id: string, ctx: ServiceContext): CaseDetail {
  const summary = caseSummary(db, id, ctx);
  const minor = db.select().from(minors).where(eq(minors.id, summary.child.minorId)).get()!;
  const establishment = db.select({ address: establishments.address }).from(establishments).where(eq(establishments.id, summary.establishmentId)).get();
  const referrals = db
    .select()
    .from(caseReferrals)
    .where(and(eq(caseReferrals.caseId, id), live(caseReferrals)))
    .orderBy(asc(caseReferrals.referredOn), asc(caseReferrals.createdAt))
    .all()
    .map(toReferral);
  const supports = db
    .select()
    .from(caseSupports)
    .where(and(eq(caseSupports.caseId, id), live(caseSupports)))
    .orderBy(asc(caseSupports.providedOn), asc(caseSupports.createdAt))
    .all()
    .map(toSupport);
  const visits = db
    .select()
    .from(caseVisits)
    .where(and(eq(caseVisits.caseId, id), live(caseVisits)))
    .orderBy(asc(caseVisits.visitedOn), asc(caseVisits.createdAt))
    .all()
    .map(toVisit);
  const schedule = visitSchedule(
    summary.openedAt,
    visits.map((v) => v.visitedOn),
    visitMonths(db),
    todayInVietnam(ctx),
  );
  const timeline: CaseDetail['timeline'] = [
    { kind: 'detection' as const, on: summary.openedAt, title: `Phát hiện tại ${summary.establishmentName} (kiểm tra ngày ${summary.inspectionDate.split('-').reverse().join('/')})`, detail: summary.riskReasons.join('; ') },
    ...referrals.map((r) => ({
      kind: 'referral' as const,
      on: r.referredOn,
      title: `Chuyển gửi ${REFERRAL_TARGET_LABELS[r.target]}: ${r.agencyName}`,
      ...(r.outcome ? { detail: r.outcome } : {}),
      rowId: r.id,
    })),
    ...supports.map((s) => ({ kind: 'support' as const, on: s.providedOn, title: `${SUPPORT_KIND_LABELS[s.kind]} (${s.providedBy})`, ...(s.note ? { detail: s.note } : {}), rowId: s.id })),
    ...visits.map((v, i) => ({
      kind: 'visit' as const,
      on: v.visitedOn,
      title: `Thăm lại lần ${i + 1}: ${VISIT_SITUATION_LABELS[v.situation]}`,
      ...(v.notes || v.workPlace ? { detail: [v.workPlace, v.workDescription, v.notes].filter(Boolean).join('. ') } : {}),
      rowId: v.id,
    })),
    ...closuresAndReopenings(db, id),
  ].sort((a, b) => dayOf(a.on).localeCompare(dayOf(b.on)) || (a.kind === 'detection' ? -1 : b.kind === 'detection' ? 1 : 0));
  return {
    ...summary,
    minor: {
      id: minor.id,
      fullName: minor.fullName,
      sex: minor.sex as CaseDetail['minor']['sex'],
      ageAtInspection: minor.ageAtInspection,
      ...nullsToUndefined({ dateOfBirth: minor.dateOfBirth, homeAddress: minor.homeAddress, job: minor.job, schooling: minor.schooling }),
    },
    ...(establishment?.address ? { establishmentAddress: establishment.address } : {}),
    referrals,
    supports,
    visits,
    schedule,
    timeline,
    closableWithoutException: visits.length >= MIN_VISITS_TO_CLOSE,
  };
}

/** `followUp.getCase`: the child's identity is shown, so the view is logged (child-access.ts). */
export function getCase(db: Db, input: { id: string }, ctx: ServiceContext): CaseDetail {
  const detail = caseDetail(db, input.id, ctx);
  logChildView(db, ctx, { inspectionId: detail.inspectionId, count: 1, via: 'case' });
  return detail;
}

// ---- writing --------------------------------------------------------------------------------

function requireCase(db: Db, id: string) {
  const row = db.select().from(followUpCases).where(eq(followUpCases.id, id)).get();
  if (!row || row.deletedAt) notFound(WHAT);
  return row;
}

export function requireOpenCase(db: Db, id: string) {
  const row = requireCase(db, id);
  if (row.status !== 'active') throw new CommandError('CONFLICT', 'Hồ sơ theo dõi đã kết thúc; hãy mở lại trước khi ghi thêm');
  return row;
}

/** A suspicion of trafficking raises the case to an emergency (12 hours from now); withdrawing it recomputes the risk. */
export function updateCase(db: Db, input: CommandParsedInput<'followUp.updateCase'>, ctx: ServiceContext): CaseSummary {
  return writeTx(db, () => {
    const current = requireCase(db, input.id);
    checkVersion(db, followUpCases, input.id, { expectedVersion: input.expectedVersion, what: WHAT });
    if (input.traffickingSuspected === undefined || input.traffickingSuspected === current.traffickingSuspected) return caseSummary(db, input.id, ctx);
    const head = inspectionHead(db, current.inspectionId);
    const minor = db.select().from(minors).where(eq(minors.id, current.minorId)).get()!;
    const assessment = assessMinor(minor, head.establishmentKind as EstablishmentKind, loadCatalogue(db, head.catalogueVersion), input.traffickingSuspected);
    const now = ctx.now().toISOString();
    patchRow(
      db,
      ctx,
      followUpCases,
      input.id,
      {
        traffickingSuspected: input.traffickingSuspected,
        riskLevel: assessment.level,
        riskReasons: assessment.reasons,
        emergencyDeadline: assessment.level === 'emergency' ? (current.riskLevel === 'emergency' && current.emergencyDeadline ? current.emergencyDeadline : emergencyDeadlineOf(now)) : current.emergencyDeadline,
      },
      { expectedVersion: input.expectedVersion, what: WHAT },
    );
    return caseSummary(db, input.id, ctx);
  });
}

/**
 * Closing needs at least two follow-up visits and one of the reasons, or the exception with a
 * written reason (≥ 10 characters), which only a leader may choose (CLMRS: two visits).
 */
export function closeCase(db: Db, input: CommandParsedInput<'followUp.closeCase'>, ctx: ServiceContext): CaseSummary {
  return writeTx(db, () => {
    const current = requireOpenCase(db, input.id);
    checkVersion(db, followUpCases, input.id, { expectedVersion: input.expectedVersion, what: WHAT });
    const visits = db
      .select({ n: sql<number>`count(*)` })
      .from(caseVisits)
      .where(and(eq(caseVisits.caseId, input.id), isNull(caseVisits.deletedAt)))
      .get()!.n;
    const note = input.note?.trim() ?? '';
    if (input.reason === 'exception') {
      if (!(LEADERS as readonly string[]).includes(ctx.role)) throw new CommandError('FORBIDDEN', 'Chỉ lãnh đạo được kết thúc theo dõi theo trường hợp ngoại lệ');
      if (note.length < MIN_EXCEPTION_REASON) invalid('note', `Ghi rõ lý do kết thúc theo trường hợp ngoại lệ (ít nhất ${MIN_EXCEPTION_REASON} ký tự)`);
    } else if (visits < MIN_VISITS_TO_CLOSE) {
      invalid('reason', `Cần ít nhất ${MIN_VISITS_TO_CLOSE} lần thăm lại trước khi kết thúc theo dõi (mới có ${visits}); nếu không thể, chọn trường hợp ngoại lệ và ghi rõ lý do`);
    }
    if (input.closedOn < vietnamDayOf(current.openedAt)) invalid('closedOn', 'Ngày kết thúc không được trước ngày mở hồ sơ');
    if (input.closedOn > todayInVietnam(ctx)) invalid('closedOn', 'Ngày kết thúc không được sau ngày hôm nay');
    patchRow(
      db,
      ctx,
      followUpCases,
      input.id,
      { status: 'closed', closedOn: input.closedOn, closureReason: input.reason, closureNote: note || null },
      { expectedVersion: input.expectedVersion, what: WHAT },
    );
    return caseSummary(db, input.id, ctx);
  });
}

/** Reopens a closed case; the reason is kept in the audit trail (the closure fields are cleared). */
export function reopenCase(db: Db, input: CommandParsedInput<'followUp.reopenCase'>, ctx: ServiceContext): CaseSummary {
  return writeTx(db, () => {
    const current = requireCase(db, input.id);
    if (current.status !== 'closed') throw new CommandError('CONFLICT', 'Hồ sơ theo dõi đang mở');
    patchRow(db, ctx, followUpCases, input.id, { status: 'active', closedOn: null, closureReason: null, closureNote: null }, { expectedVersion: input.expectedVersion, what: WHAT });
    writeAudit(db, ctx, { action: 'update', entity: 'follow_up_case', entityId: input.id, note: `Mở lại hồ sơ theo dõi: ${input.reason}` });
    return caseSummary(db, input.id, ctx);
  });
}
