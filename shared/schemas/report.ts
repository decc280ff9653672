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

export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The grounds on which children's personal details may leave the app (legal-reference §7):
 * a written request of a competent body, a referral to the commune under the intervention
 * process of Decree 56/2017 Art. 26, or another ground stated in full. Labels: shared/labels/report.ts.
 */
export const CHILD_DATA_BASES = ['competent_request', 'referral_decree56', 'other'] as const;
export type ChildDataBasisKind = (typeof CHILD_DATA_BASES)[number];

export const OTHER_BASIS_MIN = 20;

const basisText = (max: number, missing: string) =>
  z.string(missing).trim().min(1, missing).max(max, `Tối đa ${max} ký tự`);

export const ChildDataBasis = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('competent_request'),
      requestingBody: basisText(300, 'Ghi tên cơ quan có thẩm quyền đề nghị cung cấp'),
      documentNumber: basisText(100, 'Ghi số văn bản đề nghị'),
      documentDate: z.iso.date('Ghi ngày của văn bản đề nghị (ngày/tháng/năm)'),
    }),
    z.object({
      kind: z.literal('referral_decree56'),
      /** The commune People's Committee (or other body) the information goes to. */
      recipient: basisText(300, 'Ghi nơi nhận').optional(),
    }),
    z.object({
      kind: z.literal('other'),
      otherGround: z
        .string('Ghi rõ căn cứ pháp lý')
        .trim()
        .min(OTHER_BASIS_MIN, `Căn cứ pháp lý khác phải ghi rõ văn bản, điều khoản và mục đích (ít nhất ${OTHER_BASIS_MIN} ký tự)`)
        .max(1000, 'Tối đa 1000 ký tự'),
    }),
  ],
  { error: 'Chọn căn cứ pháp lý trong danh sách' },
);
export type ChildDataBasis = z.output<typeof ChildDataBasis>;

/**
 * Exports are pseudonymised: no child's name, date of birth, address or ID number. Child
 * details are added only on an explicit choice with a legal basis from the list, by a leader
 * or the admin (checked by the service), and audited.
 */
export const ReportExportInput = ReportInput.safeExtend({
  format: z.enum(EXPORT_FORMATS),
  includeChildDetails: z.boolean().default(false),
  legalBasis: ChildDataBasis.optional(),
}).superRefine((v, ctx) => {
  if (v.includeChildDetails && !v.legalBasis) {
    ctx.addIssue({ code: 'custom', path: ['legalBasis'], message: 'Chọn căn cứ pháp lý khi xuất thông tin cá nhân của trẻ em' });
  }
});
export type ReportExportInput = z.output<typeof ReportExportInput>;

export const EXPORT_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type ExportState = (typeof EXPORT_STATES)[number];
export const ExportJob = z.object({
  jobId: Id,
  format: z.enum(EXPORT_FORMATS),
  state: z.enum(EXPORT_STATES),
  /** 0 … 1 */
  progress: z.number(),
  stage: z.string(),
  documentId: Id.optional(),
  fileName: z.string().optional(),
  error: z.string().optional(),
});
export type ExportJob = z.infer<typeof ExportJob>;
