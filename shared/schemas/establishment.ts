import * as z from 'zod';
import type { FieldIssue } from '../errors';
import { ExpectedVersion, issuesOf, patchOf } from './patch';
import { taxCodeProblem, normalizeTaxCode } from '../ids/tax-code';
import { Id, Paging, Timestamps, optionalText, requiredText } from './common';

export const ESTABLISHMENT_KINDS = [
  'enterprise',
  'cooperative',
  'cooperative_group',
  'household_business',
  'household',
  'craft_village',
  'other',
] as const;
export type EstablishmentKind = (typeof ESTABLISHMENT_KINDS)[number];

export const SECTORS = ['agriculture', 'handicraft', 'industry', 'construction', 'services', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

/** Why a saved establishment may duplicate another (each warning carries its own sentence). */
export const DUPLICATE_REASONS = ['same_tax_code', 'same_name_in_commune'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

const TAX_CODE_MESSAGES = {
  format: 'Mã số thuế phải gồm 10 chữ số, 13 chữ số (10 + 3 số chi nhánh) hoặc 12 chữ số định danh cá nhân',
  checksum: 'Mã số thuế sai chữ số kiểm tra (chữ số thứ 10)',
  sequence: 'Mã số thuế không hợp lệ: các chữ số 3–9 không được đều bằng 0',
  branch: 'Mã chi nhánh (3 số cuối) không được là 000',
} as const;

const TaxCode = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : normalizeTaxCode(v)) : v),
  z
    .string()
    .superRefine((code, ctx) => {
      const problem = taxCodeProblem(code);
      if (problem) ctx.addIssue({ code: 'custom', message: TAX_CODE_MESSAGES[problem] });
    })
    .optional(),
);

const Count = z.number().int().min(0).max(1_000_000).optional();

const EstablishmentFields = z.object({
  name: requiredText(300),
  kind: z.enum(ESTABLISHMENT_KINDS),
  taxCode: TaxCode,
  businessRegNo: optionalText(50),
  address: optionalText(500),
  provinceCode: optionalText(10),
  communeCode: optionalText(10),
  sector: z.enum(SECTORS).optional(),
  trade: optionalText(200),
  supplyChainNote: optionalText(2000),
  legalRepName: optionalText(200),
  legalRepTitle: optionalText(100),
  legalRepPhone: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().regex(/^[0-9+ .()-]{8,20}$/, 'Số điện thoại chỉ gồm chữ số, từ 8 đến 20 ký tự').optional(),
  ),
  workersTotal: Count,
  workersUnder18: Count,
  notes: optionalText(4000),
  parentId: Id.optional(),
});

/** Rules between fields: checked on the form, and by the service on the record as an update leaves it. */
export function establishmentRuleIssues(v: { workersTotal?: number | null; workersUnder18?: number | null }): FieldIssue[] {
  if (v.workersTotal != null && v.workersUnder18 != null && v.workersUnder18 > v.workersTotal) {
    return [{ path: ['workersUnder18'], message: 'Không được lớn hơn tổng số lao động' }];
  }
  return [];
}

/** The form schema, shared by the renderer's instant validation and the service. */
export const EstablishmentInput = EstablishmentFields.superRefine(issuesOf(establishmentRuleIssues));
export type EstablishmentInput = z.input<typeof EstablishmentInput>;

export const EstablishmentUpdateInput = patchOf(EstablishmentFields).extend({ id: Id, expectedVersion: ExpectedVersion });

export const Establishment = EstablishmentFields.extend({
  id: Id,
  taxCode: z.string().optional(),
  provinceName: z.string().optional(),
  communeName: z.string().optional(),
  parentName: z.string().optional(),
}).extend(Timestamps.shape);
export type Establishment = z.infer<typeof Establishment>;

export const DuplicateWarning = z.object({
  reason: z.enum(DUPLICATE_REASONS),
  establishmentId: Id,
  name: z.string(),
  message: z.string(),
});
export type DuplicateWarning = z.infer<typeof DuplicateWarning>;

export const EstablishmentSaved = z.object({ establishment: Establishment, warnings: z.array(DuplicateWarning) });

export const EstablishmentSearchInput = Paging.extend({
  query: optionalText(200),
  kind: z.enum(ESTABLISHMENT_KINDS).optional(),
  provinceCode: optionalText(10),
  communeCode: optionalText(10),
  parentId: Id.optional(),
  includeDeleted: z.boolean().default(false),
});

export const EstablishmentSearchResult = z.object({ items: z.array(Establishment), total: z.number().int() });

export const EstablishmentDetail = z.object({
  establishment: Establishment,
  members: z.array(Establishment),
});
