/**
 * Commitment verification at a re-inspection (tái kiểm tra) and sanction decisions (issue 11).
 *
 * A re-inspection is an inspection whose `followsInspectionId` names the inspection whose
 * commitments it verifies. It records, item by item, whether each commitment was kept, with the
 * evidence; a breached item proposes the next step on the escalation ladder.
 */
import * as z from 'zod';
import { Id, optionalText, requiredText, Timestamps } from './common';
import { CommitmentItem, PresentMember } from './inspection';
import type { FieldIssue } from '../errors';
import { ExpectedVersion, issuesOf, patchOf } from './patch';

const IsoDate = z.iso.date('Ngày không hợp lệ (định dạng YYYY-MM-DD)');

/**
 * The escalation ladder of a breached commitment (SafetyCulture-style corrective actions, the
 * source plans' "xử lý nghiêm"): a reminder first, then a new inspection, then a proposal to
 * sanction. Labels: shared/labels/verification.ts.
 */
export const ESCALATION_STEPS = ['reminder', 'new_inspection', 'sanction_proposal'] as const;
export type EscalationStep = (typeof ESCALATION_STEPS)[number];

/**
 * Starts a re-inspection of the establishment of `followsInspectionId` (a finalised record):
 * the team and the establishment's representatives are those of the first inspection unless sent.
 */
export const StartReinspectionInput = z.object({
  followsInspectionId: Id,
  inspectionDate: IsoDate,
  teamPresent: z.array(PresentMember).max(50).optional(),
});

export const VerificationInput = z.object({ inspectionId: Id });

/** One re-inspection's verdict on one commitment item. */
export const CommitmentCheck = z.object({
  id: Id,
  reinspectionId: Id,
  commitmentItemId: Id,
  kept: z.boolean(),
  evidence: z.string().optional(),
  nextStep: z.enum(ESCALATION_STEPS).optional(),
  /** The re-inspection's date. */
  checkedOn: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type CommitmentCheck = z.infer<typeof CommitmentCheck>;

/** A commitment item to verify at a re-inspection, with this visit's verdict and the earlier ones. */
export const VerificationItem = z.object({
  item: CommitmentItem,
  commitmentId: Id,
  /** The inspection where the commitment was signed. */
  inspectionId: Id,
  inspectionDate: z.string(),
  signerName: z.string(),
  /** This re-inspection's verdict, if recorded. */
  check: CommitmentCheck.optional(),
  /** Verdicts of other re-inspections on the same item, oldest first. */
  earlier: z.array(CommitmentCheck),
  /** Breaches of this item recorded before this re-inspection. */
  breachesBefore: z.number().int(),
  /** The step the ladder proposes if the item is found breached now. */
  proposedStep: z.enum(ESCALATION_STEPS),
});
export type VerificationItem = z.infer<typeof VerificationItem>;

export const Verification = z.object({
  inspectionId: Id,
  /** Null when the inspection is not a re-inspection (nothing to verify). */
  followsInspectionId: Id.nullable(),
  followed: z.object({ id: Id, inspectionDate: z.string(), number: z.string().optional(), status: z.string() }).optional(),
  establishmentId: Id,
  establishmentName: z.string(),
  inspectionDate: z.string(),
  /** Verdicts can be recorded (the re-inspection is a draft or being amended). */
  editable: z.boolean(),
  items: z.array(VerificationItem),
  /** Re-inspections that follow this inspection (its own re-inspections). */
  reinspections: z.array(z.object({ id: Id, inspectionDate: z.string(), status: z.string() })),
});
export type Verification = z.infer<typeof Verification>;

/**
 * The verdict on one item: kept, or breached with the evidence (required then). The proposed
 * step is used when `nextStep` is left out; the item's status follows in the same transaction.
 */
export const RecordCheckInput = z
  .object({
    reinspectionId: Id,
    commitmentItemId: Id,
    kept: z.boolean(),
    evidence: optionalText(4000),
    nextStep: z.enum(ESCALATION_STEPS).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.kept && !v.evidence) ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'Ghi rõ bằng chứng cơ sở không thực hiện cam kết' });
    if (v.kept && v.nextStep) ctx.addIssue({ code: 'custom', path: ['nextStep'], message: 'Nội dung đã thực hiện thì không đề xuất bước xử lý tiếp theo' });
  });

export const RemoveCheckInput = z.object({ reinspectionId: Id, commitmentItemId: Id });

// ---- sanction decisions -------------------------------------------------------------

const Amount = z.number('Nhập số tiền').int('Số tiền phải là số nguyên (đồng)').min(0, 'Số tiền không được âm').max(10_000_000_000);

const SanctionFields = z.object({
  number: requiredText(50),
  decidedOn: IsoDate,
  issuedBy: optionalText(300),
  amount: Amount,
  paid: z.boolean().default(false),
  paidOn: IsoDate.optional(),
});

/** Cross-field rules of a sanction decision, checked on the form and by the service on the merged record. */
export function sanctionRuleIssues(v: { decidedOn?: string | null; paid?: boolean | null; paidOn?: string | null }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (v.paidOn && v.paid === false) issues.push({ path: ['paidOn'], message: 'Chưa nộp phạt thì không ghi ngày nộp' });
  if (v.paidOn && v.decidedOn && v.paidOn < v.decidedOn) issues.push({ path: ['paidOn'], message: 'Ngày nộp phạt không được trước ngày ra quyết định' });
  return issues;
}

export const SanctionCreateInput = SanctionFields.extend({ inspectionId: Id }).superRefine(issuesOf(sanctionRuleIssues));
export const SanctionUpdateInput = patchOf(SanctionFields).extend({ id: Id, expectedVersion: ExpectedVersion });

export const SanctionDecision = z
  .object({
    id: Id,
    inspectionId: Id,
    number: z.string(),
    decidedOn: z.string(),
    issuedBy: z.string().optional(),
    amount: z.number().int(),
    paid: z.boolean(),
    paidOn: z.string().optional(),
  })
  .extend(Timestamps.shape);
export type SanctionDecision = z.infer<typeof SanctionDecision>;

/** The decisions of an inspection, with what was proposed in its record. */
export const SanctionList = z.object({
  inspectionId: Id,
  violations: z.number().int(),
  proposedFine: z.number().int(),
  decisions: z.array(SanctionDecision),
});
export type SanctionList = z.infer<typeof SanctionList>;

export const SanctionListInput = z.object({ inspectionId: Id, includeDeleted: z.boolean().default(false) });
