import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { leanPrepared } from '../../db/fast-read';
import { preparedQuery } from '../../db/prepared';
import { minors, violationMinors, violations } from '../../db/schema';
import { checkVersion, deleteRow, insertRow, patchRow, touchRow, writeTx } from '../../db/write-path';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import type { Catalogue } from '../../shared/catalogue/schema';
import { shortDate } from '../../shared/labels/text';
import { ageBand, checkAge, checkDateOfBirth, isChild, isIsoDate } from '../../shared/minors/age';
import { minorAlerts } from '../../shared/minors/suggest-violations';
import type { EstablishmentKind } from '../../shared/schemas/establishment';
import { minorRuleIssues, type Minor } from '../../shared/schemas/inspection';
import { sentFields } from '../../shared/schemas/patch';
import { loadCatalogue } from './catalogue';
import { markBreaches } from './checklist';
import { todayInVietnam, type ServiceContext } from './context';
import { requireEditableInspection, type InspectionHead } from './inspection-guard';
import { invalid, notFound, nullsToUndefined, recordMeta, refuse } from './rows';

const WHAT = 'người lao động chưa thành niên';

type MinorRow = typeof minors.$inferSelect;
type MinorFacts = Omit<Minor, 'id' | 'inspectionId' | 'ageAtInspection' | 'ageBand' | 'ageEstimated' | 'isChild' | 'warnings' | 'alerts' | keyof ReturnType<typeof recordMeta>>;

/** What the alerts need besides the minor: the record's catalogue and the establishment's kind. */
export interface AlertContext {
  catalogue: Catalogue;
  establishmentKind: string;
}

/** Completed years at the inspection date, from the date of birth or, failing it, the estimate. */
function ageOf(facts: { dateOfBirth?: string | null; estimatedAge?: number | null }, inspectionDate: string, path?: string) {
  const check = facts.dateOfBirth ? checkDateOfBirth(facts.dateOfBirth, inspectionDate) : checkAge(facts.estimatedAge!);
  if (!check.ok) {
    const field = path ?? (facts.dateOfBirth ? 'dateOfBirth' : 'estimatedAge');
    throw new CommandError('VALIDATION', check.error, [{ path: [field], message: check.error }]);
  }
  return check;
}

export function toMinor(row: MinorRow, inspectionDate: string, context?: AlertContext): Minor {
  const { deviceId: _d, updatedBy: _u, createdAt, updatedAt, deletedAt, version, id, inspectionId, ageAtInspection, ageBand: band, ...facts } = row;
  const check = row.dateOfBirth ? checkDateOfBirth(row.dateOfBirth, inspectionDate) : checkAge(row.estimatedAge ?? row.ageAtInspection);
  const known = nullsToUndefined(facts) as MinorFacts;
  const alerts = context
    ? minorAlerts({ ...known, age: ageAtInspection, ageEstimated: !row.dateOfBirth }, context.establishmentKind as EstablishmentKind, context.catalogue).map((a) => ({ typeCode: a.code, text: a.text }))
    : [];
  return {
    ...known,
    id,
    inspectionId,
    ageAtInspection,
    ageBand: band as Minor['ageBand'],
    ageEstimated: !row.dateOfBirth,
    isChild: isChild(ageAtInspection),
    warnings: check.ok ? check.warnings : [],
    alerts,
    ...recordMeta({ createdAt, updatedAt, deletedAt, version }),
  };
}

const liveOf = (inspectionId: string) => and(eq(minors.inspectionId, inspectionId), isNull(minors.deletedAt));

export function loadMinors(db: Db, inspectionId: string, inspectionDate: string, context?: AlertContext): Minor[] {
  return db
    .select()
    .from(minors)
    .where(liveOf(inspectionId))
    .orderBy(asc(minors.createdAt), asc(minors.id))
    .all()
    .map((r) => toMinor(r, inspectionDate, context));
}

const alertContext = (db: Db, head: InspectionHead): AlertContext => ({ catalogue: loadCatalogue(db, head.catalogueVersion), establishmentKind: head.establishmentKind });

/** A date of birth after today is a typing mistake, whatever the inspection date. */
function checkBirthNotFuture(dateOfBirth: string | null | undefined, ctx: ServiceContext): void {
  const today = todayInVietnam(ctx);
  if (dateOfBirth && isIsoDate(dateOfBirth) && dateOfBirth > today) invalid('dateOfBirth', `Ngày sinh không được sau ngày hôm nay (${shortDate(today)})`);
}

function requireMinor(db: Db, id: string): MinorRow {
  const byId = preparedQuery(db, 'minors.liveById', () =>
    leanPrepared(db, db
      .select()
      .from(minors)
      .where(and(eq(minors.id, sql.placeholder('id')), isNull(minors.deletedAt)))),
  );
  return byId.get({ id }) ?? notFound(WHAT);
}

export function createMinor(db: Db, input: CommandParsedInput<'minors.create'>, ctx: ServiceContext): Minor {
  return writeTx(db, () => {
    const head = requireEditableInspection(db, input.inspectionId);
    const { age } = ageOf(input, head.inspectionDate);
    checkBirthNotFuture(input.dateOfBirth, ctx);
    const row = insertRow(db, ctx, minors, { ...input, ageAtInspection: age, ageBand: ageBand(age) });
    return toMinor(row, head.inspectionDate, alertContext(db, head));
  });
}

/** Changes only the facts sent; the birth rule and the age are checked on the record as it will be. */
export function updateMinor(db: Db, input: CommandParsedInput<'minors.update'>, ctx: ServiceContext): Minor {
  const { id, expectedVersion, ...patch } = input;
  return writeTx(db, () => {
    const before = requireMinor(db, id);
    const head = requireEditableInspection(db, before.inspectionId);
    checkVersion(db, minors, id, { expectedVersion, what: WHAT });
    const sent = sentFields(patch);
    const merged = { ...before, ...sent };
    refuse(minorRuleIssues(merged));
    const { age } = ageOf(merged, head.inspectionDate);
    if (sent.dateOfBirth) checkBirthNotFuture(sent.dateOfBirth, ctx);
    const row = patchRow(db, ctx, minors, id, { ...sent, ageAtInspection: age, ageBand: ageBand(age) }, { expectedVersion, what: WHAT });
    // A new age band may change which checklist items the minor's violations breach.
    if (row.ageBand !== before.ageBand) markBreaches(db, ctx, head.id, loadCatalogue(db, head.catalogueVersion));
    return toMinor(row, head.inspectionDate, alertContext(db, head));
  });
}

/**
 * A removed minor is unlinked from the violations that named them, in the same transaction
 * (the violations stay, even one left without a minor: the inspector decides what to do with it).
 */
export function removeMinor(db: Db, input: CommandParsedInput<'minors.remove'>, ctx: ServiceContext): { id: string } {
  return writeTx(db, () => {
    const minor = requireMinor(db, input.id);
    requireEditableInspection(db, minor.inspectionId);
    deleteRow(db, ctx, minors, input.id, { expectedVersion: input.expectedVersion, what: WHAT });
    const links = db
      .select({ id: violationMinors.id, violationId: violationMinors.violationId })
      .from(violationMinors)
      .where(and(eq(violationMinors.minorId, input.id), isNull(violationMinors.deletedAt)))
      .all();
    for (const link of links) {
      deleteRow(db, ctx, violationMinors, link.id);
      // The violation's list of minors changed: an editor holding its old version is told.
      touchRow(db, violations, link.violationId);
    }
    if (links.length > 0) {
      const head = requireEditableInspection(db, minor.inspectionId);
      markBreaches(db, ctx, head.id, loadCatalogue(db, head.catalogueVersion));
    }
    return { id: input.id };
  });
}

/** When the inspection date changes, every age is recomputed at the new date (each change stamped and logged). */
export function recomputeAges(db: Db, ctx: ServiceContext, inspectionId: string, inspectionDate: string): void {
  const rows = db
    .select({ id: minors.id, dateOfBirth: minors.dateOfBirth, estimatedAge: minors.estimatedAge })
    .from(minors)
    .where(liveOf(inspectionId))
    .all();
  for (const r of rows) {
    const { age } = ageOf(r, inspectionDate, 'inspectionDate');
    patchRow(db, ctx, minors, r.id, { ageAtInspection: age, ageBand: ageBand(age) }, { what: WHAT });
  }
}
