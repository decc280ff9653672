import * as z from 'zod';
import {
  AuthStatus,
  ChangePasswordInput,
  LoginInput,
  RecoverInput,
  RecoverySheet,
  RecoverySheetInput,
  ResetPasswordInput,
  Settings,
  SettingsUpdateInput,
  SetupInput,
  SetupResult,
  UnlockInput,
  User,
  UserCreateInput,
  UserUpdateInput,
} from '../schemas/auth';
import { ADMINS, EVERYONE } from '../schemas/user';
import { setupRestoreCommands } from './backup';
import { command, publicCommand } from './define';

const Empty = z.object({});

/**
 * Signing in and out. These run in the session layer of each transport (they open and lock
 * the encrypted database), before anyone is signed in.
 */
export const authCommands = {
  'auth.status': publicCommand(Empty, AuthStatus, 'Tình trạng ứng dụng: cần thiết lập, đăng nhập, đang khóa hay đang làm việc'),
  'auth.setup': publicCommand(SetupInput, SetupResult, 'Thiết lập lần đầu: tài khoản quản trị, đơn vị, địa danh, mã khôi phục'),
  'auth.recoverySheet': publicCommand(RecoverySheetInput, RecoverySheet, 'Phiếu mã khôi phục để in (chỉ ngay sau khi thiết lập)'),
  'auth.login': publicCommand(LoginInput, AuthStatus, 'Đăng nhập'),
  'auth.logout': publicCommand(Empty, AuthStatus, 'Đăng xuất'),
  'auth.lock': publicCommand(Empty, AuthStatus, 'Khóa màn hình'),
  'auth.unlock': publicCommand(UnlockInput, AuthStatus, 'Mở khóa màn hình bằng mật khẩu'),
  'auth.changePassword': publicCommand(ChangePasswordInput, AuthStatus, 'Đổi mật khẩu'),
  'auth.recover': publicCommand(RecoverInput, AuthStatus, 'Đặt lại mật khẩu bằng mã khôi phục'),
  ...setupRestoreCommands,
};

/** Accounts and settings: the admin's work, through dispatch like every other command. */
export const userCommands = {
  'users.list': command(Empty, z.array(User), 'Danh sách tài khoản', ADMINS),
  'users.create': command(UserCreateInput, User, 'Tạo tài khoản cho một cán bộ', ADMINS),
  'users.update': command(UserUpdateInput, User, 'Đổi vai trò hoặc khóa, mở tài khoản', ADMINS),
  'users.resetPassword': command(ResetPasswordInput, User, 'Đặt mật khẩu tạm cho một tài khoản', ADMINS),
  'settings.get': command(Empty, Settings, 'Cài đặt của đơn vị', EVERYONE),
  'settings.update': command(SettingsUpdateInput, Settings, 'Sửa cài đặt của đơn vị', ADMINS),
};
