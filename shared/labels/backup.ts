import type { BackupJobKind, BackupJobState, BackupKind, BackupSchedule } from '../schemas/backup';

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  manual: 'Sao lưu thủ công',
  scheduled: 'Sao lưu tự động',
  before_restore: 'Bản sao trước khi khôi phục',
};

export const BACKUP_SCHEDULE_LABELS: Record<BackupSchedule, string> = {
  off: 'Không tự động sao lưu',
  daily: 'Hằng ngày',
  weekly: 'Hằng tuần',
};

export const BACKUP_JOB_KIND_LABELS: Record<BackupJobKind, string> = {
  backup: 'Sao lưu',
  check: 'Kiểm tra bản sao lưu',
  restore: 'Khôi phục từ bản sao lưu',
};

export const BACKUP_JOB_STATE_LABELS: Record<BackupJobState, string> = {
  in_progress: 'Đang thực hiện',
  completed: 'Đã xong',
  failed: 'Không thành công',
  cancelled: 'Đã hủy',
};
