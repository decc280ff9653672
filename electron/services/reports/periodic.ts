import type { Db } from '../../../db/client';
import type { ReportInput, ReportResult } from '../../../shared/schemas/report';
import type { ServiceContext } from '../context';
import { computeFigures } from './figures';

/** The figures of a period and area, stamped with what they were computed from. */
export function periodicReport(db: Db, input: ReportInput, ctx: ServiceContext): ReportResult {
  const { figures, catalogueVersions } = computeFigures(db, input);
  return { input, figures, catalogueVersions, generatedAt: ctx.now().toISOString() };
}
