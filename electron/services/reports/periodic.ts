import type { Db } from '../../../db/client';
import { periodWithLabel, type ReportInput, type ReportResult } from '../../../shared/schemas/report';
import { todayInVietnam, type ServiceContext } from '../context';
import { findAssessment } from './assessments';
import { computeFigures } from './figures';

/**
 * The figures of a period and area, stamped with what they were computed from. Commitment items
 * are judged on the report date when it falls inside the period (a period still running), else
 * on the period's last day, so a closed period gives the same figures whenever it is exported.
 */
export function periodicReport(db: Db, input: ReportInput, ctx: ServiceContext): ReportResult {
  const today = todayInVietnam(ctx);
  const report = { ...input, period: periodWithLabel(input.period) };
  const { figures, catalogueVersions } = computeFigures(db, report, today);
  const assessment = findAssessment(db, report);
  return { input: report, figures, catalogueVersions, generatedAt: ctx.now().toISOString(), ...(assessment ? { assessment } : {}) };
}
