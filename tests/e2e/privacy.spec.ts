import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/default-catalogue';
import { screen } from './ui';

/**
 * Issue 9 items 6 and 7 through the admin's screens: the legal catalogue (the version in force
 * and from when, a look-alike version refused, a newer one imported), the access log of
 * children's records, and the retention purge (preview count, confirm, reduced identity).
 */

const CHILD = 'Vàng Thị Dở';

async function api<T>(page: Page, name: string, data: unknown): Promise<T> {
  const response = await page.request.post(`/api/${name}`, { data });
  const body = (await response.json()) as { ok: boolean; data: T; error?: unknown };
  expect(body.ok, `${name}: ${JSON.stringify(body.error)}`).toBe(true);
  return body.data;
}

const file = (catalogue: object, name: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(catalogue, null, 2)) });

test('the admin sees the catalogue in force, reads the access log and purges what is past the retention period', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const nav = page.getByRole('menu');

  await test.step('the catalogue page says which version is in force today and from when', async () => {
    await nav.getByRole('menuitem', { name: 'Danh mục pháp lý' }).click();
    const inForce = page.getByRole('status').filter({ hasText: 'Đang áp dụng hôm nay' });
    await expect(inForce).toContainText(`phiên bản ${DEFAULT_CATALOGUE.version}`);
    await expect(inForce).toContainText('Áp dụng từ ngày 17/01/2022');
    await expect(page.getByRole('row', { name: /2022\.1/ })).toContainText('Đang áp dụng');
  });

  await test.step('a look-alike version is refused; a newer one is imported and shown as upcoming', async () => {
    const upload = page.locator('input[type="file"]');
    await upload.setInputFiles(file({ ...DEFAULT_CATALOGUE, version: '2022.01' }, 'gia-mao.json'));
    const refused = page.getByRole('dialog').filter({ hasText: 'Phiên bản phải có dạng năm.số thứ tự' });
    await expect(refused).toBeVisible();
    await refused.getByRole('button', { name: /OK|Đồng ý/ }).click();

    await upload.setInputFiles(file({ ...DEFAULT_CATALOGUE, version: '2099.1', effectiveDate: '2099-01-01', title: 'Danh mục thử nghiệm' }, 'danh-muc-2099.json'));
    await expect(page.getByText('Đã nhập danh mục phiên bản 2099.1 (áp dụng từ 01/01/2099).')).toBeVisible();
    await expect(page.getByRole('row', { name: /2099\.1/ })).toContainText('Sắp áp dụng');
    await expect(page.getByRole('status').filter({ hasText: 'Đang áp dụng hôm nay' })).toContainText('Phiên bản 2099.1 sẽ áp dụng từ ngày 01/01/2099.');
    await screen(page, 'catalogue-versions');
  });

  let inspectionId = '';
  await test.step('opening a record with a child is in the access log', async () => {
    const provinces = await api<{ code: string; name: string }[]>(page, 'reference.provinces', {});
    const provinceCode = provinces.find((p) => p.name === 'Tỉnh Lai Châu')!.code;
    const [commune] = await api<{ code: string }[]>(page, 'reference.communes', { provinceCode });
    const { establishment } = await api<{ establishment: { id: string } }>(page, 'establishments.create', {
      name: 'Hộ kinh doanh Chè Tả Phìn', kind: 'household_business', sector: 'agriculture', provinceCode, communeCode: commune!.code,
    });
    // Seven years ago: past the default period of five.
    const { inspection } = await api<{ inspection: { id: string } }>(page, 'inspections.create', { establishmentId: establishment.id, inspectionDate: '2019-05-02' });
    inspectionId = inspection.id;
    await api(page, 'minors.create', { inspectionId, fullName: CHILD, sex: 'female', dateOfBirth: '2005-03-03', homeAddress: 'Bản Hon, xã Tả Phìn, tỉnh Lai Châu' });

    await page.goto(`/#/inspections/${inspectionId}`);
    await page.getByRole('tab', { name: /Trẻ em, người chưa thành niên/ }).click();
    await expect(page.getByText(CHILD).first()).toBeVisible();
    await nav.getByRole('menuitem', { name: 'Nhật ký truy cập trẻ em' }).click();
    const row = page.getByRole('row', { name: /Hộ kinh doanh Chè Tả Phìn/ });
    await expect(row).toContainText('Xem hồ sơ');
    await expect(row).toContainText('kiểm tra ngày 02/05/2019');
    await expect(page.getByRole('table')).not.toContainText(CHILD);
    await screen(page, 'access-log');
  });

  await test.step('the retention page previews the count; the purge reduces the identity', async () => {
    // The minutes stored with her full name go with the purge.
    await api(page, 'documents.generate', { kind: 'inspection_minutes', sourceId: inspectionId, childNames: 'full' });
    await nav.getByRole('menuitem', { name: 'Thời hạn lưu trữ' }).click();
    await expect(page.getByText('Thời hạn hiện tại: 5 năm sau ngày kiểm tra')).toBeVisible();
    const counts = page.getByRole('group', { name: 'Đến hạn rút gọn' });
    await expect(counts).toContainText('Người chưa thành niên1');
    await expect(counts).toContainText('Văn bản đã lưu có tên trẻ em1');
    await screen(page, 'retention-preview');
    await page.getByRole('button', { name: 'Rút gọn thông tin…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Rút gọn thông tin cá nhân của 1 người chưa thành niên?' });
    await expect(confirm).toContainText('1 văn bản đã lưu có tên trẻ em');
    await confirm.getByRole('button', { name: 'Rút gọn' }).click();
    await expect(page.getByText('Đã rút gọn thông tin của 1 người chưa thành niên và xóa 1 văn bản đã lưu có tên trẻ em.')).toBeVisible();
    expect(await api<unknown[]>(page, 'documents.list', { sourceId: inspectionId })).toEqual([]);
    await expect(page.getByText('Không có hồ sơ nào đến hạn rút gọn.')).toBeVisible();

    const detail = await api<{ minors: { fullName: string; homeAddress?: string; dateOfBirth?: string; ageAtInspection: number }[] }>(page, 'inspections.get', { id: inspectionId });
    expect(detail.minors[0]).toMatchObject({ fullName: 'V.T.D.', homeAddress: 'xã Tả Phìn, tỉnh Lai Châu', ageAtInspection: 14 });
    expect(detail.minors[0]!.dateOfBirth).toBeUndefined();

    await nav.getByRole('menuitem', { name: 'Nhật ký truy cập trẻ em' }).click();
    await expect(page.getByRole('row', { name: /Rút gọn khi hết hạn lưu trữ/ })).toContainText('1');
  });
});
