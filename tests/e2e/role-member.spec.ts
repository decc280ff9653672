import { expect, test } from '@playwright/test';
import { seedRecords, switchTo } from './roles';
import { screen } from './ui';

/** A member records (establishments, plans, inspections) but neither approves plans nor finalises or amends minutes. */

test.use({ actionTimeout: 10_000 });

test('member: records, but approving, finalising and amending are for leaders', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const data = await seedRecords(page);
  const member = await switchTo(page, request, { fullName: 'Lê Văn Ghi', login: 'ghi.lv', role: 'member', password: 'mat-khau-ghi-2026' });
  await expect(page.getByRole('button', { name: `Tài khoản của ${member.fullName}` })).toContainText('Thành viên');
  const nav = page.getByRole('menu');
  await expect(nav.getByRole('menuitem', { name: 'Tài khoản' })).toHaveCount(0);

  await test.step('establishments: add, edit and delete are there', async () => {
    await nav.getByRole('menuitem', { name: 'Cơ sở' }).click();
    await expect(page.getByRole('button', { name: 'Thêm cơ sở' })).toBeVisible();
    await expect(page.getByRole('button', { name: `Sửa ${data.establishment.name}` })).toBeVisible();
  });

  await test.step('plans: the member edits the plan; the status steps are for leaders', async () => {
    await nav.getByRole('menuitem', { name: 'Kế hoạch kiểm tra' }).click();
    await expect(page.getByRole('button', { name: 'Lập kế hoạch' })).toBeVisible();
    await page.getByRole('link', { name: data.planTitle }).click();
    await expect(page.getByRole('button', { name: 'Sửa', exact: true })).toBeEnabled();
    await expect(page.getByRole('button', { name: 'Phê duyệt' })).toHaveCount(0);
    await expect(page.getByText('Trưởng đoàn hoặc người quản trị duyệt và chuyển trạng thái kế hoạch.')).toBeVisible();
    await page.getByRole('tab', { name: /Cơ sở/ }).click();
    await expect(page.getByRole('button', { name: 'Thêm cơ sở' })).toBeVisible();
    await screen(page, 'role-member-plan');
  });

  await test.step('inspections: records a draft; finalise and amend are disabled, saying who may', async () => {
    await nav.getByRole('menuitem', { name: 'Cuộc kiểm tra' }).click();
    await expect(page.getByRole('button', { name: 'Ghi nhận cuộc kiểm tra' }).first()).toBeVisible();
    await page.goto(`/#/inspections/${data.draftId}`);
    await expect(page.getByRole('button', { name: 'Hoàn tất biên bản' })).toBeDisabled();
    await page.getByRole('button', { name: 'Hoàn tất biên bản' }).hover({ force: true });
    await expect(page.getByRole('tooltip')).toHaveText('Chỉ trưởng đoàn hoặc người quản trị được làm việc này.');
    await expect(page.getByRole('button', { name: 'Xóa', exact: true })).toBeVisible();
    await page.getByRole('tab', { name: /Trẻ em/ }).click();
    await expect(page.getByRole('button', { name: 'Thêm trẻ em, người chưa thành niên' })).toBeEnabled();
    await screen(page, 'role-member-inspection');
    await page.goto(`/#/inspections/${data.finalisedId}`);
    await expect(page.getByRole('button', { name: 'Lập bản sửa đổi' })).toBeDisabled();
  });

  await test.step('directory: officials yes, agencies no; reports without children’s identities; settings read only', async () => {
    await nav.getByRole('menuitem', { name: 'Cán bộ & cơ quan' }).click();
    await expect(page.getByRole('button', { name: 'Thêm cán bộ' })).toBeVisible();
    await page.getByRole('tab', { name: 'Cơ quan thành viên' }).click();
    await expect(page.getByRole('button', { name: 'Thêm cơ quan' })).toHaveCount(0);
    await expect(page.getByRole('columnheader', { name: 'Thao tác' })).toHaveCount(0);
    await nav.getByRole('menuitem', { name: 'Báo cáo' }).click();
    await expect(page.getByRole('heading', { name: /Báo cáo/ }).first()).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /thông tin cá nhân của trẻ em/ })).toHaveCount(0);
    await nav.getByRole('menuitem', { name: 'Cài đặt' }).click();
    await expect(page.getByText('10 phút')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lưu' })).toHaveCount(0);
  });
});
