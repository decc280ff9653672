import * as z from 'zod';
import type { FieldIssue } from '../errors';
import { Id, RecordRef, SEXES, Timestamps, optionalText, requiredText } from './common';
import { Establishment } from './establishment';
import { ExpectedVersion, issuesOf, patchOf } from './patch';

export const PLAN_KINDS = ['periodic', 'adhoc', 'follow_up', 'thematic'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_STATUSES = ['draft', 'approved', 'in_progress', 'completed', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const TEAM_ROLES = ['leader', 'deputy', 'member', 'secretary'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
export const TIME_SLOTS = ['morning', 'afternoon', 'all_day'] as const;
export type TimeSlot = (typeof TIME_SLOTS)[number];
/**
 * How the team decision's signer signs (Decree 30/2020, Appendix I): "KT." for a deputy signing
 * on behalf of the head, "Q." for an acting head; left out when the head signs in their own right.
 */
export const SIGNER_AUTHORITIES = ['on_behalf', 'acting'] as const;
export type SignerAuthority = (typeof SIGNER_AUTHORITIES)[number];

/** Which status may follow which; approval needs exactly one team leader (checked by the service). */
export const PLAN_TRANSITIONS: Record<PlanStatus, PlanStatus[]> = {
  draft: ['approved', 'cancelled'],
  approved: ['in_progress', 'draft', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

const IsoDate = z.iso.date('Ngày không hợp lệ (định dạng YYYY-MM-DD)');

const PlanFields = z.object({
  number: optionalText(50),
  title: requiredText(500),
  kind: z.enum(PLAN_KINDS),
  issuingAgencyId: Id.optional(),
  legalBases: z.array(requiredText(1000)).max(30).default([]),
  purpose: optionalText(8000),
  content: optionalText(8000),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  provinceCode: optionalText(10),
  communeCodes: z.array(z.string().min(1).max(10)).max(200).default([]),
  place: optionalText(100),
  /** The day the plan is signed and issued (the paper's date line), not the day it is printed. */
  issueDate: IsoDate.optional(),
  /** The decision approving the plan, when there is one (cited by the minutes). */
  decisionNumber: optionalText(50),
  decisionDate: IsoDate.optional(),
  /** The decision setting up the team ("Căn cứ Quyết định số …/QĐ-… ngày … thành lập Đoàn"). */
  teamDecisionNumber: optionalText(50),
  teamDecisionDate: IsoDate.optional(),
  /** Who signs the team decision, with the position printed under the signature. */
  decisionSignerName: optionalText(200),
  decisionSignerPosition: optionalText(200),
  decisionSignerAuthority: z.enum(SIGNER_AUTHORITIES).optional(),
  /** "Căn cứ Quyết định … quy định chức năng, nhiệm vụ … của Sở Nội vụ": the signer's competence. */
  competenceBasis: optionalText(1000),
  /** "Theo đề nghị của …". */
  proposedBy: optionalText(300),
  /** The plan's Kinh phí section. */
  budget: optionalText(4000),
  /** The plan's Chế độ báo cáo section. */
  reportingRegime: optionalText(4000),
});

/** "…/KH-UBND", "ngày ... tháng": text still waiting to be filled in (an ellipsis, or two dots or more). */
export const PLACEHOLDER = /…|\.{2,}/;
export const hasPlaceholder = (text: string | undefined | null): boolean => !!text && PLACEHOLDER.test(text);

/** What stops a plan being approved: its own number or a legal basis still holding a placeholder. */
export function approvalIssues(v: { number?: string | null; legalBases?: readonly string[] | null }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (hasPlaceholder(v.number)) issues.push({ path: ['number'], message: `Số hiệu kế hoạch còn chỗ chưa điền («${v.number}»); ghi số hiệu thật trước khi phê duyệt` });
  (v.legalBases ?? []).forEach((basis, i) => {
    if (hasPlaceholder(basis)) issues.push({ path: ['legalBases', i], message: `Căn cứ thứ ${i + 1} còn chỗ chưa điền («${basis}»); ghi đủ số, ngày của văn bản trước khi phê duyệt` });
  });
  return issues;
}

/** Rules between fields of a plan; the service checks them again on the record as an update leaves it. */
export function planRuleIssues(v: { periodStart?: string; periodEnd?: string }): FieldIssue[] {
  if (v.periodStart && v.periodEnd && v.periodEnd < v.periodStart) return [{ path: ['periodEnd'], message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' }];
  return [];
}

export const PlanInput = PlanFields.superRefine(issuesOf(planRuleIssues));
/** Omitted = unchanged, `null` = cleared; the communes are replaced only when `communeCodes` is sent. */
export const PlanUpdateInput = patchOf(PlanFields).extend({ id: Id, expectedVersion: ExpectedVersion });

export const TeamMemberInput = z.object({
  officialId: Id,
  role: z.enum(TEAM_ROLES),
  subTeam: optionalText(50),
});
/** The whole team (set the list); `expectedVersion` is the plan's. */
export const SetTeamInput = z.object({ planId: Id, members: z.array(TeamMemberInput).max(100), expectedVersion: ExpectedVersion });

export const TeamMember = TeamMemberInput.extend({
  id: Id,
  fullName: z.string(),
  sex: z.enum(SEXES).optional(),
  position: z.string().optional(),
  agencyId: Id,
  agencyName: z.string(),
});
export type TeamMember = z.infer<typeof TeamMember>;

export const PriorityReason = z.object({ code: z.string(), points: z.number(), text: z.string() });
export type PriorityReason = z.infer<typeof PriorityReason>;

const TargetSchedule = z.object({
  visitDate: IsoDate.optional(),
  timeSlot: z.enum(TIME_SLOTS).default('morning'),
  subTeam: optionalText(50),
  notes: optionalText(2000),
});

/** `expectedVersion` is the plan's. */
export const AddTargetsInput = z.object({
  planId: Id,
  targets: z
    .array(TargetSchedule.extend({ establishmentId: Id }))
    .min(1)
    .max(2000),
  expectedVersion: ExpectedVersion,
});
/** The visit's whole schedule (what the schedule form and drag and drop send); `expectedVersion` is the target's. */
export const UpdateTargetInput = TargetSchedule.extend({ id: Id, expectedVersion: ExpectedVersion });
/** A target to take out of the plan, with the target's version. */
export const RemoveTargetInput = RecordRef;

export const PlanTarget = z.object({
  id: Id,
  planId: Id,
  establishmentId: Id,
  establishmentName: z.string(),
  establishmentKind: z.string(),
  address: z.string().optional(),
  communeName: z.string().optional(),
  visitDate: z.string().optional(),
  timeSlot: z.enum(TIME_SLOTS),
  subTeam: z.string().optional(),
  notes: z.string().optional(),
  priorityScore: z.number().optional(),
  priorityReasons: z.array(PriorityReason),
  /** Things to look at that do not stop the visit (a Saturday or Sunday). */
  warnings: z.array(z.string()),
  version: z.number().int(),
});
export type PlanTarget = z.infer<typeof PlanTarget>;

export const ScheduleConflict = z.object({
  officialId: Id,
  officialName: z.string(),
  date: z.string(),
  timeSlot: z.enum(TIME_SLOTS),
  visits: z.array(z.object({ planId: Id, planTitle: z.string(), targetId: Id, establishmentName: z.string() })),
  message: z.string(),
});
export type ScheduleConflict = z.infer<typeof ScheduleConflict>;

export const StatusChange = z.object({
  fromStatus: z.enum(PLAN_STATUSES).nullable(),
  toStatus: z.enum(PLAN_STATUSES),
  at: z.string(),
  actor: z.string(),
  note: z.string().optional(),
});

export const Plan = PlanFields.extend({
  id: Id,
  status: z.enum(PLAN_STATUSES),
  issuingAgencyName: z.string().optional(),
  provinceName: z.string().optional(),
  targetCount: z.number().int(),
  memberCount: z.number().int(),
}).extend(Timestamps.shape);
export type Plan = z.infer<typeof Plan>;

export const PlanDetail = z.object({
  plan: Plan,
  /** The plan's own communes with their names, in the plan's order (its area, and the communes it is sent to). */
  communes: z.array(z.object({ code: z.string(), name: z.string(), provinceCode: z.string() })),
  team: z.array(TeamMember),
  targets: z.array(PlanTarget),
  history: z.array(StatusChange),
  conflicts: z.array(ScheduleConflict),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

export const PlanListInput = z.object({
  status: z.enum(PLAN_STATUSES).optional(),
  query: optionalText(200),
  includeDeleted: z.boolean().default(false),
});

/** `expectedVersion` is the plan's. */
export const SetStatusInput = z.object({ id: Id, status: z.enum(PLAN_STATUSES), note: optionalText(1000), expectedVersion: ExpectedVersion });

export const SuggestTargetsInput = z.object({
  planId: Id,
  query: optionalText(200),
  kind: Establishment.shape.kind.optional(),
  provinceCode: optionalText(10),
  communeCode: optionalText(10),
  parentId: Id.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export const TargetSuggestion = z.object({
  establishment: Establishment,
  score: z.number(),
  reasons: z.array(PriorityReason),
});

export const PlanWriteResult = z.object({ detail: PlanDetail });
