import { expect, test, type APIRequestContext } from '@playwright/test';
import { isoDay, seedMonth, shown } from './seed';
import { screen } from './ui';

/**
 * Issue 10, "Screens": input is never lost (the unsaved-changes guard on leaving, Esc, Hủy and
 * reload; the draft offered back after a reload; Enter in a date box does not submit), a plan's
 * target starts its inspection and shows its state, and an establishment shows its record
 * (the dashboard against the commitments page: counts.spec.ts).
 */

async function api<T>(request: APIRequestContext, command: string, data: object): Promise<T> {
  const response = await request.post(`/api/${command}`, { data });
  const body = (await response.json()) as { ok: boolean; data: T; error?: { message: string } };
  expect(body.ok, body.error?.message).toBe(true);
  return body.data;
}

test.use({ actionTimeout: 10_000 });

test('never lose input: leaving asks first, a draft survives a reload, Enter in a date box does not save', async ({ page, request }) => {
  test.setTimeout(120_000);
  const shop = await api<{ establishment: { id: string } }>(request, 'establishments.create', { name: 'Cơ sở may Thành Công', kind: 'household_business', address: 'Thôn Đông' });
  const started = await api<{ inspection: { id: string } }>(request, 'inspections.create', { establishmentId: shop.establishment.id, inspectionDate: isoDay(0) });
  const record = `/#/inspections/${started.inspection.id}`;

  await test.step('typing in the general section, then the menu: asked first; staying keeps the text', async () => {
    await page.goto(record);
    await expect(page.getByRole('heading', { name: 'Cơ sở may Thành Công' })).toBeVisible();
    await page.getByLabel('Ý kiến, giải trình của cơ sở').fill('Chủ cơ sở xin thêm thời gian.');
    await expect(page.getByText('Có thay đổi chưa lưu')).toBeVisible();
    await page.getByRole('menuitem', { name: 'Cơ sở' }).click();
    const ask = page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
    await expect(ask).toContainText('Những thay đổi ở «Thông tin chung» chưa được lưu');
    await screen(page, 'unsaved-leave', { fullPage: false });
    await ask.getByRole('button', { name: 'Tiếp tục sửa' }).click();
    await expect(ask).toBeHidden();
    await expect(page.getByLabel('Ý kiến, giải trình của cơ sở')).toHaveValue('Chủ cơ sở xin thêm thời gian.');
    await expect(page).toHaveURL(new RegExp(`inspections/${started.inspection.id}`));
  });

  await test.step('the draft is kept while typing and offered back after a reload', async () => {
    await expect(page.getByText(/bản nháp tự lưu lúc \d\d:\d\d/)).toBeVisible();
    // The browser's own question comes first; accepting it reloads.
    page.once('dialog', (dialog) => {
      expect(dialog.type()).toBe('beforeunload');
      void dialog.accept();
    });
    await page.reload();
    const offer = page.getByRole('alert').filter({ hasText: 'Có bản nháp chưa lưu' });
    await expect(offer).toBeVisible();
    await expect(page.getByLabel('Ý kiến, giải trình của cơ sở')).toHaveValue('');
    await screen(page, 'draft-offer', { fullPage: false });
    await offer.getByRole('button', { name: 'Khôi phục bản nháp' }).click();
    await expect(page.getByLabel('Ý kiến, giải trình của cơ sở')).toHaveValue('Chủ cơ sở xin thêm thời gian.');
    await expect(page.getByText('Có thay đổi chưa lưu')).toBeVisible();
  });

  await test.step('Enter in the date box does not save the section', async () => {
    const date = page.getByLabel('Ngày kiểm tra');
    await date.click();
    await date.fill(shown(isoDay(-1)));
    await date.press('Enter');
    await expect(page.getByText('Đã lưu thông tin chung.')).toHaveCount(0);
    await expect(page.getByText('Có thay đổi chưa lưu')).toBeVisible();
    await expect(date).toHaveValue(shown(isoDay(-1)));
    await page.getByRole('button', { name: 'Lưu thông tin chung' }).click();
    await expect(page.getByText('Đã lưu thông tin chung.')).toBeVisible();
    await expect(page.getByText('Đã lưu tất cả thay đổi')).toBeVisible();
  });

  await test.step('once saved, leaving asks nothing and no draft is offered', async () => {
    await page.reload();
    await expect(page.getByLabel('Ý kiến, giải trình của cơ sở')).toHaveValue('Chủ cơ sở xin thêm thời gian.');
    await expect(page.getByRole('alert').filter({ hasText: 'Có bản nháp chưa lưu' })).toHaveCount(0);
    await page.getByRole('menuitem', { name: 'Cơ sở' }).click();
    await expect(page.getByRole('heading', { name: 'Cơ sở', level: 3 })).toBeVisible();
  });

  await test.step('a drawer: Esc and Hủy ask before throwing typed text away', async () => {
    await page.getByRole('button', { name: 'Thêm cơ sở' }).first().click();
    const drawer = page.getByRole('dialog', { name: 'Thêm cơ sở' });
    await drawer.getByLabel('Tên cơ sở').fill('Hộ kinh doanh Bình An');
    await page.keyboard.press('Escape');
    const ask = page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
    await expect(ask).toContainText('chưa được lưu');
    await ask.getByRole('button', { name: 'Tiếp tục sửa' }).click();
    await expect(drawer.getByLabel('Tên cơ sở')).toHaveValue('Hộ kinh doanh Bình An');
    await drawer.getByRole('button', { name: 'Hủy' }).click();
    await ask.getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(drawer).toBeHidden();
    // Nothing typed: closes at once.
    await page.getByRole('button', { name: 'Thêm cơ sở' }).first().click();
    await page.getByRole('dialog', { name: 'Thêm cơ sở' }).getByRole('button', { name: 'Hủy' }).click();
    await expect(page.getByRole('dialog', { name: 'Thêm cơ sở' })).toBeHidden();
    await expect(ask).toBeHidden();
  });
});

test('a plan target starts its inspection, the plan shows its progress, an establishment shows its record', async ({ page, request }) => {
  test.setTimeout(120_000);
  const seeded = await seedMonth(request);
  const planUrl = `/#/plans/${seeded.plan.id}?tab=targets`;

  await test.step('each target shows its inspection, or «Bắt đầu kiểm tra»; the plan its progress', async () => {
    await page.goto(planUrl);
    const row = (name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row('Hộ ông Nguyễn Văn Đức')).toContainText('Đã hoàn tất');
    await expect(row('Hộ bà Trần Thị Lụa')).toContainText('Dự thảo');
    await expect(row('Hộ ông Lò Văn Minh').getByRole('button', { name: 'Bắt đầu kiểm tra Hộ ông Lò Văn Minh' })).toBeVisible();
    await expect(page.getByText('đã kiểm tra 2/3 cơ sở (1 đã hoàn tất biên bản)')).toBeVisible();
    await screen(page, 'plan-targets-progress');
  });

  await test.step('«Bắt đầu kiểm tra» opens the record of that visit, in the plan', async () => {
    await page.getByRole('button', { name: 'Bắt đầu kiểm tra Hộ ông Lò Văn Minh' }).click();
    const drawer = page.getByRole('dialog', { name: 'Ghi nhận cuộc kiểm tra' });
    await expect(drawer.getByTitle('Hộ ông Lò Văn Minh', { exact: false }).first()).toBeVisible();
    await expect(drawer.getByLabel('Ngày kiểm tra')).toHaveValue(shown(isoDay(0)));
    await screen(page, 'plan-target-start', { fullPage: false });
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('heading', { name: 'Hộ ông Lò Văn Minh' })).toContainText('Dự thảo');
    await expect(page.getByText('Kế hoạch: Kiểm tra lao động chưa thành niên tại làng nghề Phú Vinh')).toBeVisible();
    await page.goto(planUrl);
    await expect(page.getByText('đã kiểm tra 3/3 cơ sở (1 đã hoàn tất biên bản)')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Hộ ông Lò Văn Minh' })).toContainText('Dự thảo');
    await page.getByRole('tab', { name: 'Thông tin chung' }).click();
    await expect(page.getByLabel('Tiến độ kiểm tra')).toContainText('3/3');
  });

  await test.step('the establishment lists its inspections, violations and commitments, and can be inspected', async () => {
    await page.goto(`/#/establishments/${seeded.households.duc.id}`);
    const record = page.locator('.ant-card').filter({ hasText: 'Hồ sơ kiểm tra của cơ sở' });
    await expect(record.getByRole('tab', { name: 'Cuộc kiểm tra (1)' })).toBeVisible();
    await expect(record.getByRole('tab', { name: /^Vi phạm \(\d\)$/ })).toBeVisible();
    await expect(record.getByRole('tab', { name: 'Cam kết (3, 1 quá hạn)' })).toBeVisible();
    await record.getByRole('tab', { name: /^Vi phạm/ }).click();
    await expect(record.getByRole('tabpanel')).toContainText('Điều 29');
    await screen(page, 'establishment-record');
    await record.getByRole('tab', { name: /^Cam kết/ }).click();
    await expect(record.getByRole('row').filter({ hasText: 'Lập sổ theo dõi riêng' })).toContainText('Quá hạn');
    await page.getByRole('button', { name: 'Kiểm tra cơ sở này' }).click();
    const drawer = page.getByRole('dialog', { name: 'Ghi nhận cuộc kiểm tra' });
    await expect(drawer.getByTitle('Hộ ông Nguyễn Văn Đức', { exact: false }).first()).toBeVisible();
    await drawer.getByRole('button', { name: 'Hủy' }).click();
    await expect(drawer).toBeHidden();
  });
});
