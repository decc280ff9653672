import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { packDocument } from '../../electron/documents/official-layout';
import { buildPlanDocument } from '../../electron/documents/plan-document';
import {
  agencyHead,
  balanceSummary,
  describeTargetCount,
  formatShortDate,
  inSentence,
  legalBasisLines,
  officialAgencyName,
  sortSchedule,
  sortTeam,
  vietnamDate,
} from '../../electron/documents/plan-labels';
import { buildTeamDecisionDocument } from '../../electron/documents/team-decision-document';
import { DEFAULT_LEGAL_BASES } from '../../shared/plans/legal-bases';
import type { PlanDetail, PlanTarget, TeamMember } from '../../shared/schemas/plan';
import { hasSoffice, renderDocxToPdfText } from './render-pdf';

// ---- fixture: a thematic plan of Sở Nội vụ Lạng Sơn for a rattan and bamboo craft village ----

const STAMP = { createdAt: '2025-10-01T02:00:00.000Z', updatedAt: '2025-10-05T18:30:00.000Z', deletedAt: null, version: 1 };

function member(id: number, fullName: string, position: string, agencyName: string, role: TeamMember['role'], subTeam?: string): TeamMember {
  // "Thị" marks a woman's name here, as the directory's sex field would.
  const sex = / Thị /u.test(fullName) ? 'female' : 'male';
  return { id: `m${id}`, officialId: `o${id}`, fullName, sex, position, agencyId: `a-${agencyName}`, agencyName, role, subTeam };
}

function target(
  id: number,
  establishmentName: string,
  establishmentKind: string,
  visitDate: string | undefined,
  timeSlot: PlanTarget['timeSlot'],
  subTeam?: string,
  notes?: string,
): PlanTarget {
  return {
    id: `t${id}`,
    version: 1,
    planId: 'plan-1',
    establishmentId: `e${id}`,
    establishmentName,
    establishmentKind,
    address: 'Thôn Nà Pàn',
    communeName: 'Xã Hoàng Văn Thụ',
    visitDate,
    timeSlot,
    subTeam,
    notes,
    priorityReasons: [],
    warnings: [],
  };
}

const LEGAL_BASES = DEFAULT_LEGAL_BASES.slice(0, 5).map((b) => b.text);
const TITLE =
  'Kiểm tra việc chấp hành pháp luật về lao động chưa thành niên tại các cơ sở sản xuất làng nghề trên địa bàn tỉnh Lạng Sơn năm 2025';

// Given out of order on purpose: the documents sort the team by role and the schedule by date and slot.
const TEAM: TeamMember[] = [
  member(8, 'Đặng Thị Thu Trang', 'Chuyên viên Phòng Lao động - Việc làm', 'Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)', 'secretary', '1'),
  member(3, 'Vi Thị Thu Hường', 'Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội', 'Công an tỉnh', 'member', '1'),
  member(1, 'Lương Thị Hồng Nhung', 'Phó Giám đốc', 'Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)', 'leader'),
  member(4, 'Lộc Văn Quyết', 'Chuyên viên Chi cục Phát triển nông thôn', 'Sở Nông nghiệp và Môi trường', 'member', '1'),
  member(2, 'Hoàng Đức Thịnh', 'Phó Trưởng phòng Giáo dục nghề nghiệp', 'Sở Giáo dục và Đào tạo', 'deputy', '2'),
  member(5, 'Mông Thị Ngọc Ánh', 'Trưởng ban Chính sách - Pháp luật', 'Liên đoàn Lao động tỉnh', 'member', '2'),
  member(6, 'Hà Quang Dũng', 'Phó Trưởng ban Kiểm tra', 'Liên minh Hợp tác xã tỉnh', 'member', '2'),
  member(7, 'Triệu Thị Lý', 'Phó Chủ tịch', 'Hiệp hội Doanh nghiệp tỉnh', 'member', '2'),
];

const TARGETS: PlanTarget[] = [
  target(5, 'Hộ kinh doanh Lục Văn Thành', 'household_business', '2025-10-22', 'morning', '2'),
  target(1, 'Công ty TNHH Mây tre đan xuất khẩu Hoàng Văn Thụ', 'enterprise', '2025-10-21', 'morning', '1'),
  target(3, 'Hộ gia đình ông Chu Văn Sỹ', 'household', '2025-10-22', 'morning', '1', 'Kiểm tra lại theo kiến nghị năm 2024'),
  target(2, 'Hợp tác xã Mây tre đan Nà Pàn', 'cooperative', '2025-10-21', 'afternoon', '1'),
  target(4, 'Hộ kinh doanh Nông Thị Hảo', 'household_business', '2025-10-20', 'all_day', '2'),
];

/** [name, dd/mm/yyyy, slot] in schedule order. */
const SCHEDULE: [string, string, string][] = [
  ['Hộ kinh doanh Nông Thị Hảo', '20/10/2025', 'Cả ngày'],
  ['Công ty TNHH Mây tre đan xuất khẩu Hoàng Văn Thụ', '21/10/2025', 'Sáng'],
  ['Hợp tác xã Mây tre đan Nà Pàn', '21/10/2025', 'Chiều'],
  ['Hộ gia đình ông Chu Văn Sỹ', '22/10/2025', 'Sáng'],
  ['Hộ kinh doanh Lục Văn Thành', '22/10/2025', 'Sáng'],
];

const ROLES: [string, string][] = [
  ['Lương Thị Hồng Nhung', 'Trưởng đoàn'],
  ['Hoàng Đức Thịnh', 'Phó Trưởng đoàn'],
  ['Vi Thị Thu Hường', 'Thành viên'],
  ['Lộc Văn Quyết', 'Thành viên'],
  ['Mông Thị Ngọc Ánh', 'Thành viên'],
  ['Hà Quang Dũng', 'Thành viên'],
  ['Triệu Thị Lý', 'Thành viên'],
  ['Đặng Thị Thu Trang', 'Thư ký'],
];

function fixture(overrides: { plan?: Partial<PlanDetail['plan']>; team?: TeamMember[]; targets?: PlanTarget[] } = {}): PlanDetail {
  return {
    plan: {
      id: 'plan-1',
      number: '15/KH-SNV',
      title: TITLE,
      kind: 'thematic',
      issuingAgencyId: 'a-snv',
      issuingAgencyName: 'Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)',
      legalBases: LEGAL_BASES,
      purpose: [
        '1. Mục đích',
        'Đánh giá việc chấp hành pháp luật về lao động chưa thành niên tại các cơ sở sản xuất mây tre đan của làng nghề Nà Pàn; kịp thời phát hiện, ngăn chặn việc sử dụng trẻ em lao động trái quy định của pháp luật.',
        '2. Yêu cầu',
        'Kiểm tra đúng nội dung, thời gian; không gây cản trở hoạt động sản xuất, kinh doanh bình thường của cơ sở.',
      ].join('\n'),
      content: [
        'Kiểm tra việc thực hiện các quy định về lao động chưa thành niên theo Bộ luật Lao động năm 2019 và Thông tư số 09/2020/TT-BLĐTBXH, gồm:',
        '- Sổ theo dõi riêng người lao động chưa thành niên; hợp đồng lao động;',
        '- Khám sức khỏe; thời giờ làm việc, thời giờ nghỉ ngơi;',
        '- Công việc, nơi làm việc không được sử dụng người chưa thành niên.',
      ].join('\n'),
      periodStart: '2025-10-20',
      periodEnd: '2025-10-31',
      provinceCode: '20',
      provinceName: 'Tỉnh Lạng Sơn',
      communeCodes: [],
      place: 'Lạng Sơn',
      status: 'approved',
      targetCount: TARGETS.length,
      memberCount: TEAM.length,
      ...STAMP,
      ...overrides.plan,
    },
    communes: [],
    team: overrides.team ?? TEAM,
    targets: overrides.targets ?? TARGETS,
    history: [
      { fromStatus: null, toStatus: 'draft', at: '2025-10-01T02:00:00.000Z', actor: 'chuyenvien' },
      // 01:30 on 06/10 in Việt Nam.
      { fromStatus: 'draft', toStatus: 'approved', at: '2025-10-05T18:30:00.000Z', actor: 'truongphong' },
    ],
    conflicts: [],
  };
}

const PLAN_OPTIONS = { date: '2025-10-06', place: 'Lạng Sơn', parentAgency: 'UBND tỉnh Lạng Sơn' };
const DECISION_OPTIONS = { date: '2025-10-08', place: 'Lạng Sơn', parentAgency: 'UBND tỉnh Lạng Sơn' };

// ---- reading the .docx ---------------------------------------------------------------

interface Unpacked {
  document: string;
  styles: string;
}

async function unpack(bytes: Buffer): Promise<Unpacked> {
  const zip = await JSZip.loadAsync(bytes);
  const part = (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`missing part ${name}`);
    return file.async('string');
  };
  return { document: await part('word/document.xml'), styles: await part('word/styles.xml') };
}

const decode = (xml: string): string =>
  xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Plain text of an XML fragment: runs joined, line breaks as "\n". */
const textOf = (xml: string): string =>
  decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '\n').join('')).normalize('NFC');

function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>.*?<\/w:p>|<w:p\/>/gs)].map(([p]) => ({ xml: p, text: textOf(p) }));
}

function paragraph(xml: string, text: string): string {
  const found = paragraphs(xml).find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph with text ${JSON.stringify(text)}`);
  return found.xml;
}

const texts = (xml: string): string[] => paragraphs(xml).map((p) => p.text);

/** Rows of the (bordered) table whose header row contains `header`, as cell texts. */
function tableRows(xml: string, header: string): string[][] {
  const table = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map(([t]) => t).find((t) => textOf(/<w:tr>.*?<\/w:tr>/s.exec(t)?.[0] ?? '').includes(header));
  if (!table) throw new Error(`no table with header ${header}`);
  return [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map(([row]) =>
    [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([c]) => paragraphs(c).map((p) => p.text).join('\n')),
  );
}

const attr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="([^"]*)"`).exec(xml)?.[1];

const sectPrs = (xml: string): string[] => [...xml.matchAll(/<w:sectPr\b.*?<\/w:sectPr>/gs)].map(([s]) => s);

const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

function expectA4(doc: Unpacked): void {
  const main = sectPrs(doc.document)[0] ?? '';
  expect([attr(main, 'pgSz', 'w'), attr(main, 'pgSz', 'h'), attr(main, 'pgSz', 'orient')]).toEqual([String(twips(210)), String(twips(297)), 'portrait']);
  expect(['top', 'bottom', 'left', 'right'].map((side) => attr(main, 'pgMar', side))).toEqual(
    [twips(20), twips(20), twips(30), twips(15)].map(String),
  );
  const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(doc.styles)?.[0] ?? '';
  expect(attr(defaults, 'rFonts', 'ascii')).toBe('Times New Roman');
  expect(attr(defaults, 'rFonts', 'hAnsi')).toBe('Times New Roman');
  const fonts = new Set([...(doc.styles + doc.document).matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g)].map((m) => m[1]));
  expect([...fonts]).toEqual(['Times New Roman']);
}

// ---- shared labels ---------------------------------------------------------------------

describe('plan labels', () => {
  it('counts establishments by kind with two digits, in Vietnamese', () => {
    expect(describeTargetCount(TARGETS)).toBe('05 cơ sở, gồm: 01 doanh nghiệp, 01 hợp tác xã, 02 hộ kinh doanh, 01 hộ gia đình');
    expect(describeTargetCount(TARGETS.filter((t) => t.establishmentKind === 'household_business'))).toBe('02 hộ kinh doanh');
    expect(describeTargetCount([{ ...TARGETS[0]!, establishmentKind: 'unknown' }])).toBe('01 cơ sở');
    expect(describeTargetCount([])).toBe('');
    const twelve = Array.from({ length: 12 }, (_, i) => ({ ...TARGETS[0]!, id: `x${i}`, establishmentKind: i < 2 ? 'enterprise' : 'household' }));
    expect(describeTargetCount(twelve)).toBe('12 cơ sở, gồm: 02 doanh nghiệp, 10 hộ gia đình');
  });

  it('breaks a long trích yếu into balanced lines', () => {
    expect(balanceSummary('Về việc thành lập Đoàn kiểm tra')).toBe('Về việc thành lập Đoàn kiểm tra');
    const long = 'Kiểm tra việc chấp hành pháp luật về lao động chưa thành niên tại các cơ sở sản xuất, kinh doanh trong các làng nghề truyền thống trên địa bàn các xã biên giới của tỉnh Lạng Sơn năm 2025';
    const lines = balanceSummary(long).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.join(' ')).toBe(long);
    expect(Math.max(...lines.map((l) => l.length)) - Math.min(...lines.map((l) => l.length))).toBeLessThan(20);
  });

  it('formats short dates, Vietnam calendar days and sentence case', () => {
    expect(formatShortDate('2025-03-05')).toBe('05/03/2025');
    expect(() => formatShortDate('2025-02-30')).toThrow(RangeError);
    expect(vietnamDate('2025-10-05T18:30:00.000Z')).toBe('2025-10-06');
    expect(vietnamDate('2025-10-05T10:00:00.000Z')).toBe('2025-10-05');
    expect(inSentence('Kiểm tra việc chấp hành')).toBe('kiểm tra việc chấp hành');
    expect(inSentence('Lạng Sơn kiểm tra')).toBe('Lạng Sơn kiểm tra');
  });

  it('writes Căn cứ lines ending with ";" and the last with "."', () => {
    expect(legalBasisLines(['Bộ luật Lao động năm 2019;', ' Căn cứ Luật Trẻ em năm 2016.', '  '])).toEqual([
      'Căn cứ Bộ luật Lao động năm 2019;',
      'Căn cứ Luật Trẻ em năm 2016.',
    ]);
    expect(legalBasisLines([])).toEqual([]);
  });

  it('orders the team leader, deputy, members, secretary and names agency heads', () => {
    expect(sortTeam(TEAM).map((m) => m.fullName)).toEqual(ROLES.map(([name]) => name));
    expect(sortSchedule(TARGETS).map((t) => t.establishmentName)).toEqual(SCHEDULE.map(([name]) => name));
    expect(officialAgencyName('Sở Nội vụ (trước đây: Sở Lao động - Thương binh và Xã hội)')).toBe('Sở Nội vụ');
    expect(agencyHead('Sở Nội vụ')).toBe('Giám đốc');
    expect(agencyHead('UBND tỉnh Lạng Sơn')).toBe('Chủ tịch');
    expect(agencyHead('Chi cục Thống kê')).toBe('Chi cục trưởng');
    expect(agencyHead(undefined)).toBeUndefined();
  });
});

// ---- the plan ----------------------------------------------------------------------------

describe('buildPlanDocument', () => {
  let bytes: Buffer;
  let doc: Unpacked;
  let all: string[];

  beforeAll(async () => {
    bytes = await packDocument(buildPlanDocument(fixture(), PLAN_OPTIONS));
    doc = await unpack(bytes);
    all = texts(doc.document);
  });

  it('packs to a real .docx in A4 with the Decree 30 margins and Times New Roman', () => {
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expectA4(doc);
  });

  it('is headed by the issuing agency under its parent, with number and date', () => {
    expect(all).toContain('UBND TỈNH LẠNG SƠN');
    expect(paragraph(doc.document, 'SỞ NỘI VỤ')).toMatch(/<w:b\/>/);
    expect(all).toContain('Số: 15/KH-SNV');
    expect(all).toContain('Lạng Sơn, ngày 06 tháng 10 năm 2025');
    expect(paragraph(doc.document, 'KẾ HOẠCH')).toMatch(/<w:b\/>/);
    // The trích yếu is the plan title, in two lines of similar length.
    const summary = balanceSummary(TITLE);
    expect(summary.split('\n')).toHaveLength(2);
    expect(summary.replace('\n', ' ')).toBe(TITLE);
    expect(paragraph(doc.document, summary)).toMatch(/<w:b\/>/);
  });

  it('opens with one italic Căn cứ paragraph per legal basis', () => {
    const lines = all.filter((t) => t.startsWith('Căn cứ '));
    expect(lines).toHaveLength(LEGAL_BASES.length);
    LEGAL_BASES.forEach((basis, i) => {
      expect(lines[i]).toBe(`Căn cứ ${basis}${i === LEGAL_BASES.length - 1 ? '.' : ';'}`);
      expect(paragraph(doc.document, lines[i]!)).toMatch(/<w:i\/>/);
    });
  });

  it('has the seven parts in order, purpose and content split into paragraphs', () => {
    const order = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '2. Yêu cầu',
      'II. NỘI DUNG KIỂM TRA',
      '- Sổ theo dõi riêng người lao động chưa thành niên; hợp đồng lao động;',
      'III. ĐỐI TƯỢNG, THỜI GIAN, ĐỊA BÀN KIỂM TRA',
      'IV. THÀNH PHẦN ĐOÀN KIỂM TRA',
      'V. KINH PHÍ THỰC HIỆN',
      'VI. CHẾ ĐỘ BÁO CÁO',
      'VII. TỔ CHỨC THỰC HIỆN',
    ];
    const positions = order.map((text) => all.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(paragraph(doc.document, 'IV. THÀNH PHẦN ĐOÀN KIỂM TRA')).toMatch(/<w:keepNext\/>/);
    expect(paragraph(doc.document, '1. Mục đích')).toMatch(/<w:b\/>/);
  });

  it('states the establishments by kind, the period and the communes', () => {
    expect(all).toContain(
      '1. Đối tượng kiểm tra: 05 cơ sở, gồm: 01 doanh nghiệp, 01 hợp tác xã, 02 hộ kinh doanh, 01 hộ gia đình (danh sách và lịch kiểm tra tại Phụ lục kèm theo).',
    );
    expect(all).toContain('2. Thời gian kiểm tra: Từ ngày 20/10/2025 đến ngày 31/10/2025.');
    expect(all).toContain('3. Địa bàn kiểm tra: xã Hoàng Văn Thụ, tỉnh Lạng Sơn.');
  });

  it('lists every team member with position, agency and role, leader first', () => {
    const rows = tableRows(doc.document, 'Nhiệm vụ trong Đoàn');
    expect(rows[0]).toEqual(['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Nhiệm vụ trong Đoàn']);
    expect(rows.slice(1).map((r) => [r[1], r[3]?.split('\n')[0]])).toEqual(ROLES);
    expect(rows[1]).toEqual(['1', 'Lương Thị Hồng Nhung', 'Phó Giám đốc, Sở Nội vụ', 'Trưởng đoàn']);
    expect(rows[8]).toEqual(['8', 'Đặng Thị Thu Trang', 'Chuyên viên Phòng Lao động - Việc làm, Sở Nội vụ', 'Thư ký\n(Tổ 1)']);
    expect(all).toContain('Đoàn kiểm tra liên ngành gồm 08 thành viên, cụ thể như sau:');
  });

  it('asks establishments for the usual documents and ends the text with "./."', () => {
    const organisation = all.find((t) => t.startsWith('4. Các cơ sở được kiểm tra chuẩn bị')) ?? '';
    for (const item of ['sổ theo dõi lao động chưa thành niên', 'hợp đồng lao động', 'giấy khám sức khỏe', 'văn bản đồng ý của người đại diện theo pháp luật']) {
      expect(organisation).toContain(item);
    }
    expect(all.some((t) => t.startsWith('Trên đây là Kế hoạch') && t.endsWith('./.'))).toBe(true);
  });

  it('is signed by the leader on behalf of the director, with Nơi nhận', () => {
    for (const text of ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']) expect(paragraph(doc.document, text)).toMatch(/<w:b\/>/);
    expect(all.filter((t) => t === 'Lương Thị Hồng Nhung')).toHaveLength(2); // table and signature
    expect(all).not.toContain('(Ký, ghi rõ họ tên)');
    // The superior body, every member agency but the issuer, the team, the commune, the establishments.
    const recipients = all.slice(all.indexOf('Nơi nhận:'), all.indexOf('- Lưu: VT.') + 1);
    expect(recipients).toEqual([
      'Nơi nhận:',
      '- UBND tỉnh Lạng Sơn (để b/c);',
      '- Sở Giáo dục và Đào tạo;',
      '- Công an tỉnh;',
      '- Sở Nông nghiệp và Môi trường;',
      '- Liên đoàn Lao động tỉnh;',
      '- Liên minh Hợp tác xã tỉnh;',
      '- Hiệp hội Doanh nghiệp tỉnh;',
      '- Thành viên Đoàn kiểm tra;',
      '- UBND xã Hoàng Văn Thụ;',
      '- Các cơ sở được kiểm tra;',
      '- Lưu: VT.',
    ]);
  });

  it('schedules every establishment in a landscape annex, by date then slot', () => {
    const annex = sectPrs(doc.document)[1] ?? '';
    expect(attr(annex, 'pgSz', 'orient')).toBe('landscape');
    expect(all).toContain('LỊCH KIỂM TRA');
    expect(all).toContain('(Kèm theo Kế hoạch số 15/KH-SNV ngày 06 tháng 10 năm 2025)');
    const rows = tableRows(doc.document, 'Cơ sở được kiểm tra');
    expect(rows[0]).toEqual(['STT', 'Ngày', 'Buổi', 'Cơ sở được kiểm tra', 'Địa chỉ', 'Tổ kiểm tra']);
    expect(rows.slice(1).map((r) => [r[3], r[1]?.split('\n')[0], r[2]])).toEqual(SCHEDULE);
    expect(rows[1]).toEqual(['1', '20/10/2025\n(Thứ Hai)', 'Cả ngày', 'Hộ kinh doanh Nông Thị Hảo', 'Thôn Nà Pàn, xã Hoàng Văn Thụ', 'Tổ 2']);
    // The team's notes on a target (why it was chosen, a tip-off) never reach the establishments.
    expect(all.join('\n')).not.toContain('Kiểm tra lại theo kiến nghị năm 2024');
  });

  it('drafts without number or agency: the joint team issues it and its leader signs; undated visits come last', async () => {
    const undated = target(6, 'Hộ kinh doanh Hoàng Văn Mạnh', 'household_business', undefined, 'morning');
    const draft = await unpack(
      await packDocument(
        buildPlanDocument(fixture({ plan: { number: undefined, issuingAgencyName: undefined }, targets: [undated, ...TARGETS] }), {
          date: '2025-09-30',
          place: 'Lạng Sơn',
        }),
      ),
    );
    const text = texts(draft.document);
    expect(text).toContain('ĐOÀN KIỂM TRA\nLIÊN NGÀNH');
    expect(text.some((t) => /^Số: +\/KH-…$/.test(t))).toBe(true);
    expect(text).toContain('TRƯỞNG ĐOÀN');
    expect(text.filter((t) => t === 'Lương Thị Hồng Nhung')).toHaveLength(2);
    expect(text).toContain('Đoàn kiểm tra liên ngành ban hành Kế hoạch kiểm tra với những nội dung cụ thể như sau:');
    const rows = tableRows(draft.document, 'Cơ sở được kiểm tra');
    expect(rows.at(-1)?.slice(1, 4)).toEqual(['Chưa xếp lịch', '', 'Hộ kinh doanh Hoàng Văn Mạnh']);
    expect(text.some((t) => t.includes('06 cơ sở, gồm: 01 doanh nghiệp, 01 hợp tác xã, 03 hộ kinh doanh, 01 hộ gia đình'))).toBe(true);
  });

  it('is dated on its issue date, covers its own communes, and prints the budget and reporting it was given', async () => {
    const issued = fixture({
      plan: { issueDate: '2025-10-03', budget: 'Kinh phí do Sở Nội vụ bảo đảm từ nguồn chi thường xuyên năm 2025.', reportingRegime: 'Trưởng đoàn báo cáo Giám đốc Sở trước ngày 10/11/2025.' },
    });
    issued.communes = [{ code: '1', name: 'Xã Hoàng Văn Thụ', provinceCode: '20' }, { code: '2', name: 'Phường Đông Kinh', provinceCode: '20' }];
    const text = texts((await unpack(await packDocument(buildPlanDocument(issued, PLAN_OPTIONS)))).document);
    expect(text).toContain('Lạng Sơn, ngày 03 tháng 10 năm 2025');
    expect(text).toContain('3. Địa bàn kiểm tra: phường Đông Kinh và xã Hoàng Văn Thụ, tỉnh Lạng Sơn.');
    expect(text).toContain('- UBND các xã, phường: Hoàng Văn Thụ, Đông Kinh;');
    expect(text[text.indexOf('V. KINH PHÍ THỰC HIỆN') + 1]).toBe('Kinh phí do Sở Nội vụ bảo đảm từ nguồn chi thường xuyên năm 2025.');
    expect(text[text.indexOf('VI. CHẾ ĐỘ BÁO CÁO') + 1]).toBe('Trưởng đoàn báo cáo Giám đốc Sở trước ngày 10/11/2025.');
    // Without them, the usual wording of provincial plans.
    expect(all[all.indexOf('V. KINH PHÍ THỰC HIỆN') + 1]).toMatch(/^Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn kinh phí chi thường xuyên năm 2025 của Sở Nội vụ/);
    expect(all[all.indexOf('VI. CHẾ ĐỘ BÁO CÁO') + 2]).toMatch(/gửi UBND tỉnh Lạng Sơn theo quy định\.$/);
  });

  it('falls back to standard purpose and content when the plan has none', async () => {
    const bare = texts((await unpack(await packDocument(buildPlanDocument(fixture({ plan: { purpose: undefined, content: undefined } }), PLAN_OPTIONS)))).document);
    expect(bare).toContain('1. Mục đích');
    expect(bare.some((t) => t.startsWith('- Việc khám sức khỏe'))).toBe(true);
  });
});

// ---- the decision --------------------------------------------------------------------------

describe('buildTeamDecisionDocument', () => {
  let bytes: Buffer;
  let doc: Unpacked;
  let all: string[];

  beforeAll(async () => {
    bytes = await packDocument(buildTeamDecisionDocument(fixture(), DECISION_OPTIONS));
    doc = await unpack(bytes);
    all = texts(doc.document);
  });

  it('packs to a real .docx in A4 with the Decree 30 margins and Times New Roman', () => {
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expectA4(doc);
  });

  it('is a draft decision of the agency: blank number with its symbol, title and trích yếu', () => {
    expect(all).toContain('UBND TỈNH LẠNG SƠN');
    expect(all).toContain('SỞ NỘI VỤ');
    expect(all.some((t) => /^Số: +\/QĐ-SNV$/.test(t))).toBe(true);
    expect(all).toContain('Lạng Sơn, ngày 08 tháng 10 năm 2025');
    expect(paragraph(doc.document, 'QUYẾT ĐỊNH')).toMatch(/<w:b\/>/);
    expect(all).toContain('Về việc thành lập Đoàn kiểm tra liên ngành\nvề lao động chưa thành niên năm 2025');
  });

  it('names the authority, cites the competence basis, the legal bases and the plan, "Theo đề nghị của", then "QUYẾT ĐỊNH:"', () => {
    const authority = all.indexOf('GIÁM ĐỐC SỞ NỘI VỤ');
    const decides = all.indexOf('QUYẾT ĐỊNH:');
    expect(authority).toBeGreaterThan(all.indexOf('QUYẾT ĐỊNH'));
    expect(paragraph(doc.document, 'QUYẾT ĐỊNH:')).toContain('<w:jc w:val="center"/>');
    expect(paragraph(doc.document, 'QUYẾT ĐỊNH:')).toMatch(/<w:b\/>/);
    const bases = all.slice(authority + 1, decides);
    // Without a competence basis or proposer on the plan, the lines to complete are left dotted.
    expect(bases).toEqual([
      'Căn cứ Quyết định số ……/QĐ-UBND ngày …… của Ủy ban nhân dân tỉnh Lạng Sơn quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;',
      ...LEGAL_BASES.map((b) => `Căn cứ ${b};`),
      `Căn cứ Kế hoạch số 15/KH-SNV ngày 06 tháng 10 năm 2025 của Sở Nội vụ về ${TITLE.charAt(0).toLowerCase()}${TITLE.slice(1)};`,
      'Theo đề nghị của …….',
    ]);
  });

  it('is numbered, dated and signed as the plan records it: competence basis, proposer, KT. or Q.', async () => {
    const paper = {
      teamDecisionNumber: '125/QĐ-SNV',
      teamDecisionDate: '2025-10-08',
      competenceBasis: 'Quyết định số 05/2025/QĐ-UBND ngày 28 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Lạng Sơn quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ',
      proposedBy: 'Trưởng phòng Lao động - Việc làm',
      decisionSignerName: 'Lương Thị Hồng Nhung',
      decisionSignerPosition: 'Phó Giám đốc',
      decisionSignerAuthority: 'on_behalf' as const,
    };
    const text = texts((await unpack(await packDocument(buildTeamDecisionDocument(fixture({ plan: paper }), { ...DECISION_OPTIONS, date: '2025-10-20' })))).document);
    expect(text).toContain('Số: 125/QĐ-SNV');
    expect(text).toContain('Lạng Sơn, ngày 08 tháng 10 năm 2025');
    expect(text).toContain(`Căn cứ ${paper.competenceBasis};`);
    expect(text).toContain('Theo đề nghị của Trưởng phòng Lao động - Việc làm.');
    const signature = text.slice(text.indexOf('KT. GIÁM ĐỐC'));
    expect(signature.slice(0, 2)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(signature).toContain('Lương Thị Hồng Nhung');
    const acting = texts(
      (await unpack(await packDocument(buildTeamDecisionDocument(fixture({ plan: { ...paper, decisionSignerAuthority: 'acting' } }), DECISION_OPTIONS)))).document,
    );
    expect(acting).toContain('Q. GIÁM ĐỐC');
    expect(acting).not.toContain('KT. GIÁM ĐỐC');
  });

  it('lists the members once, in Điều 1, as "Ông/Bà name, position, agency – role", leader first', () => {
    const start = all.findIndex((t) => t.startsWith('Điều 1. Thành lập Đoàn kiểm tra liên ngành về lao động chưa thành niên'));
    expect(all[start]).toMatch(/gồm các thành viên có tên sau đây:$/);
    expect(paragraph(doc.document, all[start]!)).toMatch(/<w:keepNext\/>/);
    const lines = all.slice(start + 1, start + 1 + TEAM.length);
    expect(lines[0]).toBe('1. Bà Lương Thị Hồng Nhung, Phó Giám đốc, Sở Nội vụ – Trưởng đoàn;');
    expect(lines[1]).toBe('2. Ông Hoàng Đức Thịnh, Phó Trưởng phòng Giáo dục nghề nghiệp, Sở Giáo dục và Đào tạo – Phó Trưởng đoàn (Tổ 2);');
    expect(lines[7]).toBe('8. Bà Đặng Thị Thu Trang, Chuyên viên Phòng Lao động - Việc làm, Sở Nội vụ – Thư ký (Tổ 1).');
    ROLES.forEach(([name, role], i) => expect(lines[i]).toMatch(new RegExp(`^${i + 1}\\. (Ông|Bà) ${name}, .* – ${role}( \\(Tổ \\d\\))?[;.]$`)));
    expect(all.join('\n')).not.toContain('Ông/Bà');
    expect(all).not.toContain('DANH SÁCH THÀNH VIÊN ĐOÀN KIỂM TRA');
    expect(sectPrs(doc.document)).toHaveLength(1);
  });

  it('gives the tasks and period in Điều 2, self-dissolution, and Điều 3 ending with "./."', () => {
    expect(all).toContain('Điều 2. Nhiệm vụ của Đoàn kiểm tra:');
    expect(all.some((t) => t.startsWith('1. Kiểm tra việc chấp hành') && t.endsWith('từ ngày 20/10/2025 đến ngày 31/10/2025.'))).toBe(true);
    expect(all.some((t) => t.includes('tự giải thể sau khi hoàn thành nhiệm vụ'))).toBe(true);
    const article3 = all.find((t) => t.startsWith('Điều 3.')) ?? '';
    expect(article3).toMatch(/chịu trách nhiệm thi hành Quyết định này\.\/\.$/);
  });

  it('is signed by the director, name left blank, with Nơi nhận', () => {
    const position = all.indexOf('GIÁM ĐỐC');
    expect(position).toBeGreaterThan(0);
    expect(all[position + 1]).toBe('');
    expect(all).toContain('- Như Điều 3;');
    expect(all).toContain('- Lưu: VT.');
  });

  it('lists a large team in an annex instead: name, position, agency, role, sub-team', async () => {
    const extra = [9, 10, 11].map((i) => member(i, `Nông Văn Tám ${i}`, 'Chuyên viên', 'Sở Y tế', 'member', '2'));
    const large = await unpack(await packDocument(buildTeamDecisionDocument(fixture({ team: [...TEAM, ...extra] }), DECISION_OPTIONS)));
    const text = texts(large.document);
    expect(attr(sectPrs(large.document)[1] ?? '', 'pgSz', 'orient')).toBe('landscape');
    expect(text).toContain('DANH SÁCH THÀNH VIÊN ĐOÀN KIỂM TRA');
    expect(text.some((t) => /^\(Kèm theo Quyết định số +\/QĐ-SNV ngày 08 tháng 10 năm 2025\)$/.test(t))).toBe(true);
    expect(text.find((t) => t.startsWith('Điều 1.'))).toMatch(/gồm các thành viên có tên tại Phụ lục kèm theo Quyết định này\.$/);
    expect(text.some((t) => t.startsWith('1. Bà Lương Thị Hồng Nhung'))).toBe(false);
    const rows = tableRows(large.document, 'Cơ quan');
    expect(rows[0]).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Cơ quan', 'Nhiệm vụ', 'Tổ']);
    expect(rows).toHaveLength(12);
    expect(rows[3]).toEqual(['3', 'Vi Thị Thu Hường', 'Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội', 'Công an tỉnh', 'Thành viên', 'Tổ 1']);
  });

  it('cites the plan without number or date when it has neither', async () => {
    const detail = fixture({ plan: { number: undefined } });
    const draft = texts((await unpack(await packDocument(buildTeamDecisionDocument({ ...detail, history: [] }, DECISION_OPTIONS)))).document);
    expect(draft.some((t) => /^Số: +\/QĐ-…$/.test(t))).toBe(true);
    expect(draft.some((t) => t.startsWith('Căn cứ Kế hoạch của Sở Nội vụ về kiểm tra việc chấp hành'))).toBe(true);
  });
});

// ---- rendered by LibreOffice -------------------------------------------------------------

describe('rendered by LibreOffice', () => {
  it.skipIf(!hasSoffice)('keeps Vietnamese text intact in the plan (skipped when soffice or poppler-utils is not installed)', async () => {
    const text = (await renderDocxToPdfText(await packDocument(buildPlanDocument(fixture(), PLAN_OPTIONS)))).normalize('NFC');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'KẾ HOẠCH',
      'Lương Thị Hồng Nhung',
      'Đặng Thị Thu Trang',
      'Trưởng đoàn',
      'Phó Trưởng đoàn',
      'LỊCH KIỂM TRA',
      'Hộ kinh doanh Nông Thị Hảo',
      '20/10/2025',
      'Cả ngày',
      'Căn cứ Bộ luật Lao động số 45/2019/QH14',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it.skipIf(!hasSoffice)('keeps Vietnamese text intact in the decision (skipped when soffice or poppler-utils is not installed)', async () => {
    const text = (await renderDocxToPdfText(await packDocument(buildTeamDecisionDocument(fixture(), DECISION_OPTIONS)))).normalize('NFC');
    for (const expected of [
      'QUYẾT ĐỊNH:',
      'GIÁM ĐỐC SỞ NỘI VỤ',
      'Bà Lương Thị Hồng Nhung',
      'Trưởng đoàn',
      'Mông Thị Ngọc Ánh',
      'tự giải thể',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
