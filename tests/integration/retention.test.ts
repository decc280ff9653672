/**
 * Issue 9 item 7, retention: after the admin's period a purge reduces each minor of the older
 * inspections to initials, year of birth and commune, through the write path, scrubs the change
 * log (and kept conflicts) of those values, keeps every report figure, and is audited.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachmentFile } from '../../electron/services/attachments/attachments';
import { dispatch } from '../../electron/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import { communeOf, initialsOf, retentionCutoff } from '../../electron/services/retention';
import { periodicReport } from '../../electron/services/reports/periodic';
import { waitForJob } from '../../electron/services/reports/export-jobs';
import { ReportInput } from '../../shared/schemas/report';
import { ROLES, type Role } from '../../shared/schemas/user';
import { assessAndFinalise } from '../helpers/fixtures';
import { seedReportDataset } from '../helpers/report-dataset';
import { openTestApp, snapshot, type TestApp } from '../helpers/test-db';

describe('reducing an identity', () => {
  it.each([
    ['Nguyễn Văn An', 'N.V.A.'],
    ['  đặng   thị ánh  ', 'Đ.T.Á.'],
    ['Lò Văn Một', 'L.V.M.'],
    ['Nguye\u0302\u0303n Thi\u0323 U\u031bo\u031b\u0300ng', 'N.T.Ư.'], // decomposed input
    ['Hờ A Sùng', 'H.A.S.'],
  ])('%s → %s', (name, initials) => expect(initialsOf(name)).toBe(initials));

  it.each([
    ['Thôn 3, xã Tân Lập, tỉnh Phú Thọ', 'xã Tân Lập, tỉnh Phú Thọ'],
    ['Số 12 ngõ 5 phố Huế, Phường Hai Bà Trưng, Hà Nội', 'Phường Hai Bà Trưng, Hà Nội'],
    ['Bản Hon, Xã Tả Phìn, Lai Châu.', 'Xã Tả Phìn, Lai Châu'],
    ['Tổ 4 thị trấn Mường Tè', 'thị trấn Mường Tè'],
    ['Khu 2, thị xã Phú Thọ, tỉnh Phú Thọ', null],
    ['Thôn Nà Pàn', null],
    ['', null],
    [null, null],
  ])('%s → %s', (address, commune) => expect(communeOf(address)).toBe(commune));

  it('counts the period back from today, 29 February included', () => {
    expect(retentionCutoff('2031-03-01', 5)).toBe('2026-03-01');
    expect(retentionCutoff('2028-02-29', 1)).toBe('2027-02-28');
  });
});

/** Five years after the dataset, in the middle: what is before 2026-03-01 is due. */
const LATER = new Date('2031-03-01T03:00:00Z');

let app: TestApp;
let data: Awaited<ReturnType<typeof seedReportDataset>>;
beforeEach(async () => {
  app = openTestApp(new Date('2026-11-23T08:00:00Z'));
  data = await seedReportDataset(app);
});
afterEach(() => app.close());

const as = (role: Role, now = LATER): ServiceContext => ({ ...app.ctx, role, actor: `Cán bộ ${role}`, userId: `user-${role}`, now: () => now });
async function run<K extends 'retention.preview' | 'retention.purge'>(name: K, input: object, role: Role = 'admin') {
  const answer = await dispatch(name, input, app.db, as(role));
  if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
  return answer.data;
}

type MinorRow = { id: string; fullName: string; dateOfBirth: string | null; birthYear: number | null; homeAddress: string | null; estimatedAge: number | null; ageAtInspection: number; ageBand: string; sex: string; purgedAt: string | null; version: number; inspectionDate: string };
const minorsRows = () =>
  app.db.$client
    .prepare(
      `SELECT m.id, m.full_name AS fullName, m.date_of_birth AS dateOfBirth, m.birth_year AS birthYear, m.home_address AS homeAddress, m.estimated_age AS estimatedAge,
              m.age_at_inspection AS ageAtInspection, m.age_band AS ageBand, m.sex, m.identity_purged_at AS purgedAt, m.version, i.inspection_date AS inspectionDate
       FROM minors m JOIN inspections i ON i.id = m.inspection_id ORDER BY m.rowid`,
    )
    .all() as MinorRow[];

/** A draft inspection of the workshop on that day, led by the first official of the directory; its id. */
async function inspectionOn(inspectionDate: string): Promise<string> {
  const [official] = await app.run('officials.list', {});
  const { inspection } = await app.run('inspections.create', {
    establishmentId: data.establishments.e2.id,
    inspectionDate,
    teamPresent: [{ officialId: official!.id, role: 'leader' }],
    representatives: [{ name: 'Đại diện cơ sở', position: 'Chủ cơ sở' }],
  });
  return inspection.id;
}

/** A finalised inspection on that day with one girl found working; the ids of both. */
async function finalisedWithChild(inspectionDate: string, fullName: string) {
  const inspectionId = await inspectionOn(inspectionDate);
  const minor = await app.run('minors.create', { inspectionId, fullName, sex: 'female', dateOfBirth: '2013-03-03' });
  await assessAndFinalise(app, inspectionId);
  return { inspectionId, minorId: minor.id };
}

/** A finalised inspection before the cutoff whose minors have addresses and an edited name (old values in the change log). */
async function inspectionWithAddresses() {
  const inspectionId = await inspectionOn('2026-02-10');
  const a = await app.run('minors.create', { inspectionId, fullName: 'Sùng Thị Mai', sex: 'female', dateOfBirth: '2012-09-09', homeAddress: 'Bản Hon, xã Tả Phìn, tỉnh Lai Châu' });
  await app.run('minors.update', { id: a.id, fullName: 'Sùng Thị Mây', homeAddress: 'Bản Sáng, xã Tả Phìn, tỉnh Lai Châu' });
  const b = await app.run('minors.create', { inspectionId, fullName: 'Giàng A Páo', sex: 'male', estimatedAge: 14, homeAddress: 'Thôn Nà Pàn' });
  await assessAndFinalise(app, inspectionId);
  return { inspectionId, a: a.id, b: b.id };
}

const figures = () =>
  periodicReport(app.db, ReportInput.parse({ period: { from: '2025-01-01', to: '2026-12-31' } }), app.ctx).figures;

describe('the retention purge', () => {
  it('previews the count, then reduces the identities through the write path, keeping every report figure', async () => {
    const { a, b } = await inspectionWithAddresses();
    const rowsBefore = minorsRows();
    const due = rowsBefore.filter((m) => m.inspectionDate < '2026-03-01');
    const kept = rowsBefore.filter((m) => m.inspectionDate >= '2026-03-01');
    const figuresBefore = figures();

    const preview = await run('retention.preview', {});
    expect(preview).toMatchObject({ retentionYears: 5, cutoffDate: '2026-03-01', minors: due.length, inspections: 5 });
    // Deleted minors hold names too: "Lò Văn Xóa" is among them.
    expect(due.map((m) => m.fullName)).toContain('Lò Văn Xóa');
    expect(preview.changeRows).toBeGreaterThan(due.length);

    const result = await run('retention.purge', { expectedMinors: preview.minors });
    expect(result).toMatchObject({ ...preview, purgedAt: LATER.toISOString() });

    const rowsAfter = minorsRows();
    for (const before of due) {
      const after = rowsAfter.find((m) => m.id === before.id)!;
      expect(after).toMatchObject({
        fullName: initialsOf(before.fullName),
        dateOfBirth: null,
        birthYear: before.dateOfBirth ? Number(before.dateOfBirth.slice(0, 4)) : null,
        homeAddress: communeOf(before.homeAddress),
        ageAtInspection: before.ageAtInspection,
        ageBand: before.ageBand,
        sex: before.sex,
        estimatedAge: before.estimatedAge ?? before.ageAtInspection,
        purgedAt: LATER.toISOString(),
        version: before.version + 1,
      });
    }
    expect(rowsAfter.find((m) => m.id === a)).toMatchObject({ fullName: 'S.T.M.', birthYear: 2012, homeAddress: 'xã Tả Phìn, tỉnh Lai Châu' });
    expect(rowsAfter.find((m) => m.id === b)).toMatchObject({ fullName: 'G.A.P.', birthYear: null, homeAddress: null, estimatedAge: 14 });
    // Those of later inspections are whole.
    for (const before of kept) expect(rowsAfter.find((m) => m.id === before.id)).toEqual(before);

    // Every figure the reports need is the same.
    expect(figures()).toEqual(figuresBefore);

    // The write path stamped and logged the purge (a team's other laptops receive it).
    const logged = app.db.$client
      .prepare("SELECT field, new_value AS newValue, user_id AS userId FROM changes WHERE table_name = 'minors' AND row_id = ? AND op = 'update' AND user_id = 'Cán bộ admin' ORDER BY field")
      .all(a) as { field: string; newValue: string; userId: string }[];
    expect(Object.fromEntries(logged.map((c) => [c.field, JSON.parse(c.newValue)]))).toMatchObject({
      fullName: 'S.T.M.',
      dateOfBirth: null,
      birthYear: 2012,
      homeAddress: 'xã Tả Phìn, tỉnh Lai Châu',
      identityPurgedAt: LATER.toISOString(),
    });

    // No purged name, date of birth or address is left anywhere in the database's tables.
    const everything = JSON.stringify(snapshot(app.db)).normalize('NFC');
    const secrets = [
      ...due.flatMap((m) => [m.fullName, m.dateOfBirth, m.homeAddress]),
      'Sùng Thị Mai', 'Bản Hon', 'Bản Sáng', 'Thôn Nà Pàn',
    ].filter((s): s is string => !!s && !kept.some((m) => [m.fullName, m.dateOfBirth, m.homeAddress].includes(s)));
    expect(secrets.length).toBeGreaterThan(due.length);
    for (const secret of secrets) expect(everything.includes(JSON.stringify(secret).slice(1, -1)), secret).toBe(false);
    for (const m of kept) expect(everything).toContain(m.fullName);

    // Audited, without names.
    const [audit, ...more] = app.db.$client.prepare("SELECT actor, user_id AS userId, at, changes, note FROM audit_log WHERE action = 'purge' AND entity = 'minor'").all() as {
      actor: string; userId: string; at: string; changes: string; note: string;
    }[];
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actor: 'Cán bộ admin', userId: 'user-admin', at: LATER.toISOString() });
    expect(JSON.parse(audit!.changes)).toMatchObject({ minors: due.length, inspections: 5, cutoffDate: '2026-03-01', retentionYears: 5 });
    expect(audit!.note).toContain('01/03/2026');

    // Nothing is due any more; the access log shows the purge to the admin.
    expect(await run('retention.preview', {})).toMatchObject({ minors: 0, inspections: 0, changeRows: 0 });
    const log = await dispatch('audit.childAccess', { kind: 'purge' }, app.db, as('admin'));
    expect(log).toMatchObject({ ok: true, data: { total: 1, entries: [{ kind: 'purge', count: due.length }] } });
  });

  it("removes the purged minors' photos and erases their files, keeping a content another record still holds", async () => {
    const inspectionId = await inspectionOn('2026-02-11');
    const minor = await app.run('minors.create', { inspectionId, fullName: 'Vàng Thị Dế', sex: 'female', dateOfBirth: '2013-01-05' });
    const photo = (r: number) => sharp({ create: { width: 64, height: 48, channels: 3, background: { r, g: 90, b: 40 } } }).jpeg().toBuffer();
    const [face, workshop] = await Promise.all([photo(200), photo(20)]);
    const add = (ownerTable: 'inspections' | 'minors', ownerId: string, bytes: Buffer, fileName: string) =>
      app.run('attachments.add', { ownerTable, ownerId, fileName, base64: bytes.toString('base64') });
    const onlyChild = await add('minors', minor.id, face, 'chan-dung.jpg');
    const shared = await add('minors', minor.id, workshop, 'xuong.jpg');
    await add('inspections', inspectionId, workshop, 'xuong.jpg');
    await assessAndFinalise(app, inspectionId);
    const stored = (hash: string) => existsSync(attachmentFile(app.ctx.attachmentsDir, hash));
    expect(stored(onlyChild.attachment.contentHash) && stored(shared.attachment.contentHash)).toBe(true);

    const preview = await run('retention.preview', {});
    expect(preview.photos).toBe(2);
    await run('retention.purge', { expectedMinors: preview.minors });

    const rows = app.db.$client.prepare("SELECT owner_table AS ownerTable, deleted_at AS deletedAt FROM attachments ORDER BY owner_table").all();
    expect(rows).toEqual([
      { ownerTable: 'inspections', deletedAt: null },
      { ownerTable: 'minors', deletedAt: LATER.toISOString() },
      { ownerTable: 'minors', deletedAt: LATER.toISOString() },
    ]);
    expect(stored(onlyChild.attachment.contentHash)).toBe(false);
    expect(existsSync(attachmentFile(app.ctx.attachmentsDir, onlyChild.attachment.contentHash, 'thumb'))).toBe(false);
    expect(stored(shared.attachment.contentHash)).toBe(true);
    expect(await run('retention.preview', {})).toMatchObject({ minors: 0, photos: 0 });
    const audit = app.db.$client.prepare("SELECT changes FROM audit_log WHERE action = 'purge'").get() as { changes: string };
    expect(JSON.parse(audit.changes)).toMatchObject({ photos: 2 });
  });

  it('deletes the stored papers that name those children (and their PDFs), even where another laptop reduced them, keeping later papers', async () => {
    const paper = (kind: 'inspection_minutes' | 'case_follow_up', sourceId: string, ctx = app.ctx) =>
      dispatch('documents.generate', { kind, sourceId, childNames: 'full' }, app.db, ctx).then((r) => {
        if (!r.ok) throw new Error(r.error.message);
        return r.data;
      });
    const stored = (fileName: string) => existsSync(join(app.ctx.documentsDir, fileName));

    const old = await finalisedWithChild('2026-02-12', 'Thào Thị Giấy');
    const caseId = (app.db.$client.prepare('SELECT id FROM follow_up_cases WHERE minor_id = ?').get(old.minorId) as { id: string }).id;
    const minutes = await paper('inspection_minutes', old.inspectionId);
    const pdf = minutes.fileName.replace(/\.docx$/, '.pdf');
    writeFileSync(join(app.ctx.documentsDir, pdf), 'PDF made from the minutes');
    const followUp = await paper('case_follow_up', caseId);
    const later = await paper('inspection_minutes', (await finalisedWithChild('2026-04-01', 'Thào Thị Sau')).inspectionId);

    const preview = await run('retention.preview', {});
    expect(preview.papers).toBe(2);
    await run('retention.purge', { expectedMinors: preview.minors });
    const listed = (await app.run('documents.list', {})).map((d) => d.id);
    expect(listed).toContain(later.documentId);
    expect(listed).not.toContain(minutes.documentId);
    expect(listed).not.toContain(followUp.documentId);
    expect([minutes.fileName, pdf, followUp.fileName].filter(stored)).toEqual([]);
    expect(stored(later.fileName)).toBe(true);
    expect(await dispatch('documents.content', { id: minutes.documentId }, app.db, app.ctx)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const audit = app.db.$client.prepare("SELECT changes FROM audit_log WHERE action = 'purge'").get() as { changes: string };
    expect(JSON.parse(audit.changes)).toMatchObject({ papers: 2 });

    // The minutes made again from the reduced record name no one: they stay.
    await paper('inspection_minutes', old.inspectionId, as('admin', new Date('2031-03-02T03:00:00Z')));
    expect(await run('retention.preview', {})).toMatchObject({ minors: 0, papers: 0 });

    // A child reduced on another laptop of the team (the reduced row came in): the paper made here before still names her.
    const elsewhere = await finalisedWithChild('2026-02-13', 'Thào Thị Khác');
    const beforeReduction = await paper('inspection_minutes', elsewhere.inspectionId);
    app.db.$client.prepare("UPDATE minors SET full_name = 'T.T.K.', date_of_birth = NULL, birth_year = 2013, identity_purged_at = '2031-06-01T00:00:00.000Z' WHERE id = ?").run(elsewhere.minorId);
    expect(await run('retention.preview', {})).toMatchObject({ minors: 0, papers: 1 });
    await run('retention.purge', { expectedMinors: 0 });
    expect(stored(beforeReduction.fileName)).toBe(false);
  });

  it("deletes the stored report exports that list those children's details, keeping anonymised ones and later periods", async () => {
    await finalisedWithChild('2026-02-12', 'Thào Thị Giấy');
    const legalBasis = { kind: 'referral_decree56', recipient: 'UBND xã Bắc Sơn' } as const;
    const exported = async (from: string, to: string, details: boolean, ctx = app.ctx) => {
      const answer = await dispatch('reports.export', { format: 'csv', period: { from, to }, ...(details ? { includeChildDetails: true, legalBasis } : {}) }, app.db, ctx);
      if (!answer.ok) throw new Error(answer.error.message);
      const job = await waitForJob(answer.data.jobId);
      expect(job.state).toBe('done');
      return { id: job.documentId!, fileName: job.fileName! };
    };
    const stored = (fileName: string) => existsSync(join(app.ctx.documentsDir, fileName));

    const naming = await exported('2026-01-01', '2026-06-30', true);
    const anonymised = await exported('2026-01-01', '2026-06-30', false);
    const laterPeriod = await exported('2026-03-01', '2026-06-30', true);
    expect(app.readStored(naming.fileName).toString('utf8')).toContain('Thào Thị Giấy');

    const preview = await run('retention.preview', {});
    expect(preview.papers).toBe(1);
    await run('retention.purge', { expectedMinors: preview.minors });
    const listed = (await app.run('documents.list', {})).map((d) => d.id);
    expect(listed).not.toContain(naming.id);
    expect(listed).toEqual(expect.arrayContaining([anonymised.id, laterPeriod.id]));
    expect(stored(naming.fileName)).toBe(false);
    expect([anonymised.fileName, laterPeriod.fileName].every(stored)).toBe(true);

    // The same export made again lists the reduced identities only: it stays.
    const again = await exported('2026-01-01', '2026-06-30', true, as('admin', new Date('2031-03-02T03:00:00Z')));
    expect(app.readStored(again.fileName).toString('utf8')).not.toContain('Thào Thị Giấy');
    expect(await run('retention.preview', {})).toMatchObject({ papers: 0 });
  });

  it('follows the period the admin sets', async () => {
    await dispatch('settings.update', { retentionYears: 10 }, app.db, as('admin'));
    expect(await run('retention.preview', {})).toMatchObject({ retentionYears: 10, cutoffDate: '2021-03-01', minors: 0 });
    await dispatch('settings.update', { retentionYears: 4 }, app.db, as('admin'));
    expect(await run('retention.preview', {})).toMatchObject({ cutoffDate: '2027-03-01', minors: minorsRows().length });
  });

  it('reduces the values a kept conflict holds about those fields', async () => {
    const { a } = await inspectionWithAddresses();
    app.db.$client
      .prepare(
        `INSERT INTO conflicts (id, kind, table_name, row_id, field, a_value, a_hlc, a_device_id, a_user, b_value, b_hlc, b_device_id, b_user, created_at, updated_at, updated_by)
         VALUES ('c1', 'same_field', 'minors', ?, 'fullName', ?, 'h1', 'd1', 'A', ?, 'h2', 'd2', 'B', 'x', 'x', 'x')`,
      )
      .run(a, JSON.stringify('Sùng Thị Mai'), JSON.stringify('Sùng Thị Mây'));
    const preview = await run('retention.preview', {});
    await run('retention.purge', { expectedMinors: preview.minors });
    expect(app.db.$client.prepare("SELECT a_value AS a, b_value AS b FROM conflicts WHERE id = 'c1'").get()).toEqual({ a: '"S.T.M."', b: '"S.T.M."' });
    expect(JSON.stringify(snapshot(app.db))).not.toMatch(/Sùng Thị/);
  });

  it('is refused when the records changed since the preview, and to anyone but the admin', async () => {
    const preview = await run('retention.preview', {});
    const before = snapshot(app.db);
    const stale = await dispatch('retention.purge', { expectedMinors: preview.minors + 1 }, app.db, as('admin'));
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('hãy xem trước lại') } });
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      for (const name of ['retention.preview', 'retention.purge'] as const) {
        expect(await dispatch(name, { expectedMinors: preview.minors }, app.db, as(role)), `${role} ${name}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
    }
    expect(await dispatch('retention.purge', {}, app.db, as('admin'))).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['expectedMinors'] }] } });
    expect(snapshot(app.db)).toEqual(before);
  });
});
