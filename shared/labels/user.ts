import type { Role } from '../schemas/user';

/** Roles of an account (security.md "Users and roles"). */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị',
  leader: 'Trưởng đoàn',
  member: 'Thành viên',
  viewer: 'Người xem',
};
