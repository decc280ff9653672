import * as z from 'zod';
import {
  BackupCreateInput,
  BackupJob,
  BackupJobInput,
  BackupListInput,
  BackupListItem,
  BackupOverview,
  BackupPathInput,
  BackupRestoreInput,
  BackupSettings,
  BackupSettingsInput,
  BackupSummary,
  SetupRestoreInput,
} from '../schemas/backup';
import { ADMINS } from '../schemas/user';
import { command, publicCommand } from './define';

const Empty = z.object({});

/**
 * "Sao lưu và khôi phục" (admin): back up now, the automatic backup's settings, check a backup,
 * restore. The long work runs in the background (status, cancel), like report exports.
 */
export const backupCommands = {
  'backup.overview': command(Empty, BackupOverview, 'Tình hình sao lưu: cài đặt, các bản sao lưu, bản sao trước khi nâng cấp', ADMINS),
  'backup.list': command(BackupListInput, z.array(BackupListItem), 'Các bản sao lưu trong một thư mục', ADMINS),
  'backup.updateSettings': command(BackupSettingsInput, BackupSettings, 'Sửa cài đặt sao lưu tự động', ADMINS),
  'backup.create': command(BackupCreateInput, BackupJob, 'Sao lưu dữ liệu vào một thư mục; chạy nền, theo dõi tiến độ', ADMINS),
  'backup.inspect': command(BackupPathInput, BackupSummary, 'Xem nội dung của một bản sao lưu', ADMINS),
  'backup.check': command(BackupPathInput, BackupJob, 'Kiểm tra một bản sao lưu mà không đụng đến dữ liệu đang dùng', ADMINS),
  'backup.restore': command(BackupRestoreInput, BackupJob, 'Khôi phục dữ liệu từ một bản sao lưu, thay cho dữ liệu hiện tại', ADMINS),
  'backup.status': command(BackupJobInput, BackupJob, 'Tiến độ của một lần sao lưu, kiểm tra hay khôi phục', ADMINS),
  'backup.cancel': command(BackupJobInput, BackupJob, 'Hủy một lần sao lưu, kiểm tra hay khôi phục đang chạy', ADMINS),
};

/**
 * Restoring on a fresh data folder, before any account exists (first-start screen): answered by
 * the session layer like the sign-in commands, only while the app is not set up (the restore's
 * progress stays readable by its job id, also after a restore made by the admin signs everyone out).
 */
export const setupRestoreCommands = {
  'auth.inspectBackup': publicCommand(BackupPathInput, BackupSummary, 'Xem nội dung của một bản sao lưu trước khi khôi phục trên máy mới'),
  'auth.restoreBackup': publicCommand(SetupRestoreInput, BackupJob, 'Khôi phục từ bản sao lưu thay cho thiết lập lần đầu'),
  'auth.restoreStatus': publicCommand(BackupJobInput, BackupJob, 'Tiến độ của một lần khôi phục'),
  'auth.cancelRestore': publicCommand(BackupJobInput, BackupJob, 'Hủy một lần khôi phục đang chạy'),
};
