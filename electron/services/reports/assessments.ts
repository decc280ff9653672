import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { stableId } from '../../../db/ids';
import { reportAssessments } from '../../../db/schema';
import { checkVersion, upsertRow, writeTx } from '../../../db/write-path';
import type { CommandParsedInput } from '../../../shared/commands';
import { sentFields } from '../../../shared/schemas/patch';
import { periodWithLabel, type ReportAssessment, type ReportInput } from '../../../shared/schemas/report';
import { hlcToIso } from '../../../shared/sync/hlc';
import type { ServiceContext } from '../context';

/**
 * The report an assessment belongs to: its period and its scope (province, communes in any order,
 * plan, lead agency), as one key. The same report on another laptop has the same key, and the
 * assessment the same id.
 */
export function assessmentScopeKey(input: ReportInput): string {
  return JSON.stringify([
    input.period.from,
    input.period.to,
    input.area.provinceCode ?? '',
    [...new Set(input.area.communeCodes)].sort(),
    input.filters.planId ?? '',
    input.filters.leadAgencyId ?? '',
  ]);
}

type Row = typeof reportAssessments.$inferSelect;

function toAssessment(row: Row): ReportAssessment {
  const { id, scopeKey, periodFrom, periodTo, periodLabel, results, advantages, difficulties, causes, solutions, recommendations, version, updatedAt, updatedBy } = row;
  const texts = { periodLabel, results, advantages, difficulties, causes, solutions, recommendations };
  return {
    id,
    scopeKey,
    periodFrom,
    periodTo,
    ...Object.fromEntries(Object.entries(texts).filter(([, v]) => v !== null)),
    version,
    updatedAt: hlcToIso(updatedAt),
    ...(updatedBy ? { updatedBy } : {}),
  };
}

/** The assessment saved for this report, if any (a deleted one is not). */
export function findAssessment(db: Db, input: ReportInput): ReportAssessment | undefined {
  const row = db.select().from(reportAssessments).where(eq(reportAssessments.scopeKey, assessmentScopeKey(input))).get();
  return row && !row.deletedAt ? toAssessment(row) : undefined;
}

/** The assessment of this report, or an empty one (version 0) when none is saved yet. */
export function getAssessment(db: Db, input: ReportInput): ReportAssessment {
  const scopeKey = assessmentScopeKey(input);
  const period = periodWithLabel(input.period);
  return (
    findAssessment(db, input) ?? {
      id: stableId('report_assessments', scopeKey),
      scopeKey,
      periodFrom: period.from,
      periodTo: period.to,
      ...(period.label ? { periodLabel: period.label } : {}),
      version: 0,
    }
  );
}

/** Saves the sections sent (the others are kept) with the period's label; one row per report. */
export function saveAssessment(db: Db, input: CommandParsedInput<'reports.saveAssessment'>, ctx: ServiceContext): ReportAssessment {
  const { period, area, filters, expectedVersion, ...sections } = input;
  const report = { period, area, filters };
  const scopeKey = assessmentScopeKey(report);
  const id = stableId('report_assessments', scopeKey);
  const labelled = periodWithLabel(period);
  return writeTx(db, () => {
    const existing = db.select({ id: reportAssessments.id }).from(reportAssessments).where(eq(reportAssessments.id, id)).get();
    if (existing && expectedVersion !== undefined) checkVersion(db, reportAssessments, id, { expectedVersion, what: 'phần đánh giá của báo cáo' });
    upsertRow(db, ctx, reportAssessments, {
      id,
      scopeKey,
      periodFrom: period.from,
      periodTo: period.to,
      periodLabel: labelled.label ?? null,
      ...sentFields(sections),
    });
    return findAssessment(db, report)!;
  });
}
