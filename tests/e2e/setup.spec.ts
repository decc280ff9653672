import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { signIn, signOut } from './roles';
import { screen } from './ui';

/**
 * First start on a fresh data folder (this spec's host is not set up): the admin, the unit and
 * its place name, the recovery key shown once with its printable sheet; later the key sets a
 * new password when the admin's is forgotten.
 */

const ADMIN = { fullName: 'Hoàng Thị Lan', position: 'Chánh Thanh tra', login: 'lan.ht', password: 'mua-thu-ha-noi-2026' };
const UNIT = 'Sở Nội vụ tỉnh Lạng Sơn';

test.use({ actionTimeout: 10_000 });

test('setup on a fresh data folder, then recovery with the key', async ({ page }) => {
  test.setTimeout(120_000);
  let recoveryKey = '';

  await test.step('the first start asks for the admin and the unit, checking every field', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Thiết lập lần đầu' })).toBeVisible();
    const form = page.getByRole('form', { name: 'Thiết lập lần đầu' });
    await screen(page, 'setup-empty');
    await form.getByRole('button', { name: 'Thiết lập' }).click();
    await expect(form.getByText('Bắt buộc nhập').first()).toBeVisible();
    await expect(form.getByText('Chọn hoặc nhập đơn vị sử dụng ứng dụng')).toBeVisible();

    await form.getByLabel('Họ và tên').fill(ADMIN.fullName);
    await form.getByLabel('Chức vụ').fill(ADMIN.position);
    await form.getByLabel('Tên đăng nhập').fill('Lan HT');
    await form.getByLabel('Mật khẩu', { exact: true }).fill('ngan');
    await form.getByLabel('Nhập lại mật khẩu').fill('khac');
    await form.getByLabel('Nhập lại mật khẩu').blur();
    await expect(form.getByText('Tên đăng nhập gồm 3–40 chữ cái không dấu')).toBeVisible();
    await expect(form.getByText('Mật khẩu phải có ít nhất 8 ký tự')).toBeVisible();
    await expect(form.getByText('Hai lần nhập mật khẩu không giống nhau')).toBeVisible();
    await form.getByLabel('Tên đăng nhập').fill(ADMIN.login);
    await form.getByLabel('Mật khẩu', { exact: true }).fill(ADMIN.password);
    await form.getByLabel('Nhập lại mật khẩu').fill(ADMIN.password);

    // The unit: the seeded agencies are offered; a name not among them is taken as a new unit.
    const unit = form.getByLabel('Đơn vị sử dụng ứng dụng');
    await unit.click();
    await expect(page.getByRole('option', { name: 'Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)' })).toBeAttached();
    await unit.fill(UNIT);
    await expect(page.getByRole('option', { name: `Dùng tên mới: «${UNIT}»` })).toBeAttached();
    await unit.press('Enter');
    await expect(form.getByTitle(UNIT)).toBeVisible();
    await form.getByLabel('Địa danh ghi trên văn bản').fill('Lạng Sơn');
    await screen(page, 'setup-filled');
    await form.getByRole('button', { name: 'Thiết lập' }).click();
  });

  await test.step('the recovery key is shown once, with its sheet to print', async () => {
    await expect(page.getByRole('heading', { name: 'Mã khôi phục dữ liệu' })).toBeVisible({ timeout: 30_000 });
    recoveryKey = (await page.getByTestId('recovery-key').innerText()).trim();
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const enter = page.getByRole('button', { name: 'Vào ứng dụng' });
    await expect(enter).toBeDisabled();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'In phiếu mã khôi phục' }).click()]);
    expect(download.suggestedFilename()).toBe('Phieu ma khoi phuc du lieu.docx');
    // A Word file (zip) that carries the key.
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await screen(page, 'setup-recovery-key');
    await page.getByRole('checkbox', { name: 'Tôi đã in hoặc cất mã khôi phục' }).check();
    await enter.click();
    await expect(page.getByRole('button', { name: `Tài khoản của ${ADMIN.fullName}` })).toContainText('Quản trị');
  });

  await test.step('the unit and place name are the settings; the admin is an official of the unit', async () => {
    await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
    const unitCard = page.getByRole('form', { name: 'Đơn vị sử dụng ứng dụng' });
    await expect(unitCard.getByTitle(UNIT)).toBeVisible();
    await expect(unitCard.getByLabel('Địa danh ghi trên văn bản')).toHaveValue('Lạng Sơn');
    await page.getByRole('menuitem', { name: 'Cán bộ & cơ quan' }).click();
    await expect(page.getByRole('row').filter({ hasText: ADMIN.fullName })).toContainText(UNIT);
  });

  await test.step('«Quên mật khẩu?»: a wrong key is refused, the printed key sets a new password', async () => {
    await signOut(page);
    await page.getByRole('button', { name: 'Quên mật khẩu?' }).click();
    const form = page.getByRole('form', { name: 'Đặt lại mật khẩu bằng mã khôi phục' });
    await form.getByLabel('Mã khôi phục').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    await form.getByLabel('Tên đăng nhập').fill(ADMIN.login);
    await form.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-2027');
    await form.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-2027');
    await form.getByRole('button', { name: 'Đặt mật khẩu mới và đăng nhập' }).click();
    await expect(form.getByRole('alert')).toContainText('Mã khôi phục không đúng');
    await screen(page, 'recover-wrong-key');
    // Typed as read from the sheet, in lower case.
    await form.getByLabel('Mã khôi phục').fill(recoveryKey.toLowerCase());
    await form.getByRole('button', { name: 'Đặt mật khẩu mới và đăng nhập' }).click();
    await expect(page.getByRole('button', { name: `Tài khoản của ${ADMIN.fullName}` })).toBeVisible();
  });

  await test.step('the old password no longer opens the app; the new one does', async () => {
    await signOut(page);
    const form = page.getByRole('form', { name: 'Đăng nhập' });
    await form.getByLabel('Tên đăng nhập').fill(ADMIN.login);
    await form.getByLabel('Mật khẩu').fill(ADMIN.password);
    await form.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(form.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
    await signIn(page, ADMIN.login, 'mat-khau-moi-2027', ADMIN.fullName);
  });
});
