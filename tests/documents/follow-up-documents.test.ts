/**
 * Issue 11 (A1): the referral letter and the follow-up record of a child's case, generated through
 * documents.generate on a real file: the child by initials (never the name, date of birth or home
 * address) unless a leader chooses full names, which is logged as a view of the child's record;
 * no catalogue code, shorthand or law cited another way. With PAPERS_OUT=<folder> they are also
 * rendered to PNG pages to be looked at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/dispatch';
import { craftVillage, officialsFromAgencies } from '../helpers/fixtures';
import { openTestApp, type TestApp } from '../helpers/test-db';
import { hasSoffice, renderDocxToPdfText, renderDocxToPng } from './render-pdf';

let app: TestApp;
let clock: Date;
beforeEach(() => {
  clock = new Date('2026-11-23T08:00:00Z');
  app = openTestApp(clock);
});
afterEach(() => app.close());

const textOf = async (bytes: Buffer) => {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ').replace(/&amp;/g, '&').normalize('NFC');
};

const NEVER: [RegExp, string][] = [
  [/\b(LDCTN|HDLD|CK)-[0-9A-Za-z]/u, 'a catalogue code'],
  [/HĐLĐ|LĐCTN|TDTT|BLLĐ|ATVSLĐ|NLĐ/u, 'a shorthand of the catalogue'],
  [/Nghị định (?!số )\d|Thông tư (?!số )\d|Bộ luật Lao động \d/u, 'a law cited another way'],
  [/Ông\/Bà|ông\/bà/u, '"Ông/Bà"'],
];

async function caseWithWork() {
  const { members } = await craftVillage(app, 1);
  const [leader, member] = await officialsFromAgencies(app, 2);
  const { inspection } = await app.run('inspections.create', {
    establishmentId: members[0]!.id,
    inspectionDate: '2026-11-20',
    number: '15/BB-ĐKT',
    teamPresent: [
      { officialId: leader!.id, role: 'leader' },
      { officialId: member!.id, role: 'member' },
    ],
    representatives: [{ name: 'Lò Văn Chủ' }],
  });
  await app.run('minors.create', {
    inspectionId: inspection.id,
    fullName: 'Lò Thị An',
    sex: 'female',
    dateOfBirth: '2014-05-01',
    homeAddress: 'Bản Nà Pàn, xã Bắc Sơn',
    job: 'Đan giỏ mây',
    hoursPerDay: 6,
    nightWork: true,
    schooling: 'dropped_out',
  });
  const detail = await app.run('inspections.get', { id: inspection.id });
  await app.run('inspections.setChecklist', {
    inspectionId: inspection.id,
    items: detail.checklist.map((r) => ({ itemCode: r.itemCode, result: r.applies ? ('compliant' as const) : ('not_applicable' as const) })),
  });
  await app.run('inspections.finalise', { id: inspection.id });
  const [c] = await app.run('followUp.listCases', {});
  const referral = await app.run('followUp.addReferral', {
    caseId: c!.id,
    target: 'commune_committee',
    agencyName: 'Ủy ban nhân dân xã Bắc Sơn',
    referredOn: '2026-11-23',
    method: 'letter',
    contact: 'Bà Hoàng Thị Hoa, công chức văn hóa - xã hội, 0912 345 678',
  });
  clock.setTime(Date.parse('2027-03-02T03:00:00Z'));
  await app.run('followUp.addSupport', { caseId: c!.id, kind: 'back_to_school', providedBy: 'Trường Tiểu học Bắc Sơn', providedOn: '2026-12-01', note: 'Miễn học phí, tặng sách vở' });
  await app.run('followUp.addVisit', { caseId: c!.id, visitedOn: '2026-12-20', visitedBy: 'Nông Thị Lan', situation: 'still_working', workPlace: 'Xưởng đan của hộ ông Chủ', workDescription: 'Đan giỏ buổi tối, khoảng 2 giờ' });
  await app.run('followUp.addVisit', { caseId: c!.id, visitedOn: '2027-02-25', visitedBy: 'Nông Thị Lan', situation: 'in_school', notes: 'Đi học đều, gia đình cam kết không cho cháu làm việc' });
  await app.run('followUp.closeCase', { id: c!.id, closedOn: '2027-03-01', reason: 'in_school' });
  return { caseId: c!.id, referralId: referral.id, inspectionId: inspection.id };
}

async function generate(kind: 'case_referral' | 'case_follow_up', sourceId: string, childNames: 'initials' | 'full' = 'initials') {
  const made = await app.run('documents.generate', { kind, sourceId, childNames });
  return { fileName: made.fileName, bytes: app.readStored(made.fileName) };
}

describe('follow-up papers', () => {
  it('name the child by initials, read as official papers, and render', async () => {
    const { caseId, referralId } = await caseWithWork();
    const referral = await generate('case_referral', referralId);
    const record = await generate('case_follow_up', caseId);
    expect(referral.fileName).toMatch(/^Phieu chuyen gui - L\.T\.A - Uy ban nhan dan xa Bac Son - 23-11-2026\.docx$/);
    expect(record.fileName).toMatch(/^Phieu theo doi tre em - L\.T\.A - .* - 02-03-2027\.docx$/);
    const r = await textOf(referral.bytes);
    const f = await textOf(record.bytes);
    for (const text of [r, f]) {
      expect(text).toContain('L.T.A, sinh năm 2014');
      expect(text).not.toMatch(/Lò Thị An|01\/05\/2014|Nà Pàn/u);
      for (const [pattern, what] of NEVER) expect(text, what).not.toMatch(pattern);
    }
    expect(r).toContain('PHIẾU CHUYỂN GỬI');
    expect(r).toContain('Kính gửi: Ủy ban nhân dân xã Bắc Sơn');
    expect(r).toContain('trong vòng 12 giờ');
    expect(r).toContain('Biên bản kiểm tra số 15/BB-ĐKT');
    expect(r).toContain('Bà Hoàng Thị Hoa');
    expect(f).toContain('PHIẾU THEO DÕI TRẺ EM');
    expect(f).toContain('Vẫn đang làm việc');
    expect(f).toContain('Kết thúc theo dõi ngày 01/03/2027');
    expect(f).toContain('Hỗ trợ trở lại trường học');

    const out = process.env.PAPERS_OUT;
    if (out) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, referral.fileName), referral.bytes);
      writeFileSync(join(out, record.fileName), record.bytes);
      if (hasSoffice) {
        await renderDocxToPng(referral.bytes, join(out, 'case-referral'));
        await renderDocxToPng(record.bytes, join(out, 'case-follow-up'));
      }
    }
    if (hasSoffice) {
      const rendered = await renderDocxToPdfText(record.bytes);
      expect(rendered).toContain('THEO DÕI TRẺ EM');
    }
  });

  it('print full names only for a leader, and log it as a view of the child’s record', async () => {
    const { caseId, inspectionId } = await caseWithWork();
    const refused = await dispatch('documents.generate', { kind: 'case_follow_up', sourceId: caseId, childNames: 'full' }, app.db, { ...app.ctx, role: 'member', actor: 'Thành viên' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    clock.setTime(clock.getTime() + 60 * 60_000);
    const views = () => (app.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'view_children' AND entity_id = ?").get(inspectionId) as { n: number }).n;
    const before = views();
    const full = await generate('case_follow_up', caseId, 'full');
    expect(await textOf(full.bytes)).toContain('Lò Thị An, sinh ngày 01/05/2014');
    expect(views()).toBe(before + 1);
  });
});
