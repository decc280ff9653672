import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { api, isoDay, seedMonth } from './seed';
import { screen } from './ui';

/**
 * Issue 10 item 18 through the interface: the inspections list searched by text (no accents
 * needed), sorted by a column, exported to Excel as shown; the suggested violations accepted all
 * at once after a dialog that totals the proposed fines, in figures and in words.
 */

test.use({ actionTimeout: 10_000 });

test('inspections list: search, sort, export to Excel; accept every suggested violation with the total fine', async ({ page, request }) => {
  test.setTimeout(120_000);
  const seeded = await seedMonth(request);

  await test.step('text search without accents, a sorted column, the Excel file of what is shown', async () => {
    await page.goto('/#/inspections');
    const main = page.getByRole('main');
    await expect(main.getByRole('row').filter({ hasText: 'Xưởng may Hồng Phát' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Tìm cuộc kiểm tra' }).fill('hong phat');
    await expect(main.locator('tr.ant-table-row')).toHaveCount(1);
    await expect(main.locator('tr.ant-table-row')).toContainText('Xưởng may Hồng Phát');
    await page.getByRole('textbox', { name: 'Tìm cuộc kiểm tra' }).fill('');
    await expect(main.locator('tr.ant-table-row')).toHaveCount(3);

    const header = main.getByRole('columnheader', { name: 'Cơ sở được kiểm tra' });
    await header.click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const names = await main.locator('tr.ant-table-row').evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    expect(names.map((n) => (n.includes('Hồng Phát') ? 'X' : n.includes('Lụa') ? 'L' : 'D'))).toEqual(['L', 'D', 'X']);
    await screen(page, 'lists-inspections-sorted');

    const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: 'Xuất Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const cells = book.worksheets[0]!.getSheetValues().flat().map(String).join(' | ');
    for (const name of ['Hộ ông Nguyễn Văn Đức', 'Hộ bà Trần Thị Lụa', 'Xưởng may Hồng Phát']) expect(cells).toContain(name);
  });

  await test.step('«Chấp nhận tất cả» totals the proposed fines, in words, then records them all', async () => {
    await api(request, 'minors.create', {
      inspectionId: seeded.adHocId,
      fullName: 'Đỗ Văn Tâm',
      sex: 'male',
      dateOfBirth: isoDay(-2 - 12 * 365 - 40),
      job: 'Cắt chỉ',
      hoursPerDay: 7,
      artSportWork: false,
    });
    const suggestions = await api<{ typeCode: string; proposedFine: number }[]>(request, 'violations.suggest', { inspectionId: seeded.adHocId });
    expect(suggestions.length).toBeGreaterThan(1);
    const total = suggestions.reduce((sum, s) => sum + s.proposedFine, 0);
    await page.goto(`/#/inspections/${seeded.adHocId}?tab=violations`);
    await page.getByRole('button', { name: 'Chấp nhận tất cả' }).click();
    const dialog = page.getByRole('dialog', { name: `Chấp nhận cả ${suggestions.length} gợi ý vi phạm?` });
    await expect(dialog).toContainText(`Tổng tiền phạt đề xuất: ${total.toLocaleString('vi-VN')}`);
    await expect(dialog).toContainText('Bằng chữ:');
    await screen(page, 'lists-accept-all', { fullPage: false });
    await dialog.getByRole('button', { name: 'Chấp nhận tất cả' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(async () => (await api<{ violations: unknown[] }>(request, 'inspections.get', { id: seeded.adHocId })).violations.length).toBe(suggestions.length);
  });
});
