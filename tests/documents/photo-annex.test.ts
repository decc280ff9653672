/**
 * The minutes' photo annex (photo-annex.ts) on the official layout, rendered through
 * LibreOffice: the annex heading of Decree 30, each photo whole within the text width and
 * 90 mm, two to a page, numbered with its caption, source and time taken.
 * LDTE_RENDER_DIR=<folder> keeps the rendered pages there for a look.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { officialDocument, packDocument } from '../../electron/documents/official-layout';
import { fitted, photoAnnex, takenAtText, type AnnexPhoto } from '../../electron/documents/photo-annex';
import { hasSoffice, renderDocxToPdfText, renderDocxToPng } from './render-pdf';

/** A drawn scene standing in for a photo: sky, a workshop, a label. */
async function scene(width: number, height: number, label: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8ec5ff"/><stop offset="1" stop-color="#e8f3ff"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <rect y="${height * 0.6}" width="100%" height="${height * 0.4}" fill="#9c7a4b"/>
    <rect x="${width * 0.15}" y="${height * 0.3}" width="${width * 0.5}" height="${height * 0.35}" fill="#c94f3d"/>
    <polygon points="${width * 0.1},${height * 0.3} ${width * 0.4},${height * 0.12} ${width * 0.7},${height * 0.3}" fill="#5a3b2e"/>
    <circle cx="${width * 0.82}" cy="${height * 0.18}" r="${Math.min(width, height) * 0.08}" fill="#ffd54a"/>
    <text x="50%" y="${height * 0.85}" font-size="${Math.round(height / 12)}" text-anchor="middle" fill="#fff" font-family="DejaVu Sans">${label}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

async function photos(): Promise<AnnexPhoto[]> {
  return [
    { data: await scene(1600, 1200, 'Xưởng đan mây'), type: 'jpg', width: 1600, height: 1200, caption: 'Khu vực đan lát, nơi phát hiện 02 trẻ em đang làm việc.', takenAt: '2026-11-20T09:42:05', source: 'Hành vi vi phạm LDCTN-04' },
    { data: await scene(1200, 1600, 'Sổ quản lý lao động'), type: 'jpg', width: 1200, height: 1600, caption: 'Sổ quản lý lao động của cơ sở', takenAt: '2026-11-20T10:05', source: 'Cuộc kiểm tra' },
    { data: await scene(640, 480, 'Bảng nội quy'), type: 'jpg', width: 640, height: 480, source: 'Cuộc kiểm tra' },
  ];
}

const minutes = (annexPhotos: AnnexPhoto[]) =>
  officialDocument({
    header: { parentAgency: 'UBND tỉnh Lạng Sơn', agency: 'Đoàn kiểm tra liên ngành', number: '07/BB-ĐKT', place: 'Lạng Sơn', date: '2026-11-20' },
    title: 'Biên bản kiểm tra',
    summary: 'Việc chấp hành quy định pháp luật về lao động chưa thành niên',
    body: [],
    signatures: [{ position: 'Trưởng đoàn', name: 'Hoàng Văn Minh' }],
    annexes: [photoAnnex(annexPhotos)!],
  });

describe('photo annex', () => {
  it('fits each photo whole within the text width and 90 mm', () => {
    // 165 mm of text width = 623 px at 96 dpi; 90 mm = 340 px.
    expect(fitted(1600, 1200)).toEqual({ width: 453, height: 340 });
    expect(fitted(1200, 1600)).toEqual({ width: 255, height: 340 });
    expect(fitted(3000, 1000)).toEqual({ width: 623, height: 208 });
    expect(takenAtText('2026-11-20T09:42:05')).toBe('09 giờ 42 phút, ngày 20 tháng 11 năm 2026');
    expect(photoAnnex([])).toBeUndefined();
  });

  it.skipIf(!hasSoffice)('renders on the official layout: Decree 30 annex heading, numbered captions, two photos to a page', async () => {
    const docx = await packDocument(minutes(await photos()));
    const text = (await renderDocxToPdfText(docx)).replace(/\s+/g, ' ');
    expect(text).toContain('Phụ lục HÌNH ẢNH KÈM THEO BIÊN BẢN (Kèm theo Biên bản kiểm tra số 07/BB-ĐKT ngày 20 tháng 11 năm 2026)');
    expect(text).toContain('Ảnh 1. Khu vực đan lát, nơi phát hiện 02 trẻ em đang làm việc (Hành vi vi phạm LDCTN-04; chụp lúc 09 giờ 42 phút, ngày 20 tháng 11 năm 2026)');
    expect(text).toContain('Ảnh 2. Sổ quản lý lao động của cơ sở (Cuộc kiểm tra; chụp lúc 10 giờ 05 phút, ngày 20 tháng 11 năm 2026)');
    expect(text).toContain('Ảnh 3 (Cuộc kiểm tra)');
    const keep = process.env.LDTE_RENDER_DIR;
    const dir = keep ?? mkdtempSync(join(tmpdir(), 'annex-'));
    try {
      const pages = await renderDocxToPng(docx, join(dir, 'photo-annex'));
      // The minutes' page, then the annex: photos 1 and 2 on its first page, photo 3 on the next.
      expect(pages).toHaveLength(3);
    } finally {
      if (!keep) rmSync(dir, { recursive: true, force: true });
    }
  });
});
