import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import sharp from 'sharp';
import { isoDay } from './seed';
import { screen } from './ui';

/**
 * Evidence photos (issue 13 item 1) through the real UI and services: three camera photos
 * attached to a violation at once with their progress (GPS removed, the sideways one shown
 * upright), viewed full size one after the other, one captioned and chosen for the minutes'
 * annex, the minutes generated and previewed with the annex, then rendered to PDF pages and
 * kept in reports/screens for a look.
 */

const HOUSEHOLD = 'Hộ bà Hoàng Thị Mai';
const CAPTION = 'Cháu đang đan giỏ tại xưởng của hộ';

async function api<T>(request: APIRequestContext, command: string, data: object): Promise<T> {
  const response = await request.post(`/api/${command}`, { data });
  const body = (await response.json()) as { ok: boolean; data: T; error?: { message: string } };
  expect(body.ok, body.error?.message).toBe(true);
  return body.data;
}

/** A drawn workshop scene, as a camera would save it: EXIF time, camera, GPS position, and sideways pixels when `orientation` is 6. */
async function cameraPhoto(label: string, width: number, height: number, orientation = 1): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#9fd0ff"/><rect y="${height * 0.62}" width="100%" height="${height * 0.38}" fill="#a3814f"/>
    <rect x="${width * 0.18}" y="${height * 0.32}" width="${width * 0.46}" height="${height * 0.34}" fill="#c0503f"/>
    <polygon points="${width * 0.12},${height * 0.32} ${width * 0.41},${height * 0.14} ${width * 0.7},${height * 0.32}" fill="#5a3b2e"/>
    <text x="50%" y="${height * 0.86}" font-size="${Math.round(Math.min(width, height) / 9)}" text-anchor="middle" fill="#fff" font-family="DejaVu Sans">${label}</text>
  </svg>`;
  // Sideways on disk: the camera turned the sensor, the tag says how to show it.
  const drawn = sharp(Buffer.from(svg));
  const pixels = orientation === 6 ? await drawn.rotate(-90).png().toBuffer() : await drawn.png().toBuffer();
  return sharp(pixels)
    .jpeg({ quality: 88 })
    .withMetadata({ orientation })
    .withExifMerge({
      IFD0: { Make: 'Samsung', Model: 'Galaxy A15' },
      IFD2: { DateTimeOriginal: '2026:11:20 09:42:05' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 50/1 3/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 45/1 7/1' },
    })
    .toBuffer();
}

test.use({ actionTimeout: 15_000 });

test('attach three photos to a violation with progress, view them, add one to the minutes’ annex and render the page', async ({ page, request }) => {
  test.setTimeout(240_000);
  let inspectionId = '';

  await test.step('a household inspected, a child found at work, a violation recorded (through the API)', async () => {
    const { establishment } = await api<{ establishment: { id: string } }>(request, 'establishments.create', { name: HOUSEHOLD, kind: 'household', address: 'Thôn Bản Chắt' });
    const agencies = await api<{ id: string; kind: string }[]>(request, 'agencies.list', {});
    const leader = await api<{ id: string }>(request, 'officials.create', { fullName: 'Vi Văn Thắng', position: 'Trưởng phòng', agencyId: agencies.find((a) => a.kind === 'labour')!.id });
    const detail = await api<{ inspection: { id: string } }>(request, 'inspections.create', {
      establishmentId: establishment.id,
      inspectionDate: isoDay(0),
      startTime: '08:30',
      teamPresent: [{ officialId: leader.id, role: 'leader' }],
      representatives: [{ name: 'Hoàng Thị Mai', position: 'Chủ hộ' }],
    });
    inspectionId = detail.inspection.id;
    const minor = await api<{ id: string }>(request, 'minors.create', { inspectionId, fullName: 'Hoàng Văn Tú', sex: 'male', estimatedAge: 12 });
    await api(request, 'violations.create', { inspectionId, typeCode: 'LDCTN-04', minorIds: [minor.id] });
  });

  await test.step('attach three photos at once: each shows its progress, the GPS position is removed', async () => {
    await page.goto(`/#/inspections/${inspectionId}?tab=violations`);
    await page.getByRole('button', { name: 'Ảnh, tệp đính kèm của LDCTN-04' }).click();
    const drawer = page.getByRole('dialog', { name: 'Ảnh, tệp đính kèm: LDCTN-04' });
    await expect(drawer.getByText('Kéo thả ảnh hoặc tệp PDF vào đây')).toBeVisible();
    const files = [
      { name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto('Xưởng đan', 3200, 2400) },
      { name: 'IMG_2042.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto('Sổ lao động', 2400, 3200, 6) },
      { name: 'IMG_2043.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto('Nội quy', 1600, 1200) },
    ];
    await drawer.locator('input[type=file]').setInputFiles(files);
    const progress = drawer.getByRole('region', { name: /Đã đính kèm \d\/3 tệp/ });
    await expect(progress).toBeVisible();
    await expect(progress.getByRole('listitem')).toHaveCount(3);
    await expect(drawer.getByRole('status')).toHaveText('Đã đính kèm 3/3 tệp', { timeout: 60_000 });
    for (const f of files) await expect(progress.getByRole('listitem', { name: f.name })).toContainText('đã xóa vị trí GPS khỏi ảnh');
    await expect(drawer.getByRole('list', { name: 'Ảnh, tệp đã đính kèm' }).getByRole('listitem')).toHaveCount(3);
    // The thumbnails are drawn.
    await expect(drawer.locator('img.attachment-thumb')).toHaveCount(3);
    await screen(page, 'attachments-uploaded', { fullPage: false });
  });

  await test.step('view them full size, one after the other; the sideways photo shows upright', async () => {
    const drawer = page.getByRole('dialog', { name: 'Ảnh, tệp đính kèm: LDCTN-04' });
    await drawer.getByRole('button', { name: 'Xem IMG_2041.jpg' }).click();
    let viewer = page.getByRole('dialog', { name: 'Ảnh 1/3: IMG_2041.jpg' });
    await expect(viewer.locator('img')).toBeVisible();
    expect(await viewer.locator('img').evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([3200, 2400]);
    await expect(viewer).toContainText('Chụp lúc 09:42 20/11/2026');
    await screen(page, 'attachments-viewer', { fullPage: false });
    await viewer.getByRole('button', { name: 'Ảnh sau' }).click();
    viewer = page.getByRole('dialog', { name: 'Ảnh 2/3: IMG_2042.jpg' });
    await expect(viewer.locator('img')).toBeVisible();
    // Stored 3200 wide on its side with "rotate 90°": shown 2400 wide, 3200 tall.
    expect(await viewer.locator('img').evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([2400, 3200]);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('dialog', { name: 'Ảnh 3/3: IMG_2043.jpg' }).locator('img')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    viewer = page.getByRole('dialog', { name: 'Ảnh 1/3: IMG_2041.jpg' });
    await expect(viewer).toBeVisible();
    await viewer.getByRole('button', { name: 'Đóng' }).click();
    await expect(viewer).toBeHidden();
  });

  await test.step('caption the first photo and choose it for the minutes’ annex', async () => {
    const drawer = page.getByRole('dialog', { name: 'Ảnh, tệp đính kèm: LDCTN-04' });
    await drawer.getByRole('button', { name: 'Sửa chú thích IMG_2041.jpg' }).click();
    const edit = page.getByRole('dialog', { name: 'Chú thích ảnh, tệp' });
    await edit.getByLabel('Chú thích').fill(CAPTION);
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await expect(edit).toBeHidden();
    const card = drawer.getByRole('list', { name: 'Ảnh, tệp đã đính kèm' }).getByRole('listitem', { name: 'IMG_2041.jpg' });
    await expect(card).toContainText(CAPTION);
    // Saved at once (no save button): the box shows the stored choice once the service answers.
    const annex = card.getByRole('checkbox', { name: 'Đưa vào phụ lục ảnh của biên bản' });
    await annex.click();
    await expect(page.getByText('Đã đưa ảnh vào phụ lục biên bản.')).toBeVisible();
    await expect(annex).toBeChecked();
    await expect(card).toContainText('Trong phụ lục');
    // The notice sits over the drawer's close button for a few seconds.
    await drawer.getByRole('button', { name: 'Đóng' }).dispatchEvent('click');
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('button', { name: 'Ảnh, tệp đính kèm của LDCTN-04' })).toHaveText('Ảnh, tệp (3)');
    await page.getByRole('tab', { name: 'Ảnh, tệp' }).click();
    await expect(page.getByText('Phụ lục biên bản: 1 ảnh')).toBeVisible();
    await expect(page.getByRole('listitem', { name: 'IMG_2041.jpg' })).toContainText('Hành vi vi phạm LDCTN-04');
    await screen(page, 'attachments-inspection-tab');
  });

  await test.step('the minutes carry the photo annex: previewed in the app, rendered to PDF pages', async () => {
    await page.getByRole('tab', { name: /^Biên bản & in/ }).click();
    await page.getByRole('button', { name: 'Tạo văn bản' }).click();
    const preview = page.getByRole('region', { name: 'Xem trước văn bản' });
    await expect(preview).toContainText('HÌNH ẢNH KÈM THEO BIÊN BẢN', { timeout: 30_000 });
    await expect(preview).toContainText(`Ảnh 1. ${CAPTION}`);
    await expect(preview.locator('img')).toHaveCount(1);
    await preview.getByText('HÌNH ẢNH KÈM THEO BIÊN BẢN').scrollIntoViewIfNeeded();
    await preview.screenshot({ path: 'reports/screens/attachments-minutes-preview.png' });

    // The printed pages: the PDF the app makes (LibreOffice), each page as an image to look at.
    const [document] = await api<{ id: string }[]>(request, 'documents.list', { sourceId: inspectionId });
    const pdf = await request.get(`/files/documents/${document!.id}/pdf`);
    expect(pdf.status()).toBe(200);
    const work = mkdtempSync(join(tmpdir(), 'attachments-e2e-'));
    try {
      writeFileSync(join(work, 'minutes.pdf'), await pdf.body());
      const text = execFileSync('pdftotext', ['-layout', join(work, 'minutes.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('HÌNH ẢNH KÈM THEO BIÊN BẢN');
      expect(text).toContain(`Ảnh 1. ${CAPTION} (Hành vi vi phạm LDCTN-04; chụp lúc 09 giờ 42 phút, ngày 20 tháng 11 năm 2026)`);
      execFileSync('pdftoppm', ['-png', '-r', '70', join(work, 'minutes.pdf'), 'reports/screens/attachments-minutes-page']);
      const pages = readdirSync('reports/screens').filter((f) => f.startsWith('attachments-minutes-page-'));
      expect(pages.length).toBeGreaterThanOrEqual(2);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
