/**
 * Attachments travel in team packages (issue 13 item 1, last sentence): the stored files an
 * attachment row names go with it, encrypted in the package, and are stored on the receiving
 * laptop with its own key, once per content; a package without a row's file breaks nothing (the
 * row says the file is missing until a later package brings it).
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { attachmentFile } from '../../electron/services/attachments/attachments';
import { FILE_BUDGET_BYTES } from '../../electron/services/exchange/package-files';
import { isEncryptedFile } from '../../electron/services/file-store';
import { joinTeam } from '../helpers/exchange-laptops';
import { craftVillage } from '../helpers/fixtures';
import { snapshot, type TestApp } from '../helpers/test-db';
import { testLaptops } from '../helpers/test-laptops';

const laptop = testLaptops();

/** A leader's laptop with a plan, its team and one inspection; a second laptop that has joined. */
async function team() {
  const a = laptop('Nguyễn Thị Hoa');
  const b = laptop('Trần Văn Minh');
  const { members, area } = await craftVillage(a, 1);
  const { plan } = await a.run('plans.create', { title: 'Kế hoạch kiểm tra làng nghề', kind: 'thematic', periodStart: '2026-11-01', periodEnd: '2026-12-31', ...area, communeCodes: [area.communeCode] });
  const { targets } = await a.run('plans.addTargets', { planId: plan.id, targets: [{ establishmentId: members[0]!.id, visitDate: '2026-11-20', timeSlot: 'morning' }] });
  const detail = await a.run('inspections.create', { planTargetId: targets[0]!.id, inspectionDate: '2026-11-20', representatives: [{ name: 'Lò Văn Chủ' }] });
  const t = await a.run('exchange.createTeam', { name: 'Đoàn kiểm tra làng nghề', planId: plan.id });
  await joinTeam(a, b, t.id);
  return { a, b, teamId: t.id, inspectionId: detail.inspection.id };
}

const exportFrom = (app: TestApp, teamId: string) => app.run('exchange.export', { teamId, mode: 'team' });

/** A photo with some texture (so it compresses like a real one), different for each seed. */
async function photo(seed: number, width = 1600, height = 1200): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let x = seed * 7919 + 1;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = (((i / 3) % width) / width) * 200 + (x & 0x3f);
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const stored = (app: TestApp) => (existsSync(app.ctx.attachmentsDir) ? readdirSync(app.ctx.attachmentsDir).filter((f) => /^[0-9a-f]{64}$/.test(f)) : []);

async function attach(app: TestApp, inspectionId: string, seed: number, name = `anh-${seed}.jpg`) {
  const { attachment } = await app.run('attachments.add', { ownerTable: 'inspections', ownerId: inspectionId, fileName: name, base64: (await photo(seed)).toString('base64'), caption: `Ảnh ${seed}` });
  return attachment;
}

describe('attachments in team packages', () => {
  it('a photo attached on laptop A opens on laptop B with the same bytes, stored encrypted with B’s own key', async () => {
    const { a, b, teamId, inspectionId } = await team();
    const attachment = await attach(a, inspectionId, 1);
    const pkg = await exportFrom(a, teamId);
    expect(pkg).toMatchObject({ files: 1, filesLeft: 0 });
    // The package is encrypted: the photo's bytes are nowhere in it as they are.
    const photoOnA = Buffer.from((await a.run('attachments.content', { id: attachment.id })).base64, 'base64');
    expect(Buffer.from(pkg.base64, 'base64').includes(photoOnA.subarray(200, 264))).toBe(false);

    const preview = await b.run('exchange.preview', { file: pkg.base64 });
    expect(preview.files).toBe(1);
    expect(stored(b)).toEqual([]);
    const result = await b.run('exchange.import', { file: pkg.base64 });
    expect(result).toMatchObject({ applied: true, files: 1 });

    const onB = await b.run('attachments.ofInspection', { inspectionId, includeDeleted: false });
    expect(onB).toMatchObject([{ id: attachment.id, caption: 'Ảnh 1', contentHash: attachment.contentHash }]);
    const opened = Buffer.from((await b.run('attachments.content', { id: attachment.id })).base64, 'base64');
    expect(sha256(opened)).toBe(attachment.contentHash);
    expect(opened.equals(photoOnA)).toBe(true);
    expect((await b.run('attachments.thumbnail', { id: attachment.id })).base64.length).toBeGreaterThan(100);
    // On disk, B's copy is B's ciphertext (A's key does not open it).
    const fileOnB = readFileSync(attachmentFile(b.ctx.attachmentsDir, attachment.contentHash));
    expect(isEncryptedFile(fileOnB)).toBe(true);
    expect(fileOnB.equals(readFileSync(attachmentFile(a.ctx.attachmentsDir, attachment.contentHash)))).toBe(false);
    expect(() => a.ctx.files.readFile(attachmentFile(b.ctx.attachmentsDir, attachment.contentHash))).toThrow();

    // Importing it again changes nothing, files included.
    const twice = snapshot(b.db);
    expect(await b.run('exchange.import', { file: pkg.base64 })).toMatchObject({ applied: false, files: 0, newChanges: 0 });
    expect(snapshot(b.db)).toEqual(twice);
  });

  it('stores each content once, and stops sending files a member has said it holds', async () => {
    const { a, b, teamId, inspectionId } = await team();
    await exportFrom(a, teamId).then((p) => b.run('exchange.import', { file: p.base64 }));
    // The same photo attached on both laptops (same record, same content: one row), and one more on A.
    await attach(a, inspectionId, 2, 'cong-xuong.jpg');
    await attach(b, inspectionId, 2, 'IMG_0002.jpg');
    const third = await attach(a, inspectionId, 3);
    expect(stored(b)).toHaveLength(1);
    const first = await exportFrom(a, teamId);
    expect(first.files).toBe(2);
    expect((await b.run('exchange.import', { file: first.base64 })).files).toBe(1);
    expect(stored(b).sort()).toEqual(stored(a).sort());
    expect(stored(b)).toHaveLength(2);
    // B's package tells A what B holds: A's next package carries no file B has.
    await exportFrom(b, teamId).then((p) => a.run('exchange.import', { file: p.base64 }));
    const second = await exportFrom(a, teamId);
    expect(second).toMatchObject({ files: 0, filesLeft: 0 });
    await a.run('attachments.update', { id: third.id, expectedVersion: third.version, caption: 'Sổ theo dõi lao động' });
    expect(await exportFrom(a, teamId)).toMatchObject({ files: 0 });
    // "Toàn bộ dữ liệu" carries every file all the same.
    expect((await a.run('exchange.export', { teamId, mode: 'all' })).files).toBe(2);
  });

  it('a package without a row’s file breaks nothing: the row says the file is missing until a later package brings it', async () => {
    const { a, b, teamId, inspectionId } = await team();
    const attachment = await attach(a, inspectionId, 4);
    const path = attachmentFile(a.ctx.attachmentsDir, attachment.contentHash);
    renameSync(path, `${path}.aside`);
    const withoutFile = await exportFrom(a, teamId);
    expect(withoutFile.files).toBe(0);
    expect(await b.run('exchange.import', { file: withoutFile.base64 })).toMatchObject({ applied: true, files: 0 });
    expect(await b.run('attachments.ofInspection', { inspectionId, includeDeleted: false })).toMatchObject([{ id: attachment.id }]);
    expect(await b.send('attachments.content', { id: attachment.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('chưa có trên máy này') } });

    renameSync(`${path}.aside`, path);
    const later = await exportFrom(a, teamId);
    expect(later.files).toBe(1);
    // Nothing new but the file: the import still takes it.
    expect(await b.run('exchange.import', { file: later.base64 })).toMatchObject({ applied: true, newChanges: 0, files: 1 });
    expect(sha256(Buffer.from((await b.run('attachments.content', { id: attachment.id })).base64, 'base64'))).toBe(attachment.contentHash);
  });

  it('a package keeps to its budget of files; the ones left go first in the next package', async () => {
    const { a, b, teamId, inspectionId } = await team();
    const pdf = (seed: number) => Buffer.concat([Buffer.from(`%PDF-1.7\n% hồ sơ ${seed}\n`), randomBytes(15 * 1024 * 1024)]);
    for (let seed = 0; seed < 3; seed++) {
      await a.run('attachments.add', { ownerTable: 'inspections', ownerId: inspectionId, fileName: `hop-dong-${seed}.pdf`, base64: pdf(seed).toString('base64') });
    }
    const first = await exportFrom(a, teamId);
    expect(first).toMatchObject({ files: 2, filesLeft: 1 });
    expect(Buffer.from(first.base64, 'base64').length).toBeLessThan(FILE_BUDGET_BYTES + 1024 * 1024);
    expect((await b.run('exchange.import', { file: first.base64 })).files).toBe(2);
    // B has not answered yet: A's next package starts with the file it has not sent.
    const second = await exportFrom(a, teamId);
    expect(second.files).toBeGreaterThanOrEqual(1);
    expect((await b.run('exchange.import', { file: second.base64 })).files).toBe(1);
    expect(stored(b).sort()).toEqual(stored(a).sort());
    // Once B's package says it holds them, nothing is sent again.
    await exportFrom(b, teamId).then((p) => a.run('exchange.import', { file: p.base64 }));
    expect(await exportFrom(a, teamId)).toMatchObject({ files: 0, filesLeft: 0 });
  });

  it('package size: the photos’ bytes plus little else (figure printed)', async () => {
    const { a, teamId, inspectionId } = await team();
    const bare = Buffer.from((await exportFrom(a, teamId)).base64, 'base64').length;
    let photos = 0;
    for (let seed = 10; seed < 20; seed++) photos += (await attach(a, inspectionId, seed)).sizeBytes;
    const renditions = stored(a)
      .flatMap((h) => [attachmentFile(a.ctx.attachmentsDir, h, 'thumb'), attachmentFile(a.ctx.attachmentsDir, h, 'print')])
      .filter((path) => existsSync(path))
      .reduce((sum, path) => sum + a.ctx.files.readFile(path).length, 0);
    const started = performance.now();
    const pkg = await exportFrom(a, teamId);
    const exportMs = performance.now() - started;
    const size = Buffer.from(pkg.base64, 'base64').length;
    console.log(
      `exchange package with 10 photos of 1600×1200: ${(size / 1e6).toFixed(2)} MB (photos ${(photos / 1e6).toFixed(2)} MB, thumbnails and print copies ${(renditions / 1e6).toFixed(2)} MB, records ${(bare / 1e3).toFixed(0)} kB), exported in ${exportMs.toFixed(0)} ms`,
    );
    expect(pkg.files).toBe(10);
    expect(size).toBeLessThan(photos + renditions + bare + 64 * 1024);
  });
});
