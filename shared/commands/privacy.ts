import * as z from 'zod';
import { ChildAccessInput, ChildAccessPage, RetentionPreview, RetentionPurgeInput, RetentionResult } from '../schemas/privacy';
import { ADMINS } from '../schemas/user';
import { command } from './define';

/** Children's data: the access log and the retention purge, the admin's alone (security.md). */
export const privacyCommands = {
  'audit.childAccess': command(ChildAccessInput, ChildAccessPage, 'Nhật ký truy cập thông tin cá nhân của trẻ em', ADMINS),
  'retention.preview': command(z.object({}), RetentionPreview, 'Xem trước số hồ sơ trẻ em đã hết thời hạn lưu trữ thông tin cá nhân', ADMINS),
  'retention.purge': command(RetentionPurgeInput, RetentionResult, 'Rút gọn thông tin cá nhân của trẻ em đã hết thời hạn lưu trữ', ADMINS),
};
