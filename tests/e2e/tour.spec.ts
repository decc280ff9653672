import { expect, test, type Page } from '@playwright/test';
import { screen } from './ui';
import { seedMonth } from './seed';

/**
 * The main screens over a realistic month of work, at full size and in a 1024 × 768 window
 * (issue 10, item 20): the navigation folds, and the tables keep readable columns.
 */

const SIZES = [
  { name: 'full', width: 1366, height: 860 },
  { name: '1024', width: 1024, height: 768 },
] as const;

/** No table cell narrower than a short word: a column squeezed to one letter per line fails. */
async function expectReadableColumns(page: Page, name: string) {
  const narrow = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.ant-table-thead th')]
      .filter((th) => th.offsetParent !== null && th.innerText.trim().length > 0)
      .filter((th) => th.getBoundingClientRect().width < 56)
      .map((th) => `${th.innerText.trim()} (${Math.round(th.getBoundingClientRect().width)} px)`),
  );
  expect(narrow, name).toEqual([]);
}

test('main screens, full size and 1024 × 768', async ({ page, request }) => {
  test.setTimeout(180_000);
  const seeded = await seedMonth(request);
  const pages: [string, string][] = [
    ['dashboard', '/#/'],
    ['establishments', '/#/establishments'],
    ['establishment', `/#/establishments/${seeded.households.duc.id}`],
    ['plans', '/#/plans'],
    ['plan-targets', `/#/plans/${seeded.plan.id}?tab=targets`],
    ['inspections', '/#/inspections'],
    ['inspection', `/#/inspections/${seeded.finalisedId}`],
    ['inspection-violations', `/#/inspections/${seeded.finalisedId}?tab=violations`],
    ['commitments', '/#/commitments?status=all'],
    ['dashboard-commitments', '/#/commitments?period=calendar_year&status=overdue'],
    ['report', '/#/reports'],
    ['directory', '/#/directory'],
  ];
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const [name, url] of pages) {
      await page.goto(url);
      await expect(page.locator('.ant-skeleton, .ant-spin-spinning')).toHaveCount(0, { timeout: 15_000 });
      await page.waitForTimeout(300);
      await screen(page, `tour-${size.name}-${name}`, { fullPage: size.name === 'full' });
      if (size.name === '1024') await expectReadableColumns(page, name);
    }
  }
});

test('the language switch names the language it switched to, and the English menu fits', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 860 });
  await page.goto('/#/settings');
  await page.getByRole('radiogroup', { name: 'Ngôn ngữ giao diện' }).getByText('English', { exact: true }).click();
  await expect(page.getByText('Switched to English.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Settings', level: 3 })).toBeVisible();
  // Every item of the menu shows its whole name.
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.ant-menu-title-content')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.innerText),
  );
  expect(cut).toEqual([]);
  await screen(page, 'settings-english');
  await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('Tiếng Việt', { exact: true }).click();
  await expect(page.getByText('Đã chuyển sang Tiếng Việt.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cài đặt', level: 3 })).toBeVisible();
});
