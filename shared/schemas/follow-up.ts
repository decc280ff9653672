import * as z from 'zod';
import { Id, SEXES, Timestamps, optionalText, requiredText } from './common';
import { ExpectedVersion, patchOf } from './patch';

/**
 * Follow-up of each child found working (issue 11): one case per minor, opened when the
 * inspection is finalised (under 16, or 15–17 in forbidden work or hours), with the referrals,
 * the support given, the follow-up visits and the closure (Decree 56/2017; CLMRS: at least two
 * visits before closing). Reminders ("Việc cần làm") are a read model over these and the
 * commitments and plans.
 */

const IsoDate = z.iso.date('Ngày không hợp lệ (định dạng YYYY-MM-DD)');

/** emergency: hazardous work or place, forbidden night work, under 13 outside art or sport, trafficking suspicion (12 h). */
export const CASE_RISK_LEVELS = ['emergency', 'high', 'normal'] as const;
export type CaseRiskLevel = (typeof CASE_RISK_LEVELS)[number];

/** `active`: followed (stored as such in follow_up_cases.status); `closed`: closed with a reason. */
export const CASE_STATUSES = ['active', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Why a case closed; `exception` needs a written reason (and a leader). */
export const CLOSURE_REASONS = ['in_school', 'in_training', 'moved_with_handover', 'reached_18', 'exception'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** Who the case is referred to: the commune People's Committee leads (Decree 56/2017), then the services. */
export const REFERRAL_TARGETS = ['commune_committee', 'education', 'social_protection', 'health', 'legal_aid', 'police'] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

export const REFERRAL_METHODS = ['in_person', 'letter', 'phone', 'other'] as const;
export type ReferralMethod = (typeof REFERRAL_METHODS)[number];

export const SUPPORT_KINDS = ['back_to_school', 'vocational_training', 'allowance', 'health_care', 'legal_aid', 'counselling', 'family_support', 'other'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const VISIT_SITUATIONS = ['in_school', 'in_training', 'still_working', 'moved_away', 'not_found'] as const;
export type VisitSituation = (typeof VISIT_SITUATIONS)[number];

/** Filter of the case list: `overdue` = an emergency past 12 h without a referral, or a visit past its due date. */
export const CASE_LIST_STATUSES = ['active', 'closed', 'overdue'] as const;
export type CaseListStatus = (typeof CASE_LIST_STATUSES)[number];

// ---- the case -----------------------------------------------------------------------------

/** The child as lists show them: initials, never the full name (case page: `CaseDetail.minor`). */
export const CaseChild = z.object({
  minorId: Id,
  initials: z.string(),
  sex: z.enum(SEXES),
  ageAtInspection: z.number().int(),
  birthYear: z.number().int().optional(),
  job: z.string().optional(),
});

export const CaseSummary = z.object({
  id: Id,
  child: CaseChild,
  inspectionId: Id,
  inspectionDate: z.string(),
  establishmentId: Id,
  establishmentName: z.string(),
  provinceCode: z.string().optional(),
  communeCode: z.string().optional(),
  communeName: z.string().optional(),
  riskLevel: z.enum(CASE_RISK_LEVELS),
  riskReasons: z.array(z.string()),
  traffickingSuspected: z.boolean(),
  /** Instant of the inspection's finalisation. */
  openedAt: z.string(),
  /** Emergency: the instant by which the child must be protected (opened + 12 h). */
  emergencyDeadline: z.string().optional(),
  /** Emergency past its deadline with no referral yet. */
  emergencyOverdue: z.boolean(),
  status: z.enum(CASE_STATUSES),
  closedOn: z.string().optional(),
  closureReason: z.enum(CLOSURE_REASONS).optional(),
  closureNote: z.string().optional(),
  /** The minor was removed from the record by an amendment (or no longer meets the criteria): the case stays. */
  minorRemovedAt: z.string().optional(),
  referralCount: z.number().int(),
  /** Referred to the commune People's Committee or a service. */
  referred: z.boolean(),
  supportCount: z.number().int(),
  visitCount: z.number().int(),
  lastVisitOn: z.string().optional(),
  lastSituation: z.enum(VISIT_SITUATIONS).optional(),
  /** The next scheduled visit (1st within 1 month, 2nd within 3 months of opening; settings), while open. */
  nextVisitDue: z.string().optional(),
  /** Open and a scheduled visit is past its due date, or an emergency is past 12 h without a referral. */
  overdue: z.boolean(),
  ...Timestamps.shape,
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseListInput = z.object({
  status: z.enum(CASE_LIST_STATUSES).optional(),
  riskLevel: z.enum(CASE_RISK_LEVELS).optional(),
  provinceCode: z.string().optional(),
  communeCode: z.string().optional(),
  inspectionId: Id.optional(),
  establishmentId: Id.optional(),
  /** The day "overdue" is judged on (default today in Viet Nam). */
  asOf: IsoDate.optional(),
});

// ---- referrals, supports, visits ------------------------------------------------------------

export const ReferralFields = z.object({
  target: z.enum(REFERRAL_TARGETS),
  agencyName: requiredText(300),
  referredOn: IsoDate,
  method: z.enum(REFERRAL_METHODS),
  /** Person and phone or address at the agency. */
  contact: optionalText(500),
  outcome: optionalText(2000),
  outcomeOn: IsoDate.optional(),
});
export const ReferralInput = ReferralFields.extend({ caseId: Id });
export const ReferralUpdateInput = patchOf(ReferralFields).extend({ id: Id, expectedVersion: ExpectedVersion });
export const Referral = ReferralFields.extend({ id: Id, caseId: Id, ...Timestamps.shape });
export type Referral = z.infer<typeof Referral>;

export const SupportFields = z.object({
  kind: z.enum(SUPPORT_KINDS),
  providedBy: requiredText(300),
  providedOn: IsoDate,
  note: optionalText(2000),
});
export const SupportInput = SupportFields.extend({ caseId: Id });
export const SupportUpdateInput = patchOf(SupportFields).extend({ id: Id, expectedVersion: ExpectedVersion });
export const Support = SupportFields.extend({ id: Id, caseId: Id, ...Timestamps.shape });
export type Support = z.infer<typeof Support>;

export const VisitFields = z.object({
  visitedOn: IsoDate,
  visitedBy: requiredText(300),
  situation: z.enum(VISIT_SITUATIONS),
  /** Still working: where. */
  workPlace: optionalText(500),
  /** Still working: what and how (hours, conditions). */
  workDescription: optionalText(2000),
  notes: optionalText(4000),
});
export const VisitInput = VisitFields.extend({ caseId: Id });
export const VisitUpdateInput = patchOf(VisitFields).extend({ id: Id, expectedVersion: ExpectedVersion });
export const Visit = VisitFields.extend({ id: Id, caseId: Id, ...Timestamps.shape });
export type Visit = z.infer<typeof Visit>;

// ---- the case page --------------------------------------------------------------------------

/** One step of the timeline: detection → referral → support → visits → closure, by date. */
export const TIMELINE_KINDS = ['detection', 'referral', 'support', 'visit', 'closure', 'reopening'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const TimelineEntry = z.object({
  kind: z.enum(TIMELINE_KINDS),
  /** ISO date (or instant for the detection). */
  on: z.string(),
  title: z.string(),
  detail: z.string().optional(),
  /** The referral, support or visit row. */
  rowId: Id.optional(),
});

export const VisitScheduleEntry = z.object({ number: z.number().int(), dueOn: z.string(), doneOn: z.string().optional(), overdue: z.boolean() });

export const CaseDetail = CaseSummary.extend({
  /** The full identity: reading it is a logged view of a child's record (child-access.ts). */
  minor: z.object({
    id: Id,
    fullName: z.string(),
    sex: z.enum(SEXES),
    dateOfBirth: z.string().optional(),
    ageAtInspection: z.number().int(),
    homeAddress: z.string().optional(),
    job: z.string().optional(),
    schooling: z.string().optional(),
  }),
  establishmentAddress: z.string().optional(),
  referrals: z.array(Referral),
  supports: z.array(Support),
  visits: z.array(Visit),
  schedule: z.array(VisitScheduleEntry),
  timeline: z.array(TimelineEntry),
  /** Two visits or more recorded: closing needs no exception. */
  closableWithoutException: z.boolean(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const CaseUpdateInput = z.object({
  id: Id,
  expectedVersion: ExpectedVersion,
  /** A suspicion of trafficking or exploitation: makes the case an emergency (12 h from now). */
  traffickingSuspected: z.boolean().optional(),
});

export const CaseCloseInput = z.object({
  id: Id,
  expectedVersion: ExpectedVersion,
  closedOn: IsoDate,
  reason: z.enum(CLOSURE_REASONS),
  /** Required (≥ 10 characters) for an exception: why the case closes without two visits or another reason. */
  note: optionalText(2000),
});

export const CaseReopenInput = z.object({ id: Id, expectedVersion: ExpectedVersion, reason: requiredText(2000) });

// ---- reminders ("Việc cần làm") ----------------------------------------------------------------

export const TODO_KINDS = ['emergency_case', 'case_visit', 'commitment', 'reinspection', 'plan_visit'] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

/** Which page a reminder opens. */
export const TODO_TARGETS = ['case', 'inspection', 'plan'] as const;
export type TodoTarget = (typeof TODO_TARGETS)[number];

export const TodoRow = z.object({
  /** Stable key of the row (kind and record). */
  key: z.string(),
  kind: z.enum(TODO_KINDS),
  dueOn: z.string(),
  /** Emergency: the instant of the 12-hour deadline. */
  dueAt: z.string().optional(),
  overdue: z.boolean(),
  /** Never a child's full name: initials. */
  title: z.string(),
  detail: z.string().optional(),
  target: z.object({ kind: z.enum(TODO_TARGETS), id: Id }),
  /** Record the target belongs to, when it is not the target itself (the commitment's inspection…). */
  establishmentName: z.string().optional(),
  officials: z.array(z.object({ id: Id, name: z.string() })),
  agencies: z.array(z.object({ id: Id, name: z.string() })),
});
export type TodoRow = z.infer<typeof TodoRow>;

export const TodoInput = z.object({
  /** The day (default today in Viet Nam). */
  date: IsoDate.optional(),
  officialId: Id.optional(),
  agencyId: Id.optional(),
  kind: z.enum(TODO_KINDS).optional(),
});
export const TodoList = z.object({ date: z.string(), rows: z.array(TodoRow) });
export const TodoCountInput = z.object({ date: IsoDate.optional() });
export const TodoCount = z.object({ date: z.string(), total: z.number().int(), overdue: z.number().int() });

/** Days a commitment is listed before its deadline. */
export const COMMITMENT_REMINDER_DAYS = 7;
/** Hours by which an emergency case must have the child protected (Decree 56/2017). */
export const EMERGENCY_HOURS = 12;
/** Default visit schedule, in months after the case opened (settings may change them). */
export const DEFAULT_VISIT_MONTHS = { first: 1, second: 3 } as const;

export const VisitScheduleSettings = z.object({
  firstVisitMonths: z.number().int().min(1, 'Ít nhất 1 tháng').max(12, 'Nhiều nhất 12 tháng'),
  secondVisitMonths: z.number().int().min(1, 'Ít nhất 1 tháng').max(24, 'Nhiều nhất 24 tháng'),
});
