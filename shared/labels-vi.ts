import type { Sector } from './schemas/establishment';

/** Vietnamese labels shared by the interface and the generated documents. */
export const SECTOR_LABELS_VI: Record<Sector, string> = {
  agriculture: 'Nông nghiệp',
  handicraft: 'Tiểu thủ công nghiệp',
  industry: 'Công nghiệp',
  construction: 'Xây dựng',
  services: 'Dịch vụ',
  other: 'Khác',
};

export const SEX_LABELS_VI = { male: 'Nam', female: 'Nữ' } as const;

/** Each synced table as a user names its rows, for the change history and conflict messages. */
export const TABLE_LABELS_VI: Record<string, string> = {
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
};
