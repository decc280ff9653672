import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { E2E_ADMIN } from './accounts';
import { api, switchTo } from './roles';
import { startSecondHost, type SecondHost } from './second-host';
import { pick, screen } from './ui';

/**
 * Two laptops, two web hosts on two data folders. The leader's laptop (A, this spec's host)
 * makes a team for a plan and invites the member's laptop (B, a second host started here);
 * officials A and B record different minors and different fields of one inspection and swap
 * packages through the page (a download on one, an upload on the other): both end with the
 * union. Both then change the same field: each inbox shows the conflict; settling it on A
 * settles it on B after the next exchange. Last, one company registered on both laptops comes
 * over with "Toàn bộ dữ liệu" as a possible duplicate, merged from the inbox. A child deleted on A
 * and edited on B is restored with the edit from B's inbox; a photo attached on A travels in the
 * next package and opens on B with the same bytes.
 */

const A_NAME = E2E_ADMIN.fullName;
const B = { fullName: 'Trần Văn Bình', login: 'binh', role: 'member' as const, password: 'mat-khau-binh-2026' };
const PLAN = 'Kế hoạch kiểm tra làng nghề mây tre đan năm 2026';
const HOUSEHOLD = 'Hộ gia đình ông Lò Văn Chủ';
const CHILD_A = 'Lò Văn Bảy';
const CHILD_B = 'Hoàng Thị Tám';

let second: SecondHost;
let files: string;

test.beforeAll(async ({ browser }) => {
  second = await startSecondHost(browser);
  files = mkdtempSync(join(tmpdir(), 'ldte-e2e-exchange-'));
});

test.afterAll(async () => {
  await second?.stop();
  if (files) rmSync(files, { recursive: true, force: true });
});

let saved = 0;

/** Clicks `button` and keeps the file the page downloads; returns its path and the name the service gave. */
async function download(page: Page, button: Locator): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const name = file.suggestedFilename();
  const path = join(files, `${++saved}-${name}`);
  await file.saveAs(path);
  return { path, name };
}

const menu = (page: Page) => page.getByRole('menu');
/** The roster's row of a laptop, by its official. */
const laptopRow = (page: Page, official: string) => page.getByRole('table', { name: 'Các máy trong đoàn' }).getByRole('row').filter({ hasText: official });

async function openExchange(page: Page) {
  await menu(page).getByRole('menuitem', { name: 'Trao đổi dữ liệu' }).click();
  await expect(page.getByRole('heading', { name: 'Trao đổi dữ liệu', level: 3 })).toBeVisible();
}

/** "Tạo và lưu gói…" with the team's data (or everything): the browser downloads the package under the service's name. */
async function sendPackage(page: Page, from: string, mode: 'Dữ liệu của đoàn' | 'Toàn bộ dữ liệu' = 'Dữ liệu của đoàn'): Promise<string> {
  await openExchange(page);
  const card = page.locator('.ant-card').filter({ has: page.getByText('Tạo gói dữ liệu', { exact: true }) });
  await card.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  const file = await download(page, card.getByRole('button', { name: 'Tạo và lưu gói…' }));
  expect(file.name).toMatch(new RegExp(`^Goi du lieu - ${from} - .+ - \\d\\d-\\d\\d-\\d{4} \\d\\dh\\d\\d\\.ldtx$`));
  return file.path;
}

/** Chooses a file for "Nhập gói" (through its file input), or drops it there as a user drags it in, and waits for the preview. */
async function openPackage(page: Page, path: string, { drop = false } = {}): Promise<Locator> {
  await openExchange(page);
  if (drop) {
    const bytes = readFileSync(path).toString('base64');
    const dataTransfer = await page.evaluateHandle(
      ({ base64, name }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
        return transfer;
      },
      { base64: bytes, name: path.split('/').pop()! },
    );
    // The drop zone inside the dragger (rc-upload's own element takes the drop).
    const zone = page.locator('.ant-upload-drag .ant-upload-btn');
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  } else {
    await page.locator('.ant-upload-drag input[type=file]').setInputFiles(path);
  }
  const dialog = page.getByRole('dialog', { name: /^Nhập «/ });
  await expect(dialog.getByRole('region', { name: 'Xem trước' })).toBeVisible();
  return dialog;
}

async function applyPackage(dialog: Locator, from: string): Promise<void> {
  await dialog.getByRole('button', { name: 'Nhập gói', exact: true }).click();
  await expect(dialog.getByText(`Đã nhập gói của ${from}`)).toBeVisible();
}

async function closeDialog(dialog: Locator): Promise<void> {
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** A package made on `from` and imported on `to`, both through the page. */
async function exchange(from: Page, fromName: string, fromFile: string, to: Page): Promise<Locator> {
  const path = await sendPackage(from, fromFile);
  const dialog = await openPackage(to, path);
  await expect(dialog).toContainText(fromName);
  return dialog;
}

/** The inspection as the record page shows it: the fields of "Thông tin chung" and the children listed. */
async function expectInspection(page: Page, id: string, fields: { place: string; startTime?: string }, children: string[]) {
  await page.goto(`/#/inspections/${id}`);
  await expect(page.getByRole('heading', { name: HOUSEHOLD })).toBeVisible();
  await expect(page.getByLabel('Địa điểm lập biên bản')).toHaveValue(fields.place);
  if (fields.startTime) await expect(page.getByLabel('Giờ bắt đầu')).toHaveValue(fields.startTime);
  await page.getByRole('tab', { name: /Trẻ em, người chưa thành niên/ }).click();
  for (const child of children) await expect(page.getByRole('row').filter({ hasText: child })).toBeVisible();
}

const badge = (page: Page) => menu(page).getByRole('menuitem', { name: /Xung đột cần xử lý/ }).locator('.ant-badge-count');

test.use({ actionTimeout: 15_000 });

test('two laptops: a team, packages both ways through the page, the union on both, a conflict in both inboxes settled once, a duplicate merged', async ({ page, playwright }) => {
  test.setTimeout(300_000);
  const pageB = await second.context.newPage();
  let inspectionId = '';

  await test.step('laptop A holds a plan with a household to visit and its inspection; laptop B is used by Trần Văn Bình', async () => {
    const request = page.request;
    const [admin] = await api<{ id: string }[]>(request, 'officials.list', { query: A_NAME });
    const { establishment } = await api<{ establishment: { id: string } }>(request, 'establishments.create', { name: HOUSEHOLD, kind: 'household', address: 'Thôn Phú Vinh' });
    const { plan } = await api<{ plan: { id: string } }>(request, 'plans.create', { title: PLAN, kind: 'thematic', periodStart: '2026-11-01', periodEnd: '2026-12-31' });
    await api(request, 'plans.setTeam', { planId: plan.id, members: [{ officialId: admin!.id, role: 'leader' }] });
    const { targets } = await api<{ targets: { id: string }[] }>(request, 'plans.addTargets', {
      planId: plan.id,
      targets: [{ establishmentId: establishment.id, visitDate: '2026-11-20', timeSlot: 'morning' }],
    });
    const detail = await api<{ inspection: { id: string } }>(request, 'inspections.create', {
      planTargetId: targets[0]!.id,
      inspectionDate: '2026-11-20',
      representatives: [{ name: 'Lò Văn Chủ', position: 'Chủ hộ' }],
    });
    inspectionId = detail.inspection.id;

    const bRequest = await playwright.request.newContext({ baseURL: second.baseURL, extraHTTPHeaders: { 'x-ldte-key': process.env.LDTE_LAUNCH_SECRET ?? '' } });
    await pageB.goto('/');
    await switchTo(pageB, bRequest, B);
    await bRequest.dispose();
  });

  let code = '';
  let invitation = '';
  await test.step('A: the leader creates the team for the plan and invites a laptop (file + code in large type)', async () => {
    await page.goto('/');
    await openExchange(page);
    await expect(page.getByText('Máy này chưa ở trong đoàn trao đổi dữ liệu nào')).toBeVisible();
    await page.getByRole('button', { name: 'Lập đoàn' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Lập đoàn trao đổi dữ liệu' });
    await pick(dialog.getByLabel('Kế hoạch kiểm tra'), 'lang nghe may', PLAN);
    // The team takes the plan's title.
    await expect(dialog.getByLabel('Tên đoàn')).toHaveValue(PLAN);
    await dialog.getByRole('button', { name: 'Lập đoàn' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Kế hoạch: ${PLAN}`)).toBeVisible();
    await expect(laptopRow(page, A_NAME)).toContainText('Trong đoàn');

    await page.getByRole('button', { name: 'Mời máy khác vào đoàn' }).click();
    const invite = page.getByRole('dialog', { name: `Mời một máy vào đoàn «${PLAN}»` });
    await expect(invite.getByRole('note', { name: 'Mã đọc' })).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    code = (await invite.getByRole('note', { name: 'Mã đọc' }).textContent())!;
    const file = await download(page, invite.getByRole('button', { name: 'Lưu tệp mời…' }));
    expect(file.name).toMatch(/^Moi vao doan - .+\.ldti$/);
    invitation = file.path;
    await screen(page, 'exchange-invitation', { fullPage: false });
    await invite.getByRole('button', { name: 'Xong' }).click();
  });

  let request = '';
  let fingerprint = '';
  await test.step('B: joins with the file and the code read aloud, then saves the join request for the leader', async () => {
    await openExchange(pageB);
    await pageB.getByRole('button', { name: 'Vào đoàn bằng tệp mời' }).first().click();
    const dialog = pageB.getByRole('dialog', { name: 'Vào đoàn bằng tệp mời' });
    await dialog.locator('input[type=file]').setInputFiles(invitation);
    await expect(dialog.getByRole('button', { name: /Moi vao doan - .+\.ldti$/ })).toBeVisible();
    // A wrong code opens nothing, said in Vietnamese on the field.
    await dialog.getByLabel('Mã đọc').fill('AAAA-AAAA');
    await dialog.getByRole('button', { name: 'Vào đoàn', exact: true }).click();
    await expect(dialog.getByText('Mã đọc không đúng với tệp mời')).toBeVisible();
    await dialog.getByLabel('Mã đọc').fill(code.toLowerCase());
    await dialog.getByRole('button', { name: 'Vào đoàn', exact: true }).click();
    await expect(dialog.getByText(`Đã vào đoàn «${PLAN}»: chờ trưởng đoàn chấp nhận`)).toBeVisible();
    fingerprint = /([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})/.exec((await dialog.getByText('Dấu vân tay khóa của máy này').textContent())!)![1]!;
    const file = await download(pageB, dialog.getByRole('button', { name: 'Lưu tệp xin tham gia…' }));
    expect(file.name).toMatch(/^Xin vao doan - Tran Van Binh - .+\.ldtx$/);
    request = file.path;
    await dialog.getByRole('button', { name: 'Xong' }).click();
    await expect(laptopRow(pageB, B.fullName)).toContainText('Chờ trưởng đoàn chấp nhận');
  });

  await test.step('A: imports the join request (dragged onto «Nhập gói»), compares the fingerprint and accepts the laptop', async () => {
    const dialog = await openPackage(page, request, { drop: true });
    await expect(dialog).toContainText('Tệp xin tham gia đoàn');
    await expect(dialog).toContainText(`${B.fullName} (máy «`);
    await expect(dialog).toContainText(fingerprint);
    await dialog.getByRole('button', { name: 'Ghi nhận yêu cầu' }).click();
    await expect(dialog.getByText(`Đã ghi nhận yêu cầu của ${B.fullName}`)).toBeVisible();
    await closeDialog(dialog);
    const row = laptopRow(page, B.fullName);
    await expect(row).toContainText('Chờ trưởng đoàn chấp nhận');
    await row.getByRole('button', { name: 'Chấp nhận vào đoàn' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Chấp nhận máy' });
    await expect(confirm).toContainText(fingerprint);
    await confirm.getByRole('button', { name: 'Chấp nhận vào đoàn' }).click();
    await expect(row).toContainText('Trong đoàn');
  });

  await test.step('A → B: the first package shows what it brings before anything is applied', async () => {
    const dialog = await exchange(page, A_NAME, 'Nguyen Thi Quan Tri', pageB);
    const kinds = dialog.getByRole('table', { name: 'Loại hồ sơ' });
    const kind = (label: string) => kinds.getByRole('row').filter({ has: pageB.getByRole('cell', { name: label, exact: true }) });
    await expect(kind('Kế hoạch')).toContainText('1');
    await expect(kind('Cuộc kiểm tra')).toContainText('1');
    await expect(kind('Cơ sở')).toContainText('1');
    await expect(dialog.getByText('Xung đột dự kiến')).toBeVisible();
    await screen(pageB, 'exchange-import-preview', { fullPage: false });
    await applyPackage(dialog, A_NAME);
    await closeDialog(dialog);
    // B learns from the leader's package that it is accepted.
    await expect(laptopRow(pageB, B.fullName)).toContainText('Trong đoàn');
    await expect(pageB.getByText(`Kế hoạch: ${PLAN}`)).toBeVisible();
  });

  await test.step('A and B record different minors and different fields of the inspection; packages both ways; both show the union', async () => {
    await api(page.request, 'minors.create', { inspectionId, fullName: CHILD_A, sex: 'male', dateOfBirth: '2013-04-02', job: 'Đan giỏ' });
    await api(page.request, 'inspections.update', { id: inspectionId, startTime: '08:30' });
    await api(pageB.request, 'minors.create', { inspectionId, fullName: CHILD_B, sex: 'female', estimatedAge: 12, job: 'Phơi mây' });
    await api(pageB.request, 'inspections.update', { id: inspectionId, place: 'Xưởng mây nhà ông Chủ' });

    let dialog = await exchange(page, A_NAME, 'Nguyen Thi Quan Tri', pageB);
    await applyPackage(dialog, A_NAME);
    await closeDialog(dialog);
    dialog = await exchange(pageB, B.fullName, 'Tran Van Binh', page);
    await applyPackage(dialog, B.fullName);
    await closeDialog(dialog);
    for (const laptop of [page, pageB]) {
      await expectInspection(laptop, inspectionId, { place: 'Xưởng mây nhà ông Chủ', startTime: '08:30' }, [CHILD_A, CHILD_B]);
      await expect(badge(laptop)).toHaveCount(0);
    }
    await openExchange(page);
    await expect(laptopRow(page, B.fullName)).not.toContainText('Chưa trao đổi');
    const history = page.getByRole('table', { name: 'Lịch sử trao đổi' });
    await expect(history.getByRole('row').filter({ hasText: 'Nhập gói nhận về' }).first()).toContainText(B.fullName);
    await expect(history.getByRole('row').filter({ hasText: 'Tạo gói gửi đi' })).toHaveCount(2);
    await screen(page, 'exchange-page');
  });

  await test.step('both change the same field: after the exchange each inbox shows the conflict', async () => {
    await api(page.request, 'inspections.update', { id: inspectionId, place: 'Nhà ông Chủ' });
    await api(pageB.request, 'inspections.update', { id: inspectionId, place: 'Xưởng sau nhà' });

    let dialog = await exchange(page, A_NAME, 'Nguyen Thi Quan Tri', pageB);
    await expect(dialog.getByRole('alert').filter({ hasText: '1 thông tin đã được sửa trên cả hai máy' })).toBeVisible();
    await screen(pageB, 'exchange-import-conflict', { fullPage: false });
    await applyPackage(dialog, A_NAME);
    await expect(dialog.getByText('1 xung đột cần xử lý')).toBeVisible();
    await closeDialog(dialog);
    dialog = await exchange(pageB, B.fullName, 'Tran Van Binh', page);
    await applyPackage(dialog, B.fullName);
    await dialog.getByRole('button', { name: 'Mở «Xung đột cần xử lý»' }).click();

    for (const laptop of [page, pageB]) {
      if (laptop === pageB) await menu(pageB).getByRole('menuitem', { name: /Xung đột cần xử lý/ }).click();
      await expect(laptop.getByRole('heading', { name: 'Xung đột cần xử lý', level: 3 })).toBeVisible();
      await expect(badge(laptop)).toHaveAttribute('title', '1');
      const card = laptop.getByRole('article', { name: /Địa điểm lập biên bản/ });
      await expect(card).toContainText(`Cuộc kiểm tra «${HOUSEHOLD}» ngày 20/11/2026`);
      await expect(card).toContainText('Hai máy cùng sửa một thông tin');
      const earlier = card.getByRole('region', { name: 'Thay đổi trước' });
      const later = card.getByRole('region', { name: 'Thay đổi sau — Đang dùng' });
      await expect(earlier).toContainText('Nhà ông Chủ');
      await expect(earlier).toContainText(A_NAME);
      await expect(later).toContainText('Xưởng sau nhà');
      await expect(later).toContainText(B.fullName);
      await expect(later.getByRole('button', { name: 'Giữ giá trị này' })).toBeVisible();
    }
    await screen(page, 'exchange-inbox');
    // Meanwhile the later value holds on both.
    await expectInspection(pageB, inspectionId, { place: 'Xưởng sau nhà' }, []);
  });

  await test.step('A takes the other value: A\'s inbox empties; after the next exchange, so does B\'s, with the choice in its history', async () => {
    await menu(page).getByRole('menuitem', { name: /Xung đột cần xử lý/ }).click();
    const card = page.getByRole('article', { name: /Địa điểm lập biên bản/ });
    await card.getByRole('region', { name: 'Thay đổi trước' }).getByRole('button', { name: 'Lấy giá trị kia' }).click();
    await expect(page.getByText('Không còn xung đột nào cần xử lý')).toBeVisible();
    await expect(badge(page)).toHaveCount(0);
    await expect(page.getByRole('tab', { name: 'Cần xử lý (0)' })).toBeVisible();

    const dialog = await exchange(page, A_NAME, 'Nguyen Thi Quan Tri', pageB);
    await applyPackage(dialog, A_NAME);
    await closeDialog(dialog);
    await menu(pageB).getByRole('menuitem', { name: /Xung đột cần xử lý/ }).click();
    await expect(pageB.getByText('Không còn xung đột nào cần xử lý')).toBeVisible();
    await expect(badge(pageB)).toHaveCount(0);
    await pageB.getByRole('tab', { name: 'Đã xử lý' }).click();
    const settled = pageB.getByRole('table', { name: 'Đã xử lý' }).getByRole('row').filter({ hasText: 'Địa điểm lập biên bản' });
    await expect(settled).toContainText('Giữ giá trị trước');
    await expect(settled).toContainText(A_NAME);
    await screen(pageB, 'exchange-inbox-settled');
    for (const laptop of [page, pageB]) await expectInspection(laptop, inspectionId, { place: 'Nhà ông Chủ', startTime: '08:30' }, [CHILD_A, CHILD_B]);
  });

  await test.step('both laptops registered one company: "Toàn bộ dữ liệu" brings it over, the inbox offers to merge the two', async () => {
    const TWIN_A = 'Công ty TNHH Mây tre Phú Vinh';
    const TWIN_B = 'Cty Mây tre xuất khẩu Phú Vinh';
    await api(page.request, 'establishments.create', { name: TWIN_A, kind: 'enterprise', taxCode: '0100233488' });
    await api(pageB.request, 'establishments.create', { name: TWIN_B, kind: 'enterprise', taxCode: '0100233488' });
    const path = await sendPackage(page, 'Nguyen Thi Quan Tri', 'Toàn bộ dữ liệu');
    const dialog = await openPackage(pageB, path);
    await expect(dialog.getByText('Xung đột dự kiến')).toBeVisible();
    await applyPackage(dialog, A_NAME);
    await dialog.getByRole('button', { name: 'Mở «Xung đột cần xử lý»' }).click();
    const card = pageB.getByRole('article', { name: 'Có thể trùng cơ sở' });
    await expect(card.getByRole('link', { name: TWIN_A })).toBeVisible();
    await expect(card.getByRole('link', { name: TWIN_B })).toBeVisible();
    await expect(badge(pageB)).toHaveAttribute('title', '1');
    await screen(pageB, 'exchange-inbox-duplicate');
    const kept = card.locator('section').filter({ has: pageB.getByRole('link', { name: TWIN_A }) });
    await kept.getByRole('button', { name: 'Giữ cơ sở này' }).click();
    const confirm = pageB.getByRole('dialog').filter({ hasText: `Gộp «${TWIN_B}» vào «${TWIN_A}»?` });
    await confirm.getByRole('button', { name: 'Gộp hai cơ sở' }).click();
    await expect(pageB.getByText(`Đã gộp: 0 hồ sơ được chuyển sang «${TWIN_A}».`)).toBeVisible();
    await expect(pageB.getByText('Không còn xung đột nào cần xử lý')).toBeVisible();
    await expect(badge(pageB)).toHaveCount(0);
    await pageB.getByRole('tab', { name: 'Đã xử lý' }).click();
    await expect(pageB.getByRole('table', { name: 'Đã xử lý' }).getByRole('row').filter({ hasText: 'Đã gộp hai cơ sở' })).toBeVisible();
  });

  await test.step('a child deleted on A and edited on B: the inbox offers «Khôi phục (giữ bản sửa)» or «Giữ xóa»; restored on B, A has the child back with B\'s edit after the next exchange', async () => {
    const { minors } = await api<{ minors: { id: string; fullName: string }[] }>(page.request, 'inspections.get', { id: inspectionId });
    const child = minors.find((m) => m.fullName === CHILD_B)!;
    await api(page.request, 'minors.remove', { id: child.id });
    await api(pageB.request, 'minors.update', { id: child.id, job: 'Chẻ nan' });
    let dialog = await exchange(page, A_NAME, 'Nguyen Thi Quan Tri', pageB);
    await applyPackage(dialog, A_NAME);
    await dialog.getByRole('button', { name: 'Mở «Xung đột cần xử lý»' }).click();
    const card = pageB.getByRole('article').filter({ hasText: 'Một máy xóa, máy kia sửa' });
    await expect(card.getByRole('region', { name: /^Thay đổi trước/ })).toContainText('Đã xóa bản ghi');
    await expect(card.getByRole('region', { name: /^Thay đổi trước/ })).toContainText(A_NAME);
    await expect(card.getByRole('region', { name: /^Thay đổi sau/ })).toContainText('Chẻ nan');
    await expect(card.getByRole('region', { name: /^Thay đổi sau/ })).toContainText(B.fullName);
    await expect(card.getByRole('button', { name: 'Giữ xóa' })).toBeVisible();
    await screen(pageB, 'exchange-inbox-delete-edit');
    await card.getByRole('button', { name: 'Khôi phục (giữ bản sửa)' }).click();
    await expect(pageB.getByText('Không còn xung đột nào cần xử lý')).toBeVisible();
    await expect(badge(pageB)).toHaveCount(0);

    dialog = await exchange(pageB, B.fullName, 'Tran Van Binh', page);
    await applyPackage(dialog, B.fullName);
    await closeDialog(dialog);
    await expectInspection(page, inspectionId, { place: 'Nhà ông Chủ' }, [CHILD_A, CHILD_B]);
    const after = await api<{ minors: { fullName: string; job?: string }[] }>(page.request, 'inspections.get', { id: inspectionId });
    expect(after.minors.find((m) => m.fullName === CHILD_B)?.job).toBe('Chẻ nan');
    await expect(badge(page)).toHaveCount(0);
    await menu(page).getByRole('menuitem', { name: /Xung đột cần xử lý/ }).click();
    await page.getByRole('tab', { name: 'Đã xử lý' }).click();
    await expect(page.getByRole('table', { name: 'Đã xử lý' }).getByRole('row').filter({ hasText: 'Khôi phục, giữ bản sửa' })).toBeVisible();
    await screen(page, 'exchange-inbox-delete-edit-settled');
  });

  await test.step('a photo attached on A travels in the next package: B sees it counted before importing and opens the same bytes', async () => {
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 180, g: 120, b: 60 } } }).jpeg({ quality: 80 }).toBuffer();
    const { attachment } = await api<{ attachment: { id: string; contentHash: string } }>(page.request, 'attachments.add', {
      ownerTable: 'inspections',
      ownerId: inspectionId,
      fileName: 'xuong-may.jpg',
      base64: photo.toString('base64'),
      caption: 'Xưởng mây nhà ông Chủ',
    });
    const dialog = await exchange(page, A_NAME, 'Nguyen Thi Quan Tri', pageB);
    await expect(dialog.getByText('Ảnh, tệp mới')).toBeVisible();
    await screen(pageB, 'exchange-import-photo', { fullPage: false });
    await applyPackage(dialog, A_NAME);
    await expect(dialog.getByText('1 ảnh, tệp đính kèm mới đã được lưu (mã hóa) trên máy này.')).toBeVisible();
    await closeDialog(dialog);
    const opened = await api<{ base64: string }>(pageB.request, 'attachments.content', { id: attachment.id });
    expect(createHash('sha256').update(Buffer.from(opened.base64, 'base64')).digest('hex')).toBe(attachment.contentHash);
  });
});
