import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN } from './accounts';
import { api, createAccount, signIn, signOut } from './roles';
import { screen } from './ui';

/**
 * Sign-in, the lock and passwords through the real UI and web host: idle lock and Ctrl+L, a
 * session locked elsewhere, wrong passwords (one clear message, a wait after five), a temporary
 * password changed first, and a password change from the user menu.
 */

const RECORD = 'Cơ sở Dệt Thành Công';
const adminMenu = (page: Page) => page.getByRole('button', { name: `Tài khoản của ${E2E_ADMIN.fullName}` });

async function unlock(page: Page, password: string) {
  const form = page.getByRole('form', { name: 'Ứng dụng đang khóa' });
  await form.getByLabel('Mật khẩu').fill(password);
  await form.getByRole('button', { name: 'Mở khóa' }).click();
  await expect(adminMenu(page)).toBeVisible();
}

/** The lock screen is up and nothing of the records is left in the page. */
async function expectLocked(page: Page) {
  await expect(page.getByRole('heading', { name: 'Ứng dụng đang khóa' })).toBeVisible();
  await expect(page.getByText(`Nhập mật khẩu của ${E2E_ADMIN.fullName} để tiếp tục`)).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText)).not.toContain(RECORD);
  expect(await page.content()).not.toContain(RECORD);
}

test.use({ actionTimeout: 10_000 });

test('sign-in: idle lock and unlock, wrong passwords, temporary and changed passwords', async ({ page }) => {
  test.setTimeout(150_000);
  // The page's clock is ours: ten idle minutes pass in an instant.
  await page.clock.install();
  await page.goto('/');
  await expect(adminMenu(page)).toContainText('Quản trị');
  const member = await createAccount(page, { fullName: 'Lê Văn Bình', login: 'binh.lv', role: 'member', password: 'mat-khau-binh-2026' });
  const viewer = await createAccount(page, { fullName: 'Phạm Thị Cúc', login: 'cuc.pt', role: 'viewer', password: 'mat-khau-cuc-2026' });
  await api(page.request, 'establishments.create', { name: RECORD, kind: 'household_business' });

  await test.step('ten minutes without input lock the screen; the password opens it where it was', async () => {
    await page.getByRole('menuitem', { name: 'Cơ sở' }).click();
    await expect(page.getByRole('link', { name: RECORD })).toBeVisible();
    await screen(page, 'app-header-user');
    await page.clock.fastForward('10:05');
    await expectLocked(page);
    await screen(page, 'lock-screen');
    const form = page.getByRole('form', { name: 'Ứng dụng đang khóa' });
    await form.getByLabel('Mật khẩu').fill('khong-phai-mat-khau');
    await form.getByRole('button', { name: 'Mở khóa' }).click();
    await expect(form.getByRole('alert')).toContainText('Mật khẩu không đúng');
    await unlock(page, E2E_ADMIN.password);
    await expect(page).toHaveURL(/#\/establishments$/);
    await expect(page.getByRole('link', { name: RECORD })).toBeVisible();
  });

  await test.step('Ctrl+L and the user menu lock at once', async () => {
    await page.keyboard.press('Control+l');
    await expectLocked(page);
    await unlock(page, E2E_ADMIN.password);
    await adminMenu(page).click();
    await screen(page, 'user-menu', { fullPage: false });
    await page.getByRole('menuitem', { name: 'Khóa màn hình (Ctrl+L)' }).click();
    await expectLocked(page);
    await unlock(page, E2E_ADMIN.password);
  });

  await test.step('a session locked elsewhere: the next command brings the lock screen back', async () => {
    await api(page.request, 'auth.lock', {});
    await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
    await expectLocked(page);
    await unlock(page, E2E_ADMIN.password);
    await expect(page.getByRole('heading', { name: 'Kế hoạch kiểm tra' })).toBeVisible();
  });

  await test.step('a wrong password gets one clear message; after five the service asks to wait', async () => {
    await signOut(page);
    await expect(page.getByText(`Đơn vị: Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)`)).toBeVisible();
    await screen(page, 'sign-in');
    const form = page.getByRole('form', { name: 'Đăng nhập' });
    await form.getByLabel('Tên đăng nhập').fill(viewer.login);
    for (let i = 1; i <= 4; i++) {
      await form.getByLabel('Mật khẩu').fill(`sai-mat-khau-${i}`);
      await form.getByRole('button', { name: 'Đăng nhập' }).click();
      await expect(form.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng');
      await expect(form.getByLabel('Mật khẩu')).toHaveValue('');
    }
    await screen(page, 'sign-in-wrong-password');
    await form.getByLabel('Mật khẩu').fill('sai-mat-khau-5');
    await form.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(form.getByRole('alert')).toContainText('Đã nhập sai 5 lần: hãy chờ một lúc rồi thử lại.');
    // Even the right password waits now.
    await form.getByLabel('Mật khẩu').fill(viewer.temporaryPassword);
    await form.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(form.getByRole('alert')).toHaveText(/^Đã nhập sai 5 lần\. Hãy thử lại sau \d+ giây\.$/);
    await screen(page, 'sign-in-throttled');
  });

  await test.step('a temporary password is replaced by the user’s own before anything else', async () => {
    const form = page.getByRole('form', { name: 'Đăng nhập' });
    await form.getByLabel('Tên đăng nhập').fill(member.login);
    await form.getByLabel('Mật khẩu').fill(member.temporaryPassword);
    await form.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('heading', { name: 'Đặt mật khẩu của riêng bạn' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await screen(page, 'must-change-password');
    const change = page.getByRole('form', { name: 'Đổi mật khẩu' });
    await change.getByLabel('Mật khẩu hiện tại').fill(member.temporaryPassword);
    await change.getByLabel('Mật khẩu mới', { exact: true }).fill(member.password);
    await change.getByLabel('Nhập lại mật khẩu mới').fill(member.password);
    await change.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(page.getByRole('button', { name: `Tài khoản của ${member.fullName}` })).toContainText('Thành viên');
    await signOut(page);
  });

  await test.step('the admin changes the password from the user menu; only the new one opens the app', async () => {
    await signIn(page, E2E_ADMIN.login, E2E_ADMIN.password, E2E_ADMIN.fullName);
    await adminMenu(page).click();
    await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đổi mật khẩu' });
    await dialog.getByLabel('Mật khẩu hiện tại').fill('khong-dung-dau');
    await dialog.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-e2e-2027');
    await dialog.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-e2e-2028');
    await dialog.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(dialog.getByText('Hai lần nhập mật khẩu không giống nhau')).toBeVisible();
    await dialog.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-e2e-2027');
    await dialog.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(dialog.getByText('Mật khẩu hiện tại không đúng')).toBeVisible();
    await screen(page, 'change-password-dialog', { fullPage: false });
    await dialog.getByLabel('Mật khẩu hiện tại').fill(E2E_ADMIN.password);
    await dialog.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(page.getByText('Đã đổi mật khẩu.')).toBeVisible();
    await expect(dialog).toBeHidden();
    await signOut(page);
    const form = page.getByRole('form', { name: 'Đăng nhập' });
    await form.getByLabel('Tên đăng nhập').fill(E2E_ADMIN.login);
    await form.getByLabel('Mật khẩu').fill(E2E_ADMIN.password);
    await form.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(form.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng');
    await signIn(page, E2E_ADMIN.login, 'mat-khau-moi-e2e-2027', E2E_ADMIN.fullName);
  });
});
