import { stableId } from '../../db/ids';

/** The admin every browser spec's host is set up with (except setup*.spec.ts, which starts fresh). */
export const E2E_ADMIN = {
  fullName: 'Nguyễn Thị Quản Trị',
  position: 'Chuyên viên',
  login: 'quantri',
  password: 'mat-khau-e2e-2026',
  /** The seeded labour department (its stable seed id): the admin is one of its officials. */
  unitAgencyId: stableId('agencies', 'seed', 'labour'),
  placeName: 'Lạng Sơn',
};

/** Where a spec's host writes the signed-in browser state (cookie and launch key) for Playwright. */
export const storageStateFile = (port: number) => `reports/e2e-state/${port}.json`;
