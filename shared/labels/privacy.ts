import type { ChildAccessKind } from '../schemas/privacy';

/** Entries of the access log of children's data. */
export const CHILD_ACCESS_KIND_LABELS: Record<ChildAccessKind, string> = {
  view: 'Xem hồ sơ',
  export: 'Xuất thông tin cá nhân',
  purge: 'Rút gọn khi hết hạn lưu trữ',
};
