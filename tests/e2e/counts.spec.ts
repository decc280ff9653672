import { expect, test } from '@playwright/test';
import { isoDay, seedMonth, shown } from './seed';
import { screen } from './ui';

/**
 * Issue 10 item 17, one truth for counts: the dashboard's commitment figures and the commitments
 * page agree, and each says as of which day (today while the period runs, else its last day).
 */

test.use({ actionTimeout: 10_000 });

test('the dashboard’s overdue commitments are the ones the commitments page lists, each saying as of which day', async ({ page, request }) => {
  test.setTimeout(120_000);
  await seedMonth(request);
  const today = isoDay(0);
  const card = page.locator('.ant-card').filter({ has: page.getByText('Nội dung cam kết', { exact: true }) });

  await test.step('a period still running: judged today on both pages', async () => {
    await page.goto(`/#/?period=custom&year=${today.slice(0, 4)}&from=${isoDay(-60)}&to=${today}`);
    await expect(card.getByRole('link', { name: 'Quá hạn: 1' })).toBeVisible();
    await expect(card).toContainText(`Tính đến ngày ${shown(today)}`);
    await screen(page, 'dashboard-as-of');
    await card.getByRole('link', { name: 'Quá hạn: 1' }).click();
    await expect(page.getByRole('heading', { name: 'Cam kết cần theo dõi', level: 3 })).toBeVisible();
    await expect(page.getByTestId('commitments-as-of')).toHaveText(`Tình trạng tính đến hôm nay, ${shown(today)}`);
    await expect(page.getByRole('radio', { name: 'Quá hạn (1)' })).toBeChecked();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Lập sổ theo dõi riêng lao động chưa thành niên');
    await screen(page, 'commitments-from-dashboard');
    // Every commitment, as it stands today: the same overdue item.
    await page.getByRole('button', { name: 'Xem tất cả cam kết' }).click();
    await expect(page.getByRole('radio', { name: 'Quá hạn (1)' })).toBeChecked();
    await expect(page.getByTestId('commitments-as-of')).toHaveText(`Tình trạng tính đến hôm nay, ${shown(today)}`);
  });

  await test.step('a closed period: judged on its last day on both pages', async () => {
    const end = isoDay(-15);
    await page.goto(`/#/?period=custom&year=${end.slice(0, 4)}&from=${isoDay(-60)}&to=${end}`);
    // On that day no deadline had passed, and the item fulfilled later was still open.
    await expect(card.getByRole('link', { name: 'Quá hạn: 0' })).toBeVisible();
    await expect(card.getByRole('link', { name: 'Đã thực hiện: 0' })).toBeVisible();
    await expect(card).toContainText(`Tính đến ngày ${shown(end)}`);
    await card.getByRole('link', { name: 'Quá hạn: 0' }).click();
    await expect(page.getByTestId('commitments-as-of')).toHaveText(`Tình trạng tính đến ngày ${shown(end)}`);
    await expect(page.getByRole('radio', { name: 'Quá hạn (0)' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Đang thực hiện (3)' })).toBeAttached();
    // A past day's list is for reading: no follow-up buttons.
    await expect(page.getByRole('button', { name: /^Đã thực hiện:/ })).toHaveCount(0);
  });
});
