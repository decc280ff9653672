import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import { ageBand, checkAge, checkDateOfBirth, isChild } from '../../shared/minors/age';
import type { Minor } from '../../shared/schemas/inspection';
import { diffFields, writeAudit } from './audit';
import type { ServiceContext } from './context';
import { requireEditableInspection } from './inspection-guard';
import { notFound, nullsToUndefined } from './rows';
import { markDeleted } from './soft-delete';

const FACT_COLUMNS = {
  fullName: 'full_name', sex: 'sex', dateOfBirth: 'date_of_birth', estimatedAge: 'estimated_age', ethnicity: 'ethnicity',
  homeAddress: 'home_address', job: 'job', hoursPerDay: 'hours_per_day', hoursPerWeek: 'hours_per_week', nightWork: 'night_work',
  overtime: 'overtime', schooling: 'schooling', writtenContract: 'written_contract', guardianConsent: 'guardian_consent',
  healthCertificate: 'health_certificate', inRegister: 'in_register', jobInLightWorkList: 'job_in_light_work_list',
  jobInOvertimeNightList: 'job_in_overtime_night_list',
  hazardousJob: 'hazardous_job', hazardousWorkplace: 'hazardous_workplace', artSportWork: 'art_sport_work',
  provincialConsent: 'provincial_consent', notes: 'notes',
} as const;
type FactKey = keyof typeof FACT_COLUMNS;
const FACT_KEYS = Object.keys(FACT_COLUMNS) as FactKey[];
const BOOLEAN_FACTS = new Set<FactKey>([
  'nightWork', 'overtime', 'writtenContract', 'guardianConsent', 'healthCertificate', 'inRegister', 'jobInLightWorkList', 'jobInOvertimeNightList',
  'hazardousJob', 'hazardousWorkplace', 'artSportWork', 'provincialConsent',
]);

const SELECT = `SELECT id, inspection_id AS inspectionId, age_at_inspection AS ageAtInspection, age_band AS ageBand,
  created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt,
  ${FACT_KEYS.map((k) => `${FACT_COLUMNS[k]} AS ${k}`).join(', ')} FROM minors`;

type Row = Record<string, unknown> & { deletedAt: string | null; ageAtInspection: number; dateOfBirth: string | null; estimatedAge: number | null };

/** Completed years at the inspection date, from the date of birth or, failing it, the estimate. */
function ageOf(facts: { dateOfBirth?: string | null; estimatedAge?: number | null }, inspectionDate: string) {
  const check = facts.dateOfBirth ? checkDateOfBirth(facts.dateOfBirth, inspectionDate) : checkAge(facts.estimatedAge!);
  if (!check.ok) {
    const field = facts.dateOfBirth ? 'dateOfBirth' : 'estimatedAge';
    throw new CommandError('VALIDATION', check.error, [{ path: [field], message: check.error }]);
  }
  return check;
}

export function toMinor(row: Row, inspectionDate: string): Minor {
  const { deletedAt, ...rest } = row;
  const base = nullsToUndefined(rest) as Record<string, unknown>;
  for (const key of BOOLEAN_FACTS) if (typeof base[key] === 'number') base[key] = base[key] === 1;
  const check = row.dateOfBirth ? checkDateOfBirth(row.dateOfBirth, inspectionDate) : checkAge(row.estimatedAge ?? row.ageAtInspection);
  return {
    ...(base as unknown as Minor),
    ageEstimated: !row.dateOfBirth,
    isChild: isChild(row.ageAtInspection),
    warnings: check.ok ? check.warnings : [],
    deletedAt,
  };
}

export function loadMinors(db: Db, inspectionId: string, inspectionDate: string): Minor[] {
  const rows = db.$client.prepare(`${SELECT} WHERE inspection_id = ? AND deleted_at IS NULL ORDER BY created_at, id`).all(inspectionId) as Row[];
  return rows.map((r) => toMinor(r, inspectionDate));
}

function requireMinor(db: Db, id: string): Row & { inspectionId: string } {
  const row = db.$client.prepare(`${SELECT} WHERE id = ? AND deleted_at IS NULL`).get(id) as (Row & { inspectionId: string }) | undefined;
  return row ?? notFound('người lao động chưa thành niên');
}

function factValues(input: Partial<Record<FactKey, unknown>>): unknown[] {
  return FACT_KEYS.map((k) => {
    const v = input[k];
    if (v === undefined) return null;
    return typeof v === 'boolean' ? Number(v) : v;
  });
}

export function createMinor(db: Db, input: CommandParsedInput<'minors.create'>, ctx: ServiceContext): Minor {
  return db.$client.transaction(() => {
    const head = requireEditableInspection(db, input.inspectionId);
    const { age } = ageOf(input, head.inspectionDate);
    const id = newId();
    const now = ctx.now().toISOString();
    db.$client
      .prepare(
        `INSERT INTO minors (id, inspection_id, age_at_inspection, age_band, created_at, updated_at, updated_by, ${FACT_KEYS.map((k) => FACT_COLUMNS[k]).join(', ')})
         VALUES (?, ?, ?, ?, ?, ?, ?, ${FACT_KEYS.map(() => '?').join(', ')})`,
      )
      .run(id, input.inspectionId, age, ageBand(age), now, now, ctx.actor, ...factValues(input));
    writeAudit(db, ctx, { action: 'create', entity: 'minor', entityId: id });
    return toMinor(requireMinor(db, id), head.inspectionDate);
  })();
}

export function updateMinor(db: Db, input: CommandParsedInput<'minors.update'>, ctx: ServiceContext): Minor {
  return db.$client.transaction(() => {
    const before = requireMinor(db, input.id);
    const head = requireEditableInspection(db, before.inspectionId);
    const { age } = ageOf(input, head.inspectionDate);
    db.$client
      .prepare(
        `UPDATE minors SET age_at_inspection = ?, age_band = ?, updated_at = ?, updated_by = ?, ${FACT_KEYS.map((k) => `${FACT_COLUMNS[k]} = ?`).join(', ')} WHERE id = ?`,
      )
      .run(age, ageBand(age), ctx.now().toISOString(), ctx.actor, ...factValues(input), input.id);
    const after = requireMinor(db, input.id);
    // Names and facts of children stay out of the audit values: only which fields changed.
    const changed = Object.keys(diffFields(before, after));
    writeAudit(db, ctx, { action: 'update', entity: 'minor', entityId: input.id, changes: { fields: changed } });
    return toMinor(after, head.inspectionDate);
  })();
}

export function removeMinor(db: Db, input: { id: string }, ctx: ServiceContext): { id: string } {
  return db.$client.transaction(() => {
    const minor = requireMinor(db, input.id);
    requireEditableInspection(db, minor.inspectionId);
    markDeleted(db, ctx, { table: 'minors', entity: 'minor', id: input.id });
    return { id: input.id };
  })();
}

/** When the inspection date changes, every age is recomputed at the new date. */
export function recomputeAges(db: Db, inspectionId: string, inspectionDate: string): void {
  const rows = db.$client
    .prepare('SELECT id, date_of_birth AS dateOfBirth, estimated_age AS estimatedAge FROM minors WHERE inspection_id = ? AND deleted_at IS NULL')
    .all(inspectionId) as { id: string; dateOfBirth: string | null; estimatedAge: number | null }[];
  const update = db.$client.prepare('UPDATE minors SET age_at_inspection = ?, age_band = ? WHERE id = ?');
  for (const r of rows) {
    const { age } = ageOf(r, inspectionDate);
    update.run(age, ageBand(age), r.id);
  }
}
