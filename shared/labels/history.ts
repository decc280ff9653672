import type { HistoryEntity, HistoryOp } from '../schemas/history';

/** Each synced table as a user names its rows, for the change history and conflict messages. */
export const TABLE_LABELS: Record<string, string> = {
  establishments: 'Cơ sở',
  agencies: 'Cơ quan',
  officials: 'Cán bộ',
  plans: 'Kế hoạch',
  plan_members: 'Thành viên đoàn',
  plan_targets: 'Cơ sở được kiểm tra',
  plan_communes: 'Địa bàn',
  plan_status_log: 'Trạng thái kế hoạch',
  inspections: 'Cuộc kiểm tra',
  inspection_team_members: 'Thành viên đoàn có mặt',
  inspection_representatives: 'Đại diện cơ sở',
  inspection_participants: 'Người tham dự khác',
  inspection_amendments: 'Bản sửa đổi',
  checklist_results: 'Nội dung kiểm tra',
  minors: 'Người chưa thành niên',
  violations: 'Hành vi vi phạm',
  violation_minors: 'Người chưa thành niên liên quan đến vi phạm',
  dismissed_suggestions: 'Gợi ý vi phạm đã bỏ qua',
  commitments: 'Bản cam kết',
  commitment_items: 'Nội dung cam kết',
  documents: 'Văn bản',
  conflicts: 'Xung đột dữ liệu',
  report_assessments: 'Đánh giá trong báo cáo',
  follow_up_cases: 'Hồ sơ theo dõi trẻ em',
  case_referrals: 'Chuyển tuyến',
  case_supports: 'Hỗ trợ',
  case_visits: 'Lần thăm lại',
  commitment_checks: 'Kết quả kiểm tra lại cam kết',
  sanction_decisions: 'Quyết định xử phạt',
  attachments: 'Ảnh, tệp đính kèm',
};

/** Records with a "Lịch sử thay đổi" panel: named as their own table's rows. */
export const HISTORY_ENTITY_LABELS: Record<HistoryEntity, string> = {
  establishment: TABLE_LABELS.establishments!,
  agency: TABLE_LABELS.agencies!,
  official: TABLE_LABELS.officials!,
  plan: TABLE_LABELS.plans!,
  inspection: TABLE_LABELS.inspections!,
};

export const HISTORY_OP_LABELS: Record<HistoryOp, string> = {
  insert: 'Thêm mới',
  update: 'Sửa',
  delete: 'Xóa',
  restore: 'Khôi phục',
};
