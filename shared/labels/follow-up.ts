import type {
  CaseListStatus,
  CaseRiskLevel,
  CaseStatus,
  ClosureReason,
  ReferralMethod,
  ReferralTarget,
  SupportKind,
  TimelineKind,
  TodoKind,
  TodoTarget,
  VisitSituation,
} from '../schemas/follow-up';

export const CASE_RISK_LEVEL_LABELS: Record<CaseRiskLevel, string> = {
  emergency: 'Khẩn cấp',
  high: 'Cao',
  normal: 'Bình thường',
};

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  active: 'Đang theo dõi',
  closed: 'Đã kết thúc',
};

export const CASE_LIST_STATUS_LABELS: Record<CaseListStatus, string> = {
  ...CASE_STATUS_LABELS,
  overdue: 'Quá hạn',
};

export const CLOSURE_REASON_LABELS: Record<ClosureReason, string> = {
  in_school: 'Đã thôi làm việc, trở lại trường học',
  in_training: 'Đã thôi làm việc, đang học nghề',
  moved_with_handover: 'Chuyển nơi ở, đã bàn giao cho địa phương nơi đến',
  reached_18: 'Đã đủ 18 tuổi',
  exception: 'Trường hợp ngoại lệ (ghi rõ lý do)',
};

export const REFERRAL_TARGET_LABELS: Record<ReferralTarget, string> = {
  commune_committee: 'Ủy ban nhân dân cấp xã',
  education: 'Giáo dục (trở lại trường, học nghề)',
  social_protection: 'Bảo trợ xã hội',
  health: 'Y tế',
  legal_aid: 'Trợ giúp pháp lý',
  police: 'Công an',
};

export const REFERRAL_METHOD_LABELS: Record<ReferralMethod, string> = {
  in_person: 'Trực tiếp',
  letter: 'Bằng văn bản',
  phone: 'Điện thoại',
  other: 'Hình thức khác',
};

export const SUPPORT_KIND_LABELS: Record<SupportKind, string> = {
  back_to_school: 'Hỗ trợ trở lại trường học',
  vocational_training: 'Hỗ trợ học nghề',
  allowance: 'Trợ cấp, hỗ trợ vật chất',
  health_care: 'Chăm sóc sức khỏe',
  legal_aid: 'Trợ giúp pháp lý',
  counselling: 'Tư vấn, hỗ trợ tâm lý',
  family_support: 'Hỗ trợ gia đình (sinh kế, việc làm)',
  other: 'Hỗ trợ khác',
};

export const VISIT_SITUATION_LABELS: Record<VisitSituation, string> = {
  in_school: 'Đang đi học',
  in_training: 'Đang học nghề',
  still_working: 'Vẫn đang làm việc',
  moved_away: 'Đã chuyển đi nơi khác',
  not_found: 'Không gặp được',
};

export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  detection: 'Phát hiện',
  referral: 'Chuyển gửi',
  support: 'Hỗ trợ',
  visit: 'Thăm lại',
  closure: 'Kết thúc theo dõi',
  reopening: 'Mở lại',
};

export const TODO_KIND_LABELS: Record<TodoKind, string> = {
  emergency_case: 'Trường hợp khẩn cấp',
  case_visit: 'Thăm lại trẻ em',
  commitment: 'Cam kết đến hạn',
  reinspection: 'Kiểm tra lại',
  plan_visit: 'Lịch kiểm tra trong tuần',
};

export const TODO_TARGET_LABELS: Record<TodoTarget, string> = {
  case: 'Hồ sơ theo dõi trẻ em',
  inspection: 'Cuộc kiểm tra',
  plan: 'Kế hoạch kiểm tra',
};

/**
 * What the referral letter asks of the agency, by the kind of agency (Decree 56/2017 Art. 26–31;
 * Law on Children Art. 50–52): a sentence, not a label (listed in LABEL_VARIANTS).
 */
export const REFERRAL_REQUESTS: Record<ReferralTarget, string> = {
  commune_committee:
    'Đề nghị Ủy ban nhân dân cấp xã chỉ đạo người làm công tác bảo vệ trẻ em cấp xã đánh giá nguy cơ, xây dựng kế hoạch hỗ trợ, can thiệp đối với trẻ em nêu trên theo quy định tại các Điều 26, 27, 28 Nghị định số 56/2017/NĐ-CP (kế hoạch được xây dựng trong thời hạn 05 ngày làm việc), phối hợp với gia đình và các cơ quan liên quan để trẻ em thôi làm việc trái quy định, trở lại trường học hoặc học nghề',
  education: 'Đề nghị cơ sở giáo dục tiếp nhận, tạo điều kiện để trẻ em nêu trên trở lại trường học hoặc tham gia học nghề phù hợp với lứa tuổi',
  social_protection: 'Đề nghị cơ quan, cơ sở trợ giúp xã hội tiếp nhận, xem xét các biện pháp trợ giúp xã hội, hỗ trợ gia đình và chăm sóc thay thế (nếu cần) đối với trẻ em nêu trên',
  health: 'Đề nghị cơ sở y tế tiếp nhận, khám sức khỏe, chăm sóc y tế và hỗ trợ tâm lý cho trẻ em nêu trên',
  legal_aid: 'Đề nghị tổ chức trợ giúp pháp lý tiếp nhận, tư vấn và trợ giúp pháp lý cho trẻ em nêu trên và gia đình',
  police: 'Đề nghị cơ quan công an tiếp nhận thông tin, xác minh dấu hiệu bóc lột, mua bán trẻ em và xử lý theo thẩm quyền',
};
