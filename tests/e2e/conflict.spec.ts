import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { E2E_ADMIN } from './accounts';
import { isoDay } from './seed';

/**
 * Two people on one record: the edit form sends the version it loaded; a change made behind the
 * user's back (here through the API) is not overwritten silently: the conflict dialog names who
 * changed it and when, shows both values, and lets the user reload or keep their own changes.
 * Clearing a field really clears it; the record's "Lịch sử thay đổi" lists every change.
 */

const NAME = 'Cơ sở may gia công Hòa Bình';
const SHOTS = '/work/main/scratch';
// The call behind the user's back is made by the same signed-in admin, in another "tab".
const WHO = E2E_ADMIN.fullName;

type Establishment = { id: string; version: number; trade?: string; address?: string; notes?: string; workersTotal?: number };

async function api<T>(request: APIRequestContext, command: string, data: object): Promise<T> {
  const response = await request.post(`/api/${command}`, { data });
  const body = await response.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data as T;
}

const current = async (request: APIRequestContext, id: string) =>
  (await api<{ establishment: Establishment }>(request, 'establishments.get', { id })).establishment;

const editDrawer = (page: Page) => page.getByRole('dialog', { name: `Sửa cơ sở «${NAME}»` });
const conflictDialog = (page: Page) => page.getByRole('dialog', { name: 'Hồ sơ vừa được người khác sửa' });
const rowOf = (dialog: Locator, label: string) => dialog.getByRole('row').filter({ has: dialog.page().getByRole('cell', { name: label, exact: true }) });

async function openEdit(page: Page) {
  await page.getByRole('button', { name: 'Sửa', exact: true }).click();
  await expect(editDrawer(page)).toBeVisible();
  return editDrawer(page);
}

test.use({ actionTimeout: 10_000 });

test('an edit made meanwhile is shown, reloaded or overridden by choice; clearing clears; the history lists it all', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { establishment } = await api<{ establishment: Establishment }>(request, 'establishments.create', {
    name: NAME,
    kind: 'household_business',
    trade: 'May gia công',
    businessRegNo: '27H8001234',
    address: 'Xóm Bến, thôn Hòa Bình',
    legalRepName: 'Lê Thị Hoa',
    workersTotal: 8,
  });
  const id = establishment.id;

  await test.step('a change saved behind the user\'s back stops the save and opens the dialog', async () => {
    await page.goto(`/#/establishments/${id}`);
    await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
    const drawer = await openEdit(page);
    await drawer.getByLabel('Ngành nghề').fill('May mặc xuất khẩu');
    // Someone else saves the same record meanwhile: the same field, and another one.
    await api(request, 'establishments.update', { id, trade: 'Đan lát thủ công', workersTotal: 12, businessRegNo: null });
    await drawer.getByRole('button', { name: 'Lưu' }).click();

    const dialog = conflictDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(new RegExp(`${WHO} đã lưu thay đổi lúc \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}`));
    await expect(dialog.getByRole('columnheader', { name: 'Giá trị của bạn' })).toBeVisible();
    await expect(dialog.getByRole('columnheader', { name: 'Giá trị hiện tại' })).toBeVisible();
    const trade = rowOf(dialog, 'Ngành nghề');
    await expect(trade).toContainText('May mặc xuất khẩu');
    await expect(trade).toContainText('Đan lát thủ công');
    // A field only they changed: kept whatever the user chooses, and said so.
    const workers = rowOf(dialog, 'Tổng số lao động');
    await expect(workers).toContainText('bạn không sửa');
    await expect(workers).toContainText('12');
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SHOTS}/conflict-dialog.png` });
    // Nothing was overwritten.
    expect((await current(request, id)).trade).toBe('Đan lát thủ công');
  });

  await test.step('"Tải lại" puts the record as it now is into the form', async () => {
    await conflictDialog(page).getByRole('button', { name: 'Tải lại' }).click();
    await expect(conflictDialog(page)).toBeHidden();
    const drawer = editDrawer(page);
    await expect(drawer.getByLabel('Ngành nghề')).toHaveValue('Đan lát thủ công');
    await expect(drawer.getByLabel('Tổng số lao động')).toHaveValue('12');
    // A value they cleared shows empty, not the one the form opened with.
    await expect(drawer.getByLabel('Số đăng ký kinh doanh')).toHaveValue('');
    // Saving now goes through: the form holds the new version.
    await drawer.getByLabel('Họ và tên').fill('Lê Thị Hoa (chủ hộ)');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer).toBeHidden();
    const saved = await current(request, id);
    expect(saved).toMatchObject({ trade: 'Đan lát thủ công', workersTotal: 12, legalRepName: 'Lê Thị Hoa (chủ hộ)' });
  });

  await test.step('"Giữ thay đổi của tôi" saves the user\'s changes on the new version and keeps theirs elsewhere', async () => {
    const drawer = await openEdit(page);
    await drawer.getByLabel('Ngành nghề').fill('May mặc xuất khẩu');
    await api(request, 'establishments.update', { id, trade: 'Thêu ren', notes: 'Đã nhắc cơ sở lập sổ theo dõi lao động chưa thành niên' });
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    const dialog = conflictDialog(page);
    await expect(rowOf(dialog, 'Ngành nghề')).toContainText('Thêu ren');
    await expect(rowOf(dialog, 'Ghi chú')).toContainText('bạn không sửa');
    await dialog.getByRole('button', { name: 'Giữ thay đổi của tôi' }).click();
    await expect(dialog).toBeHidden();
    await expect(drawer).toBeHidden();
    await expect(page.getByText(`Đã lưu «${NAME}».`).first()).toBeVisible();
    const saved = await current(request, id);
    expect(saved.trade).toBe('May mặc xuất khẩu');
    expect(saved.notes).toBe('Đã nhắc cơ sở lập sổ theo dõi lao động chưa thành niên');
    await expect(page.getByText('May mặc xuất khẩu')).toBeVisible();
  });

  await test.step('emptying an optional field clears it', async () => {
    const drawer = await openEdit(page);
    await expect(drawer.getByLabel('Địa chỉ chi tiết')).toHaveValue('Xóm Bến, thôn Hòa Bình');
    await drawer.getByLabel('Địa chỉ chi tiết').fill('');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer).toBeHidden();
    expect((await current(request, id)).address).toBeUndefined();
    await expect(page.getByText('Xóm Bến, thôn Hòa Bình')).toHaveCount(0);
    const again = await openEdit(page);
    await expect(again.getByLabel('Địa chỉ chi tiết')).toHaveValue('');
    await again.getByRole('button', { name: 'Hủy' }).click();
    await expect(again).toBeHidden();
  });

  await test.step('the history panel lists who changed what, newest first', async () => {
    await page.getByRole('button', { name: /Lịch sử thay đổi/ }).click();
    const history = page.getByRole('region', { name: 'Lịch sử thay đổi' });
    const changes = history.getByRole('article');
    await expect(changes.first()).toBeVisible();
    // Newest first: the cleared address, then the kept change over "Thêu ren".
    await expect(changes.nth(0)).toContainText('Địa chỉ chi tiết: Xóm Bến, thôn Hòa Bình → —');
    await expect(changes.nth(0)).toContainText(WHO);
    await expect(changes.nth(1)).toContainText('Ngành nghề: Thêu ren → May mặc xuất khẩu');
    await expect(changes.nth(2)).toContainText('Ngành nghề: Đan lát thủ công → Thêu ren');
    await expect(history).toContainText('Người đại diện — Họ và tên: Lê Thị Hoa → Lê Thị Hoa (chủ hộ)');
    await expect(history).toContainText('Tổng số lao động: 8 → 12');
    const created = changes.last();
    await expect(created).toContainText('Thêm mới');
    await expect(created).toContainText(`Tên cơ sở: ${NAME}`);
    await expect(created).toContainText('Loại hình: Hộ kinh doanh');
    await history.scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SHOTS}/history-panel.png`, fullPage: true });
  });
});

test('an official changed in two places: names, not ids, in the dialog; a cleared phone; the history in the drawer', async ({ page, request }) => {
  test.setTimeout(90_000);
  const [first, second] = await api<{ id: string; name: string }[]>(request, 'agencies.list', {});
  const official = await api<{ id: string }>(request, 'officials.create', { fullName: 'Phạm Văn Long', agencyId: first!.id, phone: '0912 000 111' });

  await page.goto('/#/directory');
  await page.getByRole('button', { name: 'Sửa Phạm Văn Long' }).click();
  const drawer = page.getByRole('dialog', { name: 'Sửa thông tin cán bộ «Phạm Văn Long»' });
  await drawer.getByLabel('Chức vụ').fill('Thanh tra viên');
  await drawer.getByLabel('Điện thoại').fill('');
  await api(request, 'officials.update', { id: official.id, agencyId: second!.id });
  await drawer.getByRole('button', { name: 'Lưu' }).click();

  const dialog = conflictDialog(page);
  await expect(rowOf(dialog, 'Cơ quan')).toContainText(`${first!.name} (bạn không sửa)`);
  await expect(rowOf(dialog, 'Cơ quan')).toContainText(second!.name);
  await expect(rowOf(dialog, 'Chức vụ')).toContainText('Thanh tra viên');
  await expect(rowOf(dialog, 'Điện thoại')).toContainText('0912 000 111');
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/conflict-official.png` });
  await dialog.getByRole('button', { name: 'Giữ thay đổi của tôi' }).click();
  await expect(drawer).toBeHidden();

  const [saved] = (await api<{ id: string; position?: string; phone?: string; agencyId: string }[]>(request, 'officials.list', {})).filter((o) => o.id === official.id);
  expect(saved).toMatchObject({ position: 'Thanh tra viên', agencyId: second!.id });
  expect(saved!.phone).toBeUndefined();

  await page.getByRole('button', { name: 'Sửa Phạm Văn Long' }).click();
  await drawer.getByRole('button', { name: /Lịch sử thay đổi/ }).click();
  const history = drawer.getByRole('region', { name: 'Lịch sử thay đổi' });
  await expect(history.getByRole('article').first()).toContainText('Điện thoại: 0912 000 111 → —');
  await expect(history.getByRole('article').first()).toContainText('Chức vụ: — → Thanh tra viên');
  await expect(history).toContainText(`Cơ quan: ${first!.name} → ${second!.name}`);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/history-official-drawer.png` });
});

test('the inspection record: general information in conflict, and the history of the record and its children', async ({ page, request }) => {
  test.setTimeout(90_000);
  const { establishment } = await api<{ establishment: Establishment }>(request, 'establishments.create', { name: 'Xưởng mộc Tân Lập', kind: 'household_business' });
  const today = isoDay(0);
  const { inspection } = await api<{ inspection: { id: string } }>(request, 'inspections.create', {
    establishmentId: establishment.id,
    inspectionDate: today,
    place: 'Tại xưởng',
    employerStatement: 'Cơ sở xin khắc phục ngay',
  });
  await api(request, 'minors.create', { inspectionId: inspection.id, fullName: 'Hoàng Văn Nam', sex: 'male', estimatedAge: 14, job: 'Chà nhám gỗ' });

  await page.goto(`/#/inspections/${inspection.id}`);
  await expect(page.getByRole('heading', { name: 'Xưởng mộc Tân Lập' })).toBeVisible();
  await page.getByLabel('Địa điểm lập biên bản').fill('Nhà văn hóa thôn Tân Lập');
  await page.getByLabel('Ý kiến, giải trình của cơ sở').fill('');
  await api(request, 'inspections.update', { id: inspection.id, place: 'Trụ sở UBND xã' });
  await page.getByRole('button', { name: 'Lưu thông tin chung' }).click();
  const dialog = conflictDialog(page);
  await expect(rowOf(dialog, 'Địa điểm lập biên bản')).toContainText('Nhà văn hóa thôn Tân Lập');
  await expect(rowOf(dialog, 'Địa điểm lập biên bản')).toContainText('Trụ sở UBND xã');
  await expect(rowOf(dialog, 'Ý kiến, giải trình của cơ sở')).toContainText('Cơ sở xin khắc phục ngay');
  await dialog.getByRole('button', { name: 'Giữ thay đổi của tôi' }).click();
  await expect(page.getByText('Đã lưu thông tin chung.')).toBeVisible();
  // The cleared statement stays empty once saved.
  await expect(page.getByLabel('Ý kiến, giải trình của cơ sở')).toHaveValue('');
  await expect(page.getByLabel('Địa điểm lập biên bản')).toHaveValue('Nhà văn hóa thôn Tân Lập');
  const { inspection: saved } = await api<{ inspection: { place?: string; employerStatement?: string } }>(request, 'inspections.get', { id: inspection.id });
  expect(saved.place).toBe('Nhà văn hóa thôn Tân Lập');
  expect(saved.employerStatement).toBeUndefined();

  await page.getByRole('button', { name: /Lịch sử thay đổi/ }).click();
  const history = page.getByRole('region', { name: 'Lịch sử thay đổi' });
  await expect(history.getByRole('article').first()).toContainText('Địa điểm lập biên bản: Trụ sở UBND xã → Nhà văn hóa thôn Tân Lập');
  await expect(history).toContainText('Người chưa thành niên');
  await expect(history).toContainText('Họ và tên: Hoàng Văn Nam');
  await history.scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/history-inspection.png`, fullPage: true });
});

test('the plan page has its change history', async ({ page, request }) => {
  const { plan } = await api<{ plan: { id: string; version: number } }>(request, 'plans.create', {
    title: 'Kế hoạch kiểm tra các xưởng mộc năm 2026',
    kind: 'thematic',
    periodStart: '2026-06-01',
    periodEnd: '2026-06-30',
  });
  await api(request, 'plans.update', { id: plan.id, periodEnd: '2026-07-15', expectedVersion: plan.version });
  await page.goto(`/#/plans/${plan.id}`);
  await page.getByRole('button', { name: /Lịch sử thay đổi/ }).click();
  const history = page.getByRole('region', { name: 'Lịch sử thay đổi' });
  await expect(history.getByRole('article').first()).toContainText('Đến ngày: 30/06/2026 → 15/07/2026');
  await expect(history).toContainText('Loại kiểm tra: Kiểm tra chuyên đề');
  await history.scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/history-plan.png`, fullPage: true });
});
