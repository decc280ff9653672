import { expect, test, type Page } from '@playwright/test';
import { choose, screen } from './ui';

/**
 * The establishment register through the real UI, the real services and a fresh SQLite file
 * (tests/e2e/serve.ts): craft village with members, an enterprise, accent-free search,
 * instant tax-code validation, edit, delete with confirmation, undo and restore.
 */

const VILLAGE = 'Làng nghề đan mây tre Phú Vinh';
const MEMBER_1 = 'Hộ ông Nguyễn Văn Đức';
const MEMBER_2 = 'Hộ bà Trần Thị Lụa';
const MEMBER_2_RENAMED = 'Hộ bà Trần Thị Lụa (xưởng đan giỏ)';
const ENTERPRISE = 'Công ty TNHH Mây tre xuất khẩu Phú Vinh';
const BAD_TAX_CODE_ERROR = 'Mã số thuế sai chữ số kiểm tra (chữ số thứ 10)';

const formDrawer = (page: Page, title: string | RegExp) => page.getByRole('dialog', { name: title });
const searchBox = (page: Page) => page.getByRole('textbox', { name: 'Tìm cơ sở' });
const rowOf = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

async function search(page: Page, text: string) {
  await searchBox(page).fill(text);
  // The list follows the box after a short debounce; the URL shows when it has.
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, '(\\+|%20)')}`));
}

async function addMember(page: Page, name: string, rep: string, total: number, under18: number) {
  await page.getByRole('button', { name: 'Thêm hộ thành viên' }).click();
  const drawer = formDrawer(page, `Thêm hộ thành viên của «${VILLAGE}»`);
  await expect(drawer).toBeVisible();
  // Pre-filled from the village: kind, village, province and commune.
  await expect(drawer.getByTitle('Hộ gia đình', { exact: true })).toBeVisible();
  await expect(drawer.getByTitle(`${VILLAGE} — Xã Phú Nghĩa`)).toBeVisible();
  await expect(drawer.getByTitle('Thành phố Hà Nội', { exact: true })).toBeVisible();
  await expect(drawer.getByTitle('Xã Phú Nghĩa', { exact: true })).toBeVisible();
  await drawer.getByLabel('Tên cơ sở').fill(name);
  await drawer.getByLabel('Họ và tên').fill(rep);
  await drawer.getByLabel('Tổng số lao động').fill(String(total));
  await drawer.getByLabel('Lao động dưới 18 tuổi').fill(String(under18));
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
}

test.use({ actionTimeout: 10_000 });

test('establishment register: village, members, enterprise, search, validation, edit, delete, restore', async ({ page, request }) => {
  test.setTimeout(180_000);

  await test.step('empty register says so and offers to add', async () => {
    await page.goto('/#/establishments');
    await expect(page.getByRole('heading', { name: 'Cơ sở', level: 3 })).toBeVisible();
    await expect(page.getByText('Chưa có cơ sở nào', { exact: true })).toBeVisible();
    await screen(page, 'establishments-empty');
  });

  await test.step('create the craft village, province and commune from the selects; Enter saves', async () => {
    await page.getByRole('button', { name: 'Thêm cơ sở' }).first().click();
    const drawer = formDrawer(page, 'Thêm cơ sở');
    await drawer.getByLabel('Tên cơ sở').fill(VILLAGE);
    await choose(drawer, 'Loại hình', 'lang nghe', 'Làng nghề');
    // A craft village cannot belong to another village.
    await expect(drawer.getByLabel('Thuộc làng nghề')).toHaveCount(0);
    await choose(drawer, 'Lĩnh vực', 'tieu thu cong', 'Tiểu thủ công nghiệp');
    await drawer.getByLabel('Ngành nghề').fill('Mây tre đan');
    await choose(drawer, 'Tỉnh/thành phố', 'ha noi', 'Thành phố Hà Nội');
    await choose(drawer, 'Xã/phường/đặc khu', 'phu nghia', 'Xã Phú Nghĩa');
    await drawer.getByLabel('Địa chỉ chi tiết').fill('Thôn Phú Vinh');
    await drawer.getByLabel('Tên cơ sở').press('Enter');
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('heading', { name: VILLAGE })).toBeVisible();
    await expect(page.getByText('Hộ, cơ sở thành viên (0)')).toBeVisible();
    await expect(page.getByText('Làng nghề chưa có hộ thành viên nào.')).toBeVisible();
  });

  await test.step('add two member households from the village page', async () => {
    await addMember(page, MEMBER_1, 'Nguyễn Văn Đức', 6, 1);
    await addMember(page, MEMBER_2, 'Trần Thị Lụa', 4, 2);
    await expect(page.getByText('Hộ, cơ sở thành viên (2)')).toBeVisible();
    await expect(rowOf(page, MEMBER_2)).toContainText('Hộ gia đình');
    await expect(rowOf(page, MEMBER_2)).toContainText('4 / 2');
    await screen(page, 'establishment-detail');
  });

  await test.step("a rule only the service knows is shown on its field: a village with members keeps its kind", async () => {
    await page.getByRole('button', { name: 'Sửa', exact: true }).click();
    const drawer = formDrawer(page, `Sửa cơ sở «${VILLAGE}»`);
    await choose(drawer, 'Loại hình', 'doanh nghiep', 'Doanh nghiệp');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer.getByText('Làng nghề đang có 2 cơ sở thành viên; không thể đổi loại')).toBeVisible();
    await expect(drawer.getByLabel('Loại hình')).toHaveAttribute('aria-invalid', 'true');
    // What was typed is not thrown away without asking.
    await drawer.getByRole('button', { name: 'Hủy' }).click();
    await page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' }).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('heading', { name: VILLAGE })).toContainText('Làng nghề');
  });

  await test.step('create an enterprise with a valid tax code', async () => {
    await page.getByRole('menuitem', { name: 'Cơ sở' }).click();
    await page.getByRole('button', { name: 'Thêm cơ sở' }).first().click();
    const drawer = formDrawer(page, 'Thêm cơ sở');
    await drawer.getByLabel('Tên cơ sở').fill(ENTERPRISE);
    await expect(drawer.getByTitle('Doanh nghiệp', { exact: true })).toBeVisible();
    await drawer.getByLabel('Mã số thuế').fill('0100233488');
    await choose(drawer, 'Tỉnh/thành phố', 'ha noi', 'Thành phố Hà Nội');
    await choose(drawer, 'Xã/phường/đặc khu', 'phu nghia', 'Xã Phú Nghĩa');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('heading', { name: ENTERPRISE })).toBeVisible();
    await expect(page.getByText('0100233488')).toBeVisible();
  });

  await test.step('the list shows all four with coloured kinds', async () => {
    await page.getByRole('link', { name: 'Danh sách cơ sở' }).click();
    await expect(page.getByText('Tổng số 4 cơ sở')).toBeVisible();
    await expect(rowOf(page, VILLAGE)).toContainText('Làng nghề');
    await expect(rowOf(page, ENTERPRISE)).toContainText('Doanh nghiệp');
    await expect(rowOf(page, MEMBER_1)).toContainText(`Thuộc: ${VILLAGE}`);
    const location = rowOf(page, ENTERPRISE).getByRole('cell').nth(3);
    await expect(location).toContainText('Xã Phú Nghĩa');
    await expect(location).toContainText('Thành phố Hà Nội');
    await screen(page, 'establishments-list');
    await page.keyboard.press('Control+k');
    await expect(searchBox(page)).toBeFocused();
  });

  await test.step('search without accents finds the village and a member household', async () => {
    await search(page, 'lang nghe dan may tre');
    await expect(rowOf(page, VILLAGE)).toBeVisible();
    await expect(page.getByText('Tổng số 1 cơ sở')).toBeVisible();
    await search(page, 'nguyen van duc');
    await expect(rowOf(page, MEMBER_1)).toBeVisible();
    await expect(rowOf(page, MEMBER_2)).toHaveCount(0);
    await expect(page.getByText('Tổng số 1 cơ sở')).toBeVisible();
    await screen(page, 'establishments-search');
  });

  await test.step('a bad tax code is refused on the field, in Vietnamese, and nothing is saved', async () => {
    await page.getByRole('button', { name: 'Thêm cơ sở' }).first().click();
    const drawer = formDrawer(page, 'Thêm cơ sở');
    await drawer.getByLabel('Tên cơ sở').fill('Công ty thử mã số thuế sai');
    await drawer.getByLabel('Mã số thuế').fill('0100233480');
    await drawer.getByLabel('Mã số thuế').press('Tab');
    await expect(drawer.getByText(BAD_TAX_CODE_ERROR)).toBeVisible();
    await expect(drawer.getByLabel('Mã số thuế')).toHaveAttribute('aria-invalid', 'true');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer.getByText(BAD_TAX_CODE_ERROR)).toBeVisible();
    await expect(drawer).toBeVisible();
    await screen(page, 'establishment-form-error');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' }).getByRole('button', { name: 'Bỏ thay đổi' }).click();
    await expect(drawer).toBeHidden();
    await search(page, 'thu ma so thue sai');
    await expect(page.getByText('Không tìm thấy cơ sở phù hợp')).toBeVisible();
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect(searchBox(page)).toHaveValue('');
    await expect(page.getByText('Tổng số 4 cơ sở')).toBeVisible();
    await page.waitForTimeout(600); // past the search debounce: the cleared query must not come back
    await expect(searchBox(page)).toHaveValue('');
    await expect(page.getByText('Tổng số 4 cơ sở')).toBeVisible();
    const saved = await request.post('/api/establishments.search', { data: { query: 'thu ma so thue' } });
    expect((await saved.json()).data.total).toBe(0);
  });

  await test.step("edit a household's name", async () => {
    await search(page, 'tran thi lua');
    await rowOf(page, MEMBER_2).getByRole('link', { name: MEMBER_2 }).click();
    await expect(page.getByRole('heading', { name: MEMBER_2 })).toBeVisible();
    await expect(page.getByRole('link', { name: VILLAGE })).toBeVisible();
    await page.getByRole('button', { name: 'Sửa' }).click();
    const drawer = formDrawer(page, `Sửa cơ sở «${MEMBER_2}»`);
    await expect(drawer.getByLabel('Tên cơ sở')).toHaveValue(MEMBER_2);
    await drawer.getByLabel('Tên cơ sở').fill(MEMBER_2_RENAMED);
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('heading', { name: MEMBER_2_RENAMED })).toBeVisible();
  });

  await test.step('delete it after confirming', async () => {
    await page.getByRole('button', { name: 'Xóa' }).click();
    const confirm = page.getByRole('dialog', { name: `Xóa cơ sở «${MEMBER_2_RENAMED}»?` });
    await expect(confirm).toContainText('Có thể khôi phục lại.');
    await confirm.getByRole('button', { name: 'Xóa' }).click();
    await expect(page.getByText(`Đã xóa «${MEMBER_2_RENAMED}».`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hoàn tác' })).toBeVisible();
    await expect(page.getByText('Cơ sở này đã bị xóa.', { exact: false })).toBeVisible();
  });

  await test.step('find it with the deleted switch and restore it', async () => {
    await page.getByRole('link', { name: 'Danh sách cơ sở' }).click();
    await search(page, 'tran thi lua');
    await expect(page.getByText('Không tìm thấy cơ sở phù hợp')).toBeVisible();
    await page.getByRole('switch', { name: 'Hiện cả cơ sở đã xóa' }).click();
    const row = rowOf(page, MEMBER_2_RENAMED);
    await expect(row).toContainText('Đã xóa');
    await row.getByRole('button', { name: `Khôi phục ${MEMBER_2_RENAMED}` }).click();
    await expect(page.getByText(`Đã khôi phục «${MEMBER_2_RENAMED}».`)).toBeVisible();
    await expect(row).not.toContainText('Đã xóa');
    await page.getByRole('switch', { name: 'Hiện cả cơ sở đã xóa' }).click();
    await expect(rowOf(page, MEMBER_2_RENAMED)).toBeVisible();
  });

  await test.step('undo right after deleting keeps the record', async () => {
    await search(page, 'may tre xuat khau');
    await rowOf(page, ENTERPRISE).getByRole('button', { name: `Xóa ${ENTERPRISE}` }).click();
    await page.getByRole('dialog', { name: `Xóa cơ sở «${ENTERPRISE}»?` }).getByRole('button', { name: 'Xóa' }).click();
    await expect(page.getByText('Không tìm thấy cơ sở phù hợp')).toBeVisible();
    await page.getByRole('alert').filter({ hasText: `Đã xóa «${ENTERPRISE}».` }).getByRole('button', { name: 'Hoàn tác' }).click();
    await expect(page.getByText(`Đã khôi phục «${ENTERPRISE}».`)).toBeVisible();
    await expect(rowOf(page, ENTERPRISE)).toBeVisible();
  });

  await test.step('a second record with the same tax code is saved with a visible duplicate warning', async () => {
    await page.getByRole('button', { name: 'Thêm cơ sở' }).first().click();
    const drawer = formDrawer(page, 'Thêm cơ sở');
    await drawer.getByLabel('Tên cơ sở').fill('Chi nhánh Mây tre Phú Vinh');
    await drawer.getByLabel('Mã số thuế').fill('0100233488');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Có thể trùng với cơ sở đã có' });
    await expect(notice).toContainText(`Trùng mã số thuế với cơ sở «${ENTERPRISE}»`);
    await notice.getByRole('link', { name: 'Mở' }).click();
    await expect(page.getByRole('heading', { name: ENTERPRISE })).toBeVisible();
  });
});

test('the interface switches to English in Settings and remembers it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('menuitem', { name: 'Cài đặt' }).click();
  // antd draws the radio buttons over visually hidden inputs: click the visible label.
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.reload();
  await page.getByRole('menuitem', { name: 'Establishments' }).click();
  await expect(page.getByRole('heading', { name: 'Establishments', level: 3 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add establishment' })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Show deleted establishments' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Search establishments' })).toBeVisible();
  await expect(page.getByText(/\d+ establishments in total|No establishments yet/)).toBeVisible();
  await screen(page, 'establishments-list-en');
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  await page.getByText('Tiếng Việt', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Cài đặt' })).toBeVisible();
});
