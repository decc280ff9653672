import * as z from 'zod';
import type { FieldIssue } from '../errors';
import { Id, SEXES, Timestamps, optionalText, requiredText } from './common';
import { ExpectedVersion, issuesOf, patchOf } from './patch';
import { TEAM_ROLES } from './plan';
import { AGE_BANDS } from '../minors/age';

export const INSPECTION_STATUSES = ['draft', 'finalised', 'amending'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export const CHECK_RESULTS = ['compliant', 'violation', 'not_applicable', 'not_checked'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];
export { SEXES, type Sex } from './common';
export const SCHOOLING = ['in_school', 'dropped_out', 'never', 'unknown'] as const;
export type Schooling = (typeof SCHOOLING)[number];
export const COMMITMENT_ITEM_STATUSES = ['open', 'fulfilled', 'breached'] as const;
/** What the user sees: `overdue` is an open item past its deadline. */
export const COMMITMENT_DISPLAY_STATUSES = ['open', 'fulfilled', 'overdue', 'breached'] as const;
export type CommitmentDisplayStatus = (typeof COMMITMENT_DISPLAY_STATUSES)[number];
/** A violation accepted from the app's suggestion, or recorded by the team directly. */
export const VIOLATION_ORIGINS = ['suggestion', 'manual'] as const;
export type ViolationOrigin = (typeof VIOLATION_ORIGINS)[number];

const IsoDate = z.iso.date('Ngày không hợp lệ (định dạng YYYY-MM-DD)');
const Time = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ không hợp lệ (định dạng HH:MM)').optional(),
);

/** Representatives and other participants are rows of their own: an entry sent with its `id` edits that row, one without is new. */
export const Person = z.object({ id: Id.optional(), name: requiredText(200), sex: z.enum(SEXES).optional(), position: optionalText(200), idNumber: optionalText(20) });
export const Participant = z.object({
  id: Id.optional(),
  name: requiredText(200),
  sex: z.enum(SEXES).optional(),
  position: optionalText(200),
  organisation: optionalText(300),
});
export const PresentMember = z.object({ officialId: Id, role: z.enum(TEAM_ROLES) });

const InspectionFields = z.object({
  number: optionalText(50),
  inspectionDate: IsoDate,
  startTime: Time,
  endTime: Time,
  place: optionalText(500),
  teamPresent: z.array(PresentMember).max(50).default([]),
  representatives: z.array(Person).max(20).default([]),
  otherParticipants: z.array(Participant).max(30).default([]),
  documentsReviewed: z.array(requiredText(500)).max(50).default([]),
  requests: optionalText(8000),
  employerStatement: optionalText(8000),
  refusedToSign: z.boolean().default(false),
  refusalReason: optionalText(2000),
  /**
   * Who signs for the refusal: the commune official present, or a witness (Art. 58, Law on
   * Handling Administrative Violations). Required to finalise a record with a refusal.
   */
  refusalWitnessName: optionalText(200),
  refusalWitnessPosition: optionalText(200),
  copies: z.number().int().min(1).max(20).default(2),
});

type TimeFacts = { startTime?: string | null; endTime?: string | null };

function timeIssues(v: TimeFacts): FieldIssue[] {
  return v.startTime && v.endTime && v.endTime <= v.startTime ? [{ path: ['endTime'], message: 'Giờ kết thúc phải sau giờ bắt đầu' }] : [];
}

/** Rules between fields: checked on the form, and by the service on the record as an update leaves it. */
export function inspectionRuleIssues(v: TimeFacts & { refusedToSign?: boolean | null; refusalReason?: string | null }): FieldIssue[] {
  const issues = timeIssues(v);
  if (v.refusedToSign && !v.refusalReason) issues.push({ path: ['refusalReason'], message: 'Ghi rõ lý do đại diện cơ sở không ký biên bản' });
  return issues;
}

export const InspectionCreateInput = InspectionFields.extend({
  /** From a plan target, or ad hoc with an establishment. */
  planTargetId: Id.optional(),
  establishmentId: Id.optional(),
}).superRefine((v, ctx) => {
  issuesOf(inspectionRuleIssues)(v, ctx);
  if (!v.planTargetId && !v.establishmentId) ctx.addIssue({ code: 'custom', path: ['establishmentId'], message: 'Chọn cơ sở được kiểm tra' });
});
/**
 * Omitted = unchanged, null = cleared; a list (team, representatives, participants) is replaced
 * only when sent. Times sent together are checked here; the other rules on the merged record.
 */
export const InspectionUpdateInput = patchOf(InspectionFields)
  .extend({ id: Id, expectedVersion: ExpectedVersion })
  .superRefine(issuesOf(timeIssues));

export const ChecklistEntry = z.object({
  itemCode: z.string().min(1).max(20),
  result: z.enum(CHECK_RESULTS),
  note: optionalText(2000),
});
export const SetChecklistInput = z.object({ inspectionId: Id, items: z.array(ChecklistEntry).max(200) });

const Flag = z.boolean().optional();
const Hours = (max: number) => z.number().min(0).max(max).optional();

const MinorFields = z.object({
  fullName: requiredText(200),
  sex: z.enum(SEXES),
  dateOfBirth: IsoDate.optional(),
  estimatedAge: z.number().int().min(3).max(25).optional(),
  ethnicity: optionalText(50),
  homeAddress: optionalText(500),
  job: optionalText(300),
  hoursPerDay: Hours(24),
  hoursPerWeek: Hours(168),
  nightWork: Flag,
  overtime: Flag,
  schooling: z.enum(SCHOOLING).optional(),
  writtenContract: Flag,
  guardianConsent: Flag,
  healthCertificate: Flag,
  inRegister: Flag,
  jobInLightWorkList: Flag,
  jobInOvertimeNightList: Flag,
  hazardousJob: Flag,
  hazardousWorkplace: Flag,
  artSportWork: Flag,
  provincialConsent: Flag,
  notes: optionalText(4000),
});

/** A date of birth, or an estimated age when it is unknown: on the form, and on the record as an update leaves it. */
export function minorRuleIssues(v: { dateOfBirth?: string | null; estimatedAge?: number | null }): FieldIssue[] {
  return !v.dateOfBirth && v.estimatedAge == null ? [{ path: ['dateOfBirth'], message: 'Nhập ngày sinh, hoặc tuổi ước tính nếu không rõ ngày sinh' }] : [];
}

export const MinorCreateInput = MinorFields.extend({ inspectionId: Id }).superRefine(issuesOf(minorRuleIssues));
export const MinorUpdateInput = patchOf(MinorFields).extend({ id: Id, expectedVersion: ExpectedVersion });

export const Minor = MinorFields.extend({
  id: Id,
  inspectionId: Id,
  ageAtInspection: z.number().int(),
  ageEstimated: z.boolean(),
  ageBand: z.enum(AGE_BANDS),
  isChild: z.boolean(),
  /** About the age itself (outside 5–17): look at the date of birth again. */
  warnings: z.array(z.string()),
  /** The facts recorded that trigger a suggested violation, one line each (the "Cảnh báo" column). */
  alerts: z.array(z.object({ typeCode: z.string(), text: z.string() })),
}).extend(Timestamps.shape);
export type Minor = z.infer<typeof Minor>;

const ViolationFields = z.object({
  typeCode: z.string().min(1).max(30),
  minorIds: z.array(Id).max(100).default([]),
  facts: optionalText(8000),
  proposedFine: z.number().int().min(0).max(10_000_000_000).optional(),
  remedialRequest: optionalText(4000),
  recordMade: z.boolean().default(false),
  recordedByOfficialId: Id.optional(),
});
export const ViolationCreateInput = ViolationFields.extend({ inspectionId: Id, origin: z.enum(VIOLATION_ORIGINS).default('manual') });
/** `proposedFine` left out keeps the fine unless the type changes (then the type's default); `null` = the default. */
export const ViolationUpdateInput = patchOf(ViolationFields).extend({ id: Id, expectedVersion: ExpectedVersion });

export const Violation = ViolationFields.extend({
  id: Id,
  inspectionId: Id,
  title: z.string(),
  summary: z.string(),
  legalReference: z.string(),
  verified: z.boolean(),
  fineMin: z.number().int(),
  fineMax: z.number().int(),
  proposedFine: z.number().int(),
  proposedFineInWords: z.string(),
  finedAsOrganisation: z.boolean(),
  origin: z.enum(VIOLATION_ORIGINS),
  recordedByName: z.string().optional(),
  /** The checklist items marked "Vi phạm" for this violation (catalogue codes, for the app only). */
  checklistItems: z.array(z.string()),
}).extend(Timestamps.shape);
export type Violation = z.infer<typeof Violation>;

export const ViolationSuggestion = z.object({
  typeCode: z.string(),
  summary: z.string(),
  legalReference: z.string(),
  minorIds: z.array(Id),
  reasons: z.array(z.string()),
  fineMin: z.number().int(),
  fineMax: z.number().int(),
  proposedFine: z.number().int(),
  verified: z.boolean(),
});
export type ViolationSuggestion = z.infer<typeof ViolationSuggestion>;

export const DismissSuggestionInput = z.object({ inspectionId: Id, typeCode: z.string().min(1), minorIds: z.array(Id).min(1) });

export const CommitmentItemInput = z.object({ content: requiredText(2000), deadline: IsoDate });
/** On edit, an item keeps its id so its follow-up status survives. */
const CommitmentItemEdit = CommitmentItemInput.extend({ id: Id.optional() });
const CommitmentFields = z.object({
  signerName: requiredText(200),
  signerPosition: optionalText(200),
  signedDate: IsoDate,
  items: z.array(CommitmentItemEdit).min(1).max(50),
});
export const CommitmentCreateInput = CommitmentFields.extend({ inspectionId: Id });
export const CommitmentUpdateInput = patchOf(CommitmentFields).extend({ id: Id, expectedVersion: ExpectedVersion });

export const CommitmentItem = CommitmentItemInput.extend({
  id: Id,
  status: z.enum(COMMITMENT_ITEM_STATUSES),
  displayStatus: z.enum(COMMITMENT_DISPLAY_STATUSES),
  statusDate: z.string().optional(),
  note: z.string().optional(),
});
export type CommitmentItem = z.infer<typeof CommitmentItem>;
export const Commitment = CommitmentFields.extend({ id: Id, inspectionId: Id, items: z.array(CommitmentItem) }).extend(Timestamps.shape);
export type Commitment = z.infer<typeof Commitment>;

export const SetCommitmentItemStatusInput = z.object({
  id: Id,
  status: z.enum(COMMITMENT_ITEM_STATUSES),
  statusDate: IsoDate.optional(),
  note: optionalText(2000),
});

export const CommitmentDueInput = z.object({
  status: z.enum(COMMITMENT_DISPLAY_STATUSES).optional(),
  dueBefore: IsoDate.optional(),
  establishmentId: Id.optional(),
});
export const CommitmentDue = z.object({
  item: CommitmentItem,
  commitmentId: Id,
  inspectionId: Id,
  inspectionDate: z.string(),
  establishmentId: Id,
  establishmentName: z.string(),
  signerName: z.string(),
});

export const ChecklistRow = z.object({
  itemCode: z.string(),
  title: z.string(),
  legalReference: z.string(),
  verified: z.boolean(),
  applies: z.boolean(),
  result: z.enum(CHECK_RESULTS),
  note: z.string().optional(),
  /** The standing violations this item is marked "Vi phạm" for (it cannot be set otherwise while they stand). */
  violationIds: z.array(Id),
});

export const Amendment = z.object({ id: Id, reason: z.string(), openedAt: z.string(), openedBy: z.string(), closedAt: z.string().optional() });

export const Inspection = InspectionFields.extend({
  id: Id,
  planId: Id.optional(),
  planTitle: z.string().optional(),
  planTargetId: Id.optional(),
  establishmentId: Id,
  establishmentName: z.string(),
  establishmentKind: z.string(),
  catalogueVersion: z.string(),
  status: z.enum(INSPECTION_STATUSES),
  finalisedAt: z.string().optional(),
  finalisedBy: z.string().optional(),
  minorCount: z.number().int(),
  violationCount: z.number().int(),
  /**
   * The establishment as it was when the record was finalised (kind, sector, place): what the
   * reports count. Set at finalisation; an amendment may refresh it (`AmendInput.refreshEstablishment`).
   */
  frozenKind: z.string().optional(),
  frozenSector: z.string().optional(),
  frozenProvinceCode: z.string().optional(),
  frozenCommuneCode: z.string().optional(),
  /** A re-inspection (tái kiểm tra) names the inspection whose commitments it verifies (issue 11; verification.get). */
  followsInspectionId: Id.optional(),
}).extend(Timestamps.shape);
export type Inspection = z.infer<typeof Inspection>;

export const InspectionDetail = z.object({
  inspection: Inspection,
  checklist: z.array(ChecklistRow),
  minors: z.array(Minor),
  violations: z.array(Violation),
  commitments: z.array(Commitment),
  amendments: z.array(Amendment),
  /** Things to look at that do not stop the record (an inspection dated after today): shown before finalising. */
  warnings: z.array(z.string()),
  teamPresentNames: z.array(
    z.object({ officialId: Id, fullName: z.string(), sex: z.enum(SEXES).optional(), position: z.string().optional(), agencyName: z.string(), role: z.string() }),
  ),
});
export type InspectionDetail = z.infer<typeof InspectionDetail>;

/** `done` = finalised, or finalised and reopened for an amendment: what reports count. */
export const INSPECTION_LIST_STATUSES = [...INSPECTION_STATUSES, 'done'] as const;
export type InspectionListStatus = (typeof INSPECTION_LIST_STATUSES)[number];

export const InspectionListInput = z.object({
  establishmentId: Id.optional(),
  planId: Id.optional(),
  provinceCode: z.string().min(1).max(10).optional(),
  status: z.enum(INSPECTION_LIST_STATUSES).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  includeDeleted: z.boolean().default(false),
});

export const AmendInput = z.object({
  id: Id,
  reason: requiredText(2000),
  /**
   * The establishment's kind, sector, province and commune as they are now replace those frozen
   * at finalisation (the reason says why): a correction that changes the reports' figures.
   */
  refreshEstablishment: z.boolean().default(false),
  expectedVersion: ExpectedVersion,
});
