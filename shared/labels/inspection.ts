import type {
  CheckResult,
  CommitmentDisplayStatus,
  InspectionListStatus,
  InspectionStatus,
  Schooling,
  Sex,
  ViolationOrigin,
} from '../schemas/inspection';

export const INSPECTION_STATUS_LABELS: Record<InspectionStatus, string> = {
  draft: 'Dự thảo',
  finalised: 'Đã hoàn tất',
  amending: 'Đang sửa đổi',
};

/** The list filter adds `done`: finalised, or finalised and reopened for an amendment. */
export const INSPECTION_LIST_STATUS_LABELS: Record<InspectionListStatus, string> = {
  ...INSPECTION_STATUS_LABELS,
  done: 'Đã hoàn tất (kể cả đang sửa đổi)',
};

/** Result of one checklist item, as the minutes' table writes it. */
export const CHECK_RESULT_LABELS: Record<CheckResult, string> = {
  compliant: 'Chấp hành',
  violation: 'Vi phạm',
  not_applicable: 'Không áp dụng',
  not_checked: 'Chưa kiểm tra',
};

export const SEX_LABELS: Record<Sex, string> = { male: 'Nam', female: 'Nữ' };

/** Before a person's name in the papers: "Ông Nguyễn Văn A", "Bà Trần Thị B" (never "Ông/Bà"). */
export const SEX_HONORIFICS: Record<Sex, string> = { male: 'Ông', female: 'Bà' };

export const SCHOOLING_LABELS: Record<Schooling, string> = {
  in_school: 'Đang đi học',
  dropped_out: 'Đã bỏ học',
  never: 'Chưa từng đi học',
  unknown: 'Chưa rõ',
};

/**
 * How a commitment item stands. The stored statuses (open, fulfilled, breached) are a subset of
 * what the user sees, where an open item past its deadline is `overdue`; one map serves both.
 */
export const COMMITMENT_STATUS_LABELS: Record<CommitmentDisplayStatus, string> = {
  open: 'Đang thực hiện',
  fulfilled: 'Đã thực hiện',
  overdue: 'Quá hạn',
  breached: 'Vi phạm cam kết',
};

export const VIOLATION_ORIGIN_LABELS: Record<ViolationOrigin, string> = {
  suggestion: 'Từ gợi ý',
  manual: 'Đoàn tự ghi nhận',
};
