import type { PlanKind, PlanStatus, SignerAuthority, TeamRole, TimeSlot } from '../schemas/plan';

/** Kinds of inspection (a plan's kind; an inspection outside any plan is "đột xuất"). */
export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  periodic: 'Kiểm tra định kỳ',
  adhoc: 'Kiểm tra đột xuất',
  follow_up: 'Kiểm tra lại',
  thematic: 'Kiểm tra chuyên đề',
};

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  approved: 'Đã phê duyệt',
  in_progress: 'Đang triển khai',
  completed: 'Đã hoàn thành',
  cancelled: 'Đã hủy',
};

/** Roles in the inspection team, as the decision establishing the team writes them. */
export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  leader: 'Trưởng đoàn',
  deputy: 'Phó Trưởng đoàn',
  member: 'Thành viên',
  secretary: 'Thư ký',
};

/** Part of the day of a visit, as the plan's schedule writes it ("Sáng", "Thứ Hai, 20/10/2025"). */
export const TIME_SLOT_LABELS: Record<TimeSlot, string> = {
  morning: 'Sáng',
  afternoon: 'Chiều',
  all_day: 'Cả ngày',
};

/** The same parts of the day inside a sentence ("trùng lịch buổi sáng ngày 20/10/2025"). */
export const TIME_SLOT_IN_TEXT: Record<TimeSlot, string> = {
  morning: 'buổi sáng',
  afternoon: 'buổi chiều',
  all_day: 'cả ngày',
};

/** How the team decision is signed, as the form offers it. */
export const SIGNER_AUTHORITY_LABELS: Record<SignerAuthority, string> = {
  on_behalf: 'Ký thay (KT.)',
  acting: 'Quyền (Q.)',
};

/** The same, as printed above the signer's position ("KT. GIÁM ĐỐC", "Q. GIÁM ĐỐC"). */
export const SIGNER_AUTHORITY_PREFIX: Record<SignerAuthority, string> = {
  on_behalf: 'KT.',
  acting: 'Q.',
};
