/**
 * Issue 10, "Done when": every paper of a realistic case with a refusal to sign (paper-case.ts),
 * generated through the services, reads as one a clerk would sign: no catalogue codes, no "cần
 * xác minh", no "Ông/Bà", laws cited one way, the team decision cited by the minutes, totals in
 * words, the witness on the refusal. With PAPERS_OUT=<folder> the papers are also written there
 * (and rendered to PNG pages when LibreOffice and poppler are installed) to be looked at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommitmentDocument } from '../../electron/documents/commitment-document';
import { buildInspectionMinutes } from '../../electron/documents/inspection-minutes-document';
import { packDocument } from '../../electron/documents/official-layout';
import { vndInWords } from '../../shared/text/vnd-words';
import { openTestApp, type TestApp } from '../helpers/test-db';
import { buildPaperCase, CASE_CLOCK, CHILD, generatePapers, OWNER, REFUSAL, TEEN, WITNESS, type PaperCase, type PaperName } from './paper-case';
import { hasSoffice, renderDocxToPdfText, renderDocxToPng } from './render-pdf';

// ---- reading the .docx ---------------------------------------------------------------

const decode = (xml: string): string =>
  xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const textOf = (xml: string): string =>
  decode([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '\n').join('')).normalize('NFC');

interface Paper {
  fileName: string;
  bytes: Buffer;
  /** Paragraph texts in order (table cells included), line breaks as spaces. */
  p: string[];
  /** Paragraph texts with their line breaks. */
  raw: string[];
  all: string;
}

async function readPaper(file: { fileName: string; bytes: Buffer }): Promise<Paper> {
  const xml = (await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string')).normalize('NFC');
  const raw = [...xml.matchAll(/<w:p(?:\s[^>]*)?>.*?<\/w:p>|<w:p\/>/gs)].map(([p]) => textOf(p));
  const p = raw.map((t) => t.replace(/\s*\n\s*/g, ' '));
  return { ...file, p, raw, all: p.join('\n') };
}

const WORD_PAPERS = ['plan', 'team_decision', 'inspection_minutes', 'commitment', 'violation_record', 'report_docx'] as const;
type WordPaper = (typeof WORD_PAPERS)[number];

/** What no paper may print. */
const NEVER = [
  [/\b(LDCTN|HDLD|CK)-[0-9A-Za-z]/u, 'a catalogue code'],
  [/cần xác minh/iu, '"cần xác minh"'],
  [/Ông\/Bà|ông\/bà|ông \(bà\)|Ông \(Bà\)/u, '"Ông/Bà"'],
  [/HĐLĐ|LĐCTN|TDTT|BLLĐ|ATVSLĐ|NLĐ/u, 'a shorthand of the catalogue'],
  [/(?:Người|người) <\s*1[358]|1[35]\s*[–-]\s*<\s*1[58]/u, 'an age band in symbols'],
  [/Nghị định (?!số )\d|Thông tư (?!số )\d|Bộ luật Lao động \d/u, 'a law cited another way'],
  [/phản ánh của người dân/iu, 'an internal tip-off'],
  [/Phiên bản cấu trúc|Thời điểm lập|không tính bản ghi đã xóa/u, 'a detail of the software'],
] as const;

let app: TestApp;
let c: PaperCase;
let files: Record<PaperName, { fileName: string; bytes: Buffer }>;
const papers = {} as Record<WordPaper, Paper>;

beforeAll(async () => {
  app = openTestApp(CASE_CLOCK);
  c = await buildPaperCase(app);
  files = await generatePapers(app, c);
  for (const name of WORD_PAPERS) papers[name] = await readPaper(files[name]);
  const out = process.env.PAPERS_OUT;
  if (out) {
    mkdirSync(out, { recursive: true });
    for (const [name, file] of Object.entries(files)) {
      const extension = file.fileName.slice(file.fileName.lastIndexOf('.'));
      writeFileSync(join(out, `${name}${extension}`), file.bytes);
      if (hasSoffice && extension === '.docx') await renderDocxToPng(file.bytes, join(out, name), 70);
    }
  }
}, 180_000);
afterAll(() => app?.close());

describe('every paper of the case', () => {
  it.each(WORD_PAPERS)('%s prints no code, no "cần xác minh", no "Ông/Bà", no shorthand, laws cited one way, no child named', (name) => {
    const { all } = papers[name];
    for (const [pattern, what] of NEVER) expect(all, `${name}: ${what}`).not.toMatch(pattern);
    for (const child of [CHILD, TEEN]) expect(all).not.toContain(child.fullName);
  });

  it('names the files as a clerk does, and a second copy does not overwrite the first', async () => {
    expect(files.plan.fileName).toBe('Ke hoach kiem tra - 15-KH-SNV - 25-11-2026.docx');
    expect(files.team_decision.fileName).toBe('Quyet dinh thanh lap Doan - 125-QD-SNV - 27-11-2026.docx');
    expect(files.inspection_minutes.fileName).toBe('Bien ban kiem tra - Ho Tran Van Minh - 08-12-2026.docx');
    expect(files.commitment.fileName).toBe('Ban cam ket - Ho Tran Van Minh - 08-12-2026.docx');
    expect(files.violation_record.fileName).toBe('Bien ban vi pham hanh chinh - Ho Tran Van Minh - 08-12-2026.docx');
    const again = await app.run('documents.generate', { kind: 'inspection_minutes', sourceId: c.inspectionId });
    expect(again.fileName).toBe('Bien ban kiem tra - Ho Tran Van Minh - 08-12-2026 (2).docx');
  });

  it('gives the content of plan documents too, for the in-app preview and print', async () => {
    const [plan] = await app.run('documents.list', { sourceId: c.planId, kind: 'plan' });
    const content = await app.run('documents.content', { id: plan!.id });
    expect(content.fileName).toBe(files.plan.fileName);
    expect(Buffer.from(content.base64, 'base64').equals(files.plan.bytes)).toBe(true);
  });
});

describe('the plan', () => {
  it('is dated on its issue date, with Kinh phí and Chế độ báo cáo, and sent to every member agency and the superior body', () => {
    const { p } = papers.plan;
    expect(p).toContain('Lạng Sơn, ngày 25 tháng 11 năm 2026');
    expect(p).toContain('V. KINH PHÍ THỰC HIỆN');
    expect(p[p.indexOf('VI. CHẾ ĐỘ BÁO CÁO') + 1]).toMatch(/^Trong thời hạn 05 ngày làm việc/);
    const recipients = p.slice(p.indexOf('Nơi nhận:') + 1, p.indexOf('- Lưu: VT.') + 1);
    expect(recipients).toEqual([
      '- UBND tỉnh Lạng Sơn (để b/c);',
      '- Công an tỉnh;',
      '- Sở Giáo dục và Đào tạo;',
      '- Thành viên Đoàn kiểm tra;',
      `- UBND ${c.communeName.replace(/^(Xã|Phường)/u, (w) => w.toLowerCase())};`,
      '- Các cơ sở được kiểm tra;',
      '- Lưu: VT.',
    ]);
  });
});

describe('the team decision', () => {
  it('cites the competence basis first and "Theo đề nghị của", lists the members once, signed KT. by its signer', () => {
    const { p } = papers.team_decision;
    expect(p).toContain('Số: 125/QĐ-SNV');
    const grounds = p.slice(p.indexOf('GIÁM ĐỐC SỞ NỘI VỤ') + 1, p.indexOf('QUYẾT ĐỊNH:'));
    expect(grounds[0]).toMatch(/^Căn cứ Quyết định số 05\/2025\/QĐ-UBND .* quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;$/);
    expect(grounds.at(-1)).toBe('Theo đề nghị của Trưởng phòng Lao động - Việc làm.');
    expect(p).toContain('1. Ông Hoàng Văn Thắng, Trưởng phòng Lao động - Việc làm, Sở Nội vụ – Trưởng đoàn;');
    expect(p).toContain('2. Bà Nông Thị Lan, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an tỉnh – Thành viên;');
    for (const name of ['Hoàng Văn Thắng', 'Nông Thị Lan', 'Lương Văn Đức', 'Vi Thị Hạnh']) expect(p.filter((t) => t.includes(name))).toHaveLength(1);
    const signature = p.slice(p.indexOf('KT. GIÁM ĐỐC'));
    expect(signature.slice(0, 2)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(signature).toContain('Lương Thị Hồng Nhung');
  });
});

describe('the minutes', () => {
  it('cite the decision setting up the team, with its number and date', () => {
    expect(papers.inspection_minutes.p).toContain(
      'Căn cứ Quyết định số 125/QĐ-SNV ngày 27 tháng 11 năm 2026 của Giám đốc Sở Nội vụ về việc thành lập Đoàn kiểm tra liên ngành về lao động chưa thành niên.',
    );
  });

  it('say "Ông" or "Bà" before each name', () => {
    const { p } = papers.inspection_minutes;
    expect(p).toContain('- Ông Hoàng Văn Thắng – Trưởng phòng Lao động - Việc làm, Sở Nội vụ – Trưởng đoàn;');
    expect(p).toContain('- Bà Vi Thị Hạnh – Chuyên viên Phòng Lao động - Việc làm, Sở Nội vụ – Thư ký.');
    expect(p).toContain('- Ông Trần Văn Minh – Chủ hộ kinh doanh, số định danh cá nhân: 020080001234.');
    expect(p.some((t) => t.startsWith(`- Ông ${WITNESS} – Công chức Văn hóa - Xã hội, Ủy ban nhân dân`))).toBe(true);
  });

  it('list the assessed items grouped, non-compliance first with the provision, then one line for the rest', () => {
    const { p, all } = papers.inspection_minutes;
    const breached = p.findIndex((t) => /^a\) Nội dung cơ sở chưa chấp hành \(\d{2} nội dung\):$/.test(t));
    const complied = p.findIndex((t) => /^b\) Nội dung cơ sở đã chấp hành \(02 nội dung\):$/.test(t));
    const rest = p.findIndex((t) => /^c\) \d{2} nội dung kiểm tra còn lại không áp dụng đối với cơ sở/.test(t));
    expect(breached).toBeGreaterThan(0);
    expect(complied).toBeGreaterThan(breached);
    expect(rest).toBeGreaterThan(complied);
    expect(p.slice(breached + 1, complied).every((t) => t.startsWith('- ') && /\((điểm|khoản|Điều) [^)]*Bộ luật Lao động năm 2019[^)]*\)[;.]$/u.test(t))).toBe(true);
    expect(p.slice(complied + 1, rest)).toEqual([
      '- Bảo đảm điều kiện làm việc, an toàn, vệ sinh lao động phù hợp với lứa tuổi của người chưa đủ 15 tuổi;',
      '- Bố trí công việc phù hợp với sức khỏe; quan tâm chăm sóc lao động chưa thành niên về các mặt lao động, sức khỏe, học tập.',
    ]);
    expect(all).not.toContain('Chưa kiểm tra');
  });

  it('give the total of the proposed fines in figures and words', async () => {
    const detail = await app.run('inspections.get', { id: c.inspectionId });
    const total = detail.violations.reduce((sum, v) => sum + v.proposedFine, 0);
    expect(total).toBe(171_500_000);
    expect(papers.inspection_minutes.p).toContain(`Tổng số tiền phạt đề nghị: 171.500.000 đồng (Bằng chữ: ${vndInWords(total)}).`);
  });

  it('record the refusal with its reason and witness, who signs; never "no other opinion"', () => {
    const { p } = papers.inspection_minutes;
    expect(p).toContain(
      `Đại diện cơ sở được kiểm tra (Ông ${OWNER}) không ký biên bản. Lý do: ${REFUSAL}. Việc không ký biên bản có sự chứng kiến của Ông ${WITNESS}, Công chức Văn hóa - Xã hội, ${p.find((t) => t.includes('Công chức Văn hóa - Xã hội, Ủy ban nhân dân'))!.split('Công chức Văn hóa - Xã hội, ')[1]!.replace(/\.$/, '')}, người cùng ký tên dưới đây./.`,
    );
    expect(papers.inspection_minutes.all).not.toContain('không có ý kiến khác');
    const signatures = p.slice(p.indexOf('ĐẠI DIỆN CƠ SỞ ĐƯỢC KIỂM TRA'));
    expect(signatures[1]).toBe('(Không ký biên bản)');
    expect(signatures).toContain('NGƯỜI CHỨNG KIẾN');
    expect(signatures.slice(signatures.indexOf('NGƯỜI CHỨNG KIẾN'))).toContain(WITNESS);
    // Everyone present signs: the four members and the establishment's representative too.
    for (const name of [OWNER, 'Hoàng Văn Thắng', 'Nông Thị Lan', 'Lương Văn Đức', 'Vi Thị Hạnh', WITNESS]) expect(signatures).toContain(name);
  });

  it('without a refusal, take the default statement and no witness block; with one and no statement, state the refusal', async () => {
    const detail = await app.run('inspections.get', { id: c.inspectionId });
    const { establishment } = await app.run('establishments.get', { id: detail.inspection.establishmentId });
    const build = async (inspection: Partial<typeof detail.inspection>) =>
      readPaper({
        fileName: 'x.docx',
        bytes: await packDocument(buildInspectionMinutes({ detail: { ...detail, inspection: { ...detail.inspection, ...inspection } }, establishment }, { place: 'Lạng Sơn' })),
      });
    const signed = await build({ refusedToSign: false, refusalReason: undefined, refusalWitnessName: undefined, employerStatement: undefined });
    expect(signed.p).toContain('Đại diện cơ sở được kiểm tra không có ý kiến khác.');
    expect(signed.p).not.toContain('NGƯỜI CHỨNG KIẾN');
    expect(signed.p).toContain('ĐẠI DIỆN CHÍNH QUYỀN ĐỊA PHƯƠNG');
    expect(signed.p.some((t) => t.endsWith('đã đọc lại cho những người có tên trên cùng nghe, thống nhất và ký tên; cơ sở được kiểm tra giữ 01 bản./.'))).toBe(true);
    const refused = await build({ employerStatement: undefined });
    expect(refused.p).toContain(`Đại diện cơ sở được kiểm tra không ký biên bản; lý do: ${REFUSAL}.`);
    expect(refused.all).not.toContain('không có ý kiến khác');
  });
});

describe('the administrative violation record (MBB01)', () => {
  it('follows the Decree 118/2021 form item by item; what was not recorded reads "Không"', () => {
    const { p } = papers.violation_record;
    const items = [
      'Chúng tôi gồm:',
      '1. Người có thẩm quyền lập biên bản:',
      '2. Với sự chứng kiến của:',
      '3. Người phiên dịch: Không.',
      'Tiến hành lập biên bản vi phạm hành chính đối với ông có tên sau đây:',
      `1. Họ và tên: ${OWNER}; Giới tính: Nam.`,
      '3. Quy định tại:',
      '4. Cá nhân/tổ chức bị thiệt hại: Không.',
      '6. Ý kiến trình bày của đại diện chính quyền, người chứng kiến: Không.',
      '7. Ý kiến trình bày của cá nhân/tổ chức bị thiệt hại: Không.',
      `8. Chúng tôi đã yêu cầu ông ${OWNER} chấm dứt ngay hành vi vi phạm.`,
      '9. Các biện pháp ngăn chặn và bảo đảm xử lý vi phạm hành chính được áp dụng: Không.',
      '10. Tang vật, phương tiện, giấy phép, chứng chỉ hành nghề bị tạm giữ: Không.',
    ];
    const at = items.map((item) => p.indexOf(item));
    expect(at.every((i) => i >= 0), items.filter((_, i) => at[i]! < 0).join(' | ')).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(p.some((t) => t.startsWith('2. Đã có hành vi vi phạm hành chính: Vào hồi 08 giờ 30 phút, ngày 08/12/2026'))).toBe(true);
    expect(p).toContain('a) điểm b khoản 3 Điều 29 Nghị định số 12/2022/NĐ-CP.');
    expect(p.some((t) => t.startsWith(`5. Ý kiến trình bày của cá nhân vi phạm: Hộ kinh doanh thừa nhận`))).toBe(true);
    expect(p.some((t) => t.startsWith(`11. Trong thời hạn 02 ngày làm việc kể từ ngày lập biên bản này, ông ${OWNER} là cá nhân vi phạm`))).toBe(true);
    expect(p.some((t) => t.startsWith(`12. Yêu cầu ông ${OWNER} có mặt tại`))).toBe(true);
    expect(p.some((t) => t.startsWith('Căn cứ Nghị định số 118/2021/NĐ-CP ngày 23 tháng 12 năm 2021 của Chính phủ'))).toBe(true);
  });

  it('names only the record-maker as such and the witness, never the whole team; the refusal is recorded and witnessed', () => {
    const { p, all } = papers.violation_record;
    expect(p[p.indexOf('1. Người có thẩm quyền lập biên bản:') + 1]).toBe('Họ và tên: Hoàng Văn Thắng; Chức vụ: Trưởng phòng Lao động - Việc làm; Cơ quan: Sở Nội vụ.');
    expect(p[p.indexOf('2. Với sự chứng kiến của:') + 1]).toMatch(new RegExp(`^Họ và tên: ${WITNESS}; Chức vụ: Công chức Văn hóa - Xã hội; Cơ quan: Ủy ban nhân dân`));
    for (const member of ['Nông Thị Lan', 'Lương Văn Đức', 'Vi Thị Hạnh']) expect(all).not.toContain(member);
    expect(p).toContain(`Lý do ông ${OWNER} (cá nhân vi phạm) không ký biên bản: ${REFUSAL}./.`);
    const signatures = p.slice(p.indexOf('CÁ NHÂN VI PHẠM'));
    expect(signatures.filter((t) => /^[A-ZĐÀ-Ỹ ]+$/u.test(t))).toEqual(['CÁ NHÂN VI PHẠM', 'NGƯỜI LẬP BIÊN BẢN', 'ĐẠI DIỆN CHÍNH QUYỀN']);
    expect(signatures[1]).toBe('(Không ký biên bản)');
    for (const name of [OWNER, 'Hoàng Văn Thắng', WITNESS]) expect(signatures).toContain(name);
  });
});

describe('the commitment', () => {
  it('of a household is a person’s paper: no agency header, no "(hộ kinh doanh)" after the name', () => {
    const { p, raw } = papers.commitment;
    expect(raw.slice(0, 2)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(p).not.toContain(`HỘ ${OWNER.toUpperCase()}`);
    expect(p).toContain(`Đại diện cho cơ sở: Hộ ${OWNER}.`);
    expect(papers.commitment.all).not.toMatch(/\((doanh nghiệp|hộ kinh doanh|hộ gia đình)\)/u);
  });

  it('of an enterprise is headed by its name, broken after its legal form and never inside a word', async () => {
    const detail = await app.run('inspections.get', { id: c.inspectionId });
    const { establishment } = await app.run('establishments.get', { id: detail.inspection.establishmentId });
    const company = { ...establishment, kind: 'enterprise' as const, name: 'Công ty TNHH Đồ gỗ mỹ nghệ xuất khẩu Bắc Sơn' };
    const paper = await readPaper({ fileName: 'x.docx', bytes: await packDocument(buildCommitmentDocument({ detail, establishment: company }, { place: 'Lạng Sơn' })) });
    const header = paper.raw.find((t) => t.startsWith('CÔNG TY TNHH'))!;
    expect(header.split('\n')[0]).toBe('CÔNG TY TNHH');
    for (const words of ['ĐỒ GỖ', 'MỸ NGHỆ', 'XUẤT KHẨU', 'BẮC SƠN']) expect(header.split('\n').some((line) => line.includes(words))).toBe(true);
    expect(paper.p).toContain('Đại diện cho cơ sở: Công ty TNHH Đồ gỗ mỹ nghệ xuất khẩu Bắc Sơn.');
  });
});

describe('the periodic report', () => {
  it('cites violations by điểm, khoản, Điều 29, has the assessment sections and reports to the Ministry', () => {
    const { p, all } = papers.report_docx;
    expect(all).toContain('Theo điểm, khoản, điều của Nghị định số 12/2022/NĐ-CP:');
    expect(p.some((t) => t.startsWith('- Điểm b khoản 3 Điều 29 – người chưa đủ 13 tuổi làm công việc ngoài danh mục'))).toBe(true);
    expect(p.some((t) => t.startsWith('- Khoản 1 Điều 29 – không lập, ghi không đầy đủ hoặc không xuất trình sổ theo dõi riêng lao động chưa thành niên'))).toBe(true);
    expect(all).toContain(`tổng số tiền phạt đề nghị là 171.500.000 đồng (bằng chữ: ${vndInWords(171_500_000)})`);
    for (const [heading, start] of [
      ['5. Kết quả đạt được', 'Đoàn kiểm tra liên ngành đã kiểm tra đúng kế hoạch'],
      ['1. Thuận lợi', 'Ủy ban nhân dân xã phối hợp chặt chẽ'],
      ['2. Khó khăn, vướng mắc', 'Các hộ sản xuất trong làng nghề'],
      ['3. Nguyên nhân', 'Nhận thức về quy định'],
      ['III. GIẢI PHÁP TRONG THỜI GIAN TỚI', 'Tiếp tục tuyên truyền'],
      ['IV. KIẾN NGHỊ, ĐỀ XUẤT', 'Đề nghị Bộ Nội vụ'],
    ] as const) {
      expect(p[p.indexOf(heading) + 1], heading).toMatch(new RegExp(`^${start}`));
    }
    // Overdue commitments judged on the report date, inside the period, and said so.
    expect(all).toContain('Tình trạng thực hiện cam kết tính đến ngày 10/12/2026, ngày lập báo cáo (kỳ báo cáo chưa kết thúc):');
    expect(p.slice(p.indexOf('Nơi nhận:'))).toEqual(expect.arrayContaining(['- Bộ Nội vụ (để b/c);', '- UBND tỉnh Lạng Sơn (để b/c);', '- Lưu: VT.']));
  });

  it('has Excel sheets that are the cross-tables of the Word annex, with the same labels', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(files.report_xlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('NCTN theo tuổi, giới, lĩnh vực')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? '')));
    expect(rows[0]).toEqual(['Nhóm tuổi', 'Giới tính', 'Tổng số', 'Nông nghiệp', 'Tiểu thủ công nghiệp', 'Công nghiệp', 'Xây dựng', 'Dịch vụ', 'Khác', 'Chưa xác định']);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['Chưa đủ 13 tuổi', 'Cộng', 1],
      ['Chưa đủ 13 tuổi', 'Nam', 1],
      ['Chưa đủ 13 tuổi', 'Nữ', 0],
      ['Từ đủ 13 đến chưa đủ 15 tuổi', 'Cộng', 0],
      ['Từ đủ 13 đến chưa đủ 15 tuổi', 'Nam', 0],
      ['Từ đủ 13 đến chưa đủ 15 tuổi', 'Nữ', 0],
      ['Từ đủ 15 đến chưa đủ 18 tuổi', 'Cộng', 1],
      ['Từ đủ 15 đến chưa đủ 18 tuổi', 'Nam', 0],
      ['Từ đủ 15 đến chưa đủ 18 tuổi', 'Nữ', 1],
      ['Tổng cộng', 'Cộng', 2],
      ['Tổng cộng', 'Nam', 1],
      ['Tổng cộng', 'Nữ', 1],
    ]);
    expect(rows[1]![4]).toBe(1); // both children in the handicraft sector
    const word = papers.report_docx;
    const title = 'Người chưa thành niên làm việc tại các cơ sở theo nhóm tuổi, giới tính và lĩnh vực';
    expect(word.p.some((t) => /^Biểu \d\. /.test(t) && t.endsWith(title))).toBe(true);
    for (const label of ['Tiểu thủ công nghiệp', 'Chưa đủ 13 tuổi', 'Từ đủ 15 đến chưa đủ 18 tuổi']) expect(word.p).toContain(label);
    const violations = book.getWorksheet('Vi phạm theo điều khoản')!;
    expect(violations.getRow(1).values).toEqual([undefined, 'Điểm, khoản, điều', 'Hành vi vi phạm', 'Số hành vi vi phạm', 'Tổng tiền phạt đề nghị (đồng)']);
    const points: unknown[] = [];
    violations.eachRow((row, i) => i > 1 && points.push(row.getCell(1).value));
    expect(points).toEqual(['Khoản 1 Điều 29', 'Điểm a khoản 2 Điều 29', 'Điểm c khoản 2 Điều 29', 'Điểm b khoản 3 Điều 29', 'Điểm c khoản 3 Điều 29', 'Tổng cộng']);
    for (const point of points.slice(0, -1)) expect(word.p).toContain(point);
  });
});

describe('rendered by LibreOffice', () => {
  it.skipIf(!hasSoffice)(
    'every paper renders with its Vietnamese text intact, the minutes on at most 8 pages (needs soffice and poppler: skipped without them)',
    async () => {
      for (const name of WORD_PAPERS) {
        const text = (await renderDocxToPdfText(papers[name].bytes)).normalize('NFC');
        expect(text, name).not.toContain('\uFFFD');
        expect(text, name).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        if (name === 'inspection_minutes') expect(text.split('\f').filter((page) => page.trim()).length).toBeLessThanOrEqual(8);
      }
    },
    120_000,
  );
});
