import { expect, test } from '@playwright/test';
import { seedRecords, switchTo } from './roles';
import { screen } from './ui';

/** A viewer reads everything and changes nothing: no create, edit, delete, status or export of children. */

test.use({ actionTimeout: 10_000 });

test('viewer: reads records and reports, sees no action it may not run', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const data = await seedRecords(page);
  const viewer = await switchTo(page, request, { fullName: 'Vũ Thị Xem', login: 'xem.vt', role: 'viewer', password: 'mat-khau-xem-2026' });
  await expect(page.getByRole('button', { name: `Tài khoản của ${viewer.fullName}` })).toContainText('Người xem');
  const nav = page.getByRole('menu');
  await expect(nav.getByRole('menuitem', { name: 'Tài khoản' })).toHaveCount(0);

  await test.step('establishments: the list and the record, without add, edit or delete', async () => {
    await nav.getByRole('menuitem', { name: 'Cơ sở' }).click();
    await expect(page.getByRole('link', { name: data.establishment.name })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Thêm cơ sở' })).toHaveCount(0);
    await expect(page.getByRole('columnheader', { name: 'Thao tác' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Sửa |^Xóa / })).toHaveCount(0);
    await screen(page, 'role-viewer-establishments');
    await page.getByRole('link', { name: data.establishment.name }).click();
    await expect(page.getByRole('heading', { name: data.establishment.name })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sửa' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Xóa' })).toHaveCount(0);
  });

  await test.step('plans: no new plan, no edit, no status step', async () => {
    await nav.getByRole('menuitem', { name: 'Kế hoạch kiểm tra' }).click();
    await expect(page.getByRole('link', { name: data.planTitle })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lập kế hoạch' })).toHaveCount(0);
    await page.getByRole('link', { name: data.planTitle }).click();
    await expect(page.getByRole('heading', { name: data.planTitle })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sửa' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);
    await page.getByRole('tab', { name: /Cơ sở/ }).click();
    await expect(page.getByRole('button', { name: 'Thêm cơ sở' })).toHaveCount(0);
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await expect(page.getByRole('button', { name: /^Tạo / })).toHaveCount(0);
  });

  await test.step('inspections: no new visit; a draft record reads like finalised minutes', async () => {
    await nav.getByRole('menuitem', { name: 'Cuộc kiểm tra' }).click();
    await expect(page.getByRole('button', { name: 'Ghi nhận cuộc kiểm tra' })).toHaveCount(0);
    await page.goto(`/#/inspections/${data.draftId}`);
    await expect(page.getByRole('heading', { name: data.establishment.name })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hoàn tất biên bản' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Xóa' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Lưu' })).toHaveCount(0);
    await page.getByRole('tab', { name: /Trẻ em/ }).click();
    await expect(page.getByRole('button', { name: 'Thêm trẻ em, người chưa thành niên' })).toBeDisabled();
    await screen(page, 'role-viewer-inspection');
    await page.goto(`/#/inspections/${data.finalisedId}`);
    await expect(page.getByRole('button', { name: 'Lập bản sửa đổi' })).toHaveCount(0);
  });

  await test.step('directory, reports and settings: reading only', async () => {
    await nav.getByRole('menuitem', { name: 'Cán bộ & cơ quan' }).click();
    await expect(page.getByRole('button', { name: 'Thêm cán bộ' })).toHaveCount(0);
    await expect(page.getByRole('columnheader', { name: 'Thao tác' })).toHaveCount(0);
    await page.getByRole('tab', { name: 'Cơ quan thành viên' }).click();
    await expect(page.getByRole('button', { name: 'Thêm cơ quan' })).toHaveCount(0);
    await nav.getByRole('menuitem', { name: 'Báo cáo' }).click();
    await expect(page.getByRole('heading', { name: /Báo cáo/ }).first()).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /thông tin cá nhân của trẻ em/ })).toHaveCount(0);
    await nav.getByRole('menuitem', { name: 'Cài đặt' }).click();
    await expect(page.getByText('Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)')).toBeVisible();
    await expect(page.getByText('10 phút')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lưu' })).toHaveCount(0);
    await expect(page.getByRole('radio', { name: 'English' })).toBeAttached();
    await screen(page, 'role-viewer-settings');
    await page.goto('/#/users');
    await expect(page.getByText('Không có quyền')).toBeVisible();
    await expect(page.getByText('Vai trò «Người xem» không được mở trang này.', { exact: false })).toBeVisible();
  });
});
