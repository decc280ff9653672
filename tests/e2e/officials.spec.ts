import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN } from './accounts';
import { choose, screen } from './ui';

/** The directory of member agencies and officials through the real UI and services. */

const OLD_NAME = 'Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)';
const NEW_NAME = 'Sở Nội vụ tỉnh Phú Thọ';
const POLICE = 'Công an tỉnh';

const rowOf = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

async function addOfficial(page: Page, official: { name: string; sex: 'Nam' | 'Nữ'; position: string; agencyTyped: string; agency: string; phone: string; email: string }) {
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const drawer = page.getByRole('dialog', { name: 'Thêm cán bộ' });
  await drawer.getByLabel('Họ và tên').fill(official.name);
  // "Ông" or "Bà" before the name on the papers.
  await drawer.getByRole('radiogroup', { name: 'Giới tính' }).getByText(official.sex, { exact: true }).click();
  await drawer.getByLabel('Chức vụ').fill(official.position);
  await choose(drawer, 'Cơ quan', official.agencyTyped, official.agency);
  await drawer.getByLabel('Điện thoại').fill(official.phone);
  await drawer.getByLabel('Email').fill(official.email);
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByText(`Đã lưu «${official.name}».`)).toBeVisible();
}

test.use({ actionTimeout: 10_000 });

test('directory: rename an agency, add officials to two agencies, filter by agency', async ({ page, request }) => {
  test.setTimeout(120_000);

  await test.step('rename the labour department after the 2025 reorganisation', async () => {
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Cán bộ & cơ quan' }).click();
    await expect(page.getByRole('heading', { name: 'Cán bộ & cơ quan' })).toBeVisible();
    // The admin made at first start is the only official so far.
    await expect(rowOf(page, E2E_ADMIN.fullName)).toContainText(OLD_NAME);
    await expect(page.getByText('Tổng số 1 cán bộ')).toBeVisible();
    await page.getByRole('tab', { name: 'Cơ quan thành viên' }).click();
    await page.getByRole('button', { name: `Sửa ${OLD_NAME}` }).click();
    const drawer = page.getByRole('dialog', { name: `Sửa cơ quan «${OLD_NAME}»` });
    await expect(drawer.getByLabel('Tên cơ quan')).toHaveValue(OLD_NAME);
    await drawer.getByLabel('Tên cơ quan').fill('');
    await drawer.getByLabel('Tên cơ quan').press('Tab');
    await expect(drawer.getByText('Bắt buộc nhập')).toBeVisible();
    await drawer.getByLabel('Tên cơ quan').fill(NEW_NAME);
    await drawer.getByLabel('Tên cơ quan').press('Enter');
    await expect(drawer).toBeHidden();
    await expect(rowOf(page, NEW_NAME)).toContainText('Lao động, nội vụ');
    await expect(page.getByRole('cell', { name: OLD_NAME })).toHaveCount(0);
  });

  await test.step('add two officials to different agencies', async () => {
    await page.getByRole('tab', { name: 'Cán bộ' }).click();
    await addOfficial(page, {
      name: 'Nguyễn Thị Hoa',
      sex: 'Nữ',
      position: 'Chánh Thanh tra',
      agencyTyped: 'noi vu',
      agency: NEW_NAME,
      phone: '0912 345 678',
      email: 'hoa.nt@snv.phutho.gov.vn',
    });
    await addOfficial(page, {
      name: 'Trần Văn Minh',
      sex: 'Nam',
      position: 'Đội trưởng',
      agencyTyped: 'cong an',
      agency: POLICE,
      phone: '0987 654 321',
      email: 'minh.tv@ca.phutho.gov.vn',
    });
    await expect(rowOf(page, 'Nguyễn Thị Hoa')).toContainText(NEW_NAME);
    await expect(rowOf(page, 'Trần Văn Minh')).toContainText(POLICE);
    await expect(page.getByText('Tổng số 3 cán bộ')).toBeVisible();
    const listed = (await (await request.post('/api/officials.list', { data: {} })).json()) as { data: { fullName: string; sex?: string }[] };
    expect(Object.fromEntries(listed.data.map((o) => [o.fullName, o.sex]))).toMatchObject({ 'Nguyễn Thị Hoa': 'female', 'Trần Văn Minh': 'male' });
  });

  await test.step('a wrong email is refused on the field', async () => {
    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    const drawer = page.getByRole('dialog', { name: 'Thêm cán bộ' });
    await drawer.getByLabel('Email').fill('khong-phai-email');
    await drawer.getByLabel('Email').press('Tab');
    await expect(drawer.getByText('Địa chỉ email không hợp lệ')).toBeVisible();
    // What was typed is not thrown away without asking.
    await drawer.getByRole('button', { name: 'Hủy' }).click();
    await page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' }).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(drawer).toBeHidden();
  });

  await test.step('filter by agency', async () => {
    const filter = page.getByRole('tabpanel', { name: 'Cán bộ' });
    await choose(filter, 'Lọc theo cơ quan', 'cong an', POLICE);
    await expect(rowOf(page, 'Trần Văn Minh')).toBeVisible();
    await expect(rowOf(page, 'Nguyễn Thị Hoa')).toHaveCount(0);
    await expect(page.getByText('Tổng số 1 cán bộ')).toBeVisible();
    await page.getByRole('heading', { name: 'Cán bộ & cơ quan' }).click(); // close the dropdown for the picture
    await screen(page, 'officials-filtered');
  });

  await test.step('search by name without accents', async () => {
    await page.reload(); // drops the agency filter
    await page.getByRole('textbox', { name: 'Tìm cán bộ' }).fill('nguyen thi hoa');
    await expect(rowOf(page, 'Nguyễn Thị Hoa')).toBeVisible();
    await expect(rowOf(page, 'Trần Văn Minh')).toHaveCount(0);
  });

  await test.step('the agency list counts their officials', async () => {
    await page.getByRole('tab', { name: 'Cơ quan thành viên' }).click();
    const officialCount = (name: string) => rowOf(page, name).getByRole('cell').nth(3);
    await expect(officialCount(NEW_NAME)).toHaveText('2');
    await expect(officialCount(POLICE)).toHaveText('1');
    await expect(officialCount('Sở Y tế')).toHaveText('0');
    await screen(page, 'agencies');
  });
});
