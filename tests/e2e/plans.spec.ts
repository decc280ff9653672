import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { choose, pick, screen } from './ui';

/**
 * An inspection plan from draft to approval through the real UI and services (fresh SQLite
 * file, tests/e2e/serve.ts): pre-filled legal bases, a team from four agencies, the five
 * households of a craft village picked from the risk-ranked suggestions, their schedule
 * (edit and drag and drop), a clash with another plan, the approval refused without a
 * leader, and the two Word documents with their download route.
 */

const PLAN = 'Kế hoạch kiểm tra lao động chưa thành niên tại làng nghề đan lát Hữu Lũng năm 2026';
const OTHER_PLAN = 'Kế hoạch kiểm tra đột xuất xưởng may Tân Thành';
const VILLAGE = 'Làng nghề đan lát Hữu Lũng';
const HOUSEHOLDS = ['Hộ ông Lường Văn Sáng', 'Hộ bà Hoàng Thị Mây', 'Hộ ông Vi Văn Lực', 'Hộ bà Nông Thị Thảo', 'Hộ ông Chu Văn Tiến'];
const OFFICIALS = [
  { name: 'Hà Minh Tuấn', typed: 'ha minh tuan', position: 'Chánh Thanh tra', kind: 'labour' },
  { name: 'Đinh Thị Ngọc Ánh', typed: 'dinh thi ngoc anh', position: 'Phó Trưởng phòng', kind: 'police' },
  { name: 'Mạc Văn Khánh', typed: 'mac van khanh', position: 'Chuyên viên', kind: 'education' },
  { name: 'Tô Thị Bích Ngọc', typed: 'to thi bich ngoc', position: 'Chuyên viên', kind: 'health' },
] as const;
const LEADER = OFFICIALS[0].name;

interface Ok<T> {
  ok: true;
  data: T;
}

async function api<T = Record<string, unknown>>(request: APIRequestContext, command: string, data: unknown): Promise<T> {
  const response = await request.post(`/api/${command}`, { data });
  const body = (await response.json()) as Ok<T> | { ok: false; error: unknown };
  expect(body, `${command}: ${JSON.stringify(body)}`).toMatchObject({ ok: true });
  return (body as Ok<T>).data;
}

/** Types a dd/mm/yyyy date into an antd picker input and confirms it. */
async function typeDate(input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

const tab = (page: Page, name: RegExp) => page.getByRole('tab', { name });
const currentStatus = (page: Page) => page.getByRole('status').filter({ hasText: 'Hiện tại:' });
const rowOf = (scope: Page | Locator, text: string) => scope.getByRole('row').filter({ hasText: text });

test.use({ actionTimeout: 10_000 });

test('inspection plan: draft, team of four agencies, craft village households, schedule, approval, documents', async ({ page, request }) => {
  test.setTimeout(240_000);

  // Bulk setup through the API: the directory and the register are covered by their own specs.
  const provinces = await api<{ code: string; name: string }[]>(request, 'reference.provinces', {});
  const langSon = provinces.find((p) => p.name === 'Tỉnh Lạng Sơn')!;
  const [commune] = await api<{ code: string; name: string }[]>(request, 'reference.communes', { provinceCode: langSon.code });
  const agencies = await api<{ id: string; name: string; kind: string }[]>(request, 'agencies.list', {});
  const officials: { id: string; agencyName: string }[] = [];
  for (const o of OFFICIALS) {
    const agency = agencies.find((a) => a.kind === o.kind)!;
    officials.push(await api(request, 'officials.create', { fullName: o.name, position: o.position, agencyId: agency.id }));
  }
  const area = { provinceCode: langSon.code, communeCode: commune!.code };
  const village = await api<{ establishment: { id: string } }>(request, 'establishments.create', {
    name: VILLAGE,
    kind: 'craft_village',
    sector: 'handicraft',
    trade: 'Đan lát mây tre',
    ...area,
  });
  for (const [i, name] of HOUSEHOLDS.entries()) {
    await api(request, 'establishments.create', {
      name,
      kind: 'household',
      sector: 'handicraft',
      parentId: village.establishment.id,
      address: `Thôn Đồng Mới, nhà số ${i + 1}`,
      workersUnder18: i === 1 ? 2 : undefined,
      ...area,
    });
  }
  // Another plan already sends the future leader somewhere on the morning of 02/12/2026.
  const other = await api<{ plan: { id: string } }>(request, 'plans.create', {
    title: OTHER_PLAN,
    kind: 'adhoc',
    periodStart: '2026-12-01',
    periodEnd: '2026-12-05',
  });
  await api(request, 'plans.setTeam', { planId: other.plan.id, members: [{ officialId: officials[0]!.id, role: 'leader' }] });
  const workshop = await api<{ establishment: { id: string } }>(request, 'establishments.create', { name: 'Xưởng may Tân Thành', kind: 'household_business', ...area });
  await api(request, 'plans.addTargets', {
    planId: other.plan.id,
    targets: [{ establishmentId: workshop.establishment.id, visitDate: '2026-12-02', timeSlot: 'morning' }],
  });

  await test.step('the plans section is in the menu', async () => {
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Kế hoạch kiểm tra' }).click();
    await expect(page.getByRole('heading', { name: 'Kế hoạch kiểm tra', level: 3 })).toBeVisible();
    await expect(rowOf(page, OTHER_PLAN)).toContainText('Dự thảo');
  });

  const drawer = page.getByRole('dialog', { name: 'Lập kế hoạch kiểm tra' });
  await test.step('a new plan opens with the suggested legal bases, unverified ones flagged', async () => {
    await page.getByRole('button', { name: 'Lập kế hoạch' }).first().click();
    await expect(drawer.getByLabel('Căn cứ 1', { exact: true })).toHaveValue(/^Bộ luật Lao động số 45\/2019\/QH14/);
    await expect(drawer.getByLabel('Căn cứ 6', { exact: true })).toHaveValue(/^Kế hoạch số …\/KH-UBND/);
    await expect(drawer.getByText('cần xác minh', { exact: true })).toHaveCount(2);
  });

  await test.step('fill it in; the period is required, the last legal basis is dropped, another moved up', async () => {
    await drawer.getByLabel('Tên kế hoạch').fill(PLAN);
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer.getByText('Chọn ngày bắt đầu và ngày kết thúc')).toBeVisible();
    await drawer.getByLabel('Số hiệu').fill('12/KH-ĐKT');
    await choose(drawer, 'Loại kiểm tra', 'chuyen de', 'Kiểm tra chuyên đề', { exact: true });
    await choose(drawer, 'Cơ quan ban hành', 'noi vu', agencies.find((a) => a.kind === 'labour')!.name, { exact: true });
    await typeDate(drawer.getByLabel('Thời gian thực hiện'), '01/12/2026');
    await typeDate(drawer.getByPlaceholder('Ngày kết thúc'), '31/12/2026');
    await expect(drawer.getByText('Chọn ngày bắt đầu và ngày kết thúc')).toHaveCount(0);
    await drawer.getByLabel('Địa danh').fill('Lạng Sơn');
    await choose(drawer, 'Tỉnh/thành phố', 'lang son', 'Tỉnh Lạng Sơn', { exact: true });
    const communes = drawer.getByLabel('Xã/phường được kiểm tra');
    await communes.click();
    await communes.fill(commune!.name.split(' ').slice(1).join(' '));
    await expect(page.getByRole('option', { name: commune!.name, exact: true })).toBeAttached();
    await communes.press('Enter');
    await communes.press('Escape');
    await drawer.getByRole('button', { name: 'Bỏ căn cứ 6' }).click();
    await expect(drawer.getByLabel('Căn cứ 6', { exact: true })).toHaveCount(0);
    await drawer.getByRole('button', { name: 'Chuyển căn cứ 4 lên' }).click();
    await expect(drawer.getByLabel('Căn cứ 3', { exact: true })).toHaveValue(/^Quyết định số 782\/QĐ-TTg/);
    await drawer.getByLabel('Mục đích, yêu cầu').fill('Phát hiện, ngăn chặn kịp thời việc sử dụng trẻ em lao động trái quy định của pháp luật tại các hộ đan lát.');
    await drawer.getByLabel('Nội dung kiểm tra').fill('Kiểm tra việc lập sổ theo dõi riêng, thời giờ làm việc và công việc của người lao động chưa thành niên.');
    await drawer.getByRole('heading', { name: 'Thông tin chung' }).scrollIntoViewIfNeeded();
    await screen(page, 'plans-form-top');
    await drawer.getByRole('button', { name: 'Thêm từ danh mục gợi ý' }).scrollIntoViewIfNeeded();
    await screen(page, 'plans-form');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('heading', { name: PLAN })).toBeVisible();
    await expect(currentStatus(page)).toContainText('Dự thảo');
  });

  await test.step('the general tab shows the facts and the ordered legal bases', async () => {
    await expect(page.getByText('01/12/2026 – 31/12/2026').first()).toBeVisible();
    const bases = page.getByRole('list', { name: 'Căn cứ' }).getByRole('listitem');
    await expect(bases).toHaveCount(5);
    await expect(bases.nth(2)).toContainText('Quyết định số 782/QĐ-TTg');
    await expect(bases.nth(4)).toContainText('cần xác minh');
  });

  await test.step('approval is refused while the team has no leader', async () => {
    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    const confirm = page.getByRole('dialog', { name: 'Phê duyệt kế hoạch?' });
    await confirm.getByRole('button', { name: 'Phê duyệt' }).click();
    await expect(confirm.getByRole('alert')).toContainText('Chưa có Trưởng đoàn: đoàn kiểm tra phải có đúng một Trưởng đoàn trước khi phê duyệt');
    await confirm.getByRole('button', { name: 'Hủy' }).click();
    await expect(confirm).toBeHidden();
    await expect(currentStatus(page)).toContainText('Dự thảo');
  });

  await test.step('build the team from four agencies; a second leader is refused on its row', async () => {
    await tab(page, /^Đoàn kiểm tra/).click();
    const panel = page.getByRole('tabpanel', { name: /^Đoàn kiểm tra/ });
    await expect(panel.getByText('Chưa có Trưởng đoàn')).toBeVisible();
    for (const o of OFFICIALS) {
      const picker = panel.getByLabel('Thêm cán bộ vào đoàn');
      await picker.click();
      await picker.fill(o.typed);
      await expect(page.getByRole('option', { name: new RegExp(`^${o.name} – ${o.position} – `) })).toBeAttached();
      await picker.press('Enter');
      await expect(rowOf(panel, o.name)).toBeVisible();
    }
    await expect(panel.getByText('4 thành viên · 4 cơ quan tham gia')).toBeVisible();
    await choose(rowOf(panel, OFFICIALS[0].name), `Vai trò của ${OFFICIALS[0].name}`, 'truong doan', 'Trưởng đoàn', { exact: true });
    await choose(rowOf(panel, OFFICIALS[1].name), `Vai trò của ${OFFICIALS[1].name}`, 'truong doan', 'Trưởng đoàn', { exact: true });
    await panel.getByLabel(`Tổ của ${OFFICIALS[2].name}`).fill('Tổ 1');
    await panel.getByLabel(`Tổ của ${OFFICIALS[3].name}`).fill('Tổ 2');
    await panel.getByRole('button', { name: 'Lưu đoàn kiểm tra' }).click();
    // The service names the second leader's row: ['members', 1, 'role'].
    await expect(rowOf(panel, OFFICIALS[1].name)).toContainText('Đoàn kiểm tra chỉ có một Trưởng đoàn');
    await expect(rowOf(panel, OFFICIALS[0].name)).not.toContainText('chỉ có một');
    await choose(rowOf(panel, OFFICIALS[1].name), `Vai trò của ${OFFICIALS[1].name}`, 'pho truong', 'Phó Trưởng đoàn', { exact: true });
    await choose(rowOf(panel, OFFICIALS[3].name), `Vai trò của ${OFFICIALS[3].name}`, 'thu ky', 'Thư ký', { exact: true });
    await panel.getByRole('button', { name: 'Lưu đoàn kiểm tra' }).click();
    await expect(page.getByText('Đã lưu thành phần đoàn kiểm tra.')).toBeVisible();
    await expect(panel.getByText('Đã có Trưởng đoàn')).toBeVisible();
    await expect(tab(page, /^Đoàn kiểm tra/)).toHaveText('Đoàn kiểm tra (4)');
    await expect(panel.getByRole('row').nth(1)).toContainText(LEADER); // the leader is listed first
    await screen(page, 'plans-team');
  });

  const targets = page.getByRole('tabpanel', { name: /^Cơ sở & lịch kiểm tra/ });
  await test.step('add the five households of the craft village from the ranked suggestions', async () => {
    await tab(page, /^Cơ sở & lịch kiểm tra/).click();
    await expect(targets.getByText('Chưa có cơ sở nào trong kế hoạch.', { exact: false })).toBeVisible();
    await targets.getByRole('button', { name: 'Thêm cơ sở' }).click();
    const suggest = page.getByRole('dialog', { name: 'Thêm cơ sở vào kế hoạch' });
    await choose(suggest, 'Làng nghề', 'dan lat huu lung', `${VILLAGE} — ${commune!.name}`, { exact: true });
    for (const name of HOUSEHOLDS) await expect(rowOf(suggest, name)).toBeVisible();
    await expect(suggest.getByRole('row')).toHaveCount(6);
    // Riskiest first: the household that declared two minors.
    await expect(suggest.getByRole('row').nth(1)).toContainText(HOUSEHOLDS[1]!);
    await expect(rowOf(suggest, HOUSEHOLDS[1]!)).toContainText('Có 2 lao động dưới 18 tuổi theo thông tin đăng ký');
    await expect(rowOf(suggest, HOUSEHOLDS[0]!)).toContainText('Chưa từng được kiểm tra');
    await expect(rowOf(suggest, HOUSEHOLDS[0]!)).toContainText(`Thuộc làng nghề «${VILLAGE}»`);
    await suggest.getByRole('checkbox', { name: 'Chọn tất cả' }).check();
    await expect(suggest.getByText('Đã chọn 5 / 5 cơ sở')).toBeVisible();
    await typeDate(suggest.getByLabel('Ngày kiểm tra'), '02/12/2026');
    await screen(page, 'plans-suggestions');
    await suggest.getByRole('button', { name: 'Thêm 5 cơ sở' }).click();
    await expect(suggest).toBeHidden();
    await expect(page.getByText('Đã thêm 5 cơ sở vào kế hoạch.')).toBeVisible();
    await expect(tab(page, /^Cơ sở & lịch kiểm tra/)).toHaveText('Cơ sở & lịch kiểm tra (5)');
    for (const name of HOUSEHOLDS) await expect(rowOf(targets, name)).toContainText('02/12/2026');
  });

  await test.step('the clash with the other plan is listed and marked on the rows', async () => {
    const clash = targets.getByRole('alert').filter({ hasText: 'trùng lịch' });
    await expect(clash).toContainText(`${LEADER} được xếp lịch trùng buổi sáng ngày 02/12/2026`);
    await expect(clash).toContainText(OTHER_PLAN);
    await expect(rowOf(targets, HOUSEHOLDS[0]!).getByRole('img', { name: 'Trùng lịch' })).toBeVisible();
  });

  await test.step('give the households their own days: edit two, drag one in the week view', async () => {
    const reschedule = async (name: string, date: string, slot: string, notes?: string) => {
      await rowOf(targets, name).getByRole('button', { name: `Sửa lịch ${name}` }).click();
      const edit = page.getByRole('dialog', { name: `Lịch kiểm tra «${name}»` });
      await typeDate(edit.getByLabel('Ngày kiểm tra'), date);
      await edit.getByText(slot, { exact: true }).click();
      if (notes) await edit.getByLabel('Ghi chú').fill(notes);
      await edit.getByRole('button', { name: 'Lưu' }).click();
      await expect(edit).toBeHidden();
      await expect(rowOf(targets, name)).toContainText(date);
      await expect(rowOf(targets, name)).toContainText(slot);
    };
    await reschedule(HOUSEHOLDS[0]!, '03/12/2026', 'Chiều', 'Hẹn trước với chủ hộ; xưởng đan ở nhà sau');
    await expect(rowOf(targets, HOUSEHOLDS[0]!)).toContainText('Ghi chú: Hẹn trước với chủ hộ; xưởng đan ở nhà sau');
    await reschedule(HOUSEHOLDS[2]!, '03/12/2026', 'Sáng');

    await targets.getByText('Tuần', { exact: true }).click();
    await expect(targets.getByRole('heading', { name: 'Tuần 30/11/2026 – 06/12/2026' })).toBeVisible();
    const card = targets.getByRole('button', { name: `${HOUSEHOLDS[3]}, 02/12/2026, Sáng` });
    const cell = targets.getByLabel('Chiều 04/12/2026', { exact: true });
    // Both in view first: scrolling to the cell after the mouse is down would start the drag from another card.
    await cell.scrollIntoViewIfNeeded();
    await card.dragTo(cell);
    await expect(page.getByText(`Đã chuyển «${HOUSEHOLDS[3]}» sang chiều 04/12/2026.`)).toBeVisible();
    await expect(targets.getByRole('button', { name: `${HOUSEHOLDS[3]}, 04/12/2026, Chiều` })).toBeVisible();
    await screen(page, 'plans-week');

    await targets.getByText('Tháng', { exact: true }).click();
    await expect(targets.getByRole('button', { name: `${HOUSEHOLDS[4]}, 02/12/2026, Sáng` })).toBeVisible();
    await screen(page, 'plans-calendar');

    await targets.getByText('Danh sách', { exact: true }).click();
    await expect(rowOf(targets, HOUSEHOLDS[3]!)).toContainText('04/12/2026');
    await expect(targets.getByText('5 cơ sở · 5 đã xếp lịch')).toBeVisible();
    await screen(page, 'plans-targets');
  });

  await test.step('approve the plan now that the team has its leader', async () => {
    await tab(page, /^Thông tin chung/).click();
    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    const confirm = page.getByRole('dialog', { name: 'Phê duyệt kế hoạch?' });
    await confirm.getByLabel('Ghi chú (không bắt buộc)').fill('Đã được Giám đốc Sở phê duyệt');
    await confirm.getByRole('button', { name: 'Phê duyệt' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText('Kế hoạch đã chuyển sang «Đã phê duyệt».')).toBeVisible();
    await expect(currentStatus(page)).toContainText('Đã phê duyệt');
    const history = page.getByRole('list', { name: 'Lịch sử trạng thái' });
    await expect(history).toContainText('Dự thảo → Đã phê duyệt');
    await expect(history).toContainText('«Đã được Giám đốc Sở phê duyệt»');
    await expect(page.getByRole('button', { name: 'Triển khai' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Trả về dự thảo' })).toBeVisible();
    await screen(page, 'plans-detail');
  });

  await test.step('generate the plan and the team decision; both download as Word files', async () => {
    await tab(page, /^Văn bản/).click();
    const panel = page.getByRole('tabpanel', { name: 'Văn bản' });
    // The list of files (the preview below draws the documents' own tables).
    const list = panel.locator('.ant-card').filter({ hasText: 'Văn bản đã tạo' });
    await expect(panel.getByText('Chưa tạo văn bản nào từ kế hoạch này.')).toBeVisible();
    await panel.getByRole('button', { name: 'Tạo Kế hoạch (.docx)' }).click();
    await expect(rowOf(list, 'Kế hoạch kiểm tra')).toContainText('.docx');
    await panel.getByRole('button', { name: 'Tạo Quyết định thành lập Đoàn (.docx)' }).click();
    await expect(rowOf(list, 'Quyết định thành lập Đoàn')).toContainText('.docx');
    await expect(list.locator('tr.ant-table-row')).toHaveCount(2);

    const planId = new URL(page.url()).hash.match(/plans\/([^?]+)/)![1]!;
    const documents = await api<{ id: string; kind: string; fileName: string; sha256: string }[]>(request, 'documents.list', { sourceId: planId });
    expect(documents.map((d) => d.kind).sort()).toEqual(['plan', 'team_decision']);
    // The list names the files; the SHA-256 checksum waits under «Chi tiết».
    await expect(panel).not.toContainText(documents[0]!.sha256.slice(0, 12));
    await rowOf(list, documents[0]!.fileName).getByRole('button', { name: `Chi tiết ${documents[0]!.fileName}` }).click();
    await expect(page.getByRole('tooltip').filter({ hasText: 'Mã kiểm tra SHA-256' })).toContainText(documents[0]!.sha256);
    await screen(page, 'plans-documents-details', { fullPage: false });
    await page.keyboard.press('Escape');
    // Previewed in the app as it prints, like an inspection's documents.
    const preview = panel.getByRole('region', { name: 'Xem trước văn bản' });
    await expect(preview).toContainText('QUYẾT ĐỊNH', { timeout: 20_000 });
    await rowOf(list, documents.find((d) => d.kind === 'plan')!.fileName).getByRole('button', { name: /^Xem / }).click();
    await expect(preview).toContainText('KẾ HOẠCH', { timeout: 20_000 });
    await expect(panel.getByRole('button', { name: 'In', exact: true })).toBeEnabled();
    for (const d of documents) {
      const file = await request.get(`/files/documents/${d.id}`);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toContain('wordprocessingml');
      const body = await file.body();
      expect(body.length).toBeGreaterThan(1000);
      expect(body.subarray(0, 2).toString()).toBe('PK'); // a .docx is a zip
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      rowOf(list, documents[0]!.fileName).getByRole('button', { name: `Tải về ${documents[0]!.fileName}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(documents[0]!.fileName);
    await screen(page, 'plans-documents');
  });

  await test.step('the list shows the approved plan with its counts; filter, delete and undo', async () => {
    await page.getByRole('link', { name: 'Danh sách kế hoạch' }).click();
    const row = rowOf(page, PLAN);
    await expect(row).toContainText('12/KH-ĐKT');
    await expect(row).toContainText('Kiểm tra chuyên đề');
    await expect(row).toContainText('Đã phê duyệt');
    await expect(row.getByRole('cell').nth(5)).toHaveText('5');
    await expect(row.getByRole('cell').nth(6)).toHaveText('4');
    await screen(page, 'plans-list');

    // The status filter (the column «Trạng thái» sorts, so it shares the name).
    await pick(page.getByRole('main').getByRole('combobox', { name: 'Trạng thái', exact: true }), 'da phe duyet', 'Đã phê duyệt');
    await expect(rowOf(page, PLAN)).toBeVisible();
    await expect(rowOf(page, OTHER_PLAN)).toHaveCount(0);
    await page.getByRole('textbox', { name: 'Tìm kế hoạch' }).fill('khong co ke hoach nay');
    await expect(page.getByText('Không có kế hoạch phù hợp với bộ lọc')).toBeVisible();
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect(rowOf(page, OTHER_PLAN)).toBeVisible();

    await rowOf(page, OTHER_PLAN).getByRole('button', { name: `Xóa ${OTHER_PLAN}` }).click();
    await page.getByRole('dialog', { name: `Xóa kế hoạch «${OTHER_PLAN}»?` }).getByRole('button', { name: 'Xóa' }).click();
    await expect(rowOf(page, OTHER_PLAN)).toHaveCount(0);
    await page.getByRole('alert').filter({ hasText: `Đã xóa «${OTHER_PLAN}».` }).getByRole('button', { name: 'Hoàn tác' }).click();
    await expect(page.getByText(`Đã khôi phục «${OTHER_PLAN}».`)).toBeVisible();
    await expect(rowOf(page, OTHER_PLAN)).toBeVisible();
  });
});
