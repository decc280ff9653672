import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { isoDay, seedMonth } from './seed';
import { screen } from './ui';

/**
 * The written part of the periodic report (issue 10 item 12): kết quả, thuận lợi, khó khăn,
 * nguyên nhân, giải pháp, kiến nghị typed on the report page, kept with the period and area
 * (back after a reload, empty for another period), and printed in the Word report.
 */

const YEAR = Number(isoDay(0).slice(0, 4));
const DIFFICULTY = 'Nhiều hộ gia đình làng nghề chưa có sổ theo dõi lao động chưa thành niên.';
const RECOMMENDATION = 'Đề nghị Bộ Nội vụ ban hành mẫu sổ theo dõi thống nhất.';

test.use({ actionTimeout: 10_000 });

test('the report’s assessment is written on the page, kept per period and printed in the Word file', async ({ page, request }) => {
  test.setTimeout(150_000);
  await seedMonth(request);
  const url = `/#/reports?period=year&year=${YEAR}`;
  await page.goto(url);
  const card = page.locator('#report-assessment');
  await expect(card).toContainText('Chưa có phần đánh giá nào cho kỳ và địa bàn này.');
  await card.getByLabel('Khó khăn, vướng mắc').fill(DIFFICULTY);
  await card.getByLabel('Kiến nghị, đề xuất').fill(RECOMMENDATION);
  await expect(card).toContainText('Có thay đổi chưa lưu');
  await card.getByRole('button', { name: 'Lưu phần đánh giá' }).click();
  await expect(page.getByText('Đã lưu phần đánh giá của báo cáo.')).toBeVisible();
  await expect(card).toContainText('Lưu lần cuối lúc');
  await screen(page, 'report-assessment', { scrollToEnd: true, fullPage: false });

  // Kept with the period: back after a reload, not on another period.
  await page.reload();
  await expect(card.getByLabel('Khó khăn, vướng mắc')).toHaveValue(DIFFICULTY);
  await page.goto(`/#/reports?period=year&year=${YEAR - 1}`);
  await expect(card.getByLabel('Khó khăn, vướng mắc')).toHaveValue('');
  await page.goto(url);
  await expect(card.getByLabel('Kiến nghị, đề xuất')).toHaveValue(RECOMMENDATION);

  await page.getByRole('button', { name: 'Xuất báo cáo Word' }).click();
  const modal = page.getByRole('dialog', { name: 'Xuất báo cáo Word' });
  const download = modal.getByRole('button', { name: 'Tải về' });
  await expect(download).toBeVisible({ timeout: 90_000 });
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  const served = await page.request.get(file.url());
  const xml = (await (await JSZip.loadAsync(await served.body())).file('word/document.xml')!.async('string')).normalize('NFC');
  expect(xml).toContain(DIFFICULTY);
  expect(xml).toContain(RECOMMENDATION);
});
