import * as z from 'zod';
import { Id } from './common';

const IsoDate = z.iso.date('Ngày không hợp lệ (định dạng YYYY-MM-DD)');

export const ReportPeriod = z
  .object({ from: IsoDate, to: IsoDate, label: z.string().max(100).optional() })
  .refine((p) => p.to >= p.from, { path: ['to'], message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' });

export const ReportArea = z.object({
  provinceCode: z.string().min(1).max(10).optional(),
  communeCodes: z.array(z.string().min(1).max(10)).max(500).default([]),
});

export const ReportFilters = z.object({ planId: Id.optional(), leadAgencyId: Id.optional() });

export const ReportInput = z.object({ period: ReportPeriod, area: ReportArea.default({ communeCodes: [] }), filters: ReportFilters.default({}) });
export type ReportInput = z.output<typeof ReportInput>;

const Count = z.number().int();
const CountBy = <K extends z.ZodType>(key: K) => z.array(z.object({ key, count: Count }));

export const ReportFigures = z.object({
  inspectionsByKind: CountBy(z.string()),
  inspectionsTotal: Count,
  establishmentsByKindAndSector: z.array(z.object({ kind: z.string(), sector: z.string(), count: Count })),
  establishmentsInspected: Count,
  establishmentsWithViolations: Count,
  violationsByCode: z.array(z.object({ code: z.string(), summary: z.string(), count: Count, totalProposedFine: z.number() })),
  violationsTotal: Count,
  totalProposedFines: z.number(),
  minorsByBandSexSector: z.array(z.object({ ageBand: z.string(), sex: z.string(), sector: z.string(), count: Count })),
  minorsTotal: Count,
  childrenUnder16: Count,
  commitments: z.object({ signed: Count, items: Count, fulfilled: Count, open: Count, overdue: Count, breached: Count }),
  minorsReferredOrSupported: Count,
  inspectionsByMonth: z.array(z.object({ month: z.string(), count: Count })),
  establishmentsWithViolationsList: z.array(
    z.object({ establishmentId: Id, name: z.string(), kind: z.string(), communeName: z.string().optional(), codes: z.array(z.string()), totalProposedFine: z.number() }),
  ),
});
export type ReportFigures = z.infer<typeof ReportFigures>;

export const ReportResult = z.object({
  input: ReportInput,
  figures: ReportFigures,
  catalogueVersions: z.array(z.string()),
  generatedAt: z.string(),
});
export type ReportResult = z.infer<typeof ReportResult>;
