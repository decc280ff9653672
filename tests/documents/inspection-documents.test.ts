import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childDisplayName, nameInitials } from '../../electron/documents/child-initials';
import { clockTime, establishmentAddress, formatVnd, minutesNumber, referenceInText } from '../../electron/documents/inspection-labels';
import { buildInspectionMinutes } from '../../electron/documents/inspection-minutes-document';
import { packDocument } from '../../electron/documents/official-layout';
import { buildViolationRecord } from '../../electron/documents/violation-record-document';
import { DEFAULT_LEGAL_BASES } from '../../shared/plans/legal-bases';
import type { DocumentKind } from '../../shared/schemas/document';
import type { Establishment } from '../../shared/schemas/establishment';
import { vndInWords } from '../../shared/text/vnd-words';
import { assessAndFinalise, craftVillage, officialsFromAgencies } from '../helpers/fixtures';
import { openTestApp, type TestApp } from '../helpers/test-db';
import { hasSoffice, renderDocxToPdfText } from './render-pdf';

// ---- reading the .docx ---------------------------------------------------------------

const decode = (xml: string): string =>
  xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Plain text of an XML fragment: runs joined, line breaks as "\n". */
const textOf = (xml: string): string =>
  decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '\n').join('')).normalize('NFC');

interface Docx {
  bytes: Buffer;
  xml: string;
  /** Paragraph texts in order (table cells included). */
  paragraphs: string[];
  /** Everything, paragraphs joined with "\n". */
  all: string;
}

async function readDocx(bytes: Buffer): Promise<Docx> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).normalize('NFC');
  const paragraphs = [...xml.matchAll(/<w:p(?:\s[^>]*)?>.*?<\/w:p>|<w:p\/>/gs)].map(([p]) => textOf(p));
  return { bytes, xml, paragraphs, all: paragraphs.join('\n') };
}

/** Rows of the bordered table whose header row contains `header`, as cell texts. */
function tableRows(xml: string, header: string): string[][] {
  const table = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([t]) => t).find((t) => textOf(/<w:tr>.*?<\/w:tr>/s.exec(t)?.[0] ?? '').includes(header));
  if (!table) throw new Error(`no table with header ${header}`);
  return [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(([row]) =>
    [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([c]) => [...c.matchAll(/<w:p(?:\s[^>]*)?>.*?<\/w:p>/gs)].map(([p]) => textOf(p)).join('\n')),
  );
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

// ---- the scenario: a household of a rattan craft village, a 12-year-old and a 16-year-old ----

const CHILD = { fullName: 'Nguyễn Văn An', dateOfBirth: '2014-03-15', homeAddress: 'Thôn Khuổi Phầy, nhà số 17' };
const TEEN = { fullName: 'Trần Thị Bình', dateOfBirth: '2010-06-02', homeAddress: 'Bản Nà Lay, nhà số 4' };
const COMMUNE_OFFICER = 'Nông Văn Tú';

/** The household's address with its commune and province, as the documents write it. */
let ADDRESS = '';
/** The commune as written inside a sentence ("phường Đông Kinh"). */
let COMMUNE = '';

interface Scenario {
  app: TestApp;
  inspectionId: string;
  adHocId: string;
  officials: { id: string; fullName: string }[];
}

async function generate(app: TestApp, kind: DocumentKind, sourceId: string, childNames: 'initials' | 'full' = 'initials'): Promise<Docx> {
  const { fileName } = await app.run('documents.generate', { kind, sourceId, childNames });
  return readDocx(app.readStored(fileName));
}

async function buildScenario(): Promise<Scenario> {
  // 16/11/2026, 08:00 in Việt Nam: the plan is approved before the visit on 20/11.
  const app = openTestApp(new Date('2026-11-16T01:00:00Z'));
  const { members, area } = await craftVillage(app, 2);
  const household = members[0]!;
  COMMUNE = area.communeName.replace(/^(Xã|Phường)/u, (w) => w.toLowerCase());
  ADDRESS = `Thôn Nà Pàn, ${COMMUNE}, tỉnh Lạng Sơn`;
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, provinceName: _p, communeName: _cn, parentName: _pn, ...fields } = household as Establishment;
  await app.run('establishments.update', {
    ...fields,
    id: household.id,
    address: 'Thôn Nà Pàn',
    trade: 'sản xuất hàng mây tre đan, kinh doanh dịch vụ karaoke',
    legalRepName: 'Lục Văn Thành',
    legalRepTitle: 'Chủ hộ',
    workersTotal: 8,
    workersUnder18: 1,
  });

  const officials = await officialsFromAgencies(app, 4);
  const [labour] = await app.run('agencies.list', {});
  const { plan } = await app.run('plans.create', {
    number: '12/KH-ĐKT',
    title: 'Kế hoạch kiểm tra lao động chưa thành niên tại làng nghề năm 2026',
    kind: 'thematic',
    issuingAgencyId: labour!.id,
    legalBases: DEFAULT_LEGAL_BASES.slice(0, 3).map((b) => b.text),
    periodStart: '2026-11-16',
    periodEnd: '2026-11-30',
    provinceCode: area.provinceCode,
    communeCodes: [area.communeCode],
  });
  await app.run('plans.setTeam', {
    planId: plan.id,
    members: officials.map((o, i) => ({ officialId: o.id, role: i === 0 ? 'leader' : i === 3 ? 'secretary' : 'member' })),
  });
  const { targets } = await app.run('plans.addTargets', { planId: plan.id, targets: [{ establishmentId: household.id, visitDate: '2026-11-20', timeSlot: 'morning' }] });
  await app.run('plans.setStatus', { id: plan.id, status: 'approved' });

  const { inspection } = await app.run('inspections.create', {
    planTargetId: targets[0]!.id,
    number: '07/BB-ĐKT',
    inspectionDate: '2026-11-20',
    startTime: '08:30',
    endTime: '11:15',
    representatives: [{ name: 'Lục Văn Thành', position: 'Chủ hộ', idNumber: '020080001234' }],
    otherParticipants: [{ name: COMMUNE_OFFICER, position: 'Công chức Văn hóa - Xã hội', organisation: `Ủy ban nhân dân ${COMMUNE}` }],
    documentsReviewed: ['Sổ quản lý lao động của hộ', 'Danh sách người lao động làm việc tại hộ'],
    employerStatement: 'Gia đình chưa nắm được quy định về lao động chưa thành niên; xin nhận thiếu sót và khắc phục ngay.',
    copies: 3,
  });
  const facts = { sex: 'male' as const, job: 'chẻ nan, đan giỏ mây tre', hoursPerDay: 3, hoursPerWeek: 15, artSportWork: false };
  const child = await app.run('minors.create', { inspectionId: inspection.id, ...CHILD, ...facts });
  const teen = await app.run('minors.create', {
    inspectionId: inspection.id,
    ...TEEN,
    sex: 'female',
    job: 'phục vụ tại phòng hát karaoke của hộ',
    hoursPerDay: 6,
    hoursPerWeek: 36,
    hazardousWorkplace: true,
  });
  expect([child.ageAtInspection, teen.ageAtInspection]).toEqual([12, 16]);

  await app.run('inspections.setChecklist', {
    inspectionId: inspection.id,
    items: [
      { itemCode: 'CK-01', result: 'compliant' },
      { itemCode: 'CK-02', result: 'violation', note: 'Không lập sổ theo dõi riêng' },
      { itemCode: 'CK-18', result: 'violation', note: 'Trẻ dưới 13 tuổi chẻ nan, đan giỏ' },
      { itemCode: 'CK-21', result: 'not_applicable' },
    ],
  });

  // Accept the suggestions; the team leader makes the MBB01 record for the karaoke workplace.
  const suggestions = await app.run('violations.suggest', { inspectionId: inspection.id });
  expect(suggestions.map((s) => s.typeCode)).toEqual(['LDCTN-08a', 'LDCTN-09b']);
  const leader = officials[0]!;
  for (const s of suggestions) {
    await app.run('violations.create', {
      inspectionId: inspection.id,
      origin: 'suggestion',
      typeCode: s.typeCode,
      minorIds: s.minorIds,
      facts: s.reasons.join('. '),
      remedialRequest: s.typeCode === 'LDCTN-09b' ? 'Bố trí người lao động chưa thành niên sang công việc phù hợp, không làm việc tại phòng hát karaoke' : undefined,
      recordMade: s.typeCode === 'LDCTN-09b',
      recordedByOfficialId: s.typeCode === 'LDCTN-09b' ? leader.id : undefined,
    });
  }
  await app.run('commitments.create', {
    inspectionId: inspection.id,
    signerName: 'Lục Văn Thành',
    signerPosition: 'Chủ hộ',
    signedDate: '2026-11-20',
    items: [
      { content: 'Chấm dứt ngay việc sử dụng người chưa đủ 13 tuổi làm việc tại hộ', deadline: '2026-11-20' },
      { content: 'Lập sổ theo dõi riêng người lao động chưa thành niên; không bố trí người chưa thành niên làm việc tại phòng hát karaoke', deadline: '2026-12-20' },
    ],
  });
  await assessAndFinalise(app, inspection.id);

  // An ad hoc visit of the other household, without a plan: one finding, no MBB01, no commitment.
  const adHoc = await app.run('inspections.create', {
    establishmentId: members[1]!.id,
    inspectionDate: '2026-11-21',
    teamPresent: [{ officialId: leader.id, role: 'leader' }, { officialId: officials[1]!.id, role: 'member' }],
    representatives: [{ name: 'Hoàng Thị Mến' }],
  });
  const found = await app.run('minors.create', { inspectionId: adHoc.inspection.id, fullName: 'Lý Văn Hùng', sex: 'male', estimatedAge: 14, inRegister: false });
  await app.run('violations.create', { inspectionId: adHoc.inspection.id, typeCode: 'LDCTN-01', minorIds: [found.id] });

  return { app, inspectionId: inspection.id, adHocId: adHoc.inspection.id, officials };
}

// ---- labels ----------------------------------------------------------------------------

describe('child names and inspection labels', () => {
  const minor = { fullName: ' Nguyễn  Văn An ', dateOfBirth: '2014-03-15', ageAtInspection: 12, ageEstimated: false };

  it('writes initials with the year of birth by default, the full name and date only in full mode', () => {
    expect(nameInitials('Nguyễn Văn An')).toBe('N.V.A');
    expect(nameInitials('đặng thị ánh')).toBe('Đ.T.Á');
    expect(childDisplayName(minor, 'initials')).toBe('N.V.A, sinh năm 2014');
    expect(childDisplayName(minor, 'full')).toBe('Nguyễn Văn An, sinh ngày 15/03/2014');
    const estimated = { fullName: 'Lý Văn Hùng', dateOfBirth: undefined, ageAtInspection: 14, ageEstimated: true };
    expect(childDisplayName(estimated, 'initials')).toBe('L.V.H, khoảng 14 tuổi');
    expect(childDisplayName(estimated, 'full')).toBe('Lý Văn Hùng, khoảng 14 tuổi');
  });

  it('formats times, amounts, numbers, references and addresses', () => {
    expect(clockTime('08:30')).toBe('08 giờ 30 phút');
    expect(clockTime(undefined)).toBe('…… giờ …… phút');
    expect(formatVnd(62_500_000)).toBe('62.500.000');
    expect(minutesNumber('7')).toBe('07/BB-ĐKT');
    expect(minutesNumber('07/BB-ĐKT')).toBe('07/BB-ĐKT');
    expect(minutesNumber('  ')).toBeUndefined();
    expect(referenceInText('Điểm b Khoản 3 Điều 29 Nghị định 12/2022/NĐ-CP')).toBe('điểm b khoản 3 Điều 29 Nghị định 12/2022/NĐ-CP');
    const place = { address: 'Thôn Nà Pàn', communeName: 'Xã Hoàng Văn Thụ', provinceName: 'Tỉnh Lạng Sơn' } as Establishment;
    expect(establishmentAddress(place)).toBe('Thôn Nà Pàn, xã Hoàng Văn Thụ, tỉnh Lạng Sơn');
    expect(establishmentAddress({ ...place, address: 'Số 5, xã Hoàng Văn Thụ' })).toBe('Số 5, xã Hoàng Văn Thụ, tỉnh Lạng Sơn');
  });
});

// ---- documents generated through the real services ---------------------------------------

describe('inspection documents', () => {
  let s: Scenario;
  let minutes: Docx;
  let full: Docx;
  let commitment: Docx;
  let record: Docx;

  beforeAll(async () => {
    s = await buildScenario();
    minutes = await generate(s.app, 'inspection_minutes', s.inspectionId);
    full = await generate(s.app, 'inspection_minutes', s.inspectionId, 'full');
    commitment = await generate(s.app, 'commitment', s.inspectionId);
    record = await generate(s.app, 'violation_record', s.inspectionId);
  });
  afterAll(() => s?.app.close());

  it('registers each document against the inspection, with the minutes number', async () => {
    const docs = await s.app.run('documents.list', { sourceId: s.inspectionId });
    expect(docs.map((d) => d.kind).sort()).toEqual(['commitment', 'inspection_minutes', 'inspection_minutes', 'violation_record']);
    expect(new Set(docs.map((d) => d.sourceKind))).toEqual(new Set(['inspection']));
    expect(docs.find((d) => d.kind === 'inspection_minutes')?.number).toBe('07/BB-ĐKT');
    // Named as a clerk names files; the second copy of the same day does not overwrite the first.
    expect(docs.filter((d) => d.kind === 'inspection_minutes').map((d) => d.fileName).sort()).toEqual([
      'Bien ban kiem tra - Ho san xuat may tre so 1 - 20-11-2026 (2).docx',
      'Bien ban kiem tra - Ho san xuat may tre so 1 - 20-11-2026.docx',
    ]);
  });

  it('heads the minutes with the plan agency, the joint team, number, place and inspection date', () => {
    const p = minutes.paragraphs.map(oneLine);
    expect(p).toContain('SỞ NỘI VỤ');
    expect(p).toContain('ĐOÀN KIỂM TRA LIÊN NGÀNH');
    expect(p).toContain('Số: 07/BB-ĐKT');
    expect(p).toContain('Lạng Sơn, ngày 20 tháng 11 năm 2026');
    expect(p).toContain('BIÊN BẢN KIỂM TRA');
    expect(p).toContain('Việc chấp hành quy định pháp luật về lao động chưa thành niên, phòng ngừa lao động trẻ em tại Hộ sản xuất mây tre số 1');
  });

  it('cites the plan legal bases and the plan, then time, place and the attendance by group', () => {
    const p = minutes.paragraphs;
    expect(p).toContain('Căn cứ Bộ luật Lao động số 45/2019/QH14 ngày 20 tháng 11 năm 2019;');
    expect(p).toContain(
      'Căn cứ Kế hoạch số 12/KH-ĐKT ngày 16 tháng 11 năm 2026 của Sở Nội vụ về kiểm tra lao động chưa thành niên tại làng nghề năm 2026.',
    );
    expect(p).toContain(
      `Hôm nay, vào hồi 08 giờ 30 phút, ngày 20 tháng 11 năm 2026, tại ${ADDRESS}, Đoàn kiểm tra liên ngành tiến hành kiểm tra việc chấp hành quy định pháp luật về lao động chưa thành niên, phòng ngừa lao động trẻ em tại Hộ sản xuất mây tre số 1, thành phần gồm có:`,
    );
    const order = ['I. THÀNH PHẦN', '1. Đoàn kiểm tra liên ngành:', '2. Đại diện cơ sở được kiểm tra:', '3. Đại diện chính quyền địa phương:', 'II. THÔNG TIN VỀ CƠ SỞ ĐƯỢC KIỂM TRA'];
    const at = order.map((t) => p.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The directory does not record these officials' sex: the name stands alone, never "Ông/Bà".
    expect(p).toContain('- Hoàng Văn Thắng – Chuyên viên, Sở Nội vụ – Trưởng đoàn;');
    expect(p).toContain('- Nông Thị Lan – Chuyên viên, Công an tỉnh – Thành viên;');
    expect(p).toContain('- Vi Thị Hạnh – Chuyên viên, Sở Nông nghiệp và Môi trường – Thư ký.');
    expect(p).toContain('- Lục Văn Thành – Chủ hộ, số định danh cá nhân: 020080001234.');
    expect(p.some((t) => t.startsWith(`- ${COMMUNE_OFFICER} – Công chức Văn hóa - Xã hội, Ủy ban nhân dân`))).toBe(true);
    expect(minutes.all).not.toContain('Ông/Bà');
  });

  it('describes the establishment and counts the minors by age band and sex, with how many are children', () => {
    const p = minutes.paragraphs;
    expect(p).toContain('1. Tên cơ sở: Hộ sản xuất mây tre số 1 (thuộc Làng nghề mây tre đan Bắc Sơn).');
    expect(p).toContain('2. Loại hình: Hộ gia đình.');
    expect(p.some((t) => /^\d\. Tổng số lao động: 08 người, trong đó lao động chưa thành niên theo kê khai của cơ sở: 01 người\.$/.test(t))).toBe(true);
    expect(p.some((t) => t.includes('phát hiện 02 người chưa thành niên (dưới 18 tuổi) đang làm việc tại cơ sở, trong đó có 01 trẻ em (người dưới 16 tuổi)'))).toBe(true);
    expect(tableRows(minutes.xml, 'Nhóm tuổi')).toEqual([
      ['Nhóm tuổi', 'Nam', 'Nữ', 'Cộng'],
      ['Chưa đủ 13 tuổi', '1', '0', '1'],
      ['Từ đủ 13 đến chưa đủ 15 tuổi', '0', '0', '0'],
      ['Từ đủ 15 đến chưa đủ 18 tuổi', '0', '1', '1'],
      ['Cộng', '1', '1', '2'],
    ]);
  });

  it('names children by initials and year of birth only, with job and hours, and never an address', () => {
    expect(tableRows(minutes.xml, 'Công việc đang làm')).toEqual([
      ['STT', 'Họ tên (viết tắt), năm sinh', 'Giới tính', 'Công việc đang làm', 'Thời giờ làm việc'],
      ['1', 'N.V.A, sinh năm 2014', 'Nam', 'Chẻ nan, đan giỏ mây tre', '3 giờ/ngày\n15 giờ/tuần'],
      ['2', 'T.T.B, sinh năm 2010', 'Nữ', 'Phục vụ tại phòng hát karaoke của hộ', '6 giờ/ngày\n36 giờ/tuần'],
    ]);
    for (const secret of [CHILD.fullName, TEEN.fullName, '15/03/2014', '02/06/2010', 'Khuổi Phầy', 'Nà Lay']) {
      expect(minutes.all).not.toContain(secret);
      expect(record.all).not.toContain(secret);
      expect(commitment.all).not.toContain(secret);
    }
  });

  it('gives full names and dates of birth only when asked, still without addresses', () => {
    const rows = tableRows(full.xml, 'Công việc đang làm');
    expect(rows[0]?.[1]).toBe('Họ và tên, ngày sinh');
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Nguyễn Văn An, sinh ngày 15/03/2014', 'Trần Thị Bình, sinh ngày 02/06/2010']);
    expect(full.all).toContain('Người lao động chưa thành niên liên quan: Trần Thị Bình, sinh ngày 02/06/2010.');
    expect(full.all).not.toContain('N.V.A');
    for (const address of ['Khuổi Phầy', 'Nà Lay']) expect(full.all).not.toContain(address);
  });

  it('lists the assessed items grouped, non-compliance first with its provision and note, never an unverified mark', () => {
    const p = minutes.paragraphs;
    // The two items marked by hand, and the one the karaoke violation marks "Vi phạm" (the checklist ↔ violation link).
    const breached = p.indexOf('a) Nội dung cơ sở chưa chấp hành (03 nội dung):');
    const complied = p.findIndex((t) => /^b\) Nội dung cơ sở đã chấp hành \(\d{2} nội dung\):$/.test(t));
    const rest = p.findIndex((t) => /^c\) \d{2} nội dung kiểm tra còn lại không áp dụng đối với cơ sở/.test(t));
    expect([breached > 0, complied > breached, rest > complied]).toEqual([true, true, true]);
    expect(p.slice(breached + 1, complied)).toEqual([
      '- Lập sổ theo dõi riêng, ghi đầy đủ họ tên, ngày tháng năm sinh, công việc đang làm, kết quả những lần kiểm tra sức khỏe định kỳ và xuất trình khi cơ quan nhà nước có thẩm quyền yêu cầu (khoản 3 Điều 144 Bộ luật Lao động năm 2019): Không lập sổ theo dõi riêng;',
      '- Người chưa đủ 13 tuổi chỉ làm công việc nghệ thuật, thể dục, thể thao không làm tổn hại đến sự phát triển thể lực, trí lực, nhân cách (khoản 3 Điều 145 Bộ luật Lao động năm 2019): Trẻ dưới 13 tuổi chẻ nan, đan giỏ;',
      '- Không sử dụng người từ đủ 15 tuổi đến chưa đủ 18 tuổi làm việc tại nơi làm việc tại điểm a đến điểm d khoản 2 Điều 147 (dưới nước, dưới lòng đất, hang động, đường hầm; công trường xây dựng; cơ sở giết mổ gia súc; sòng bạc, quán bar, vũ trường, phòng hát karaoke, khách sạn, nhà nghỉ, cơ sở tắm hơi, cơ sở xoa bóp; điểm kinh doanh xổ số, dịch vụ trò chơi điện tử) (khoản 2 Điều 147 Bộ luật Lao động năm 2019).',
    ]);
    expect(p.slice(complied + 1, rest)).toContain('- Khi sử dụng lao động chưa thành niên, người sử dụng lao động phải có sự đồng ý của cha, mẹ hoặc người giám hộ;');
    expect(minutes.all).not.toContain('cần xác minh');
    expect(minutes.all).not.toMatch(/CK-\d/);
    expect(minutes.all).not.toContain('Chưa kiểm tra');
    // Items for 13–<15 only do not apply: nobody of that age was found.
    expect(minutes.all).not.toContain('Người từ đủ 13 tuổi đến chưa đủ 15 tuổi chỉ làm công việc nhẹ');
    expect(minutes.all).toContain('- Sổ quản lý lao động của hộ;');
  });

  it('states each violation with its legal references, the minors concerned, the fine in figures and words and the MBB01', () => {
    const p = minutes.paragraphs;
    const start = p.indexOf('IV. HÀNH VI VI PHẠM');
    const section = p.slice(start, p.indexOf('V. KIẾN NGHỊ, YÊU CẦU')).join('\n');
    expect(section).toContain('Qua kiểm tra, Đoàn kiểm tra xác định cơ sở có 02 hành vi vi phạm sau:');
    expect(section).toContain('1. Sử dụng người chưa đủ 13 tuổi làm công việc ngoài danh mục được pháp luật cho phép');
    expect(section).toContain('- Hành vi được quy định tại điểm b khoản 3 Điều 29 Nghị định số 12/2022/NĐ-CP; vi phạm quy định tại khoản 3 Điều 145 Bộ luật Lao động năm 2019.');
    expect(section).toContain('- Hành vi được quy định tại điểm c khoản 3 Điều 29 Nghị định số 12/2022/NĐ-CP; vi phạm quy định tại khoản 2 Điều 147 Bộ luật Lao động năm 2019');
    expect(section).toContain('- Người lao động chưa thành niên liên quan: N.V.A, sinh năm 2014.');
    expect(section).toContain('- Người lao động chưa thành niên liên quan: T.T.B, sinh năm 2010.');
    expect(vndInWords(62_500_000)).toBe('Sáu mươi hai triệu năm trăm nghìn đồng');
    expect(section).toContain(
      '- Mức phạt tiền đề nghị: 62.500.000 đồng (Bằng chữ: Sáu mươi hai triệu năm trăm nghìn đồng), trong khung phạt tiền từ 50.000.000 đồng đến 75.000.000 đồng, áp dụng mức phạt đối với cá nhân (cơ sở là hộ gia đình).',
    );
    expect(section).toContain('- Chưa lập biên bản vi phạm hành chính; Đoàn kiểm tra kiến nghị người có thẩm quyền xem xét, xử lý theo quy định.');
    expect(section).toContain('- Đã lập biên bản vi phạm hành chính, người lập biên bản: Hoàng Văn Thắng.');
    expect(section).toContain('Tổng số tiền phạt đề nghị: 125.000.000 đồng (Bằng chữ: Một trăm hai mươi lăm triệu đồng).');
    expect(section).toContain('- Yêu cầu khắc phục: Bố trí người lao động chưa thành niên sang công việc phù hợp, không làm việc tại phòng hát karaoke.');
  });

  it('records requests, the employer statement, the commitments with deadlines and the closing sentence', () => {
    const p = minutes.paragraphs;
    expect(p.some((t) => t.startsWith('1. Yêu cầu cơ sở chấm dứt ngay việc sử dụng người chưa thành niên'))).toBe(true);
    expect(p.some((t) => t.startsWith(`3. Đề nghị Ủy ban nhân dân ${COMMUNE} tiếp nhận thông tin`) && t.includes('hỗ trợ, can thiệp đối với trẻ em'))).toBe(true);
    expect(p).toContain('Gia đình chưa nắm được quy định về lao động chưa thành niên; xin nhận thiếu sót và khắc phục ngay.');
    expect(p).toContain('1. Chấm dứt ngay việc sử dụng người chưa đủ 13 tuổi làm việc tại hộ; thời hạn thực hiện: 20/11/2026;');
    expect(p).toContain(
      '2. Lập sổ theo dõi riêng người lao động chưa thành niên; không bố trí người chưa thành niên làm việc tại phòng hát karaoke; thời hạn thực hiện: 20/12/2026.',
    );
    expect(p).toContain(
      'Biên bản kết thúc vào hồi 11 giờ 15 phút cùng ngày, được lập thành 03 bản có giá trị như nhau, đã đọc lại cho những người có tên trên cùng nghe, thống nhất và ký tên; cơ sở được kiểm tra giữ 01 bản./.',
    );
  });

  it('is signed by everyone present: the establishment, the leader, each member, the note-taker and the commune official', () => {
    const p = minutes.paragraphs.map(oneLine);
    const from = p.indexOf('ĐẠI DIỆN CƠ SỞ ĐƯỢC KIỂM TRA');
    expect(from).toBeGreaterThan(0);
    expect(p.slice(from).filter((t) => /^[A-ZĐÀ-Ỹ ]+$/u.test(t))).toEqual([
      'ĐẠI DIỆN CƠ SỞ ĐƯỢC KIỂM TRA',
      'TRƯỞNG ĐOÀN',
      'THÀNH VIÊN ĐOÀN',
      'THÀNH VIÊN ĐOÀN',
      'NGƯỜI GHI BIÊN BẢN',
      'ĐẠI DIỆN CHÍNH QUYỀN ĐỊA PHƯƠNG',
    ]);
    for (const name of ['Lục Văn Thành', 'Hoàng Văn Thắng', 'Nông Thị Lan', 'Lương Văn Đức', 'Vi Thị Hạnh', COMMUNE_OFFICER]) expect(p.slice(from)).toContain(name);
    expect(p.slice(from)).toContain('(Ký, ghi rõ họ tên, đóng dấu nếu có)');
  });

  it('makes the commitment the establishment own document, addressed to the team, items with deadlines', () => {
    const p = commitment.paragraphs.map(oneLine);
    // A household writes as a person: the Quốc hiệu centred, no agency line.
    expect(p.slice(0, 2)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(p).not.toContain('HỘ SẢN XUẤT MÂY TRE SỐ 1');
    expect(p).toContain('Đại diện cho cơ sở: Hộ sản xuất mây tre số 1.');
    expect(p).toContain('Lạng Sơn, ngày 20 tháng 11 năm 2026');
    expect(p).toContain('BẢN CAM KẾT');
    expect(p).toContain('Không sử dụng lao động trẻ em trái quy định của pháp luật');
    expect(p).toContain('Kính gửi: Đoàn kiểm tra liên ngành của Sở Nội vụ');
    expect(p).toContain('Tên tôi là: Lục Văn Thành; chức vụ: Chủ hộ.');
    expect(p).toContain(`Địa chỉ: ${ADDRESS}.`);
    expect(p.some((t) => t.includes('ngày 20 tháng 11 năm 2026 (Biên bản kiểm tra số 07/BB-ĐKT)') && t.endsWith('cam kết thực hiện 02 nội dung sau:'))).toBe(true);
    expect(p).toContain('1. Chấm dứt ngay việc sử dụng người chưa đủ 13 tuổi làm việc tại hộ. Thời hạn thực hiện: 20/11/2026.');
    expect(p.some((t) => t.startsWith('2. Lập sổ theo dõi riêng') && t.endsWith('Thời hạn thực hiện: 20/12/2026.'))).toBe(true);
    expect(p.some((t) => t.startsWith('Tôi xin chịu trách nhiệm trước pháp luật') && t.endsWith('./.'))).toBe(true);
    expect(p).toContain('ĐẠI DIỆN CƠ SỞ');
    expect(p.filter((t) => t === 'Lục Văn Thành')).toHaveLength(1);
  });

  it('makes the MBB01 record for the recorded violation only, by the team leader, witnessed by the commune officer', () => {
    const p = record.paragraphs.map(oneLine);
    expect(p).toContain('UBND TỈNH LẠNG SƠN');
    expect(p).toContain('SỞ NỘI VỤ');
    expect(p.some((t) => /^Số: +\/BB-VPHC$/.test(t))).toBe(true);
    expect(p).toContain('BIÊN BẢN VI PHẠM HÀNH CHÍNH');
    expect(p).toContain('Về lao động');
    expect(p).toContain(`Hôm nay, hồi …… giờ …… phút, ngày 20/11/2026, tại ${ADDRESS}.`);
    expect(p).toContain('Căn cứ kết quả kiểm tra tại Biên bản kiểm tra số 07/BB-ĐKT ngày 20 tháng 11 năm 2026 của Đoàn kiểm tra liên ngành.');
    // Only the record-maker is named as such; the rest of the team signs the minutes, not this record.
    expect(p[p.indexOf('1. Người có thẩm quyền lập biên bản:') + 1]).toBe('Họ và tên: Hoàng Văn Thắng; Chức vụ: Chuyên viên; Cơ quan: Sở Nội vụ.');
    for (const member of ['Nông Thị Lan', 'Lương Văn Đức', 'Vi Thị Hạnh']) expect(record.all).not.toContain(member);
    expect(p[p.indexOf('2. Với sự chứng kiến của:') + 1]).toMatch(new RegExp(`^Họ và tên: ${COMMUNE_OFFICER}; Chức vụ: Công chức Văn hóa - Xã hội; Cơ quan: Ủy ban nhân dân`));
    expect(p).toContain('3. Người phiên dịch: Không.');
    // The representative's sex is not recorded: "cá nhân", never "ông (bà)".
    expect(p).toContain('Tiến hành lập biên bản vi phạm hành chính đối với cá nhân có tên sau đây:');
    expect(p).toContain('1. Họ và tên: Lục Văn Thành (chủ Hộ sản xuất mây tre số 1); Giới tính: ……………');
    expect(p.some((t) => t.startsWith('Số định danh cá nhân/CMND/Hộ chiếu: 020080001234;'))).toBe(true);
    expect(p.some((t) => t.startsWith(`2. Đã có hành vi vi phạm hành chính: Vào hồi 08 giờ 30 phút, ngày 20/11/2026, tại ${ADDRESS}, Đoàn kiểm tra liên ngành kiểm tra và phát hiện:`))).toBe(true);
    const act = p.find((t) => t.startsWith('Sử dụng người lao động từ đủ 15 tuổi đến chưa đủ 18 tuổi')) ?? '';
    expect(act).toContain('làm các công việc bị cấm hoặc làm việc tại nơi làm việc bị cấm');
    expect(act).toContain('Người lao động chưa thành niên liên quan: T.T.B, sinh năm 2010.');
    expect(p).toContain('3. Quy định tại: điểm c khoản 3 Điều 29 Nghị định số 12/2022/NĐ-CP.');
    // The under-13 violation was not recorded in an MBB01.
    expect(record.all).not.toContain('Sử dụng người chưa đủ 13 tuổi');
    expect(p.filter((t) => t.startsWith('3. Quy định tại:'))).toHaveLength(1);
    expect(p).toContain('4. Cá nhân/tổ chức bị thiệt hại: Không.');
    expect(p.some((t) => t.startsWith('5. Ý kiến trình bày của cá nhân vi phạm:') && t.includes('xin nhận thiếu sót'))).toBe(true);
    expect(p).toContain('6. Ý kiến trình bày của đại diện chính quyền, người chứng kiến: Không.');
    expect(p.some((t) => t.startsWith('8. Chúng tôi đã yêu cầu cá nhân Lục Văn Thành chấm dứt ngay hành vi vi phạm.'))).toBe(true);
    expect(p.some((t) => t.startsWith('11. Trong thời hạn 02 ngày làm việc') && t.includes('05 ngày làm việc'))).toBe(true);
    expect(p.some((t) => t.startsWith('Biên bản lập xong hồi') && t.includes('được lập thành 02 bản') && t.endsWith('là cá nhân vi phạm 01 bản, 01 bản lưu hồ sơ./.'))).toBe(true);
    expect(p.some((t) => t.startsWith('Căn cứ Nghị định số 118/2021/NĐ-CP'))).toBe(true);
    for (const label of ['CÁ NHÂN VI PHẠM', 'NGƯỜI LẬP BIÊN BẢN', 'ĐẠI DIỆN CHÍNH QUYỀN']) expect(p).toContain(label);
    expect(p.slice(p.indexOf('NGƯỜI LẬP BIÊN BẢN'))).toContain('Hoàng Văn Thắng');
  });

  it('refuses the MBB01 when no violation was recorded, and the commitment when there is none', async () => {
    const answer = await s.app.send('documents.generate', { kind: 'violation_record', sourceId: s.adHocId });
    expect(answer).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Chưa có hành vi nào được lập biên bản vi phạm hành chính' } });
    const none = await s.app.send('documents.generate', { kind: 'commitment', sourceId: s.adHocId });
    expect(none.ok ? undefined : none.error.code).toBe('CONFLICT');
  });

  it('drafts ad hoc minutes without a plan: default Căn cứ, blank number, estimated age', async () => {
    const adHoc = await generate(s.app, 'inspection_minutes', s.adHocId);
    const p = adHoc.paragraphs.map(oneLine);
    expect(p).not.toContain('SỞ NỘI VỤ');
    expect(p.some((t) => /^Số: +\/BB-ĐKT$/.test(t))).toBe(true);
    expect(p).toContain('Lạng Sơn, ngày 21 tháng 11 năm 2026');
    expect(p.filter((t) => t.startsWith('Căn cứ '))).toEqual(DEFAULT_LEGAL_BASES.slice(0, 3).map((b, i) => `Căn cứ ${b.text}${i === 2 ? '.' : ';'}`));
    expect(p.some((t) => t.startsWith(`Hôm nay, vào hồi …… giờ …… phút, ngày 21 tháng 11 năm 2026, tại Hộ sản xuất mây tre số 2, ${COMMUNE}, tỉnh Lạng Sơn, Đoàn`))).toBe(true);
    // No commitment was recorded, so the requests do not mention one; the child is referred to the commune.
    expect(p).toContain('1. Yêu cầu cơ sở chấm dứt ngay việc sử dụng người chưa thành niên làm việc trái quy định của pháp luật; khắc phục các tồn tại, vi phạm nêu tại Biên bản này.');
    expect(p.some((t) => t.startsWith(`3. Đề nghị Ủy ban nhân dân ${COMMUNE} tiếp nhận thông tin`))).toBe(true);
    expect(adHoc.all).toContain('L.V.H, khoảng 14 tuổi');
    expect(adHoc.all).not.toContain('Lý Văn Hùng');
    expect(p).toContain('- Mức phạt tiền đề nghị: 1.500.000 đồng (Bằng chữ: Một triệu năm trăm nghìn đồng), trong khung phạt tiền từ 1.000.000 đồng đến 2.000.000 đồng, áp dụng mức phạt đối với cá nhân (cơ sở là hộ gia đình).');
    expect(p.some((t) => t.startsWith('Biên bản kết thúc vào hồi …… giờ …… phút cùng ngày, được lập thành 02 bản'))).toBe(true);
  });

  it('notes a refusal to sign, and makes the MBB01 against an organisation when the offender is an enterprise', async () => {
    const detail = await s.app.run('inspections.get', { id: s.inspectionId });
    const { establishment } = await s.app.run('establishments.get', { id: detail.inspection.establishmentId });
    const refused = { ...detail, inspection: { ...detail.inspection, refusedToSign: true, refusalReason: 'Chủ hộ đi vắng khi kết thúc buổi kiểm tra' } };
    const text = (await readDocx(await packDocument(buildInspectionMinutes({ detail: refused, establishment }, { place: 'Lạng Sơn' })))).paragraphs;
    expect(text.some((t) => t.startsWith('Biên bản kết thúc vào hồi 11 giờ 15 phút cùng ngày') && t.includes('các thành viên Đoàn kiểm tra thống nhất và ký tên'))).toBe(true);
    // Without a witness recorded, the commune official present witnesses the refusal, and signs as such.
    const refusal = text.find((t) => t.startsWith('Đại diện cơ sở được kiểm tra (Lục Văn Thành) không ký biên bản.')) ?? '';
    expect(refusal).toContain('Lý do: Chủ hộ đi vắng khi kết thúc buổi kiểm tra. Việc không ký biên bản có sự chứng kiến của Nông Văn Tú, Công chức Văn hóa - Xã hội, Ủy ban nhân dân');
    expect(refusal).toMatch(/, người cùng ký tên dưới đây\.\/\.$/);
    expect(text).toContain('NGƯỜI CHỨNG KIẾN');
    expect(text).toContain('(Không ký biên bản)');
    expect(text.join('\n')).not.toContain('không có ý kiến khác');

    const company = { ...establishment, kind: 'enterprise' as const, name: 'Công ty TNHH Mây tre Bắc Sơn', taxCode: '0100233488', legalRepName: 'Lục Văn Thành', legalRepTitle: 'Giám đốc' };
    const asCompany = { ...refused, violations: refused.violations.map((v) => ({ ...v, finedAsOrganisation: true, fineMin: v.fineMin * 2, fineMax: v.fineMax * 2, proposedFine: v.proposedFine * 2 })) };
    const mbb = (await readDocx(await packDocument(buildViolationRecord({ detail: asCompany, establishment: company }, { place: 'Lạng Sơn' })))).paragraphs.map(oneLine);
    expect(mbb).toContain('Tiến hành lập biên bản vi phạm hành chính đối với tổ chức có tên sau đây:');
    expect(mbb).toContain('1. Tên của tổ chức: Công ty TNHH Mây tre Bắc Sơn.');
    expect(mbb).toContain('Mã số doanh nghiệp: 0100233488.');
    expect(mbb).toContain('Người đại diện theo pháp luật: Lục Văn Thành; Giới tính: ……………');
    expect(mbb).toContain('Chức danh: Giám đốc.');
    expect(mbb.some((t) => t.includes('yêu cầu tổ chức Công ty TNHH Mây tre Bắc Sơn chấm dứt ngay hành vi vi phạm'))).toBe(true);
    expect(mbb).toContain('Lý do Lục Văn Thành (đại diện tổ chức vi phạm) không ký biên bản: Chủ hộ đi vắng khi kết thúc buổi kiểm tra./.');
    expect(mbb).toContain('ĐẠI DIỆN TỔ CHỨC VI PHẠM');
    const minutesOfCompany = (await readDocx(await packDocument(buildInspectionMinutes({ detail: asCompany, establishment: company }, { place: 'Lạng Sơn' })))).all;
    expect(minutesOfCompany).toContain(
      '- Mức phạt tiền đề nghị: 125.000.000 đồng (Bằng chữ: Một trăm hai mươi lăm triệu đồng), trong khung phạt tiền từ 100.000.000 đồng đến 150.000.000 đồng, áp dụng mức phạt đối với tổ chức, bằng 02 lần mức phạt đối với cá nhân theo khoản 1 Điều 6 Nghị định số 12/2022/NĐ-CP.',
    );
  });

  it.skipIf(!hasSoffice)('keeps Vietnamese text intact when LibreOffice renders the minutes (skipped when soffice or poppler-utils is not installed)', async () => {
    const text = (await renderDocxToPdfText(minutes.bytes)).normalize('NFC');
    const flat = text.replace(/\s+/g, ' ');
    expect(text).not.toContain('\uFFFD');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'BIÊN BẢN KIỂM TRA',
      'Lạng Sơn, ngày 20 tháng 11 năm 2026',
      'Từ đủ 15 đến chưa đủ 18 tuổi',
      'Sáu mươi hai triệu năm trăm nghìn đồng',
      'NGƯỜI GHI BIÊN BẢN',
      'Hoàng Văn Thắng',
      'Lục Văn Thành',
    ]) {
      expect(flat).toContain(expected);
    }
    expect(flat).toContain('được lập thành 03 bản có giá trị như nhau');
    expect(flat).not.toContain('Nguyễn Văn An');
  });
});
