/**
 * What is stored of an attached file, and its thumbnail, made with `sharp` (libvips, prebuilt
 * in its npm packages).
 *
 * Photos are re-encoded with the orientation applied to the pixels (so no viewer shows them
 * rotated) and **without their location**: of the camera's metadata only the time taken and
 * the camera's make and model are written back; GPS, maker notes, thumbnails and the rest are
 * left out (a child's home must not leak through a photo). JPEG stays JPEG, PNG stays PNG;
 * WebP, AVIF, TIFF and GIF become JPEG (PNG when transparent). HEIC/HEIF photos (iPhone) are
 * refused with a message saying how to get a JPEG: the prebuilt library reads AVIF but has no
 * HEVC decoder. PDFs are stored as they are.
 *
 * The same input gives the same bytes, so the content hash names the stored file and the same
 * photo added twice is stored once.
 */
import type { Metadata, OutputInfo } from 'sharp';
import { MAX_ATTACHMENT_BYTES, type AttachmentMimeType } from '../../../shared/schemas/attachment';
import { CommandError } from '../../../shared/errors';
import { readExif } from './exif';

type Sharp = typeof import('sharp').default;
let vips: Sharp | undefined;
/** libvips (some 11 MB once loaded) is loaded by the first picture, not at every start. */
async function loadSharp(): Promise<Sharp> {
  if (!vips) {
    const sharp = (await import('sharp')).default;
    // Buffers in, buffers out: libvips' operation cache only holds memory here.
    sharp.cache(false);
    vips = sharp;
  }
  return vips;
}

/** Long edge of a thumbnail, in pixels (sharp when shown at about 180 px on a high-density screen). */
export const THUMBNAIL_EDGE = 360;
/** Long edge of the copy printed in the minutes' annex: about 250 dpi across the 165 mm text width. */
export const PRINT_EDGE = 1600;

export interface PreparedFile {
  bytes: Buffer;
  mimeType: AttachmentMimeType;
  width?: number;
  height?: number;
  /** Local time from the photo's EXIF (DateTimeOriginal), "YYYY-MM-DDTHH:MM:SS". */
  takenAt?: string;
  thumbnail?: Buffer;
  /** The photo reduced for the minutes' annex (JPEG), when it is larger than that. */
  printCopy?: Buffer;
  /** The photo had a GPS position, not kept. */
  locationRemoved: boolean;
}

type Detected = 'jpeg' | 'png' | 'webp' | 'avif' | 'heic' | 'tiff' | 'gif' | 'pdf' | 'unknown';

/** ISO-BMFF brands (ftyp box): AVIF is read, HEIC/HEIF is not. */
function ftypBrands(bytes: Buffer): string[] {
  if (bytes.length < 16 || bytes.toString('latin1', 4, 8) !== 'ftyp') return [];
  const size = Math.min(bytes.readUInt32BE(0), bytes.length, 256);
  const brands = [bytes.toString('latin1', 8, 12)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(bytes.toString('latin1', at, at + 4));
  return brands;
}

/** The kind of file by its first bytes, never by its name. */
export function detectKind(bytes: Buffer): Detected {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 4 && (bytes.toString('latin1', 0, 4) === 'II*\0' || bytes.toString('latin1', 0, 4) === 'MM\0*')) return 'tiff';
  if (bytes.length >= 6 && /^GIF8[79]a$/.test(bytes.toString('latin1', 0, 6))) return 'gif';
  // A PDF may have a few bytes before its header (the standard allows 1024).
  if (bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  const brands = ftypBrands(bytes);
  if (brands.some((b) => b === 'avif' || b === 'avis')) return 'avif';
  if (brands.some((b) => ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(b))) return 'heic';
  return 'unknown';
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** The size rule, with the file named (checked before anything is decoded). */
export function checkSize(fileName: string, size: number): void {
  if (size > MAX_ATTACHMENT_BYTES) {
    throw new CommandError('VALIDATION', `Tệp «${fileName}» có dung lượng ${megabytes(size)} MB, vượt quá giới hạn ${megabytes(MAX_ATTACHMENT_BYTES)} MB cho mỗi tệp; hãy giảm kích thước ảnh hoặc tách tệp PDF`, [
      { path: ['base64'], message: `Tệp lớn hơn ${megabytes(MAX_ATTACHMENT_BYTES)} MB` },
    ]);
  }
  if (size === 0) throw new CommandError('VALIDATION', `Tệp «${fileName}» rỗng`, [{ path: ['base64'], message: 'Tệp rỗng' }]);
}

const refuse = (message: string): never => {
  throw new CommandError('VALIDATION', message, [{ path: ['base64'], message }]);
};

/** A JPEG thumbnail (transparent areas on white). */
export async function makeThumbnail(image: Buffer): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(image).resize(THUMBNAIL_EDGE, THUMBNAIL_EDGE, { fit: 'inside', withoutEnlargement: true }).flatten({ background: '#ffffff' }).jpeg({ quality: 80 }).toBuffer();
}

/** The copy printed in the annex: JPEG, at most PRINT_EDGE on its long side; none when the photo is no larger. */
export async function makePrintCopy(image: Buffer, width: number, height: number): Promise<Buffer | undefined> {
  if (Math.max(width, height) <= PRINT_EDGE) return undefined;
  const sharp = await loadSharp();
  return sharp(image).resize(PRINT_EDGE, PRINT_EDGE, { fit: 'inside' }).flatten({ background: '#ffffff' }).jpeg({ quality: 85 }).toBuffer();
}

async function preparePhoto(bytes: Buffer, kind: Exclude<Detected, 'pdf' | 'heic' | 'unknown'>, fileName: string): Promise<PreparedFile> {
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    return refuse(`Không đọc được ảnh «${fileName}»: tệp bị hỏng hoặc không phải ảnh`);
  }
  const exif = readExif(meta.exif);
  const asPng = kind === 'png' || (kind !== 'jpeg' && meta.hasAlpha);
  // The orientation goes into the pixels; the colour profile is applied (output in sRGB).
  let image = sharp(bytes, { failOn: 'error' }).autoOrient();
  if (asPng) {
    image = image.png({ compressionLevel: 6 });
  } else {
    image = image.jpeg({ quality: 92 });
    const ifd0 = { ...(exif.make ? { Make: exif.make } : {}), ...(exif.model ? { Model: exif.model } : {}) };
    const ifd2 = {
      ...(exif.takenAt ? { DateTimeOriginal: exif.takenAt.replace(/^(\d{4})-(\d{2})-(\d{2})T/, '$1:$2:$3 ') } : {}),
      ...(exif.offset ? { OffsetTimeOriginal: exif.offset } : {}),
    };
    // Written anew (withExif replaces the camera's block): nothing else of it is kept.
    if (Object.keys(ifd0).length + Object.keys(ifd2).length > 0) image = image.withExif({ IFD0: ifd0, IFD2: ifd2 });
  }
  let out: { data: Buffer; info: OutputInfo };
  try {
    out = await image.toBuffer({ resolveWithObject: true });
  } catch {
    return refuse(`Không đọc được ảnh «${fileName}»: tệp bị hỏng hoặc bị cắt ngắn`);
  }
  return {
    bytes: out.data,
    mimeType: asPng ? 'image/png' : 'image/jpeg',
    width: out.info.width,
    height: out.info.height,
    takenAt: exif.takenAt,
    thumbnail: await makeThumbnail(out.data),
    printCopy: await makePrintCopy(out.data, out.info.width, out.info.height),
    locationRemoved: exif.hasGps,
  };
}

/** What to store of a file sent by the user; refuses what is too large, unreadable or of another kind. */
export async function prepareFile(bytes: Buffer, fileName: string): Promise<PreparedFile> {
  checkSize(fileName, bytes.length);
  const kind = detectKind(bytes);
  switch (kind) {
    case 'pdf':
      return { bytes, mimeType: 'application/pdf', locationRemoved: false };
    case 'heic':
      return refuse(
        `Ảnh «${fileName}» ở định dạng HEIC/HEIF (iPhone), ứng dụng chưa đọc được định dạng này. Hãy gửi ảnh dạng JPEG: trên iPhone chọn Cài đặt > Camera > Định dạng > Tương thích nhất, hoặc chia sẻ ảnh qua Zalo/email để máy tự chuyển sang JPEG`,
      );
    case 'unknown':
      return refuse(`Tệp «${fileName}» không phải ảnh (JPEG, PNG, WebP, AVIF) hoặc tệp PDF`);
    default:
      return preparePhoto(bytes, kind, fileName);
  }
}
