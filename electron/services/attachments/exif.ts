/**
 * The few EXIF fields the app keeps from a photo (when it was taken, with which camera), read
 * from the EXIF block the image library hands over ("Exif\0\0" + a TIFF structure). Tolerant:
 * a damaged block answers nothing rather than failing the upload.
 */

export interface ExifFacts {
  /** "YYYY-MM-DDTHH:MM:SS", the camera's local time (DateTimeOriginal, else DateTime). */
  takenAt?: string;
  make?: string;
  model?: string;
  /** OffsetTimeOriginal, e.g. "+07:00". */
  offset?: string;
  /** The photo says where it was taken (GPS latitude or longitude). */
  hasGps: boolean;
}

const TAG = {
  make: 0x010f,
  model: 0x0110,
  dateTime: 0x0132,
  exifIfd: 0x8769,
  gpsIfd: 0x8825,
  dateTimeOriginal: 0x9003,
  offsetTimeOriginal: 0x9011,
} as const;

type Entries = Map<number, { type: number; count: number; valueOffset: number }>;

function readIfd(tiff: Buffer, offset: number, little: boolean): Entries {
  const entries: Entries = new Map();
  const u16 = (o: number) => (little ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (little ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  if (offset < 8 || offset + 2 > tiff.length) return entries;
  const count = u16(offset);
  for (let i = 0; i < count; i++) {
    const at = offset + 2 + i * 12;
    if (at + 12 > tiff.length) break;
    entries.set(u16(at), { type: u16(at + 2), count: u32(at + 4), valueOffset: at + 8 });
  }
  return entries;
}

function ascii(tiff: Buffer, entries: Entries, tag: number, little: boolean): string | undefined {
  const entry = entries.get(tag);
  if (!entry || entry.type !== 2 || entry.count === 0 || entry.count > 256) return undefined;
  const start = entry.count <= 4 ? entry.valueOffset : little ? tiff.readUInt32LE(entry.valueOffset) : tiff.readUInt32BE(entry.valueOffset);
  if (start + entry.count > tiff.length) return undefined;
  const text = tiff.toString('latin1', start, start + entry.count).replace(/\0.*$/s, '').trim();
  return text || undefined;
}

function pointer(tiff: Buffer, entries: Entries, tag: number, little: boolean): number | undefined {
  const entry = entries.get(tag);
  if (!entry || (entry.type !== 4 && entry.type !== 13)) return undefined;
  return little ? tiff.readUInt32LE(entry.valueOffset) : tiff.readUInt32BE(entry.valueOffset);
}

/** "2025:03:04 10:11:12" → "2025-03-04T10:11:12"; blank or impossible dates ("0000:00:00") → undefined. */
export function exifDateTime(text: string | undefined): string | undefined {
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(text ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '00'] = m;
  if (Number(y) < 1990 || Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}`;
}

export function readExif(block: Buffer | undefined): ExifFacts {
  if (!block || block.length < 14) return { hasGps: false };
  try {
    const tiff = block.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? block.subarray(6) : block;
    const order = tiff.toString('latin1', 0, 2);
    if (order !== 'II' && order !== 'MM') return { hasGps: false };
    const little = order === 'II';
    const first = little ? tiff.readUInt32LE(4) : tiff.readUInt32BE(4);
    const ifd0 = readIfd(tiff, first, little);
    const exifAt = pointer(tiff, ifd0, TAG.exifIfd, little);
    const exif = exifAt ? readIfd(tiff, exifAt, little) : new Map() as Entries;
    const gpsAt = pointer(tiff, ifd0, TAG.gpsIfd, little);
    const gps = gpsAt ? readIfd(tiff, gpsAt, little) : new Map() as Entries;
    return {
      takenAt: exifDateTime(ascii(tiff, exif, TAG.dateTimeOriginal, little)) ?? exifDateTime(ascii(tiff, ifd0, TAG.dateTime, little)),
      make: ascii(tiff, ifd0, TAG.make, little),
      model: ascii(tiff, ifd0, TAG.model, little),
      offset: ascii(tiff, exif, TAG.offsetTimeOriginal, little),
      hasGps: gps.has(0x0002) || gps.has(0x0004),
    };
  } catch {
    return { hasGps: false };
  }
}
