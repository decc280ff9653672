/**
 * The optional photo annex of the minutes ("Phụ lục: Hình ảnh kèm theo biên bản"): the photos
 * the team chose, in order, each scaled to the text width (at most 90 mm tall, so two fit on
 * a page), numbered, with its caption, what it was attached to and when it was taken. Laid out
 * by the official layout's annex (Decree 30/2020 heading, pages numbered from 1). Pure: the
 * photos' decoded bytes in, an Annex out. Children's faces are the user's responsibility: the
 * interface warns when a photo is attached to a minor.
 */
import { AlignmentType, ImageRun, LineRuleType, Paragraph, TextRun } from 'docx';
import { formatOfficialDate } from '../../shared/text/official-date';
import { TEXT_WIDTH, type Annex, type Block } from './official-layout';

export const PHOTO_ANNEX_TITLE = 'Hình ảnh kèm theo biên bản';

export interface AnnexPhoto {
  data: Buffer;
  type: 'jpg' | 'png';
  /** Pixel size of `data`. */
  width: number;
  height: number;
  caption?: string;
  /** Local time the photo was taken, "YYYY-MM-DDTHH:MM[:SS]". */
  takenAt?: string;
  /** What it was attached to, e.g. "Hành vi vi phạm V03". */
  source?: string;
}

/** Pixels of a length in twips, at 96 px per inch (docx sizes images in pixels). */
const pxFromTwips = (twips: number) => Math.floor(twips / 15);
const pxFromMm = (mm: number) => Math.floor((mm / 25.4) * 96);

const MAX_WIDTH = pxFromTwips(TEXT_WIDTH);
const MAX_HEIGHT = pxFromMm(90);

/** The printed size: the whole photo, as large as the text width and 90 mm allow. */
export function fitted(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(MAX_WIDTH / width, MAX_HEIGHT / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** "2026-11-23T09:05" → "09 giờ 05 phút, ngày 23 tháng 11 năm 2026". */
export function takenAtText(takenAt: string): string {
  const [date, time = ''] = takenAt.split('T');
  const [h, m] = time.split(':');
  return h && m ? `${h} giờ ${m} phút, ${formatOfficialDate(date!)}` : formatOfficialDate(date!);
}

const captionLine = (text: string, options: { italic?: boolean; after: number; keepNext?: boolean }) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: options.keepNext,
    keepLines: true,
    spacing: { before: 0, after: options.after, line: 264, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ text, size: 26, italics: options.italic })],
  });

function photoBlocks(photo: AnnexPhoto, n: number): Block[] {
  const size = fitted(photo.width, photo.height);
  const caption = photo.caption?.normalize('NFC').trim().replace(/[.;,]+$/u, '');
  const details = [photo.source, photo.takenAt ? `chụp lúc ${takenAtText(photo.takenAt)}` : undefined].filter(Boolean).join('; ');
  const blocks: Block[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // Single spacing "auto" stated outright: without the rule LibreOffice takes the line as exact and crops the photo.
      spacing: { before: n === 1 ? 0 : 240, after: 80, line: 240, lineRule: LineRuleType.AUTO },
      children: [new ImageRun({ type: photo.type, data: photo.data, transformation: size, altText: { name: `Ảnh ${n}`, title: `Ảnh ${n}`, description: caption ?? `Ảnh ${n}` } })],
    }),
    captionLine(`Ảnh ${n}${caption ? `. ${caption}` : ''}`, { after: details ? 0 : 120, keepNext: Boolean(details) }),
  ];
  if (details) blocks.push(captionLine(`(${details})`, { italic: true, after: 120 }));
  return blocks;
}

/** The annex, or none when no photo was chosen. */
export function photoAnnex(photos: readonly AnnexPhoto[]): Annex | undefined {
  if (photos.length === 0) return undefined;
  return { title: PHOTO_ANNEX_TITLE, body: photos.flatMap((photo, i) => photoBlocks(photo, i + 1)) };
}
