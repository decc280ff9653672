/**
 * Issue 11, commitment verification and sanction decisions on a real file: a re-inspection linked
 * to the first records item by item kept or breached (the item's status follows in the same
 * transaction), a breach proposes the next step of the escalation ladder, a new re-inspection can
 * follow, and the report's commitment figures follow the verdicts.
 */
import { writeFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasSoffice, renderDocxToPdfText } from '../documents/render-pdf';
import { assessAndFinalise, craftVillage, officialsFromAgencies } from '../helpers/fixtures';
import { openTestApp, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeEach(() => {
  app = openTestApp(new Date('2026-07-20T03:00:00Z'));
});
afterEach(() => app.close());

async function firstInspection() {
  const { members } = await craftVillage(app, 1);
  const [leader] = await officialsFromAgencies(app, 1);
  const { inspection } = await app.run('inspections.create', {
    establishmentId: members[0]!.id,
    inspectionDate: '2026-03-02',
    teamPresent: [{ officialId: leader!.id, role: 'leader' }],
    representatives: [{ name: 'Hoàng Văn Lâm', position: 'Chủ hộ' }],
  });
  const commitment = await app.run('commitments.create', {
    inspectionId: inspection.id,
    signerName: 'Hoàng Văn Lâm',
    signedDate: '2026-03-02',
    items: [
      { content: 'Cho trẻ em thôi việc', deadline: '2026-04-01' },
      { content: 'Lập sổ theo dõi lao động chưa thành niên', deadline: '2026-05-01' },
    ],
  });
  await app.run('violations.create', { inspectionId: inspection.id, typeCode: 'LDCTN-01', minorIds: [] });
  await assessAndFinalise(app, inspection.id);
  return { inspection, items: commitment.items, establishment: members[0]!, leader: leader! };
}

const row = (sql: string, ...p: unknown[]) => app.db.$client.prepare(sql).get(...p) as Record<string, unknown>;

describe('re-inspection', () => {
  it('starts linked to the first, with its team and representatives, and lists the items to verify', async () => {
    const { inspection, items, establishment, leader } = await firstInspection();
    const re = await app.run('inspections.startReinspection', { followsInspectionId: inspection.id, inspectionDate: '2026-05-10' });
    expect(re.inspection).toMatchObject({ establishmentId: establishment.id, inspectionDate: '2026-05-10', status: 'draft', teamPresent: [{ officialId: leader.id, role: 'leader' }] });
    expect(re.inspection.representatives).toMatchObject([{ name: 'Hoàng Văn Lâm', position: 'Chủ hộ' }]);
    expect(re.inspection.planId).toBeUndefined();
    expect(row('SELECT follows_inspection_id AS f FROM inspections WHERE id = ?', re.inspection.id)).toEqual({ f: inspection.id });
    expect((await app.run('inspections.get', { id: re.inspection.id })).inspection.followsInspectionId).toBe(inspection.id);
    expect((await app.run('inspections.get', { id: inspection.id })).inspection.followsInspectionId).toBeUndefined();

    const v = await app.run('verification.get', { inspectionId: re.inspection.id });
    expect(v).toMatchObject({ followsInspectionId: inspection.id, followed: { id: inspection.id, inspectionDate: '2026-03-02' }, editable: true, establishmentName: establishment.name });
    expect(v.items.map((i) => [i.item.id, i.item.displayStatus, i.proposedStep, i.breachesBefore])).toEqual([
      [items[0]!.id, 'overdue', 'reminder', 0],
      [items[1]!.id, 'overdue', 'reminder', 0],
    ]);
    expect((await app.run('verification.get', { inspectionId: inspection.id })).reinspections).toEqual([{ id: re.inspection.id, inspectionDate: '2026-05-10', status: 'draft' }]);
    // The first inspection is not a re-inspection: nothing to verify there.
    expect(await app.run('verification.get', { inspectionId: inspection.id })).toMatchObject({ followsInspectionId: null, editable: false, items: [] });
  });

  it('refuses a re-inspection of a draft, or dated before the first', async () => {
    const { inspection } = await firstInspection();
    expect(await app.send('inspections.startReinspection', { followsInspectionId: inspection.id, inspectionDate: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['inspectionDate'] }] },
    });
    const draft = await app.run('inspections.startReinspection', { followsInspectionId: inspection.id, inspectionDate: '2026-05-10' });
    expect(await app.send('inspections.startReinspection', { followsInspectionId: draft.inspection.id, inspectionDate: '2026-06-10' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('records kept and breached item by item, the item status following; a breach climbs the ladder at the next re-inspection', async () => {
    const { inspection, items } = await firstInspection();
    const re = (await app.run('inspections.startReinspection', { followsInspectionId: inspection.id, inspectionDate: '2026-05-10' })).inspection;
    const kept = await app.run('verification.record', { reinspectionId: re.id, commitmentItemId: items[0]!.id, kept: true, evidence: 'Trẻ đã nghỉ việc, đi học lại' });
    expect(kept).toMatchObject({ item: { status: 'fulfilled', statusDate: '2026-05-10', note: 'Trẻ đã nghỉ việc, đi học lại' }, check: { kept: true, checkedOn: '2026-05-10' } });
    expect(kept.check!.nextStep).toBeUndefined();
    // A breach needs its evidence.
    expect(await app.send('verification.record', { reinspectionId: re.id, commitmentItemId: items[1]!.id, kept: false })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['evidence'] }] },
    });
    const breached = await app.run('verification.record', { reinspectionId: re.id, commitmentItemId: items[1]!.id, kept: false, evidence: 'Chưa lập sổ' });
    expect(breached).toMatchObject({ item: { status: 'breached', statusDate: '2026-05-10' }, check: { kept: false, nextStep: 'reminder' } });
    // The one-click status of the commitments page no longer overrides a verdict.
    expect(await app.send('commitments.setItemStatus', { id: items[1]!.id, status: 'fulfilled' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Nội dung cam kết này đã được kiểm tra lại ngày 10/05/2026; sửa kết quả trong cuộc kiểm tra lại' },
    });
    // Recording again replaces the verdict (one per re-inspection and item).
    await app.run('verification.record', { reinspectionId: re.id, commitmentItemId: items[1]!.id, kept: false, evidence: 'Chưa lập sổ theo dõi' });
    expect(row('SELECT count(*) AS n FROM commitment_checks WHERE reinspection_id = ?', re.id)).toEqual({ n: 2 });

    // The figures follow.
    const scope = { period: { from: '2026-01-01', to: '2026-06-30' } };
    let figures = (await app.run('reports.periodic', scope)).figures;
    expect(figures.commitments).toMatchObject({ items: 2, fulfilled: 1, breached: 1, overdue: 0 });

    // Second re-inspection, following the first re-inspection: the breached item is proposed a new inspection.
    await assessAndFinalise(app, re.id);
    expect(await app.send('verification.record', { reinspectionId: re.id, commitmentItemId: items[1]!.id, kept: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const re2 = (await app.run('inspections.startReinspection', { followsInspectionId: re.id, inspectionDate: '2026-06-15' })).inspection;
    const v2 = await app.run('verification.get', { inspectionId: re2.id });
    expect(v2.items.map((i) => [i.item.id, i.breachesBefore, i.proposedStep, i.earlier.length])).toEqual([
      [items[0]!.id, 0, 'new_inspection', 1],
      [items[1]!.id, 1, 'new_inspection', 1],
    ]);
    const again = await app.run('verification.record', { reinspectionId: re2.id, commitmentItemId: items[1]!.id, kept: false, evidence: 'Vẫn chưa lập sổ' });
    expect(again.check).toMatchObject({ nextStep: 'new_inspection' });
    // The user may choose another step.
    const chosen = await app.run('verification.record', { reinspectionId: re2.id, commitmentItemId: items[1]!.id, kept: false, evidence: 'Vẫn chưa lập sổ', nextStep: 'sanction_proposal' });
    expect(chosen.check).toMatchObject({ nextStep: 'sanction_proposal' });
    // A third visit: sanction proposal.
    await assessAndFinalise(app, re2.id);
    const re3 = (await app.run('inspections.startReinspection', { followsInspectionId: re2.id, inspectionDate: '2026-06-25' })).inspection;
    expect((await app.run('verification.get', { inspectionId: re3.id })).items.find((i) => i.item.id === items[1]!.id)).toMatchObject({ breachesBefore: 2, proposedStep: 'sanction_proposal' });

    // Kept at the third visit, then the verdict withdrawn: the item goes back to the latest earlier verdict.
    await app.run('verification.record', { reinspectionId: re3.id, commitmentItemId: items[1]!.id, kept: true, evidence: 'Đã lập sổ' });
    figures = (await app.run('reports.periodic', scope)).figures;
    expect(figures.commitments).toMatchObject({ fulfilled: 2, breached: 0 });
    expect(figures.commitmentChecks).toMatchObject({ itemsVerified: 2, kept: 2, breached: 0 });
    const undone = await app.run('verification.remove', { reinspectionId: re3.id, commitmentItemId: items[1]!.id });
    expect(undone.item).toMatchObject({ status: 'breached', statusDate: '2026-06-15' });
    expect(undone.check).toBeUndefined();
    figures = (await app.run('reports.periodic', scope)).figures;
    expect(figures.commitments).toMatchObject({ fulfilled: 1, breached: 1 });
    expect(figures.commitmentChecks).toMatchObject({ itemsVerified: 2, kept: 1, breached: 1 });
  });

  it('a deleted re-inspection takes its verdicts with it, a restored one brings them back', async () => {
    const { inspection, items } = await firstInspection();
    const re = (await app.run('inspections.startReinspection', { followsInspectionId: inspection.id, inspectionDate: '2026-05-10' })).inspection;
    await app.run('verification.record', { reinspectionId: re.id, commitmentItemId: items[0]!.id, kept: false, evidence: 'Trẻ em vẫn làm việc' });
    const statusOf = () => row('SELECT status, status_date AS on_ FROM commitment_items WHERE id = ?', items[0]!.id);
    expect(statusOf()).toEqual({ status: 'breached', on_: '2026-05-10' });
    await app.run('inspections.remove', { id: re.id });
    expect(statusOf()).toEqual({ status: 'open', on_: null });
    const scope = { period: { from: '2026-01-01', to: '2026-06-30' } };
    expect((await app.run('reports.periodic', scope)).figures.commitmentChecks).toMatchObject({ itemsVerified: 0 });
    await app.run('inspections.restore', { id: re.id });
    expect(statusOf()).toEqual({ status: 'breached', on_: '2026-05-10' });
    // The re-inspection's day corrected: the verdict is dated on it.
    await app.run('inspections.update', { id: re.id, inspectionDate: '2026-05-12' });
    expect(statusOf()).toEqual({ status: 'breached', on_: '2026-05-12' });
    expect((await app.run('reports.periodic', scope)).figures.commitmentChecks).toMatchObject({ itemsVerified: 1, breached: 1 });
  });

  it('a closed period keeps its commitment figures when a later re-inspection changes a verdict', async () => {
    const { inspection, items } = await firstInspection();
    const re = (await app.run('inspections.startReinspection', { followsInspectionId: inspection.id, inspectionDate: '2026-05-10' })).inspection;
    await app.run('verification.record', { reinspectionId: re.id, commitmentItemId: items[0]!.id, kept: false, evidence: 'Trẻ em vẫn làm việc' });
    await assessAndFinalise(app, re.id);
    const firstHalf = { period: { from: '2026-01-01', to: '2026-06-30' } };
    const before = (await app.run('reports.periodic', firstHalf)).figures;
    expect(before.commitments).toMatchObject({ items: 2, breached: 1, overdue: 1, fulfilled: 0 });
    // In July the establishment has complied: the item is now kept, the first half still says breached.
    const re2 = (await app.run('inspections.startReinspection', { followsInspectionId: re.id, inspectionDate: '2026-07-15' })).inspection;
    await app.run('verification.record', { reinspectionId: re2.id, commitmentItemId: items[0]!.id, kept: true, evidence: 'Đã cho trẻ thôi việc' });
    expect(row('SELECT status FROM commitment_items WHERE id = ?', items[0]!.id)).toEqual({ status: 'fulfilled' });
    const after = (await app.run('reports.periodic', firstHalf)).figures;
    expect(after.commitments).toEqual(before.commitments);
    expect(after.commitmentChecks).toEqual(before.commitmentChecks);
    const listed = await app.run('reports.commitmentItems', firstHalf);
    expect(listed.items.map((i) => [i.item.id, i.item.displayStatus])).toEqual(expect.arrayContaining([[items[0]!.id, 'breached'], [items[1]!.id, 'overdue']]));
    // The year, judged on today (20/07/2026): kept.
    expect((await app.run('reports.periodic', { period: { from: '2026-01-01', to: '2026-12-31' } })).figures.commitments).toMatchObject({ fulfilled: 1, breached: 0 });
  });

  it('refuses a verdict on an item that is not of the followed inspections, or on an ordinary inspection', async () => {
    const { inspection, items } = await firstInspection();
    const other = await firstInspection();
    const re = (await app.run('inspections.startReinspection', { followsInspectionId: inspection.id, inspectionDate: '2026-05-10' })).inspection;
    expect(await app.send('verification.record', { reinspectionId: re.id, commitmentItemId: other.items[0]!.id, kept: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['commitmentItemId'] }] },
    });
    const plain = (await app.run('inspections.create', { establishmentId: other.establishment.id, inspectionDate: '2026-05-11' })).inspection;
    expect(await app.send('verification.record', { reinspectionId: plain.id, commitmentItemId: items[0]!.id, kept: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('sanction decisions', () => {
  it('are recorded on a finalised inspection, changed, removed and restored, with their rules', async () => {
    const { inspection } = await firstInspection();
    const draft = (await app.run('inspections.create', { establishmentId: (await craftVillage(app, 1)).members[0]!.id, inspectionDate: '2026-05-11' })).inspection;
    const input = { inspectionId: inspection.id, number: '12/QĐ-XPHC', decidedOn: '2026-03-20', issuedBy: 'Chủ tịch UBND xã', amount: 1_500_000 };
    expect(await app.send('sanctions.create', { ...input, inspectionId: draft.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await app.send('sanctions.create', { ...input, decidedOn: '2026-03-01' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['decidedOn'] }] } });
    expect(await app.send('sanctions.create', { ...input, paid: false, paidOn: '2026-03-25' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['paidOn'] }] } });
    expect(await app.send('sanctions.create', { ...input, paid: true, paidOn: '2026-03-19' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['paidOn'] }] } });
    expect(await app.send('sanctions.create', { ...input, decidedOn: '2026-08-01' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['decidedOn'] }] } });

    const d = await app.run('sanctions.create', input);
    expect(d).toMatchObject({ ...input, paid: false, version: 1 });
    const paid = await app.run('sanctions.update', { id: d.id, expectedVersion: 1, paid: true, paidOn: '2026-04-02' });
    expect(paid).toMatchObject({ paid: true, paidOn: '2026-04-02', version: 2 });
    expect(await app.send('sanctions.update', { id: d.id, expectedVersion: 1, amount: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const unpaid = await app.run('sanctions.update', { id: d.id, paid: false });
    expect(unpaid.paidOn).toBeUndefined();
    expect(await app.run('sanctions.list', { inspectionId: inspection.id })).toMatchObject({ violations: 1, proposedFine: 1_500_000, decisions: [{ id: d.id, number: '12/QĐ-XPHC' }] });
    await app.run('sanctions.remove', { id: d.id });
    expect((await app.run('sanctions.list', { inspectionId: inspection.id })).decisions).toEqual([]);
    expect((await app.run('sanctions.list', { inspectionId: inspection.id, includeDeleted: true })).decisions).toHaveLength(1);
    expect(await app.run('sanctions.restore', { id: d.id })).toMatchObject({ id: d.id, deletedAt: null });
  });
});

describe('Biên bản kiểm tra lại', () => {
  it('lists each commitment with its verdict, evidence and the next step, through documents.generate', async () => {
    const { inspection, items } = await firstInspection();
    const re = (await app.run('inspections.startReinspection', { followsInspectionId: inspection.id, inspectionDate: '2026-05-10' })).inspection;
    await app.run('inspections.update', { id: re.id, startTime: '08:30', endTime: '10:00', employerStatement: 'Cơ sở xin gia hạn lập sổ đến hết tháng 6.' });
    await app.run('verification.record', { reinspectionId: re.id, commitmentItemId: items[0]!.id, kept: true, evidence: 'Trẻ em đã nghỉ việc, đi học lại' });
    await app.run('verification.record', { reinspectionId: re.id, commitmentItemId: items[1]!.id, kept: false, evidence: 'Chưa lập sổ theo dõi' });
    const generated = await app.run('documents.generate', { kind: 'reinspection_minutes', sourceId: re.id });
    expect(generated.fileName).toBe('Bien ban kiem tra lai - Ho san xuat may tre so 1 - 10-05-2026.docx');
    const bytes = app.readStored(generated.fileName);
    if (process.env.A2_RENDER) writeFileSync(process.env.A2_RENDER, bytes);
    const text = (await mammoth.extractRawText({ buffer: bytes })).value.normalize('NFC').replace(/\s+/g, ' ');
    for (const expected of [
      'LIÊN NGÀNH',
      'BIÊN BẢN KIỂM TRA LẠI',
      'Căn cứ Biên bản kiểm tra số 01/BB-ĐKT ngày 02 tháng 3 năm 2026 của Đoàn kiểm tra liên ngành tại Hộ sản xuất mây tre số 1;',
      'Căn cứ Bản cam kết của cơ sở lập tại buổi kiểm tra ngày 02/03/2026.',
      'vào hồi 08 giờ 30 phút, ngày 10 tháng 5 năm 2026',
      'tiến hành kiểm tra lại việc thực hiện các nội dung đã cam kết của Hộ sản xuất mây tre số 1',
      'II. KẾT QUẢ KIỂM TRA LẠI VIỆC THỰC HIỆN CAM KẾT',
      '1 Cho trẻ em thôi việc 01/04/2026 Đã thực hiện Trẻ em đã nghỉ việc, đi học lại',
      '2 Lập sổ theo dõi lao động chưa thành niên 01/05/2026 Vi phạm cam kết Chưa lập sổ theo dõi',
      'Tổng hợp: 01/02 nội dung đã thực hiện; 01 nội dung không thực hiện.',
      '- Nội dung số 2 (lập sổ theo dõi lao động chưa thành niên): nhắc nhở, đôn đốc thực hiện.',
      'Cơ sở xin gia hạn lập sổ đến hết tháng 6.',
      'TRƯỞNG ĐOÀN',
      'Hoàng Văn Thắng',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/DỰ THẢO/u);
    // An ordinary inspection has no such paper.
    expect(await app.send('documents.generate', { kind: 'reinspection_minutes', sourceId: inspection.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it.skipIf(!hasSoffice)('renders through LibreOffice (needs soffice)', async () => {
    const { inspection, items } = await firstInspection();
    const re = (await app.run('inspections.startReinspection', { followsInspectionId: inspection.id, inspectionDate: '2026-05-10' })).inspection;
    await app.run('verification.record', { reinspectionId: re.id, commitmentItemId: items[0]!.id, kept: true });
    const generated = await app.run('documents.generate', { kind: 'reinspection_minutes', sourceId: re.id });
    const pdf = (await renderDocxToPdfText(app.readStored(generated.fileName))).normalize('NFC');
    expect(pdf).not.toContain('\uFFFD');
    const flat = pdf.replace(/\s+/g, ' ');
    for (const expected of ['BIÊN BẢN KIỂM TRA LẠI', 'Cho trẻ em thôi việc', '01/04/2026', '01/02 nội dung đã thực hiện; 01 nội dung chưa kiểm tra']) expect(flat).toContain(expected);
  });
});
