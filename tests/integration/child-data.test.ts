/**
 * Issue 9 item 7, children's data: child-detail exports list under-18s only, only a leader or
 * the admin may include them, with a legal basis chosen from the list, audited (who, when, which
 * basis, how many); a view of a record with children's identities is logged, and the log is
 * readable by the admin only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import { VIEW_WINDOW_MS } from '../../electron/services/child-access';
import { assessAndFinalise } from '../helpers/fixtures';
import { waitForJob } from '../../electron/services/reports/export-jobs';
import type { CommandInput } from '../../shared/commands';
import { ROLES, type Role } from '../../shared/schemas/user';
import { seedReportDataset } from '../helpers/report-dataset';
import { openTestApp, snapshot, type TestApp } from '../helpers/test-db';

const NOW = Date.parse('2026-11-23T08:00:00Z');
let app: TestApp;
let data: Awaited<ReturnType<typeof seedReportDataset>>;
beforeEach(async () => {
  app = openTestApp(new Date(NOW));
  data = await seedReportDataset(app);
});
afterEach(() => app.close());

const firstHalf = { from: '2026-01-01', to: '2026-06-30' };
const REQUEST = { kind: 'competent_request', requestingBody: 'Phòng Văn hóa - Xã hội xã Bắc Sơn', documentNumber: '45/VHXH', documentDate: '2026-11-20' } as const;

/** A context of this role, signed in as its own user, at `NOW + minutes`. */
const as = (role: Role, minutes = 0): ServiceContext => ({ ...app.ctx, role, actor: `Cán bộ ${role}`, userId: `user-${role}`, now: () => new Date(NOW + minutes * 60_000) });

/** A stored file's plaintext (stored files are encrypted where the test app provides a reader). */
const stored = (fileName: string): Buffer => {
  const reader = (app as TestApp & { readStored?: (name: string) => Buffer }).readStored;
  return reader ? reader(fileName) : readFileSync(join(app.ctx.documentsDir, fileName));
};

async function exportAs(role: Role, input: Partial<CommandInput<'reports.export'>>) {
  const answer = await dispatch('reports.export', { format: 'json', period: firstHalf, area: { provinceCode: data.province }, ...input }, app.db, as(role));
  if (!answer.ok) return answer;
  const job = await waitForJob(answer.data.jobId);
  return { ok: true as const, job, json: JSON.parse(stored(job.fileName!).toString('utf8')) };
}

type AuditRow = { at: string; actor: string; userId: string | null; action: string; entity: string; entityId: string | null; changes: string | null; note: string | null };
const audit = (where: string) =>
  app.db.$client.prepare(`SELECT at, actor, user_id AS userId, action, entity, entity_id AS entityId, changes, note FROM audit_log WHERE ${where} ORDER BY at, rowid`).all() as AuditRow[];

describe('child-detail exports', () => {
  it('list those under 18 only', async () => {
    // A finalised inspection in the period with a 17-year-old and someone found to be 18.
    const [official] = await app.run('officials.list', {});
    const { inspection } = await app.run('inspections.create', {
      establishmentId: data.establishments.e2.id,
      inspectionDate: '2026-04-01',
      teamPresent: [{ officialId: official!.id, role: 'leader' }],
      representatives: [{ name: 'Đại diện cơ sở', position: 'Chủ cơ sở' }],
    });
    await app.run('minors.create', { inspectionId: inspection.id, fullName: 'Đinh Văn Mười Bảy', sex: 'male', dateOfBirth: '2008-07-01' });
    const adult = await app.run('minors.create', { inspectionId: inspection.id, fullName: 'Đinh Thị Mười Tám', sex: 'female', dateOfBirth: '2008-03-01' });
    expect(adult).toMatchObject({ ageAtInspection: 18, ageBand: 'adult' });
    await assessAndFinalise(app, inspection.id);

    const done = await exportAs('admin', { includeChildDetails: true, legalBasis: REQUEST });
    if (!done.ok) throw new Error(done.error.message);
    const names = (done.json.childDetails.rows as unknown[][]).map((r) => r[1]);
    expect(names).toContain('Đinh Văn Mười Bảy');
    expect(names).not.toContain('Đinh Thị Mười Tám');
    expect(names).toHaveLength(8);
    expect((done.json.childDetails.rows as unknown[][]).every((r) => (r[4] as number) < 18)).toBe(true);
    // The report's count of minors and the list agree.
    expect(done.json.figures.minorsTotal).toBe(8);
    expect(JSON.parse(audit("action = 'export' AND entity = 'minor'")[0]!.changes!).count).toBe(8);
  });

  it.each(['member', 'viewer'] as const)('are refused to a %s (FORBIDDEN, in Vietnamese), who may still export the pseudonymised report', async (role) => {
    const before = snapshot(app.db);
    const refused = await exportAs(role, { includeChildDetails: true, legalBasis: REQUEST });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/không được xuất thông tin cá nhân của trẻ em; chỉ Quản trị và Trưởng đoàn được xuất/);
    expect(snapshot(app.db)).toEqual(before);
    const plain = await exportAs(role, {});
    expect(plain).toMatchObject({ ok: true, job: { state: 'done' } });
    expect(audit("action = 'export' AND entity = 'minor'")).toEqual([]);
  });

  it.each(['leader', 'admin'] as const)('are allowed to a %s', async (role) => {
    const done = await exportAs(role, { includeChildDetails: true, legalBasis: { kind: 'referral_decree56', recipient: 'UBND xã Bắc Sơn' } });
    expect(done).toMatchObject({ ok: true, job: { state: 'done' } });
  });

  it('need a legal basis from the list, each field named when missing', async () => {
    const before = snapshot(app.db);
    const cases: [unknown, string[][], RegExp][] = [
      [undefined, [['legalBasis']], /Căn cứ pháp lý: Chọn căn cứ pháp lý/],
      ['x', [['legalBasis']], /Căn cứ pháp lý: Chọn căn cứ pháp lý trong danh sách/],
      [{ kind: 'other', otherGround: 'x' }, [['legalBasis', 'otherGround']], /Căn cứ pháp lý khác: .*ít nhất 20 ký tự/],
      [{ kind: 'other', otherGround: '   Theo yêu cầu.        ' }, [['legalBasis', 'otherGround']], /ít nhất 20 ký tự/],
      [{ kind: 'competent_request' }, [['legalBasis', 'requestingBody'], ['legalBasis', 'documentNumber'], ['legalBasis', 'documentDate']], /Cơ quan đề nghị cung cấp: .*Số văn bản đề nghị: .*Ngày văn bản đề nghị: /],
      [{ ...REQUEST, documentDate: '20/11/2026' }, [['legalBasis', 'documentDate']], /Ngày văn bản đề nghị/],
      [{ kind: 'consent' }, [['legalBasis', 'kind']], /Chọn căn cứ pháp lý trong danh sách/],
    ];
    for (const [legalBasis, paths, message] of cases) {
      const answer = await dispatch('reports.export', { format: 'csv', period: firstHalf, includeChildDetails: true, legalBasis }, app.db, as('leader'));
      expect(answer, JSON.stringify(legalBasis)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!answer.ok) {
        expect(answer.error.issues!.map((i) => i.path)).toEqual(paths);
        expect(answer.error.message).toMatch(message);
      }
    }
    expect(snapshot(app.db)).toEqual(before);
  });

  it('are audited: who, when, which basis, how many children — never a name', async () => {
    const done = await exportAs('leader', { includeChildDetails: true, legalBasis: REQUEST });
    if (!done.ok) throw new Error(done.error.message);
    const [entry, ...more] = audit("action = 'export' AND entity = 'minor'");
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ actor: 'Cán bộ leader', userId: 'user-leader', at: new Date(NOW).toISOString(), entityId: done.job.documentId });
    expect(JSON.parse(entry!.changes!)).toMatchObject({ count: 7, legalBasis: REQUEST, format: 'json', fileName: done.job.fileName });
    expect(entry!.note).toContain('văn bản số 45/VHXH ngày 20/11/2026 của Phòng Văn hóa - Xã hội xã Bắc Sơn');
    expect(entry!.note).toContain(' 7 trẻ em');
    for (const child of data.children) expect(entry!.note).not.toContain(child.fullName);
    // The file says on which basis too.
    expect(done.json.tables[0].rows.flat().join(' ')).toContain('văn bản số 45/VHXH ngày 20/11/2026');
  });
});

describe('the access log of children’s records', () => {
  const inspectionWith = (name: string) =>
    (app.db.$client.prepare('SELECT inspection_id AS id FROM minors WHERE full_name = ?').get(name) as { id: string }).id;
  const views = () => audit("action = 'view_children'");

  it('logs who opened which record with how many minors, once per window', async () => {
    const i1 = inspectionWith('Lò Văn Một');
    expect(views()).toEqual([]);
    expect(await dispatch('inspections.get', { id: i1 }, app.db, as('viewer'))).toMatchObject({ ok: true });
    expect(views()).toEqual([
      expect.objectContaining({ actor: 'Cán bộ viewer', userId: 'user-viewer', entity: 'inspection', entityId: i1, at: new Date(NOW).toISOString() }),
    ]);
    expect(JSON.parse(views()[0]!.changes!)).toEqual({ count: 2, via: 'record' });
    for (const child of data.children) expect(views()[0]!.note).not.toContain(child.fullName);

    // A reload within the window is the same view; another user, or later, is another one.
    await dispatch('inspections.get', { id: i1 }, app.db, as('viewer', 5));
    expect(views()).toHaveLength(1);
    await dispatch('inspections.get', { id: i1 }, app.db, as('member', 5));
    expect(views()).toHaveLength(2);
    await dispatch('inspections.get', { id: i1 }, app.db, as('viewer', VIEW_WINDOW_MS / 60_000 + 1));
    expect(views()).toHaveLength(3);
  });

  it('does not log a record without minors, nor the writes that return the record', async () => {
    const { inspection } = await app.run('inspections.create', { establishmentId: data.establishments.e2.id, inspectionDate: '2026-04-01' });
    await app.run('inspections.get', { id: inspection.id });
    expect(views()).toEqual([]);
  });

  it('logs the change history of an inspection, which holds its minors’ names', async () => {
    const i1 = inspectionWith('Lò Văn Một');
    const history = await dispatch('history.list', { entity: 'inspection', id: i1 }, app.db, as('viewer'));
    expect(history).toMatchObject({ ok: true });
    // Three minors were recorded there, one since removed: its history still holds the name.
    expect(views().map((v) => [v.entityId, JSON.parse(v.changes!)])).toEqual([[i1, { count: 3, via: 'history' }]]);
    await dispatch('history.list', { entity: 'establishment', id: data.establishments.e1.id }, app.db, as('viewer', 20));
    expect(views()).toHaveLength(1);
  });

  it('is read by the admin only, with filters by date, user and kind', async () => {
    const i1 = inspectionWith('Lò Văn Một');
    const i2 = inspectionWith('Hà Văn Ba');
    await dispatch('inspections.get', { id: i1 }, app.db, as('viewer'));
    await dispatch('inspections.get', { id: i2 }, app.db, as('member', 24 * 60)); // the next day
    await exportAs('leader', { includeChildDetails: true, legalBasis: REQUEST });

    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(await dispatch('audit.childAccess', {}, app.db, as(role)), role).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const read = async (input: CommandInput<'audit.childAccess'>) => {
      const answer = await dispatch('audit.childAccess', input, app.db, as('admin'));
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.data;
    };
    const all = await read({});
    expect(all.total).toBe(3);
    expect(all.entries.map((e) => [e.kind, e.actor, e.count])).toEqual([
      ['view', 'Cán bộ member', 2],
      ['export', 'Cán bộ leader', 7],
      ['view', 'Cán bộ viewer', 2],
    ]);
    expect(all.entries[2]).toMatchObject({ userId: 'user-viewer', via: 'record', inspection: { id: i1, establishmentName: 'Công ty TNHH Giày da Kỳ Lừa', inspectionDate: '2026-01-15' } });
    expect(all.entries[1]).toMatchObject({ legalBasis: REQUEST, fileName: expect.stringMatching(/\.json$/) });

    // 2026-11-23 08:00Z is the 23rd in Viet Nam; the member's view is on the 24th.
    expect((await read({ from: '2026-11-24' })).entries.map((e) => e.actor)).toEqual(['Cán bộ member']);
    expect((await read({ to: '2026-11-23' })).total).toBe(2);
    expect((await read({ userId: 'user-viewer' })).entries.map((e) => e.inspection?.id)).toEqual([i1]);
    expect((await read({ kind: 'export' })).entries.map((e) => e.actor)).toEqual(['Cán bộ leader']);
    expect(await read({ limit: 1, offset: 1 })).toMatchObject({ total: 3, entries: [{ kind: 'export' }] });
    expect(await dispatch('audit.childAccess', { from: '2026-11-24', to: '2026-11-23' }, app.db, as('admin'))).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['to'] }] } });
  });
});
