import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A picture for review once toasts and animations are gone: the whole page, or only the window
 * when a dialog is open (its mask covers only the window).
 */
export async function screen(page: Page, name: string, { fullPage = true, scrollToEnd = false, settleMs = 400 } = {}) {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });
  await page.mouse.move(0, 0);
  // Sticky bars sit at their own place only when the page is scrolled to its end; a whole-page
  // picture is taken from the top, so the sticky header and menu stay at the top.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  else if (scrollToEnd) await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(settleMs);
  await page.screenshot({ path: `reports/screens/${name}.png`, fullPage });
}

/** Picks an option of an antd Select the way a user does: type part of it (without accents), Enter. */
export async function pick(box: Locator, typed: string, option: string) {
  await box.click();
  await box.fill(typed);
  // Each select keeps its own option list in the page: look in the one this box controls.
  const list = box.page().locator(`[id="${await box.getAttribute('aria-controls')}"]`);
  await expect(list.getByRole('option', { name: option, exact: true })).toBeAttached();
  await box.press('Enter');
}

/** `pick` in the select labelled `label` inside `scope`, then checks the select shows the choice. */
export async function choose(scope: Locator, label: string, typed: string, option: string, { exact = false } = {}) {
  await pick(scope.getByLabel(label, { exact }), typed, option);
  await expect(scope.getByTitle(option, { exact: true }).first()).toBeVisible();
}
