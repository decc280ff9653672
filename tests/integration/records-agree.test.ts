/**
 * Records that agree with themselves (issue 10, items 1–5), on a real SQLite file through the
 * command table: the checklist follows the violations recorded, the minors' warnings show the
 * facts behind the suggestions, one age rule, every refusal names its field, and the reports
 * count what was finalised as it was finalised.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessAndFinalise, craftVillage, officialsFromAgencies } from '../helpers/fixtures';
import { openTestApp, snapshot, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeEach(() => {
  app = openTestApp(new Date('2026-11-23T08:00:00Z'));
});
afterEach(() => app.close());

async function household() {
  const { members, area } = await craftVillage(app, 1);
  return { ...members[0]!, area };
}

async function startInspection(establishmentId: string, inspectionDate = '2026-11-20') {
  const officials = await officialsFromAgencies(app, 2);
  const detail = await app.run('inspections.create', {
    establishmentId,
    inspectionDate,
    teamPresent: [
      { officialId: officials[0]!.id, role: 'leader' },
      { officialId: officials[1]!.id, role: 'member' },
    ],
    representatives: [{ name: 'Nguyễn Văn Chủ', position: 'Chủ hộ', sex: 'male' }],
  });
  return detail.inspection.id;
}

const minor = (inspectionId: string, extra: Record<string, unknown>) =>
  app.run('minors.create', { inspectionId, fullName: 'Nguyễn Văn An', sex: 'male', ...extra } as never);

const rowOf = async (id: string, itemCode: string) => (await app.run('inspections.get', { id })).checklist.find((r) => r.itemCode === itemCode)!;

describe('1. the checklist and the violations agree', () => {
  it('recording a violation marks the item it breaches "Vi phạm", linked to it; "Chấp hành" is refused while it stands', async () => {
    const id = await startInspection((await household()).id);
    const child = await minor(id, { dateOfBirth: '2014-05-01', job: 'Đan giỏ', artSportWork: false });
    expect(child.ageBand).toBe('under13');
    const violation = await app.run('violations.create', { inspectionId: id, typeCode: 'LDCTN-08a', minorIds: [child.id] });
    expect(violation.checklistItems).toEqual(['CK-18']);
    expect(await rowOf(id, 'CK-18')).toMatchObject({ result: 'violation', violationIds: [violation.id] });

    const before = snapshot(app.db);
    const refused = await app.send('inspections.setChecklist', { inspectionId: id, items: [{ itemCode: 'CK-18', result: 'compliant' }] });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['items', 0, 'result'], message: expect.stringContaining('không thể ghi «Chấp hành»') }] },
    });
    expect(await app.send('inspections.setChecklist', { inspectionId: id, items: [{ itemCode: 'CK-18', result: 'not_applicable' }] })).toMatchObject({ ok: false });
    expect(snapshot(app.db)).toEqual(before);
    // A note on the item is still welcome.
    await app.run('inspections.setChecklist', { inspectionId: id, items: [{ itemCode: 'CK-18', result: 'violation', note: 'Cháu đan giỏ 6 giờ mỗi ngày' }] });
    expect(await rowOf(id, 'CK-18')).toMatchObject({ result: 'violation', note: 'Cháu đan giỏ 6 giờ mỗi ngày' });
  });

  it('marks the item of each minor’s band, and lets the team move the mark between alternatives', async () => {
    const id = await startInspection((await household()).id);
    const young = await minor(id, { dateOfBirth: '2013-01-10', hoursPerDay: 6 });
    const older = await minor(id, { fullName: 'Nguyễn Thị Bình', sex: 'female', dateOfBirth: '2010-01-10', hoursPerDay: 10 });
    const hours = await app.run('violations.create', { inspectionId: id, typeCode: 'LDCTN-04', minorIds: [young.id, older.id] });
    // Hours of an under-15 (CK-11) and of a 15–17-year-old (CK-14).
    expect(hours.checklistItems).toEqual(['CK-11', 'CK-14']);
    const forbidden = await app.run('violations.create', { inspectionId: id, typeCode: 'LDCTN-09a', minorIds: [older.id] });
    expect(forbidden.checklistItems).toEqual(['CK-20']);
    // CK-20 and CK-21 are alternatives for LDCTN-09a: the mark may move in one change, not vanish.
    await app.run('inspections.setChecklist', {
      inspectionId: id,
      items: [
        { itemCode: 'CK-21', result: 'violation' },
        { itemCode: 'CK-20', result: 'compliant' },
      ],
    });
    expect(await rowOf(id, 'CK-21')).toMatchObject({ result: 'violation', violationIds: [forbidden.id] });
    expect(await app.send('inspections.setChecklist', { inspectionId: id, items: [{ itemCode: 'CK-21', result: 'compliant' }] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['items', 0, 'result'] }] },
    });
  });

  it('the items a removed violation had marked are assessed again; a changed type moves the mark', async () => {
    const id = await startInspection((await household()).id);
    const child = await minor(id, { dateOfBirth: '2012-03-01' });
    const v = await app.run('violations.create', { inspectionId: id, typeCode: 'LDCTN-01', minorIds: [child.id] });
    expect((await rowOf(id, 'CK-02')).result).toBe('violation');
    const changed = await app.run('violations.update', { id: v.id, typeCode: 'LDCTN-02' });
    expect(changed.checklistItems).toEqual(['CK-01']);
    expect((await rowOf(id, 'CK-02')).result).toBe('not_checked');
    await app.run('violations.remove', { id: v.id });
    expect(await rowOf(id, 'CK-01')).toMatchObject({ result: 'not_checked', violationIds: [] });
    await app.run('inspections.setChecklist', { inspectionId: id, items: [{ itemCode: 'CK-01', result: 'compliant' }] });
  });

  it('finalising refuses items neither assessed nor marked not applicable, and says which', async () => {
    const id = await startInspection((await household()).id);
    await minor(id, { dateOfBirth: '2010-06-01' });
    const before = snapshot(app.db);
    const refused = await app.send('inspections.finalise', { id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['checklist'] }] } });
    const message = refused.ok ? '' : refused.error.message;
    // A 16-year-old: the items of the 15–18 band and of every minor (not those for under-15s only).
    expect(message).toContain('Nội dung kiểm tra:');
    expect(message).toMatch(/Còn \d+ nội dung kiểm tra chưa đánh giá \(CK-01, CK-02, CK-06/);
    expect(message).not.toContain('CK-03');
    expect(snapshot(app.db)).toEqual(before);

    const detail = await app.run('inspections.get', { id });
    const open = detail.checklist.filter((r) => r.applies && r.result === 'not_checked');
    await app.run('inspections.setChecklist', { inspectionId: id, items: open.slice(1).map((r) => ({ itemCode: r.itemCode, result: 'compliant' as const })) });
    const last = await app.send('inspections.finalise', { id });
    expect(last).toMatchObject({ ok: false, error: { message: expect.stringContaining(`Còn 1 nội dung kiểm tra chưa đánh giá (${open[0]!.itemCode})`) } });
    await app.run('inspections.setChecklist', { inspectionId: id, items: [{ itemCode: open[0]!.itemCode, result: 'not_applicable' }] });
    expect((await app.run('inspections.finalise', { id })).inspection.status).toBe('finalised');
  });

  it('a refusal to sign needs the person who signs for it (commune official or witness) before finalising', async () => {
    const id = await startInspection((await household()).id);
    await app.run('inspections.update', { id, refusedToSign: true, refusalReason: 'Chủ hộ bỏ đi khi kết thúc buổi kiểm tra' });
    const refused = await app.send('inspections.finalise', { id });
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: ['refusalWitnessName'], message: expect.stringContaining('Điều 58') }] } });
    await app.run('inspections.update', { id, refusalWitnessName: 'Lương Văn Tài', refusalWitnessPosition: 'Phó Chủ tịch UBND xã' });
    const done = await assessAndFinalise(app, id);
    expect(done.inspection).toMatchObject({ refusalWitnessName: 'Lương Văn Tài', refusalWitnessPosition: 'Phó Chủ tịch UBND xã' });
    expect(done.inspection.representatives[0]).toMatchObject({ name: 'Nguyễn Văn Chủ', sex: 'male' });
  });

  it('withdrawing a refusal clears its reason and witness', async () => {
    const id = await startInspection((await household()).id);
    await app.run('inspections.update', { id, refusedToSign: true, refusalReason: 'Vắng mặt', refusalWitnessName: 'Lương Văn Tài' });
    const back = await app.run('inspections.update', { id, refusedToSign: false });
    expect(back.inspection.refusalReason).toBeUndefined();
    expect(back.inspection.refusalWitnessName).toBeUndefined();
  });
});

describe('2. the minors’ warnings show the facts behind the suggestions', () => {
  it('a 12-year-old working 6 hours a day, a 16-year-old at night in a forbidden job', async () => {
    const id = await startInspection((await household()).id);
    const young = await minor(id, { dateOfBirth: '2014-03-01', hoursPerDay: 6, artSportWork: false });
    expect(young.alerts.map((a) => a.typeCode)).toEqual(['LDCTN-04', 'LDCTN-08a']);
    expect(young.alerts[0]!.text).toBe('Làm việc 6 giờ/ngày, vượt quá 4 giờ/ngày (Khoản 1 Điều 146 BLLĐ)');
    const older = await minor(id, { fullName: 'Lò Văn Sáng', dateOfBirth: '2010-03-01', nightWork: true, jobInOvertimeNightList: false, hazardousJob: true });
    expect(older.alerts.map((a) => a.typeCode)).toEqual(['LDCTN-06', 'LDCTN-09a']);
    expect(older.alerts[0]!.text).toMatch(/^Làm việc vào ban đêm trong nghề, công việc không thuộc Phụ lục V/);
    // The record shows them too, and a fact left unrecorded triggers nothing.
    const detail = await app.run('inspections.get', { id });
    expect(detail.minors.map((m) => m.alerts.length)).toEqual([2, 2]);
    expect((await minor(id, { fullName: 'Chưa rõ', dateOfBirth: '2012-01-01' })).alerts).toEqual([]);
  });
});

describe('3. one age rule, and dates that cannot be', () => {
  it('a child born on 29 February is 12 on 28 February of a common year, 13 on 1 March', async () => {
    const id = await startInspection((await household()).id, '2025-02-28');
    const m = await minor(id, { dateOfBirth: '2012-02-29' });
    expect(m).toMatchObject({ ageAtInspection: 12, ageBand: 'under13' });
    const moved = await app.run('inspections.update', { id, inspectionDate: '2025-03-01' });
    expect(moved.minors[0]).toMatchObject({ ageAtInspection: 13, ageBand: '13to15' });
  });

  it('refuses a date of birth after today, naming the field', async () => {
    // An inspection dated after today (a mistake the record warns about), and a birth between.
    const id = await startInspection((await household()).id, '2027-01-15');
    const before = snapshot(app.db);
    const refused = await app.send('minors.create', { inspectionId: id, fullName: 'A', sex: 'female', dateOfBirth: '2026-12-01' });
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: ['dateOfBirth'], message: 'Ngày sinh không được sau ngày hôm nay (23/11/2026)' }] } });
    expect(snapshot(app.db)).toEqual(before);
  });

  it('warns before finalising an inspection dated after today', async () => {
    const id = await startInspection((await household()).id, '2026-12-02');
    const detail = await app.run('inspections.get', { id });
    expect(detail.warnings).toEqual(['Ngày kiểm tra 02/12/2026 sau ngày hôm nay (23/11/2026): kiểm tra lại ngày kiểm tra trước khi hoàn tất biên bản']);
    const today = await app.run('inspections.update', { id, inspectionDate: '2026-11-23' });
    expect(today.warnings).toEqual([]);
  });
});

describe('4. refusals name the field in Vietnamese', () => {
  it('names the inspection date, hours and date of birth by their labels', async () => {
    const id = await startInspection((await household()).id);
    const bad = await app.send('minors.create', { inspectionId: id, fullName: 'A', sex: 'male', dateOfBirth: '2012-02-30', hoursPerDay: 30, hoursPerWeek: 200 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const message = bad.ok ? '' : bad.error.message;
    expect(message).toContain('Ngày sinh:');
    expect(message).toContain('Số giờ làm mỗi ngày:');
    expect(message).toContain('Số giờ làm mỗi tuần:');
    expect(message).not.toMatch(/dateOfBirth|hoursPerDay|hoursPerWeek/);
    const date = await app.send('inspections.update', { id, inspectionDate: '20/11/2026' });
    expect(date.ok ? '' : date.error.message).toContain('Ngày kiểm tra:');
    const type = await app.send('violations.create', { inspectionId: id, typeCode: '' });
    expect(type.ok ? '' : type.error.message).toContain('Hành vi vi phạm:');
  });
});

describe('5. reports are reproducible', () => {
  const firstHalf = { from: '2026-01-01', to: '2026-06-30' };
  const report = (period: { from: string; to: string; preset?: 'first_half' | 'calendar_year' | 'official_six_months' }, area: { provinceCode?: string; communeCodes?: string[] } = {}) =>
    app.run('reports.periodic', { period, area: { communeCodes: [], ...area } });

  it('counts the kind, sector, province and commune frozen at finalisation; an amendment may refresh them, with its reason', async () => {
    const e = await household();
    const id = await startInspection(e.id, '2026-03-10');
    await minor(id, { dateOfBirth: '2012-01-01' });
    const final = await assessAndFinalise(app, id);
    expect(final.inspection).toMatchObject({ frozenKind: 'household', frozenSector: 'handicraft', frozenProvinceCode: e.area.provinceCode, frozenCommuneCode: e.area.communeCode });
    const closed = await report(firstHalf, { provinceCode: e.area.provinceCode });
    expect(closed.figures.establishmentsByKindAndSector).toEqual([{ kind: 'household', sector: 'handicraft', count: 1 }]);

    // The establishment becomes an enterprise in construction, in another commune of another province.
    const elsewhere = app.db.$client
      .prepare('SELECT c.code AS communeCode, c.province_code AS provinceCode FROM communes c WHERE c.province_code <> ? ORDER BY c.code LIMIT 1')
      .get(e.area.provinceCode) as { communeCode: string; provinceCode: string };
    await app.run('establishments.update', { id: e.id, kind: 'enterprise', sector: 'construction', parentId: null, ...elsewhere });
    expect(await report(firstHalf, { provinceCode: e.area.provinceCode })).toMatchObject({ figures: closed.figures });
    expect((await report(firstHalf, { communeCodes: [e.area.communeCode] })).figures.inspectionsTotal).toBe(1);
    expect((await report(firstHalf, { provinceCode: elsewhere.provinceCode })).figures.inspectionsTotal).toBe(0);
    // The record itself keeps the kind it was finalised with (its fines go by it).
    expect((await app.run('inspections.get', { id })).inspection.establishmentKind).toBe('household');

    // An amendment without asking keeps them; one that asks takes the establishment as it is now.
    await app.run('inspections.amend', { id, reason: 'Sửa giờ làm việc' });
    await app.run('inspections.finalise', { id });
    expect((await report(firstHalf, { provinceCode: e.area.provinceCode })).figures.inspectionsTotal).toBe(1);
    await app.run('inspections.amend', { id, reason: 'Cơ sở đã đăng ký doanh nghiệp trước ngày kiểm tra', refreshEstablishment: true });
    await app.run('inspections.finalise', { id });
    const moved = await report(firstHalf, { provinceCode: elsewhere.provinceCode });
    expect(moved.figures.establishmentsByKindAndSector).toEqual([{ kind: 'enterprise', sector: 'construction', count: 1 }]);
  });

  it('counts a commitment item by the date its status was set: fulfilled on 15/07 is still overdue in the first half-year', async () => {
    const id = await startInspection((await household()).id, '2026-05-10');
    const c = await app.run('commitments.create', { inspectionId: id, signerName: 'Nguyễn Văn Chủ', signedDate: '2026-05-10', items: [{ content: 'Cho trẻ thôi việc', deadline: '2026-05-30' }] });
    await assessAndFinalise(app, id);
    await app.run('commitments.setItemStatus', { id: c.items[0]!.id, status: 'fulfilled', statusDate: '2026-07-15' });
    const half = await report(firstHalf);
    expect(half.figures.commitments).toMatchObject({ items: 1, fulfilled: 0, overdue: 1, open: 0, asOf: '2026-06-30' });
    expect(half.figures.commitments.asOfNote).toBe('Tình trạng thực hiện cam kết tính đến ngày 30/06/2026, ngày cuối kỳ báo cáo');
    // The year still running (today is 23/11/2026): judged today, and said so.
    const year = await report({ from: '2026-01-01', to: '2026-12-31' });
    expect(year.figures.commitments).toMatchObject({ fulfilled: 1, overdue: 0, asOf: '2026-11-23' });
    expect(year.figures.commitments.asOfNote).toContain('ngày lập báo cáo');
    expect(year.input.period.label).toBe('năm 2026');
    // Exported later, the closed half-year gives the same figures.
    expect((await report(firstHalf)).figures).toEqual(half.figures);
  });

  it('judges an open item overdue at the report date inside the period, not at its end', async () => {
    const id = await startInspection((await household()).id, '2026-10-01');
    await app.run('commitments.create', { inspectionId: id, signerName: 'Chủ hộ', signedDate: '2026-10-01', items: [{ content: 'A', deadline: '2026-12-01' }, { content: 'B', deadline: '2026-11-01' }] });
    await assessAndFinalise(app, id);
    const year = await report({ from: '2026-01-01', to: '2026-12-31' });
    expect(year.figures.commitments).toMatchObject({ open: 1, overdue: 1 });
  });

  it('lists under-18s only in the children’s figures and list', async () => {
    const id = await startInspection((await household()).id, '2026-04-01');
    await minor(id, { dateOfBirth: '2010-01-01' });
    await minor(id, { fullName: 'Người lớn', dateOfBirth: '2007-01-01' });
    await assessAndFinalise(app, id);
    const result = await report(firstHalf);
    expect(result.figures.minorsTotal).toBe(1);
  });

  it('offers the official cut-offs and keeps the chosen label; an assessment is kept with the period and scope', async () => {
    const official = await report({ from: '2025-12-15', to: '2026-06-14', preset: 'official_six_months' });
    expect(official.input.period).toMatchObject({ label: '6 tháng đầu năm 2026', preset: 'official_six_months' });
    expect(await app.send('reports.periodic', { period: { from: '2026-01-01', to: '2026-06-14', preset: 'official_six_months' } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['period', 'preset'] }] },
    });
    const empty = await app.run('reports.getAssessment', { period: { from: '2025-12-15', to: '2026-06-14' } });
    expect(empty).toMatchObject({ version: 0, periodLabel: '6 tháng đầu năm 2026' });
    const saved = await app.run('reports.saveAssessment', { period: { from: '2025-12-15', to: '2026-06-14' }, results: 'Kiểm tra 12 cơ sở', difficulties: 'Địa bàn rộng, giao thông khó khăn' });
    expect(saved).toMatchObject({ id: empty.id, version: 1, results: 'Kiểm tra 12 cơ sở', periodLabel: '6 tháng đầu năm 2026', updatedBy: 'tester' });
    const again = await app.run('reports.saveAssessment', { period: { from: '2025-12-15', to: '2026-06-14' }, recommendations: 'Đề nghị Bộ Nội vụ hướng dẫn', difficulties: null, expectedVersion: 1 });
    expect(again).toMatchObject({ results: 'Kiểm tra 12 cơ sở', recommendations: 'Đề nghị Bộ Nội vụ hướng dẫn', version: 2 });
    expect(again.difficulties).toBeUndefined();
    expect(await app.send('reports.saveAssessment', { period: { from: '2025-12-15', to: '2026-06-14' }, results: 'X', expectedVersion: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Another scope has its own; the report carries the one of its period and scope.
    expect((await app.run('reports.getAssessment', { period: { from: '2025-12-15', to: '2026-06-14' }, area: { provinceCode: '20', communeCodes: [] } })).version).toBe(0);
    expect((await report({ from: '2025-12-15', to: '2026-06-14' })).assessment).toMatchObject({ results: 'Kiểm tra 12 cơ sở' });
  });
});
