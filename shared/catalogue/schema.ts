import * as z from 'zod';
import type { FieldIssue } from '../errors';
import { isIsoDate, MINOR_AGE_BANDS } from '../minors/age';

/**
 * A versioned legal catalogue: checklist items and sanctionable acts with fine brackets.
 * The law changes (Decree 12/2022 may be replaced), so a newer catalogue can be imported from a
 * JSON file and every inspection record keeps the version it was made with.
 */

const text = (max: number) => z.string().trim().min(1, 'Bắt buộc nhập').max(max, `Tối đa ${max} ký tự`);

const IsoDate = z.string().refine(isIsoDate, 'Ngày không hợp lệ (cần ngày có thật, định dạng YYYY-MM-DD)');

const AgeBands = z
  .array(z.enum(MINOR_AGE_BANDS))
  .min(1, 'Cần ít nhất một nhóm tuổi')
  .refine((bands) => new Set(bands).size === bands.length, 'Nhóm tuổi bị lặp');

/** Amounts in whole VND, as written in the decree for an individual offender. */
const Vnd = z.number().int('Số tiền phải là số nguyên đồng').positive('Số tiền phải lớn hơn 0').max(10_000_000_000, 'Số tiền quá lớn');

/** "2022.1", "2026.12": a year and a sequence number from 1, with no leading zero. */
export const CATALOGUE_VERSION = /^\d{4}\.[1-9]\d*$/;

export const ChecklistItem = z.object({
  code: z.string().regex(/^CK-\d{2,3}$/, 'Mã mục kiểm tra phải có dạng CK-01'),
  title: text(1000),
  legalReference: text(500),
  ageBands: AgeBands,
  verified: z.boolean(),
  note: text(2000).optional(),
  /** Catalogue violation codes an inspector may record when this requirement is not met. */
  violationCodes: z.array(z.string()).optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const AdditionalPenalty = z.object({ text: text(1000), verified: z.boolean() });

export const ViolationType = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)+$/, 'Mã hành vi phải có dạng LDCTN-01'),
    /** The sanctioned act, in the decree's own words. */
    title: text(2000),
    /** Short Vietnamese label for lists, where several codes share one legal point. */
    summary: text(300),
    /** The sanctioning provision, e.g. "Điểm a Khoản 2 Điều 29 Nghị định 12/2022/NĐ-CP". */
    legalReference: text(500),
    /** The obligation that was breached, e.g. "Khoản 3 Điều 144 Bộ luật Lao động 2019". */
    legalBasis: text(500),
    fineMin: Vnd,
    fineMax: Vnd,
    verified: z.boolean(),
    note: text(2000).optional(),
    remedial: text(2000).optional(),
    additionalPenalty: AdditionalPenalty.optional(),
    ageBands: AgeBands.optional(),
  })
  .refine((v) => v.fineMin <= v.fineMax, {
    message: 'Mức phạt tối thiểu không được lớn hơn mức phạt tối đa',
    path: ['fineMax'],
  });
export type ViolationType = z.infer<typeof ViolationType>;

function duplicates(codes: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const code of codes) (seen.has(code) ? repeated : seen).add(code);
  return repeated;
}

interface CodedEntries {
  checklistItems?: unknown;
  violationTypes?: unknown;
}

const codeOf = (entry: unknown): string | undefined =>
  typeof entry === 'object' && entry !== null && typeof (entry as { code?: unknown }).code === 'string'
    ? (entry as { code: string }).code
    : undefined;

const entries = (list: unknown): unknown[] => (Array.isArray(list) ? list : []);

/**
 * Cross-entry checks. They also run when other fields are invalid (see `when` below), so one
 * import attempt reports every problem; hence the defensive reads of not-yet-validated input.
 */
function checkCatalogueCodes(v: CodedEntries, ctx: z.RefinementCtx): void {
  for (const key of ['checklistItems', 'violationTypes'] as const) {
    const list = entries(v[key]);
    const repeated = duplicates(list.map(codeOf).filter((c): c is string => c !== undefined));
    list.forEach((entry, i) => {
      const code = codeOf(entry);
      if (code !== undefined && repeated.has(code)) ctx.addIssue({ code: 'custom', path: [key, i, 'code'], message: `Mã "${code}" bị trùng` });
    });
  }
  const known = new Set(entries(v.violationTypes).map(codeOf));
  entries(v.checklistItems).forEach((item, i) => {
    entries((item as { violationCodes?: unknown } | null)?.violationCodes).forEach((code, j) => {
      if (typeof code === 'string' && !known.has(code)) {
        ctx.addIssue({ code: 'custom', path: ['checklistItems', i, 'violationCodes', j], message: `Mã hành vi "${code}" không có trong danh mục` });
      }
    });
  });
}

export const Catalogue = z
  .object({
    // Exactly one spelling per version: "2022.01" would be a look-alike of "2022.1" (issue 9).
    version: z.string().max(10, 'Phiên bản quá dài').regex(CATALOGUE_VERSION, 'Phiên bản phải có dạng năm.số thứ tự, ví dụ 2022.1 (số thứ tự từ 1, không có số 0 ở đầu)'),
    effectiveDate: IsoDate,
    title: text(500),
    sources: z.array(text(500)).min(1, 'Cần ít nhất một văn bản nguồn'),
    notes: z.array(text(2000)).optional(),
    checklistItems: z.array(ChecklistItem).min(1, 'Cần ít nhất một mục kiểm tra'),
    violationTypes: z.array(ViolationType).min(1, 'Cần ít nhất một hành vi vi phạm'),
  })
  .superRefine(checkCatalogueCodes, {
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });
export type Catalogue = z.infer<typeof Catalogue>;

/** Vietnamese wording for zod's generic checks, for this parse only (no global configuration). */
function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'Bắt buộc nhập' : 'Kiểu dữ liệu không hợp lệ';
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép';
    case 'too_small':
      return `Không được nhỏ hơn ${issue.minimum}`;
    case 'too_big':
      return `Không được lớn hơn ${issue.maximum}`;
    default:
      return undefined;
  }
}

export type CatalogueParseResult = { ok: true; catalogue: Catalogue } | { ok: false; issues: FieldIssue[] };

/** Validates a catalogue read from a file (JSON.parse output) before it may replace the built-in one. */
export function parseCatalogue(json: unknown): CatalogueParseResult {
  const result = Catalogue.safeParse(json, { error: issueMessage });
  if (result.success) return { ok: true, catalogue: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({
      path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: i.message,
    })),
  };
}

/** Orders "2022.1" < "2022.2" < "2026.1" numerically (not as strings: "2022.10" > "2022.9"). */
export function compareCatalogueVersions(a: string, b: string): number {
  const [ay = 0, an = 0] = a.split('.').map(Number);
  const [by = 0, bn = 0] = b.split('.').map(Number);
  return ay - by || an - bn;
}
