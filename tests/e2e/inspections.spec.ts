import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { isoDay, shown } from './seed';
import { pick, screen } from './ui';

/**
 * An inspection recorded on site through the real UI and services (fresh SQLite, tests/e2e/serve.ts):
 * ad hoc visit of a craft-village household, team and representative, two minors with their facts,
 * suggested violations accepted, a fine outside the bracket refused on its field, a commitment,
 * finalisation and lock, the minutes generated and previewed with children named by initials,
 * commitment follow-up, and an amendment with its reason.
 */

const VILLAGE = 'Làng nghề mây tre đan Phú Vinh';
const HOUSEHOLD = 'Hộ ông Nguyễn Văn Đức';
const LEADER = 'Trần Minh Quang';
const MEMBER = 'Phạm Thu Hà';
const REPRESENTATIVE = 'Nguyễn Văn Đức';
const CHILD_12 = 'Nguyễn Thị Hoa';
const MINOR_16 = 'Lò Văn Minh';

/** dd/mm/yyyy of today shifted by whole years and days, as typed in the date pickers. */
const typedDate = (years: number, days = 0): string => shown(isoDay(days, 0, years));

async function api<T>(request: APIRequestContext, command: string, data: object): Promise<T> {
  const response = await request.post(`/api/${command}`, { data });
  const body = (await response.json()) as { ok: boolean; data: T; error?: { message: string } };
  expect(body.ok, body.error?.message).toBe(true);
  return body.data;
}

async function typeDate(box: Locator, value: string) {
  await box.click();
  await box.fill(value);
  // Tab, not Enter: Enter in a picker inside a form would also submit the form.
  await box.press('Tab');
}

/** One yes / no / unknown fact of a minor: click the visible answer of the named group. */
const answer = (scope: Locator, question: string, choice: 'Có' | 'Không' | 'Chưa rõ') =>
  scope.getByRole('radiogroup', { name: question }).getByText(choice, { exact: true }).click();

const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();

test.use({ actionTimeout: 10_000 });

test('inspection record: start ad hoc, minors, suggested violations, commitment, finalise, minutes preview', async ({ page, request }) => {
  test.setTimeout(240_000);
  // Children's data must never reach the console.
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(message.text()));

  await test.step('set up a craft village with a household and two officials through the API', async () => {
    const village = await api<{ establishment: { id: string } }>(request, 'establishments.create', { name: VILLAGE, kind: 'craft_village', trade: 'Mây tre đan' });
    await api(request, 'establishments.create', { name: HOUSEHOLD, kind: 'household', parentId: village.establishment.id, address: 'Thôn Phú Vinh' });
    const agencies = await api<{ id: string; kind: string }[]>(request, 'agencies.list', {});
    const labour = agencies.find((a) => a.kind === 'labour')!;
    const police = agencies.find((a) => a.kind === 'police')!;
    await api(request, 'officials.create', { fullName: LEADER, position: 'Phó Giám đốc Sở', agencyId: labour.id });
    await api(request, 'officials.create', { fullName: MEMBER, position: 'Cán bộ', agencyId: police.id });
  });

  await test.step('start an ad hoc inspection of the household', async () => {
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Cuộc kiểm tra' }).click();
    await expect(page.getByRole('heading', { name: 'Cuộc kiểm tra', level: 3 })).toBeVisible();
    await expect(page.getByText('Chưa có cuộc kiểm tra nào')).toBeVisible();
    await page.getByRole('button', { name: 'Ghi nhận cuộc kiểm tra' }).first().click();
    const drawer = page.getByRole('dialog', { name: 'Ghi nhận cuộc kiểm tra' });
    // No plan is under way: the drawer starts on "ad hoc".
    await expect(drawer.getByLabel('Cơ sở được kiểm tra')).toBeVisible();
    await pick(drawer.getByLabel('Cơ sở được kiểm tra'), 'nguyen van duc', HOUSEHOLD);
    await expect(drawer.getByLabel('Ngày kiểm tra')).toHaveValue(typedDate(0));
    await screen(page, 'inspection-start', { scrollToEnd: true });
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('heading', { name: HOUSEHOLD })).toBeVisible();
    await expect(page.getByRole('heading', { name: HOUSEHOLD })).toContainText('Dự thảo');
    await expect(page.getByText('Kiểm tra đột xuất (ngoài kế hoạch)')).toBeVisible();
  });

  await test.step('general information: team present and the representative', async () => {
    const team = page.getByRole('group', { name: 'Thành viên đoàn có mặt' });
    await team.getByRole('button', { name: 'Thêm thành viên' }).click();
    await pick(team.getByLabel('Cán bộ').nth(0), 'tran minh', `${LEADER} – Phó Giám đốc Sở – Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)`);
    await team.getByRole('button', { name: 'Thêm thành viên' }).click();
    await pick(team.getByLabel('Cán bộ').nth(1), 'pham thu', `${MEMBER} – Cán bộ – Công an tỉnh`);
    await expect(team.getByTitle('Trưởng đoàn', { exact: true })).toBeVisible();
    await expect(team.getByTitle('Thành viên', { exact: true })).toBeVisible();
    const representatives = page.getByRole('group', { name: 'Đại diện cơ sở được kiểm tra' });
    await representatives.getByRole('button', { name: 'Thêm người đại diện' }).click();
    await expect(representatives.getByLabel('Họ và tên')).toBeFocused();
    await representatives.getByLabel('Họ và tên').fill(REPRESENTATIVE);
    await representatives.getByLabel('Chức vụ').fill('Chủ hộ');
    const reviewed = page.getByLabel('Hồ sơ, tài liệu đã xem xét');
    await reviewed.fill('Sổ theo dõi');
    // In a tags box the typed text itself is the first option; the catalogue entry is the next one.
    await reviewed.press('ArrowDown');
    await reviewed.press('Enter');
    await reviewed.press('Escape');
    await expect(page.getByRole('tabpanel', { name: 'Thông tin chung' }).getByTitle('Sổ theo dõi lao động chưa thành niên', { exact: true })).toBeVisible();
    await page.getByLabel('Ý kiến, giải trình của cơ sở').fill('Gia đình thiếu người làm nên nhờ các cháu phụ giúp.');
    await expect(page.getByText('Có thay đổi chưa lưu')).toBeVisible();
    await page.getByRole('button', { name: 'Lưu thông tin chung' }).click();
    await expect(page.getByText('Đã lưu thông tin chung.')).toBeVisible();
    await expect(page.getByText('Đã lưu tất cả thay đổi')).toBeVisible();
    await screen(page, 'inspection-general', { scrollToEnd: true });
  });

  await test.step('a birth date after the inspection date is refused in Vietnamese', async () => {
    await tab(page, 'Trẻ em, người chưa thành niên');
    await page.getByRole('button', { name: 'Thêm trẻ em, người chưa thành niên' }).click();
    const drawer = page.getByRole('dialog', { name: 'Ghi nhận trẻ em, người chưa thành niên' });
    await expect(drawer.getByLabel('Họ và tên')).toBeFocused();
    await drawer.getByLabel('Họ và tên').fill(CHILD_12);
    await drawer.getByRole('radiogroup', { name: 'Giới tính' }).getByText('Nữ', { exact: true }).click();
    await typeDate(drawer.getByLabel('Ngày sinh', { exact: true }), typedDate(0, 1));
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer.getByText('Ngày sinh không được sau ngày kiểm tra')).toBeVisible();
    await expect(drawer.getByLabel('Ngày sinh', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await screen(page, 'inspection-minor-error', { scrollToEnd: true });
  });

  await test.step('record a 12-year-old not doing art or sport work', async () => {
    const drawer = page.getByRole('dialog', { name: 'Ghi nhận trẻ em, người chưa thành niên' });
    await typeDate(drawer.getByLabel('Ngày sinh', { exact: true }), typedDate(-12, -40));
    await expect(drawer.getByText('Ngày sinh không được sau ngày kiểm tra')).toHaveCount(0);
    await expect(drawer.getByText('12 tuổi', { exact: true })).toBeVisible();
    await expect(drawer.getByText('Chưa đủ 13 tuổi', { exact: true })).toBeVisible();
    await expect(drawer.getByText('Trẻ em (dưới 16)')).toBeVisible();
    await screen(page, 'inspection-minor-form', { scrollToEnd: true });
    // Under 13: the art/sport question is asked; the 15–18 workplace question is not.
    await expect(drawer.getByRole('radiogroup', { name: 'Làm việc tại nơi làm việc bị cấm' })).toHaveCount(0);
    await drawer.getByLabel('Dân tộc').fill('Kinh');
    await drawer.getByLabel('Công việc đang làm').fill('Phụ giúp đan giỏ mây');
    await drawer.getByLabel('Số giờ/ngày').fill('3');
    await answer(drawer, 'Công việc nghệ thuật, thể dục, thể thao', 'Không');
    // An unanswered fact stays "not known", never "no".
    await expect(drawer.getByRole('radiogroup', { name: 'Có sự đồng ý của cha, mẹ hoặc người giám hộ' }).getByRole('radio', { name: 'Chưa rõ' })).toBeChecked();
    await screen(page, 'inspection-minor-facts', { scrollToEnd: true });
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: CHILD_12 })).toContainText('Chưa đủ 13 tuổi');
  });

  await test.step('record a 16-year-old serving in a karaoke room', async () => {
    await page.getByRole('button', { name: 'Thêm trẻ em, người chưa thành niên' }).click();
    const drawer = page.getByRole('dialog', { name: 'Ghi nhận trẻ em, người chưa thành niên' });
    await drawer.getByLabel('Họ và tên').fill(MINOR_16);
    await drawer.getByRole('radiogroup', { name: 'Giới tính' }).getByText('Nam', { exact: true }).click();
    await typeDate(drawer.getByLabel('Ngày sinh', { exact: true }), typedDate(-16, -100));
    await expect(drawer.getByText('Từ đủ 15 đến chưa đủ 18 tuổi', { exact: true })).toBeVisible();
    await expect(drawer.getByText('Trẻ em (dưới 16)')).toHaveCount(0);
    await drawer.getByLabel('Công việc đang làm').fill('Phục vụ phòng hát karaoke');
    await answer(drawer, 'Làm việc tại nơi làm việc bị cấm', 'Có');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer).toBeHidden();
    const rows = page.getByRole('row').filter({ hasText: /Nguyễn Thị Hoa|Lò Văn Minh/ });
    await expect(rows).toHaveCount(2);
    await expect(page.getByRole('row').filter({ hasText: MINOR_16 })).toContainText('16 tuổi');
    await expect(page.getByRole('tab', { name: /Trẻ em, người chưa thành niên/ })).toContainText('2');
    await screen(page, 'inspection-minors', { scrollToEnd: true });
  });

  await test.step('checklist: results per item; rows unrelated to these ages are dimmed', async () => {
    await tab(page, 'Nội dung kiểm tra');
    await page.getByRole('radiogroup', { name: 'Kết quả CK-01' }).getByText('Chấp hành').click();
    await page.getByRole('radiogroup', { name: 'Kết quả CK-02' }).getByText('Vi phạm').click();
    await page.getByLabel('Ghi chú CK-02').fill('Hộ không lập sổ theo dõi riêng');
    // Unsaved answers hold back finalising: a locked record could no longer take them.
    await page.getByRole('button', { name: 'Hoàn tất biên bản' }).click();
    const warning = page.getByRole('dialog', { name: 'Còn thay đổi chưa lưu' });
    await expect(warning).toContainText('Hãy lưu các thay đổi ở mục Nội dung kiểm tra trước khi hoàn tất biên bản.');
    await warning.getByRole('button', { name: 'Đã hiểu' }).click();
    await expect(page.getByRole('heading', { name: HOUSEHOLD })).toContainText('Dự thảo');
    await page.getByRole('button', { name: 'Lưu kết quả kiểm tra' }).click();
    await expect(page.getByText('Đã lưu kết quả kiểm tra.')).toBeVisible();
    await expect(page.getByText('Vi phạm: 1', { exact: true })).toBeVisible();
    await screen(page, 'inspection-checklist', { scrollToEnd: true });
  });

  await test.step('accept the suggested violations LDCTN-08a and LDCTN-09b', async () => {
    await tab(page, 'Vi phạm');
    const under13 = page.getByRole('article', { name: 'Gợi ý LDCTN-08a' });
    const workplace = page.getByRole('article', { name: 'Gợi ý LDCTN-09b' });
    await expect(under13).toContainText(CHILD_12);
    await expect(under13).toContainText('không phải nghệ thuật, thể dục, thể thao');
    await expect(workplace).toContainText(MINOR_16);
    // A household is fined as an individual: 50–75 million, 62.5 million by default.
    await expect(workplace).toContainText('62.500.000 đồng');
    await expect(workplace).toContainText('Khung phạt: 50.000.000 – 75.000.000 đồng');
    await screen(page, 'inspection-suggestions', { scrollToEnd: true });
    await page.getByRole('button', { name: 'Chấp nhận LDCTN-08a' }).click();
    await expect(under13).toHaveCount(0);
    await page.getByRole('button', { name: 'Chấp nhận LDCTN-09b' }).click();
    await expect(workplace).toHaveCount(0);
    const recorded = page.getByRole('region', { name: 'Hành vi vi phạm đã ghi nhận (2)' });
    await expect(recorded.getByRole('row').filter({ hasText: 'LDCTN-08a' })).toContainText('Sáu mươi hai triệu năm trăm nghìn đồng', { ignoreCase: true });
    await expect(recorded.getByRole('row').filter({ hasText: 'LDCTN-09b' })).toContainText(MINOR_16);
  });

  await test.step('a fine outside the bracket is refused on its field; the record is made by the leader', async () => {
    await page.getByRole('button', { name: 'Sửa LDCTN-09b' }).click();
    const drawer = page.getByRole('dialog', { name: 'Sửa hành vi vi phạm LDCTN-09b' });
    await expect(drawer.getByLabel('Mức phạt đề xuất')).toHaveValue('62.500.000');
    await drawer.getByLabel('Mức phạt đề xuất').fill('10000000');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer.getByText('Mức phạt đề xuất phải trong khung 50.000.000 – 75.000.000 đồng')).toBeVisible();
    await expect(drawer.getByLabel('Mức phạt đề xuất')).toHaveAttribute('aria-invalid', 'true');
    await drawer.getByLabel('Mức phạt đề xuất').fill('70000000');
    await drawer.getByRole('switch', { name: 'Lập biên bản vi phạm hành chính (mẫu MBB01)' }).click();
    await pick(drawer.getByLabel('Người lập biên bản'), 'tran minh', `${LEADER} – Phó Giám đốc Sở – Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội) (Trưởng đoàn)`);
    await screen(page, 'inspection-violation-form', { scrollToEnd: true });
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: 'LDCTN-09b' });
    await expect(row).toContainText('70.000.000 đồng');
    await expect(row).toContainText('Bảy mươi triệu đồng', { ignoreCase: true });
    await expect(row).toContainText('Đã lập biên bản');
    await screen(page, 'inspection-violations', { scrollToEnd: true });
  });

  await test.step('add a commitment with two items', async () => {
    await tab(page, 'Cam kết');
    await page.getByRole('button', { name: 'Thêm bản cam kết' }).click();
    const drawer = page.getByRole('dialog', { name: 'Bản cam kết của cơ sở' });
    // The signer is the representative recorded in the general section.
    await expect(drawer.getByLabel('Họ và tên')).toHaveValue(REPRESENTATIVE);
    await drawer.getByRole('textbox', { name: 'Nội dung' }).fill('Chấm dứt ngay việc sử dụng trẻ em dưới 13 tuổi đan giỏ mây');
    await typeDate(drawer.getByRole('textbox', { name: 'Thời hạn' }), typedDate(0, 7));
    await drawer.getByRole('button', { name: 'Thêm nội dung' }).click();
    await drawer.getByRole('textbox', { name: 'Nội dung' }).nth(1).fill('Lập sổ theo dõi riêng lao động chưa thành niên');
    await drawer.getByRole('button', { name: '+30' }).nth(1).click();
    await screen(page, 'inspection-commitment-form', { scrollToEnd: true });
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer).toBeHidden();
    const card = page.getByRole('article', { name: 'Bản cam kết 1' });
    await expect(card).toContainText(`Người ký: ${REPRESENTATIVE}, Chủ hộ`);
    await expect(card.getByText('Đang thực hiện')).toHaveCount(2);
    await screen(page, 'inspection-commitments', { scrollToEnd: true });
  });

  await test.step('the rest of the checklist is assessed (the violations marked their items)', async () => {
    const id = /inspections\/([^/?#]+)/.exec(page.url())![1]!;
    const { checklist } = await api<{ checklist: { itemCode: string; applies: boolean; result: string; violationIds: string[] }[] }>(request, 'inspections.get', { id });
    expect(checklist.filter((r) => r.result === 'violation' && r.violationIds.length > 0).length).toBeGreaterThan(0);
    const items = checklist.filter((r) => r.result === 'not_checked').map((r) => ({ itemCode: r.itemCode, result: r.applies ? 'compliant' : 'not_applicable' }));
    await api(request, 'inspections.setChecklist', { inspectionId: id, items });
    await page.reload();
  });

  await test.step('finalise: the record is locked', async () => {
    await page.getByRole('button', { name: 'Hoàn tất biên bản' }).click();
    const confirm = page.getByRole('dialog', { name: 'Hoàn tất và khóa biên bản?' });
    await expect(confirm).toContainText('Đã ghi nhận 2 trẻ em/NCTN, 2 hành vi vi phạm, 1 bản cam kết.');
    await confirm.getByRole('button', { name: 'Hoàn tất và khóa' }).click();
    await expect(page.getByRole('heading', { name: HOUSEHOLD })).toContainText('Đã hoàn tất');
    await expect(page.getByText(/Biên bản đã hoàn tất lúc .* và đã được khóa/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Thêm bản cam kết' })).toBeDisabled();
    await tab(page, 'Thông tin chung');
    await expect(page.getByRole('button', { name: 'Lưu thông tin chung' })).toHaveCount(0);
    await expect(page.getByLabel('Ý kiến, giải trình của cơ sở')).toBeDisabled();
    await screen(page, 'inspection-finalised', { scrollToEnd: true });
  });

  await test.step('generate the minutes and preview them: children named by initials', async () => {
    await tab(page, 'Biên bản & in');
    await expect(page.getByRole('radio', { name: 'Viết tắt (mặc định)' })).toBeChecked();
    // Full names need an explicit confirmation; cancelling keeps initials.
    await page.getByText('Họ tên đầy đủ', { exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Ghi họ tên đầy đủ của trẻ em?' });
    await expect(confirm).toContainText('Cơ sở được kiểm tra giữ một bản');
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    await expect(page.getByRole('radio', { name: 'Viết tắt (mặc định)' })).toBeChecked();
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
    await expect(preview).toContainText('BIÊN BẢN KIỂM TRA', { timeout: 20_000 });
    await expect(preview).toContainText(HOUSEHOLD);
    await expect(preview).toContainText('N.T.H');
    await expect(preview).not.toContainText(CHILD_12);
    await expect(preview).not.toContainText(MINOR_16);
    await expect(page.getByRole('button', { name: 'In', exact: true })).toBeEnabled();
    await expect(page.getByRole('row').filter({ hasText: 'Biên bản kiểm tra' })).toBeVisible();
    await screen(page, 'inspection-documents', { scrollToEnd: true });
    await preview.screenshot({ path: 'reports/screens/inspection-minutes-preview.png' });
  });

  await test.step('"In" prints the preview alone', async () => {
    // The print dialog cannot be driven headless: record the call, then look at the print media.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'In', exact: true }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await page.emulateMedia({ media: 'print' });
    // Only the copy made for printing shows: one title, no menu, no buttons.
    await expect(page.getByText('BIÊN BẢN KIỂM TRA', { exact: true }).filter({ visible: true })).toHaveCount(1);
    await expect(page.getByRole('menuitem', { name: 'Cuộc kiểm tra' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Tạo văn bản' })).toBeHidden();
    await page.screenshot({ path: 'reports/screens/inspection-print.png' });
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.getByRole('button', { name: 'Tạo văn bản' })).toBeVisible();
  });

  await test.step('commitments to follow up: an item is verified at a re-inspection', async () => {
    await page.getByRole('menuitem', { name: 'Cam kết cần theo dõi' }).click();
    await expect(page.getByRole('heading', { name: 'Cam kết cần theo dõi', level: 3 })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'Lập sổ theo dõi riêng' });
    await expect(row).toContainText(HOUSEHOLD);
    await expect(row).toContainText('Đang thực hiện');
    // No one-click «Đã thực hiện» any more: «Kiểm tra lại» starts the re-inspection that verifies it
    // (recorded there item by item: tests/e2e/follow-up.spec.ts).
    await expect(row.getByRole('button', { name: /^Đã thực hiện:/ })).toHaveCount(0);
    await row.getByRole('button', { name: /^Kiểm tra lại:/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Bắt đầu kiểm tra lại cam kết' });
    await expect(dialog).toContainText(HOUSEHOLD);
    await expect(dialog.getByLabel('Ngày kiểm tra lại')).toHaveValue(typedDate(0));
    await screen(page, 'commitment-reinspection-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(dialog).toBeHidden();
    await screen(page, 'commitments-due', { scrollToEnd: true });
  });

  await test.step('the list shows the finalised inspection with its counts', async () => {
    await page.getByRole('menuitem', { name: 'Cuộc kiểm tra' }).click();
    // The commitments page lists the household too: look only once the list has replaced it.
    await expect(page.getByRole('heading', { name: 'Cuộc kiểm tra', level: 3 })).toBeVisible();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: HOUSEHOLD }) });
    await expect(row).toContainText('Đã hoàn tất');
    await expect(row.getByRole('cell').nth(4)).toHaveText('2');
    await expect(row.getByRole('cell').nth(5)).toHaveText('2');
    await screen(page, 'inspection-list', { scrollToEnd: true });
  });

  await test.step('an amendment reopens the record with its reason', async () => {
    await page.getByRole('link', { name: HOUSEHOLD }).click();
    await page.getByRole('button', { name: 'Lập bản sửa đổi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lập bản sửa đổi biên bản' });
    await dialog.getByRole('button', { name: 'Mở lại để sửa' }).click();
    await expect(dialog.getByText('Bắt buộc nhập')).toBeVisible();
    await dialog.getByLabel('Lý do sửa đổi').fill('Ghi bổ sung giờ kết thúc');
    await dialog.getByRole('button', { name: 'Mở lại để sửa' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: HOUSEHOLD })).toContainText('Đang sửa đổi');
    await expect(page.getByText('Đang lập bản sửa đổi — lý do: Ghi bổ sung giờ kết thúc')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lưu thông tin chung' })).toBeVisible();
    await page.getByText('Lịch sử sửa đổi (1)').click();
    await screen(page, 'inspection-amending', { scrollToEnd: true });
  });

  expect(consoleLines.filter((line) => line.includes(CHILD_12) || line.includes(MINOR_16))).toEqual([]);
});

test('an inspection started from a plan target takes the establishment, date and team from the plan', async ({ page, request }) => {
  const workshop = await api<{ establishment: { id: string } }>(request, 'establishments.create', { name: 'Xưởng may Hồng Phát', kind: 'household_business' });
  const agencies = await api<{ id: string; kind: string }[]>(request, 'agencies.list', {});
  const leader = await api<{ id: string }>(request, 'officials.create', { fullName: 'Vũ Thị Lan', position: 'Chánh Thanh tra', agencyId: agencies.find((a) => a.kind === 'labour')!.id });
  const plan = await api<{ plan: { id: string } }>(request, 'plans.create', {
    title: 'Kiểm tra lao động trẻ em tại các cơ sở may',
    number: '12/KH-ĐKT',
    kind: 'thematic',
    periodStart: isoDay(0),
    periodEnd: isoDay(0, 1),
  });
  await api(request, 'plans.setTeam', { planId: plan.plan.id, members: [{ officialId: leader.id, role: 'leader' }] });
  await api(request, 'plans.addTargets', { planId: plan.plan.id, targets: [{ establishmentId: workshop.establishment.id, visitDate: isoDay(2) }] });
  await api(request, 'plans.setStatus', { id: plan.plan.id, status: 'approved' });

  await page.goto('/#/inspections');
  await page.getByRole('button', { name: 'Ghi nhận cuộc kiểm tra' }).first().click();
  const drawer = page.getByRole('dialog', { name: 'Ghi nhận cuộc kiểm tra' });
  // A plan is under way: the drawer starts on "from a plan".
  await pick(drawer.getByLabel('Kế hoạch kiểm tra'), 'co so may', '12/KH-ĐKT — Kiểm tra lao động trẻ em tại các cơ sở may');
  await pick(drawer.getByLabel('Cơ sở trong kế hoạch'), 'hong phat', `Xưởng may Hồng Phát — ${typedDate(0, 2)}`);
  await expect(drawer.getByLabel('Ngày kiểm tra')).toHaveValue(typedDate(0, 2));
  await screen(page, 'inspection-start-plan', { scrollToEnd: true });
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: 'Xưởng may Hồng Phát' })).toBeVisible();
  await expect(page.getByText('Kế hoạch: Kiểm tra lao động trẻ em tại các cơ sở may')).toBeVisible();
  const team = page.getByRole('group', { name: 'Thành viên đoàn có mặt' });
  await expect(team.getByTitle('Vũ Thị Lan – Chánh Thanh tra – Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)', { exact: true })).toBeVisible();
  await expect(team.getByTitle('Trưởng đoàn', { exact: true })).toBeVisible();
});
