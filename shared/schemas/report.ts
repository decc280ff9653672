import * as z from 'zod';
import { Id, optionalText } from './common';
import { ExpectedVersion, patchOf } from './patch';

const IsoDate = z.iso.date('Ngày không hợp lệ (định dạng YYYY-MM-DD)');

/**
 * Reporting periods offered besides a period of the user's own: calendar halves and year, and
 * the official cut-offs of periodic reports (6 months: 15/12 of the previous year – 14/06; year:
 * 15/12 of the previous year – 14/12; Decree 09/2019/NĐ-CP Art. 12, not in legal-reference.md:
 * to verify, see `OFFICIAL_CUTOFF_VERIFIED`). Labels: shared/labels/report.ts.
 */
export const REPORT_PERIOD_PRESETS = ['official_six_months', 'official_year', 'first_half', 'second_half', 'calendar_year', 'custom'] as const;
export type ReportPeriodPreset = (typeof REPORT_PERIOD_PRESETS)[number];
export const OFFICIAL_CUTOFF_VERIFIED = false;

/** The dates and the label ("6 tháng đầu năm 2026", "năm 2026") of a preset for a year; undefined for `custom`. */
export function presetPeriod(preset: ReportPeriodPreset, year: number): { from: string; to: string; label: string } | undefined {
  const y = String(year).padStart(4, '0');
  const prev = String(year - 1).padStart(4, '0');
  switch (preset) {
    case 'official_six_months':
      return { from: `${prev}-12-15`, to: `${y}-06-14`, label: `6 tháng đầu năm ${year}` };
    case 'official_year':
      return { from: `${prev}-12-15`, to: `${y}-12-14`, label: `năm ${year}` };
    case 'first_half':
      return { from: `${y}-01-01`, to: `${y}-06-30`, label: `6 tháng đầu năm ${year}` };
    case 'second_half':
      return { from: `${y}-07-01`, to: `${y}-12-31`, label: `6 tháng cuối năm ${year}` };
    case 'calendar_year':
      return { from: `${y}-01-01`, to: `${y}-12-31`, label: `năm ${year}` };
    case 'custom':
      return undefined;
  }
}

/** The preset whose dates these are (the year is that of `to`), or undefined. */
export function presetOf(from: string, to: string): Exclude<ReportPeriodPreset, 'custom'> | undefined {
  const year = Number(to.slice(0, 4));
  return REPORT_PERIOD_PRESETS.find((p): p is Exclude<ReportPeriodPreset, 'custom'> => {
    const period = presetPeriod(p, year);
    return !!period && period.from === from && period.to === to;
  });
}

export const ReportPeriod = z
  .object({
    from: IsoDate,
    to: IsoDate,
    /** The period's name as the report prints it ("6 tháng đầu năm 2026"); a preset gives one when left out. */
    label: z.string().max(100).optional(),
    /** Which preset the dates come from; the dates must then be the preset's for the year of `to`. */
    preset: z.enum(REPORT_PERIOD_PRESETS).optional(),
  })
  .refine((p) => p.to >= p.from, { path: ['to'], message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' })
  .refine(
    (p) => {
      if (!p.preset || p.preset === 'custom' || p.to < p.from) return true;
      const period = presetPeriod(p.preset, Number(p.to.slice(0, 4)));
      return period?.from === p.from && period.to === p.to;
    },
    { path: ['preset'], message: 'Ngày bắt đầu, ngày kết thúc không khớp với kỳ báo cáo đã chọn' },
  );

/** The period with its label: the one the user gave, else its preset's ("6 tháng đầu năm 2026"). */
export function periodWithLabel<P extends { from: string; to: string; label?: string; preset?: ReportPeriodPreset }>(period: P): P {
  if (period.label?.trim()) return period;
  const preset = period.preset && period.preset !== 'custom' ? period.preset : presetOf(period.from, period.to);
  const label = preset ? presetPeriod(preset, Number(period.to.slice(0, 4)))?.label : undefined;
  return label ? { ...period, label } : period;
}

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
  /**
   * Each item counted by its status on `asOf` (a status set later counts as not yet set):
   * the report date when it falls inside the period, otherwise the period's last day.
   */
  commitments: z.object({ signed: Count, items: Count, fulfilled: Count, open: Count, overdue: Count, breached: Count, asOf: z.string(), asOfNote: z.string() }),
  /** The same as `followUp.intervened` (kept for readers of the first JSON layout). */
  minorsReferredOrSupported: Count,
  /**
   * Children's cases (issue 11; Decision 782/QĐ-TTg: 100% of children detected supported or
   * intervened), counted on `commitments.asOf`: the live cases of the minors in scope (a minor
   * removed by an amendment not counted); supported / referred = at least one support / referral
   * dated on or before that day; intervened = supported or referred; `interventionRate` =
   * intervened ÷ detected in % (one decimal; null without any case) against `interventionTarget`;
   * back in school or training = the latest visit on or before that day found the child in school
   * or training, or the case was closed for that reason; closed = closed on or before that day.
   */
  followUp: z.object({
    detected: Count,
    emergency: Count,
    supported: Count,
    referred: Count,
    intervened: Count,
    interventionRate: z.number().nullable(),
    interventionTarget: z.number(),
    backInSchoolOrTraining: Count,
    closed: Count,
  }),
  /** Minors in scope recorded in a forbidden (heavy, hazardous, dangerous) job or workplace. */
  minorsInHazardousWork: Count,
  /** Establishments in scope inside a craft village (a member of one, or the village itself); households among them. */
  craftVillage: z.object({ establishments: Count, households: Count }),
  /** Inspections whose team present came from two agencies or more (joint), and the others. */
  inspectionsByTeam: z.object({ joint: Count, singleAgency: Count }),
  /** Inspections in scope whose record of administrative violation was made (a violation marked so). */
  violationRecordsMade: Count,
  /**
   * Sanctions: proposed = inspections in scope with a violation (their fines proposed); decisions
   * issued on those inspections on or before `commitments.asOf`, their amounts, and those paid.
   */
  sanctions: z.object({ proposed: Count, decisions: Count, inspectionsDecided: Count, amountDecided: z.number(), paid: Count, amountPaid: z.number() }),
  /**
   * Commitment items in scope verified at a re-inspection dated on or before `commitments.asOf`,
   * by their latest verdict; the re-inspections that gave them.
   */
  commitmentChecks: z.object({ itemsVerified: Count, kept: Count, breached: Count, reinspections: Count }),
  inspectionsByMonth: z.array(z.object({ month: z.string(), count: Count })),
  establishmentsWithViolationsList: z.array(
    z.object({ establishmentId: Id, name: z.string(), kind: z.string(), communeName: z.string().optional(), codes: z.array(z.string()), totalProposedFine: z.number() }),
  ),
});
export type ReportFigures = z.infer<typeof ReportFigures>;

// ---- the assessment a department writes with its report -----------------------------

/** The sections of the assessment, in the order the source reports write them. Labels: shared/labels/report.ts. */
export const ASSESSMENT_SECTIONS = ['results', 'advantages', 'difficulties', 'causes', 'solutions', 'recommendations'] as const;
export type AssessmentSection = (typeof ASSESSMENT_SECTIONS)[number];

const AssessmentText = optionalText(20000);
export const AssessmentFields = z.object({
  results: AssessmentText,
  advantages: AssessmentText,
  difficulties: AssessmentText,
  causes: AssessmentText,
  solutions: AssessmentText,
  recommendations: AssessmentText,
});

/** Kept per report period and scope (area, plan, lead agency): `version` 0 = nothing saved yet. */
export const ReportAssessment = AssessmentFields.extend({
  id: Id,
  scopeKey: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  periodLabel: z.string().optional(),
  version: z.number().int(),
  updatedAt: z.string().optional(),
  updatedBy: z.string().optional(),
});
export type ReportAssessment = z.infer<typeof ReportAssessment>;

/** The report it belongs to, and the sections sent (left out = unchanged, blank or null = cleared). */
export const SaveAssessmentInput = ReportInput.safeExtend({ ...patchOf(AssessmentFields).shape, expectedVersion: ExpectedVersion });

export const ReportResult = z.object({
  input: ReportInput,
  figures: ReportFigures,
  catalogueVersions: z.array(z.string()),
  generatedAt: z.string(),
  /** The assessment saved for this period and scope, if any. */
  assessment: ReportAssessment.optional(),
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
