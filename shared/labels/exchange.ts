import type { CONFLICT_KINDS, CONFLICT_RESOLUTIONS, CONFLICT_SIDES, EXCHANGE_DIRECTIONS, EXPORT_MODES, PACKAGE_KINDS, RESOLVE_CHOICES, TEAM_DEVICE_STATUSES } from '../schemas/exchange';

export const EXPORT_MODE_LABELS: Record<(typeof EXPORT_MODES)[number], string> = {
  team: 'Dữ liệu của đoàn',
  all: 'Toàn bộ dữ liệu',
};

export const CONFLICT_KIND_LABELS: Record<(typeof CONFLICT_KINDS)[number], string> = {
  same_field: 'Hai máy cùng sửa một thông tin',
  delete_edit: 'Một máy xóa, máy kia sửa',
  locked_record: 'Thay đổi đến biên bản đã khóa',
  duplicate_establishment: 'Có thể trùng cơ sở',
};

export const CONFLICT_RESOLUTION_LABELS: Record<(typeof CONFLICT_RESOLUTIONS)[number], string> = {
  kept_a: 'Giữ giá trị trước',
  kept_b: 'Giữ giá trị sau',
  edited: 'Sửa thành giá trị khác',
  merged: 'Đã gộp hai cơ sở',
  dismissed: 'Giữ nguyên',
  restored: 'Khôi phục, giữ bản sửa',
  kept_deleted: 'Giữ xóa',
};

export const TEAM_DEVICE_STATUS_LABELS: Record<(typeof TEAM_DEVICE_STATUSES)[number], string> = {
  pending: 'Chờ trưởng đoàn chấp nhận',
  accepted: 'Trong đoàn',
};

export const PACKAGE_KIND_LABELS: Record<(typeof PACKAGE_KINDS)[number], string> = {
  changes: 'Gói dữ liệu',
  join: 'Tệp xin tham gia đoàn',
};

export const CONFLICT_SIDE_LABELS: Record<(typeof CONFLICT_SIDES)[number], string> = {
  a: 'Thay đổi trước',
  b: 'Thay đổi sau',
};

export const RESOLVE_CHOICE_LABELS: Record<(typeof RESOLVE_CHOICES)[number], string> = {
  a: 'Thay đổi trước',
  b: 'Thay đổi sau',
  value: 'Sửa thành giá trị khác',
  dismiss: 'Giữ nguyên như hiện tại',
  restore: 'Khôi phục (giữ bản sửa)',
  keep_deleted: 'Giữ xóa',
};

export const EXCHANGE_DIRECTION_LABELS: Record<(typeof EXCHANGE_DIRECTIONS)[number], string> = {
  export: 'Tạo gói gửi đi',
  import: 'Nhập gói nhận về',
};
