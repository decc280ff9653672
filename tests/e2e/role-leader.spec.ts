import { expect, test } from '@playwright/test';
import { seedRecords, switchTo } from './roles';
import { screen } from './ui';

/** A team leader approves plans, finalises and amends minutes, may export children's identities; accounts and settings stay the admin's. */

test.use({ actionTimeout: 10_000 });

test('leader: approves a plan, finalises minutes, may amend; no accounts or unit settings', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const data = await seedRecords(page);
  const leader = await switchTo(page, request, { fullName: 'Trịnh Văn Trưởng', login: 'truong.tv', role: 'leader', password: 'mat-khau-truong-2026' });
  await expect(page.getByRole('button', { name: `Tài khoản của ${leader.fullName}` })).toContainText('Trưởng đoàn');
  const nav = page.getByRole('menu');
  await expect(nav.getByRole('menuitem', { name: 'Tài khoản' })).toHaveCount(0);

  await test.step('approves the plan', async () => {
    await page.goto(`/#/plans/${data.planId}`);
    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Phê duyệt kế hoạch?' });
    await dialog.getByRole('button', { name: 'Phê duyệt' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toContainText('Đã phê duyệt');
    await screen(page, 'role-leader-plan');
  });

  await test.step('finalises the draft minutes; the finalised ones may be amended', async () => {
    await page.goto(`/#/inspections/${data.draftId}`);
    await page.getByRole('button', { name: 'Hoàn tất biên bản' }).click();
    await page.getByRole('dialog', { name: 'Hoàn tất và khóa biên bản?' }).getByRole('button', { name: 'Hoàn tất và khóa' }).click();
    await expect(page.getByRole('heading', { name: data.establishment.name })).toContainText('Đã hoàn tất');
    await expect(page.getByRole('button', { name: 'Lập bản sửa đổi' })).toBeEnabled();
    await page.goto(`/#/inspections/${data.finalisedId}`);
    await expect(page.getByRole('button', { name: 'Lập bản sửa đổi' })).toBeEnabled();
  });

  await test.step('agencies and children’s identities in exports: yes; accounts and unit settings: no', async () => {
    await nav.getByRole('menuitem', { name: 'Cán bộ & cơ quan' }).click();
    await page.getByRole('tab', { name: 'Cơ quan thành viên' }).click();
    await expect(page.getByRole('button', { name: 'Thêm cơ quan' })).toBeVisible();
    await nav.getByRole('menuitem', { name: 'Báo cáo' }).click();
    await expect(page.getByRole('checkbox', { name: /thông tin cá nhân của trẻ em/ })).toBeVisible();
    await nav.getByRole('menuitem', { name: 'Cài đặt' }).click();
    await expect(page.getByText('10 phút')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lưu' })).toHaveCount(0);
    await page.goto('/#/users');
    await expect(page.getByText('Vai trò «Trưởng đoàn» không được mở trang này.', { exact: false })).toBeVisible();
  });
});
