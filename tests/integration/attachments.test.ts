/**
 * Issue 13 item 1, evidence photos and files: location data stripped from photos (read back
 * with an EXIF reader) with the orientation kept in the pixels; files over 25 MB refused with a
 * message naming them; the same content stored once; removal is a soft delete with restore;
 * thumbnails; HEIC refused; the minutes' lock; roles; a view of a minor's photos logged; the
 * photo annex of the minutes.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import exifr from 'exifr';
import JSZip from 'jszip';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/dispatch';
import { attachmentFile } from '../../electron/services/attachments/attachments';
import type { ServiceContext } from '../../electron/services/context';
import { isEncryptedFile } from '../../electron/services/file-store';
import type { Role } from '../../shared/schemas/user';
import { craftVillage, officialsFromAgencies } from '../helpers/fixtures';
import { openTestApp, snapshot, type TestApp } from '../helpers/test-db';
import { startTestHost } from '../helpers/test-host';

let app: TestApp;
beforeEach(() => {
  app = openTestApp(new Date('2026-11-23T08:00:00Z'));
});
afterEach(() => app.close());

/**
 * A camera photo: 64×32 pixels stored sideways (left half red, right half blue) with EXIF
 * Orientation 6 ("rotate 90° clockwise to show"), a GPS position, the time taken and the camera.
 */
async function cameraPhoto(options: { width?: number; height?: number; gps?: boolean; seed?: number } = {}): Promise<Buffer> {
  const width = options.width ?? 64;
  const height = options.height ?? 32;
  const left = await sharp({ create: { width: width / 2, height, channels: 3, background: { r: 220, g: 20, b: (options.seed ?? 0) % 256 } } }).png().toBuffer();
  return sharp({ create: { width, height, channels: 3, background: { r: 20, g: 40, b: 220 } } })
    .composite([{ input: left, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'Samsung', Model: 'Galaxy A15' },
      IFD2: { DateTimeOriginal: '2026:11:20 09:42:05' },
      ...(options.gps === false ? {} : { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 50/1 3/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 45/1 7/1' } }),
    })
    .toBuffer();
}

async function record() {
  const { members } = await craftVillage(app, 1);
  const officials = await officialsFromAgencies(app, 2);
  const detail = await app.run('inspections.create', {
    establishmentId: members[0]!.id,
    inspectionDate: '2026-11-20',
    startTime: '08:30',
    teamPresent: [
      { officialId: officials[0]!.id, role: 'leader' },
      { officialId: officials[1]!.id, role: 'secretary' },
    ],
    representatives: [{ name: 'Lò Văn Chủ', position: 'Chủ hộ' }],
  });
  const inspectionId = detail.inspection.id;
  const minor = await app.run('minors.create', { inspectionId, fullName: 'Lò Thị Pằng', sex: 'female', dateOfBirth: '2013-04-02' });
  const violation = await app.run('violations.create', { inspectionId, typeCode: 'LDCTN-04', minorIds: [minor.id] });
  const commitment = await app.run('commitments.create', { inspectionId, signerName: 'Lò Văn Chủ', signedDate: '2026-11-20', items: [{ content: 'Cho cháu thôi việc', deadline: '2026-11-30' }] });
  return { inspectionId, minor, violation, item: commitment.items[0]! };
}

const add = (ownerTable: 'inspections' | 'minors' | 'violations' | 'commitment_items', ownerId: string, bytes: Buffer, fileName = 'anh.jpg', extra: { caption?: string } = {}) =>
  app.run('attachments.add', { ownerTable, ownerId, fileName, base64: bytes.toString('base64'), ...extra });

const storedFiles = () => (existsSync(app.ctx.attachmentsDir) ? readdirSync(app.ctx.attachmentsDir).sort() : []);
const stored = (hash: string, rendition: '' | 'thumb' | 'print' = '') => app.ctx.files.readFile(attachmentFile(app.ctx.attachmentsDir, hash, rendition));

describe('photos are stored without their location, the right way up', () => {
  it('strips the GPS position (read back with exifr), keeps the time taken and the camera, applies the orientation to the pixels', async () => {
    const { violation } = await record();
    const photo = await cameraPhoto();
    expect(await exifr.gps(photo)).toMatchObject({ latitude: expect.closeTo(21.834, 2), longitude: expect.closeTo(106.752, 2) });

    const { attachment, locationRemoved, duplicate } = await add('violations', violation.id, photo, 'IMG_2041.JPG', { caption: 'Cháu Pằng đang đan lát' });
    expect({ locationRemoved, duplicate }).toEqual({ locationRemoved: true, duplicate: false });
    expect(attachment).toMatchObject({ mimeType: 'image/jpeg', fileName: 'IMG_2041.JPG', caption: 'Cháu Pằng đang đan lát', takenAt: '2026-11-20T09:42:05', width: 32, height: 64 });

    // At rest the file is encrypted; decrypted, it is a JPEG with no GPS and no orientation to apply.
    const onDisk = readFileSync(attachmentFile(app.ctx.attachmentsDir, attachment.contentHash));
    expect(isEncryptedFile(onDisk)).toBe(true);
    const bytes = stored(attachment.contentHash);
    expect(attachment.sizeBytes).toBe(bytes.length);
    expect(await exifr.gps(bytes)).toBeUndefined();
    const tags = (await exifr.parse(bytes, { tiff: true, exif: true, gps: true, interop: true, ifd1: true, translateValues: false })) as Record<string, unknown>;
    expect(Object.keys(tags).filter((k) => /^GPS|latitude|longitude/i.test(k))).toEqual([]);
    expect(tags).toMatchObject({ Make: 'Samsung', Model: 'Galaxy A15' });
    expect(tags.DateTimeOriginal).toBeInstanceOf(Date);
    expect(tags.Orientation ?? 1).toBe(1);

    // Shown as the camera meant it: 32 wide, 64 tall, the red half on top.
    const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([32, 64]);
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(pixel(16, 8)[0]).toBeGreaterThan(180);
    expect(pixel(16, 56)[2]).toBeGreaterThan(180);
  });

  it('keeps a PNG a PNG and converts WebP to JPEG; answers no location removed when there was none', async () => {
    const { inspectionId } = await record();
    const png = await sharp({ create: { width: 20, height: 10, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } } }).png().toBuffer();
    const asPng = await add('inspections', inspectionId, png, 'so-lao-dong.png');
    expect(asPng).toMatchObject({ locationRemoved: false, attachment: { mimeType: 'image/png', width: 20, height: 10 } });
    const webp = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#884400' } }).webp().toBuffer();
    const converted = await add('inspections', inspectionId, webp, 'hop-dong.webp');
    expect(converted.attachment).toMatchObject({ mimeType: 'image/jpeg', fileName: 'hop-dong.jpg', width: 30, height: 20 });
    expect((await sharp(stored(converted.attachment.contentHash)).metadata()).format).toBe('jpeg');
  });

  it('refuses HEIC with a message saying how to get a JPEG, and a file that is neither photo nor PDF', async () => {
    const { inspectionId } = await record();
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(200, 7)]);
    const before = snapshot(app.db);
    const refused = await app.send('attachments.add', { ownerTable: 'inspections', ownerId: inspectionId, fileName: 'IMG_0001.HEIC', base64: heic.toString('base64') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/«IMG_0001\.HEIC».*HEIC.*JPEG/) } });
    const text = await app.send('attachments.add', { ownerTable: 'inspections', ownerId: inspectionId, fileName: 'ghi-chu.txt', base64: Buffer.from('ghi chép').toString('base64') });
    expect(text).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('«ghi-chu.txt» không phải ảnh') } });
    expect(snapshot(app.db)).toEqual(before);
    expect(storedFiles()).toEqual([]);
  });
});

describe('size limit', () => {
  it('refuses a 30 MB file, naming it, and stores nothing; a PDF under the limit is stored as it is', async () => {
    const { inspectionId } = await record();
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(30 * 1024 * 1024, 0x20)]);
    const before = snapshot(app.db);
    const refused = await app.send('attachments.add', { ownerTable: 'inspections', ownerId: inspectionId, fileName: 'ho-so-lao-dong.pdf', base64: big.toString('base64') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/«ho-so-lao-dong\.pdf».*30 MB.*25 MB/) } });
    expect(snapshot(app.db)).toEqual(before);
    expect(storedFiles()).toEqual([]);

    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024, 0x41), Buffer.from('\n%%EOF\n')]);
    const { attachment } = await add('inspections', inspectionId, pdf, 'giay-khai-sinh.pdf');
    expect(attachment).toMatchObject({ mimeType: 'application/pdf', sizeBytes: pdf.length });
    expect(attachment.width).toBeUndefined();
    expect(stored(attachment.contentHash).equals(pdf)).toBe(true);
    expect(await app.send('attachments.thumbnail', { id: attachment.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('stored once, by content hash', () => {
  it('the same photo twice is stored once: one row on the same record, one file for every record', async () => {
    const { violation, minor } = await record();
    const photo = await cameraPhoto();
    const first = await add('violations', violation.id, photo, 'a.jpg');
    const again = await add('violations', violation.id, photo, 'a-copy.jpg');
    expect(again.duplicate).toBe(true);
    expect(again.attachment.id).toBe(first.attachment.id);
    const elsewhere = await add('minors', minor.id, photo, 'b.jpg');
    expect(elsewhere.duplicate).toBe(false);
    expect(elsewhere.attachment.contentHash).toBe(first.attachment.contentHash);
    const hash = first.attachment.contentHash;
    expect(storedFiles()).toEqual([hash, `${hash}.thumb`]);
    const rows = app.db.$client.prepare('SELECT count(*) AS n FROM attachments').get() as { n: number };
    expect(rows.n).toBe(2);
    // Another photo is another file.
    await add('violations', violation.id, await cameraPhoto({ seed: 9 }), 'c.jpg');
    expect(storedFiles()).toHaveLength(4);
  });
});

describe('removal and restore', () => {
  it('removing is a soft delete shown with includeDeleted; restore brings it back; adding it again revives it', async () => {
    const { violation } = await record();
    const { attachment } = await add('violations', violation.id, await cameraPhoto(), 'a.jpg', { caption: 'Khu đan lát' });
    const removed = await app.run('attachments.remove', { id: attachment.id, expectedVersion: attachment.version });
    expect(removed.deletedAt).not.toBeNull();
    expect(await app.run('attachments.list', { ownerTable: 'violations', ownerId: violation.id })).toEqual([]);
    expect(await app.run('attachments.list', { ownerTable: 'violations', ownerId: violation.id, includeDeleted: true })).toMatchObject([{ id: attachment.id, deletedAt: expect.any(String) }]);
    // The file stays for the restore.
    expect(storedFiles()).toContain(attachment.contentHash);
    expect(await app.send('attachments.remove', { id: attachment.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const restored = await app.run('attachments.restore', { id: attachment.id });
    expect(restored).toMatchObject({ deletedAt: null, caption: 'Khu đan lát' });
    await app.run('attachments.remove', { id: attachment.id });
    const revived = await add('violations', violation.id, await cameraPhoto(), 'a.jpg');
    expect(revived).toMatchObject({ duplicate: false, attachment: { id: attachment.id, deletedAt: null } });
    // Every step is in the change log of the synced table.
    const ops = app.db.$client.prepare("SELECT op FROM changes WHERE table_name = 'attachments' AND row_id = ? AND field = 'deletedAt' ORDER BY hlc").all(attachment.id) as { op: string }[];
    expect(ops.map((o) => o.op)).toEqual(['delete', 'restore', 'delete', 'restore']);
  });

  it('caption and time taken are edited with the version the user saw', async () => {
    const { violation } = await record();
    const { attachment } = await add('violations', violation.id, await cameraPhoto({ gps: false }));
    const edited = await app.run('attachments.update', { id: attachment.id, expectedVersion: attachment.version, caption: 'Sổ theo dõi lao động', takenAt: '2026-11-20T10:05' });
    expect(edited).toMatchObject({ caption: 'Sổ theo dõi lao động', takenAt: '2026-11-20T10:05', version: attachment.version + 1 });
    expect(await app.send('attachments.update', { id: attachment.id, expectedVersion: attachment.version, caption: 'X' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await app.run('attachments.update', { id: attachment.id, caption: '' })).caption).toBeUndefined();
  });
});

describe('thumbnails and viewing', () => {
  it('a JPEG thumbnail at most 360 px on its long side; the full photo for the viewer; a temporary copy to open', async () => {
    const { inspectionId } = await record();
    const { attachment } = await add('inspections', inspectionId, await cameraPhoto({ width: 2400, height: 1800 }), 'nha-xuong.jpg');
    expect([attachment.width, attachment.height]).toEqual([1800, 2400]);
    const thumb = Buffer.from((await app.run('attachments.thumbnail', { id: attachment.id })).base64, 'base64');
    const meta = await sharp(thumb).metadata();
    expect(meta.format).toBe('jpeg');
    expect([meta.width, meta.height]).toEqual([270, 360]);
    // The print copy for the annex: 1600 px on the long side.
    const print = await sharp(stored(attachment.contentHash, 'print')).metadata();
    expect([print.width, print.height]).toEqual([1200, 1600]);

    const content = await app.run('attachments.content', { id: attachment.id });
    expect(content).toMatchObject({ fileName: 'nha-xuong.jpg', mimeType: 'image/jpeg' });
    expect(Buffer.from(content.base64, 'base64').equals(stored(attachment.contentHash))).toBe(true);
    const opened = await app.run('attachments.open', { id: attachment.id });
    expect(opened.path.startsWith(app.ctx.files.tempDir)).toBe(true);
    expect(readFileSync(opened.path).equals(stored(attachment.contentHash))).toBe(true);

    // A thumbnail lost (a file received without its renditions) is made again.
    const { rmSync } = await import('node:fs');
    rmSync(attachmentFile(app.ctx.attachmentsDir, attachment.contentHash, 'thumb'));
    expect((await sharp(Buffer.from((await app.run('attachments.thumbnail', { id: attachment.id })).base64, 'base64')).metadata()).height).toBe(360);
    expect(storedFiles()).toContain(`${attachment.contentHash}.thumb`);
  });

  it('lists an inspection’s attachments, the inspection’s own first, then by kind of record', async () => {
    const { inspectionId, minor, violation, item } = await record();
    await add('commitment_items', item.id, await cameraPhoto({ seed: 1 }));
    await add('minors', minor.id, await cameraPhoto({ seed: 2 }));
    await add('violations', violation.id, await cameraPhoto({ seed: 3 }));
    await add('inspections', inspectionId, await cameraPhoto({ seed: 4 }));
    const all = await app.run('attachments.ofInspection', { inspectionId });
    expect(all.map((a) => a.ownerTable)).toEqual(['inspections', 'minors', 'violations', 'commitment_items']);
    expect(all.every((a) => a.inspectionId === inspectionId)).toBe(true);
    // A removed record's attachments go with it.
    await app.run('violations.remove', { id: violation.id });
    expect((await app.run('attachments.ofInspection', { inspectionId })).map((a) => a.ownerTable)).toEqual(['inspections', 'minors', 'commitment_items']);
    expect(await app.send('attachments.add', { ownerTable: 'violations', ownerId: violation.id, fileName: 'x.jpg', base64: (await cameraPhoto()).toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('đã bị xóa') },
    });
  });
});

describe('who may do what', () => {
  const as = (role: Role, name = `Cán bộ ${role}`): ServiceContext => ({ ...app.ctx, role, actor: name, userId: `user-${role}`, now: () => new Date('2026-11-23T09:00:00Z') });

  it('recorders add and remove; everyone views', async () => {
    const { violation } = await record();
    const photo = (await cameraPhoto()).toString('base64');
    const { attachment } = await add('violations', violation.id, await cameraPhoto());
    for (const role of ['viewer'] as const) {
      expect(await dispatch('attachments.add', { ownerTable: 'violations', ownerId: violation.id, fileName: 'a.jpg', base64: photo }, app.db, as(role))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await dispatch('attachments.remove', { id: attachment.id }, app.db, as(role))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await dispatch('attachments.list', { ownerTable: 'violations', ownerId: violation.id }, app.db, as(role))).toMatchObject({ ok: true, data: [{ id: attachment.id }] });
      expect(await dispatch('attachments.content', { id: attachment.id }, app.db, as(role))).toMatchObject({ ok: true });
    }
    for (const role of ['member', 'leader'] as const) {
      expect(await dispatch('attachments.update', { id: attachment.id, caption: `Ghi bởi ${role}` }, app.db, as(role))).toMatchObject({ ok: true });
    }
  });

  it('a view of a minor’s photos is logged as a view of the child’s record (never with the name)', async () => {
    const { inspectionId, minor, violation } = await record();
    const { attachment } = await add('minors', minor.id, await cameraPhoto());
    const { attachment: other } = await add('violations', violation.id, await cameraPhoto({ seed: 5 }));
    const views = () => app.db.$client.prepare("SELECT actor, entity_id AS inspectionId, note FROM audit_log WHERE action = 'view_children'").all() as { actor: string; inspectionId: string; note: string }[];
    const before = views().length;
    await dispatch('attachments.thumbnail', { id: other.id }, app.db, as('viewer', 'Người xem'));
    expect(views()).toHaveLength(before);
    await dispatch('attachments.thumbnail', { id: attachment.id }, app.db, as('viewer', 'Người xem'));
    const logged = views().slice(before);
    expect(logged).toEqual([{ actor: 'Người xem', inspectionId, note: expect.stringContaining('1 người chưa thành niên') }]);
    expect(JSON.stringify(logged)).not.toContain('Pằng');
  });

  it('the minutes’ evidence is locked once finalised; commitment follow-up photos may still be added', async () => {
    const { inspectionId, violation, item } = await record();
    const { attachment } = await add('violations', violation.id, await cameraPhoto());
    // Every checklist item answered first: a record is finalised only with its checklist assessed.
    const unanswered = (await app.run('inspections.get', { id: inspectionId })).checklist.filter((r) => r.result === 'not_checked');
    await app.run('inspections.setChecklist', { inspectionId, items: unanswered.map((r) => ({ itemCode: r.itemCode, result: r.applies ? ('compliant' as const) : ('not_applicable' as const) })) });
    await app.run('inspections.finalise', { id: inspectionId });
    const photo = (await cameraPhoto({ seed: 3 })).toString('base64');
    expect(await app.send('attachments.add', { ownerTable: 'violations', ownerId: violation.id, fileName: 'a.jpg', base64: photo })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('khóa') } });
    expect(await app.send('attachments.remove', { id: attachment.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const followUp = await add('commitment_items', item.id, await cameraPhoto({ seed: 4 }), 'da-cho-thoi-viec.jpg');
    expect(followUp.duplicate).toBe(false);
    expect(await app.send('attachments.update', { id: followUp.attachment.id, inMinutesAnnex: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await app.send('attachments.update', { id: followUp.attachment.id, caption: 'Đã cho cháu thôi việc' })).toMatchObject({ ok: true });
  });
});

describe('the photo annex of the minutes', () => {
  it('carries the chosen photos with their captions, on the official layout; a PDF cannot be chosen', async () => {
    const { inspectionId, violation } = await record();
    const chosen = await add('violations', violation.id, await cameraPhoto({ width: 2400, height: 1800 }), 'a.jpg', { caption: 'Cháu đang đan lát tại xưởng' });
    await add('violations', violation.id, await cameraPhoto({ seed: 7 }), 'b.jpg', { caption: 'Ảnh không chọn' });
    const pdf = await add('inspections', inspectionId, Buffer.from('%PDF-1.4\n%%EOF\n'), 'hop-dong.pdf');
    expect(await app.send('attachments.update', { id: pdf.attachment.id, inMinutesAnnex: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['inMinutesAnnex'] }] } });

    const plain = await app.run('documents.generate', { kind: 'inspection_minutes', sourceId: inspectionId });
    expect((await JSZip.loadAsync(app.readStored(plain.fileName))).file(/^word\/media\//)).toEqual([]);

    await app.run('attachments.update', { id: chosen.attachment.id, inMinutesAnnex: true });
    const doc = await app.run('documents.generate', { kind: 'inspection_minutes', sourceId: inspectionId });
    const zip = await JSZip.loadAsync(app.readStored(doc.fileName));
    const media = zip.file(/^word\/media\//);
    expect(media).toHaveLength(1);
    // The print copy (1600 px), not the 2400 px original.
    const printed = await sharp(await media[0]!.async('nodebuffer')).metadata();
    expect(Math.max(printed.width!, printed.height!)).toBe(1600);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('HÌNH ẢNH KÈM THEO BIÊN BẢN');
    expect(xml).toContain('Ảnh 1. Cháu đang đan lát tại xưởng');
    expect(xml).toContain('Hành vi vi phạm LDCTN-04; chụp lúc 09 giờ 42 phút, ngày 20 tháng 11 năm 2026');
    expect(xml).not.toContain('Ảnh không chọn');
  });
});

describe('through the web host', () => {
  it('takes a photo larger than the 2 MB body of other commands, stored encrypted in the data folder', async () => {
    const host = await startTestHost();
    try {
      const { establishment } = await host.admin.run('establishments.create', { name: 'Hộ ông Lò Văn Chủ', kind: 'household' });
      const detail = await host.admin.run('inspections.create', { establishmentId: establishment.id, inspectionDate: '2026-11-20' });
      // About 6 MB of noise: far over the 2 MB of an ordinary command, under the 36 MB allowed here.
      const noise = await sharp(randomBytes(1400 * 1400 * 3), { raw: { width: 1400, height: 1400, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
      expect(noise.length).toBeGreaterThan(4 * 1024 * 1024);
      const added = await host.admin.run('attachments.add', { ownerTable: 'inspections', ownerId: detail.inspection.id, fileName: 'so-lao-dong.png', base64: noise.toString('base64') });
      expect(added.attachment).toMatchObject({ mimeType: 'image/png', width: 1400, height: 1400 });
      const onDisk = readFileSync(join(host.dataDir, 'attachments', added.attachment.contentHash));
      expect(isEncryptedFile(onDisk)).toBe(true);
    } finally {
      await host.close();
    }
  });
});
