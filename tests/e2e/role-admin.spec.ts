import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN } from './accounts';
import { api, signIn, signOut } from './roles';
import { choose, pick, screen } from './ui';

/**
 * The admin manages accounts (create one for an official with a role and a temporary password,
 * change the role, lock and unlock, set a new temporary password), the unit settings and the
 * legal catalogue.
 */

const OFFICIAL = 'Đỗ Văn Dũng';
const rowOf = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

test.use({ actionTimeout: 10_000 });

test('admin: accounts, unit settings and the catalogue import', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await api(page.request, 'officials.create', { fullName: OFFICIAL, position: 'Thanh tra viên', agencyId: E2E_ADMIN.unitAgencyId });
  await signOut(page);
  await signIn(page, E2E_ADMIN.login, E2E_ADMIN.password, E2E_ADMIN.fullName);
  const nav = page.getByRole('menu');

  await test.step('the accounts page lists the admin, who cannot lock their own account', async () => {
    await nav.getByRole('menuitem', { name: 'Tài khoản' }).click();
    await expect(page.getByRole('heading', { name: 'Tài khoản người dùng' })).toBeVisible();
    const mine = rowOf(page, E2E_ADMIN.fullName);
    await expect(mine).toContainText('Bạn');
    await expect(mine).toContainText(E2E_ADMIN.login);
    await expect(mine.getByRole('button', { name: `Khóa tài khoản ${E2E_ADMIN.fullName}` })).toBeDisabled();
  });

  let temporary = '';
  await test.step('creates an account for an official of the directory, with a role and a temporary password', async () => {
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const drawer = page.getByRole('dialog', { name: 'Tạo tài khoản' });
    // The admin already has an account: only the other officials are offered.
    await drawer.getByLabel('Cán bộ').click();
    await expect(page.getByRole('option', { name: new RegExp(E2E_ADMIN.fullName) })).toHaveCount(0);
    await choose(drawer, 'Cán bộ', 'do van dung', `${OFFICIAL} – Thanh tra viên – Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)`);
    await drawer.getByLabel('Tên đăng nhập').fill(E2E_ADMIN.login);
    await choose(drawer, 'Vai trò', 'truong', 'Trưởng đoàn');
    temporary = await drawer.getByLabel('Mật khẩu tạm').inputValue();
    expect(temporary).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer.getByText('Tên đăng nhập đã được dùng')).toBeVisible();
    await drawer.getByLabel('Tên đăng nhập').fill('dung.dv');
    await screen(page, 'users-create', { fullPage: false });
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByText(`Đã tạo tài khoản «dung.dv» cho ${OFFICIAL}.`)).toBeVisible();
    const row = rowOf(page, OFFICIAL);
    await expect(row).toContainText('Chờ đổi mật khẩu tạm');
    await expect(row).toContainText('Chưa đăng nhập lần nào');
    // The person signs in with it (in another browser) and must choose their own password.
    expect(await api(request, 'auth.login', { login: 'dung.dv', password: temporary })).toMatchObject({ state: 'signed_in', user: { role: 'leader', mustChangePassword: true } });
    await api(request, 'auth.logout', {});
  });

  await test.step('changes the role, after a confirmation', async () => {
    // The row keeps showing the role until the change is confirmed.
    await pick(page.getByLabel(`Vai trò của ${OFFICIAL}`), 'thanh', 'Thành viên');
    await expect(rowOf(page, OFFICIAL).getByTitle('Trưởng đoàn')).toBeVisible();
    await page.getByRole('dialog', { name: `Đổi vai trò của ${OFFICIAL} thành «Thành viên»?` }).getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText(`${OFFICIAL} nay có vai trò «Thành viên».`)).toBeVisible();
    await expect(rowOf(page, OFFICIAL).getByTitle('Thành viên')).toBeVisible();
  });

  await test.step('locks the account (sign-in refused), then unlocks it', async () => {
    await page.getByRole('button', { name: `Khóa tài khoản ${OFFICIAL}` }).click();
    await page.getByRole('dialog', { name: `Khóa tài khoản của ${OFFICIAL}?` }).getByRole('button', { name: 'Khóa' }).click();
    await expect(rowOf(page, OFFICIAL)).toContainText('Đã khóa');
    const refused = await request.post('/api/auth.login', { data: { login: 'dung.dv', password: temporary } });
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Tài khoản đã bị khóa; hãy liên hệ người quản trị' } });
    await screen(page, 'users-list');
    await page.getByRole('button', { name: `Mở khóa tài khoản ${OFFICIAL}` }).click();
    await expect(page.getByText(`Đã mở khóa tài khoản của ${OFFICIAL}.`)).toBeVisible();
    await expect(rowOf(page, OFFICIAL)).toContainText('Chờ đổi mật khẩu tạm');
  });

  await test.step('sets a new temporary password; only it opens the account', async () => {
    await page.getByRole('button', { name: `Đặt mật khẩu tạm cho ${OFFICIAL}` }).click();
    const dialog = page.getByRole('dialog', { name: `Đặt mật khẩu tạm cho ${OFFICIAL}` });
    await dialog.getByLabel('Mật khẩu tạm').fill('ngan');
    await dialog.getByRole('button', { name: 'Đặt mật khẩu tạm' }).click();
    await expect(dialog.getByText('Mật khẩu phải có ít nhất 8 ký tự')).toBeVisible();
    await dialog.getByLabel('Mật khẩu tạm').fill('mat-khau-tam-moi');
    await dialog.getByRole('button', { name: 'Đặt mật khẩu tạm' }).click();
    await expect(page.getByText(`Đã đặt mật khẩu tạm cho ${OFFICIAL}.`)).toBeVisible();
    const old = await request.post('/api/auth.login', { data: { login: 'dung.dv', password: temporary } });
    expect(await old.json()).toMatchObject({ ok: false });
    expect(await api(request, 'auth.login', { login: 'dung.dv', password: 'mat-khau-tam-moi' })).toMatchObject({ state: 'signed_in', user: { role: 'member' } });
  });

  await test.step('edits the unit settings: place name, lock time, retention', async () => {
    await nav.getByRole('menuitem', { name: 'Cài đặt' }).click();
    const form = page.getByRole('form', { name: 'Đơn vị sử dụng ứng dụng' });
    await expect(form.getByRole('button', { name: 'Lưu' })).toBeDisabled();
    await form.getByLabel('Tự khóa màn hình sau').fill('300');
    await form.getByLabel('Địa danh ghi trên văn bản').fill('Cao Bằng');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form.getByText('Nhiều nhất 240 phút')).toBeVisible();
    await form.getByLabel('Tự khóa màn hình sau').fill('15');
    await form.getByLabel('Thời hạn giữ thông tin nhận diện trẻ em').fill('7');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Đã lưu cài đặt của đơn vị.')).toBeVisible();
    expect(await api(page.request, 'settings.get', {})).toMatchObject({ placeName: 'Cao Bằng', idleLockMinutes: 15, retentionYears: 7 });
    expect(await api(page.request, 'auth.status', {})).toMatchObject({ idleLockMinutes: 15 });
    await screen(page, 'settings-admin');
  });

  await test.step('the legal catalogue can be imported by the admin', async () => {
    await nav.getByRole('menuitem', { name: 'Danh mục pháp lý' }).click();
    await expect(page.getByRole('button', { name: /Nhập danh mục/ })).toBeVisible();
  });
});
