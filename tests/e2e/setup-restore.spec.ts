import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost, type WebHost } from '../../electron/web-host';
import { HostClient } from '../helpers/test-host';
import { E2E_ADMIN } from './accounts';
import { signIn } from './roles';
import { screen } from './ui';

/**
 * Issue 13: back up to a folder (a USB stick) on one laptop, then on a fresh data folder (this
 * spec's host is not set up) restore it from the first-start screen instead of setting up, sign in
 * with the same account and find the records. The first laptop is a second web host started here.
 */

const ESTABLISHMENT = 'Cơ sở chế biến chè Tân Cương';
const CHILD = 'Lò Thị Mai';

test.use({ actionTimeout: 15_000 });

let source: WebHost;
let sourceDir = '';
let usb = '';

test.beforeAll(async () => {
  sourceDir = mkdtempSync(join(tmpdir(), 'ldte-e2e-source-'));
  usb = mkdtempSync(join(tmpdir(), 'ldte-e2e-usb-'));
  source = await startWebHost({ port: 0, dataDir: sourceDir, secret: process.env.LDTE_LAUNCH_SECRET });
  const admin = new HostClient(source);
  await admin.run('auth.setup', E2E_ADMIN);
  const { establishment } = await admin.run('establishments.create', { name: ESTABLISHMENT, kind: 'household_business', workersTotal: 9, workersUnder18: 1 });
  const { inspection } = await admin.run('inspections.create', { establishmentId: establishment.id, inspectionDate: '2026-11-20' });
  await admin.run('minors.create', { inspectionId: inspection.id, fullName: CHILD, sex: 'female', dateOfBirth: '2011-04-02' });
});

test.afterAll(async () => {
  await source?.close();
  rmSync(sourceDir, { recursive: true, force: true });
  rmSync(usb, { recursive: true, force: true });
});

test('back up to a folder, restore it on a fresh data folder, and find the records', async ({ page }) => {
  test.setTimeout(180_000);
  let backupPath = '';

  await test.step('on the first laptop, the admin backs up to the USB stick', async () => {
    await page.goto(source.url);
    await signIn(page, E2E_ADMIN.login, E2E_ADMIN.password, E2E_ADMIN.fullName);
    await page.getByRole('menuitem', { name: 'Sao lưu và khôi phục' }).click();
    await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục' })).toBeVisible();
    // The automatic backup's defaults: daily, 10 kept, the data folder's own «backups» (with the warning).
    await expect(page.getByLabel('Lịch sao lưu')).toBeVisible();
    await expect(page.getByText('Thư mục mặc định nằm cùng ổ đĩa với dữ liệu')).toBeVisible();
    const folder = page.getByLabel('Thư mục lưu bản sao lưu');
    await folder.fill(usb);
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    const progress = page.getByRole('dialog', { name: 'Sao lưu' });
    await expect(progress.getByText(/^Đã lưu: /)).toBeVisible({ timeout: 60_000 });
    await expect(progress.getByRole('progressbar', { name: 'Tiến độ' })).toHaveAttribute('aria-valuenow', '100');
    await screen(page, 'backup-done', { fullPage: false });
    await progress.getByRole('button', { name: 'Đóng' }).last().click();
    const files = readdirSync(usb);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^sao-luu-\d{4}-\d{2}-\d{2}-\d{4}\.ldtb$/);
    backupPath = join(usb, files[0]!);

    // Checked without touching the data: every hash, and SQLite's integrity check.
    await page.getByLabel('Tệp sao lưu').fill(backupPath);
    await page.getByRole('button', { name: 'Xem nội dung' }).click();
    await expect(page.getByText(`${ESTABLISHMENT}`)).toHaveCount(0);
    await expect(page.getByText('Cơ sở: 1 · Kế hoạch: 0 · Cuộc kiểm tra: 1 · Người chưa thành niên: 1')).toBeVisible();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const check = page.getByRole('dialog', { name: 'Kiểm tra bản sao lưu' });
    await expect(check.getByText('Bản sao lưu dùng được')).toBeVisible({ timeout: 60_000 });
    await expect(check.getByText(/không có lỗi \(kiểm tra toàn vẹn của SQLite\)/)).toBeVisible();
    await screen(page, 'backup-check', { fullPage: false });
    await check.getByRole('button', { name: 'Đóng' }).last().click();
    await screen(page, 'backup-page');
  });

  await test.step('on a fresh data folder, the first-start screen restores instead of setting up', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Thiết lập lần đầu' })).toBeVisible();
    await screen(page, 'setup-restore-offer');
    await page.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
    await expect(page.getByRole('heading', { name: 'Khôi phục từ bản sao lưu' })).toBeVisible();
    await page.getByLabel('Tệp sao lưu').fill(backupPath);
    await page.getByRole('button', { name: 'Xem nội dung' }).click();
    await expect(page.getByText('Nguyễn Thị Quản Trị')).toHaveCount(0);
    await expect(page.getByText(/Cuộc kiểm tra: 1/)).toBeVisible();
    // A wrong password is refused on its field; nothing is installed.
    await page.getByLabel('Tên đăng nhập').fill(E2E_ADMIN.login);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('khong-dung-mat-khau');
    await page.getByRole('button', { name: 'Khôi phục' }).click();
    await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng với các tài khoản trong bản sao lưu')).toBeVisible();
    await screen(page, 'setup-restore-wrong-password');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: 'Khôi phục' }).click();
    await expect(page.getByText('Đã khôi phục. Hãy đăng nhập bằng tài khoản có trong bản sao lưu.')).toBeVisible({ timeout: 60_000 });
    await screen(page, 'setup-restore-done');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  });

  await test.step('the same account signs in and finds the records', async () => {
    await signIn(page, E2E_ADMIN.login, E2E_ADMIN.password, E2E_ADMIN.fullName);
    await page.getByRole('menuitem', { name: 'Cơ sở', exact: true }).click();
    await expect(page.getByRole('row').filter({ hasText: ESTABLISHMENT })).toBeVisible();
    await page.getByRole('menuitem', { name: 'Cuộc kiểm tra' }).click();
    const row = page.getByRole('row').filter({ hasText: ESTABLISHMENT });
    await expect(row).toBeVisible();
    await row.getByRole('link').first().click();
    await page.getByRole('tab', { name: /Trẻ em, người chưa thành niên/ }).click();
    await expect(page.getByText(CHILD).first()).toBeVisible();
    await screen(page, 'restored-inspection');
  });

  await test.step('restoring over live data asks first: what the backup holds, what happens to the data open now', async () => {
    await page.getByRole('menuitem', { name: 'Sao lưu và khôi phục' }).click();
    await page.getByLabel('Tệp sao lưu').fill(backupPath);
    await page.getByRole('button', { name: 'Xem nội dung' }).click();
    await page.getByRole('button', { name: 'Khôi phục…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Khôi phục từ bản sao lưu' });
    await expect(dialog.getByText('Trước khi thay, ứng dụng sao lưu dữ liệu hiện tại')).toBeVisible();
    // The same data (its key): no password asked; the button waits for the confirmation.
    await expect(dialog.getByLabel('Tên đăng nhập')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Khôi phục' })).toBeDisabled();
    await dialog.getByRole('checkbox').check();
    await expect(dialog.getByRole('button', { name: 'Khôi phục' })).toBeEnabled();
    await screen(page, 'restore-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Hủy' }).click();
  });
});
